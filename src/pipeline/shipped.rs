//! The catalogs and relations shipped inside the binary, validated like any user file: what
//! `build --blank`, `init` and `catalog` start from.

use crate::input;
use crate::model::{Catalog, Relations};
use crate::validate;

/// The shipped catalog `name`, by name (`iso27001-2022`) or namespace (`27001`), validated.
pub fn shipped_catalog(name: &str) -> Result<Catalog, String> {
    let key = (input::SHIPPED.iter().map(|s| s.0))
        .find(|k| *k == name || k.trim_start_matches("iso").starts_with(&format!("{name}-")))
        .unwrap_or(name);
    let loaded = input::load_shipped(key).ok_or_else(|| {
        let names: Vec<&str> = input::SHIPPED.iter().map(|s| s.0).collect();
        format!(
            "no shipped catalog is called `{name}` (shipped: {}; a namespace such as `27001` \
             works too)",
            names.join(", ")
        )
    })?;
    let v = validate::validate_catalogs(loaded);
    v.into_iter()
        .next()
        .ok_or_else(|| format!("the shipped catalog `{name}` is invalid"))
}

/// Every shipped catalog, in shipping order.
pub fn shipped_catalogs() -> Result<Vec<Catalog>, String> {
    input::SHIPPED
        .iter()
        .map(|s| shipped_catalog(s.0))
        .collect()
}

/// Every shipped catalog and the shipped relations between them.
pub(super) fn catalogs_and_relations() -> Result<(Vec<Catalog>, Option<Relations>), String> {
    let catalogs = shipped_catalogs()?;
    let relations = validate::shipped_relations(&catalogs);
    Ok((catalogs, relations))
}
