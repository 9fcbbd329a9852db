//! The shipped catalogs and the shipped relations, validated like a user's own files, for the
//! commands that need no decisions file (`catalog`, `init`, the blank toolkit set).
//!
//! They go through the same checks as any input, so a mistake in a shipped file is caught the
//! same way; an invalid shipped file is a bug in annexa, reported as such, not as the user's
//! input. Later stages take what these functions return rather than validating again.

use super::read::Ctx;
use super::{relations, validate_catalogs};
use crate::diag::{Diagnostics, Sources};
use crate::input::yaml::Pos;
use crate::input::{Named, Tree, BUILTIN_RELATIONS, RELATIONS, SHIPPED};
use crate::model::{Catalog, Relations};

/// Every shipped catalog, validated, with the shipped relations over them: what the blank
/// toolkit set is built from.
#[derive(Debug, Clone, PartialEq)]
pub struct Shipped {
    /// In the order annexa ships them (27001, then 42001).
    pub catalogs: Vec<Catalog>,
    /// The shipped 27001 → 42001 relations; `None` when a catalog they name is not shipped.
    pub relations: Option<Relations>,
}

/// The shipped catalog called `name` (e.g. `iso27001-2022`), validated. The error says which
/// names exist, or that the shipped file is invalid (a bug).
pub fn shipped_catalog(name: &str) -> Result<Catalog, String> {
    let loaded = crate::input::load_shipped(name).ok_or_else(|| {
        let names: Vec<&str> = SHIPPED.iter().map(|s| s.0).collect();
        format!(
            "no shipped catalog is called `{name}` (shipped: {})",
            names.join(", ")
        )
    })?;
    validate_catalogs(loaded)
        .into_iter()
        .next()
        .ok_or_else(|| format!("the shipped catalog `{name}` is invalid"))
}

/// Every shipped catalog and the shipped relations, validated.
pub fn shipped_set() -> Result<Shipped, String> {
    let catalogs = SHIPPED
        .iter()
        .map(|s| shipped_catalog(s.0))
        .collect::<Result<Vec<_>, _>>()?;
    let relations = shipped_relations(&catalogs);
    Ok(Shipped {
        catalogs,
        relations,
    })
}

/// The shipped Annex A relations over `catalogs`, for the toolkit set (no decisions file);
/// `None` when a catalog it names is not among them.
pub fn shipped_relations(catalogs: &[Catalog]) -> Option<Relations> {
    let mut sources = Sources::default();
    let (name, text) = RELATIONS;
    let file = sources.add(name, text);
    let root = crate::input::yaml::parse(text).ok()?;
    let named = Named {
        key: BUILTIN_RELATIONS.to_string(),
        pos: Pos::default(),
        tree: Some(Tree { file, root }),
    };
    let mut diags = Diagnostics::default();
    let mut ctx = Ctx {
        file,
        diags: &mut diags,
    };
    relations::relations(&mut ctx, &named, catalogs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_set_is_valid_and_complete() {
        let set = shipped_set().expect("the shipped files are valid");
        let sizes: Vec<(&str, usize)> = set
            .catalogs
            .iter()
            .map(|c| (c.namespace.as_str(), c.controls.len()))
            .collect();
        assert_eq!(sizes, [("27001", 93), ("42001", 38)]);
        let relations = set.relations.expect("both catalogs are shipped");
        assert_eq!(relations.links.len(), 34);
        assert_eq!(Some(relations), shipped_relations(&set.catalogs));
    }

    #[test]
    fn an_unknown_name_lists_the_shipped_ones() {
        assert_eq!(
            shipped_catalog("iso27001-2013").err().as_deref(),
            Some("no shipped catalog is called `iso27001-2013` (shipped: iso27001-2022, iso42001-2023)")
        );
        let one = shipped_catalog("iso42001-2023").expect("shipped");
        assert_eq!(one.namespace, "42001");
    }
}
