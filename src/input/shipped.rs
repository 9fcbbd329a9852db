//! The catalogs and relations shipped with annexa, embedded in the binary so it works from any
//! directory.

use super::{parse_file, Loaded, Named, Tree};
use crate::input::yaml::{Node, Pos};
use std::sync::OnceLock;

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

/// A shipped file read into `loaded` (its text added to the sources, for messages): the tree
/// is parsed once per process ([`prepare`]) and each build takes a copy.
pub(super) fn parse_shipped(loaded: &mut Loaded, file: &str, text: &'static str) -> Option<Tree> {
    match parsed(file, text) {
        Some(root) => {
            let file = loaded.sources.add(file, text);
            let root = root.clone();
            Some(Tree { file, root })
        }
        // Not a shipped file, or one that does not parse: read as any other, with its errors.
        None => parse_file(loaded, file, text.as_bytes()),
    }
}

/// Every shipped YAML file: (file name, text).
fn files() -> impl Iterator<Item = (&'static str, &'static str)> {
    (SHIPPED.iter().map(|(_, file, text)| (*file, *text))).chain(std::iter::once(RELATIONS))
}

/// The tree of the shipped file `file`, parsed on first use.
fn parsed(file: &str, text: &'static str) -> Option<&'static Node> {
    static TREES: [OnceLock<Option<Node>>; SHIPPED.len() + 1] =
        [const { OnceLock::new() }; SHIPPED.len() + 1];
    let i = files().position(|(f, t)| f == file && t == text)?;
    let tree = TREES.get(i)?.get_or_init(|| super::yaml::parse(text).ok());
    tree.as_ref()
}

/// Parses the shipped catalogs and relations now rather than when a build first names them
/// (see `crate::pipeline`: a build calls this on a thread of its own while the decisions file
/// is read).
pub fn prepare() {
    for (file, text) in files() {
        parsed(file, text);
    }
}

/// Parses a shipped catalog on its own (for `annexa catalog`).
pub fn load_shipped(name: &str) -> Option<Loaded> {
    let (file, text) = shipped(name)?;
    let mut loaded = Loaded::default();
    let tree = parse_shipped(&mut loaded, file, text);
    loaded.catalogs.push(Named {
        key: name.to_string(),
        pos: Pos::default(),
        tree,
    });
    Some(loaded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shipped_file_read_from_the_parsed_copy_is_what_parsing_it_gives() {
        prepare();
        for (file, text) in files() {
            let (mut copied, mut parsed) = (Loaded::default(), Loaded::default());
            let a = parse_shipped(&mut copied, file, text).expect("shipped files parse");
            let b = parse_file(&mut parsed, file, text.as_bytes()).expect("parses");
            assert_eq!(a.root, b.root, "{file}");
            assert_eq!(copied.sources.text(a.file), parsed.sources.text(b.file));
            assert!(copied.diagnostics.items.is_empty());
        }
        // Text that is not a shipped file is parsed as any other, errors and all.
        let mut loaded = Loaded::default();
        assert!(parse_shipped(&mut loaded, RELATIONS.0, "a: [").is_none());
        assert_eq!(loaded.diagnostics.items.len(), 1);
    }
}
