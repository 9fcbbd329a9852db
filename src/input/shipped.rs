//! The catalogs and relations shipped with annexa, embedded in the binary so it works from any
//! directory.

use super::{parse_file, Loaded, Named};
use crate::input::yaml::Pos;

/// The catalogs shipped with annexa: (name, file name, YAML text).
pub const SHIPPED: &[(&str, &str, &str)] = &[
    (
        "iso27001-2022",
        "catalogs/iso27001-2022.yaml",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/catalogs/iso27001-2022.yaml"
        )),
    ),
    (
        "iso42001-2023",
        "catalogs/iso42001-2023.yaml",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/catalogs/iso42001-2023.yaml"
        )),
    ),
];

/// The shipped Annex A relations (27001 controls that support 42001 controls): file name and
/// YAML text. Written by the annexa authors; informative, not taken from either standard.
pub const RELATIONS: (&str, &str) = (
    "catalogs/relations-27001-42001.yaml",
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/catalogs/relations-27001-42001.yaml"
    )),
);

/// The text of a shipped catalog.
pub fn shipped(name: &str) -> Option<(&'static str, &'static str)> {
    SHIPPED
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, file, text)| (*file, *text))
}

/// Parses a shipped catalog on its own (for `annexa catalog`).
pub fn load_shipped(name: &str) -> Option<Loaded> {
    let (file, text) = shipped(name)?;
    let mut loaded = Loaded::default();
    let tree = parse_file(&mut loaded, file, text.as_bytes());
    loaded.catalogs.push(Named {
        key: name.to_string(),
        pos: Pos::default(),
        tree,
    });
    Some(loaded)
}
