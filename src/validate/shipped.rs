//! The shipped Annex A relations (27001 → 42001), validated like a user's relations file, for
//! the toolkit set, which has no decisions file to name them; and the shipped catalogs, for
//! messages about a standard that is not in scope.
//!
//! They go through the same checks as any relations file, so a mistake in the shipped file is
//! caught the same way. The shipped catalogs themselves are validated with
//! [`super::validate_catalogs`] (see `crate::pipeline::shipped_catalog`); [`catalog`] keeps
//! them, read once, for the help lines that name a clause or control of a standard the
//! decisions file does not have in scope ("clause 6.1.4 is an ISO/IEC 42001 clause").

use super::read::Ctx;
use super::relations;
use crate::diag::{Diagnostics, Sources};
use crate::input::yaml::Pos;
use crate::input::{Named, Tree, BUILTIN_RELATIONS, RELATIONS};
use crate::model::{Catalog, Relations};
use std::sync::OnceLock;

/// The shipped catalog with `namespace` (`27001`, `42001`), read and validated on first use.
pub fn catalog(namespace: &str) -> Option<&'static Catalog> {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    CATALOGS
        .get_or_init(|| {
            (crate::input::SHIPPED.iter())
                .filter_map(|s| crate::input::load_shipped(s.0))
                .flat_map(super::validate_catalogs)
                .collect()
        })
        .iter()
        .find(|c| c.namespace == namespace)
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
    fn the_shipped_relations_need_both_shipped_catalogs() {
        let catalogs: Vec<Catalog> = crate::input::SHIPPED
            .iter()
            .filter_map(|s| crate::input::load_shipped(s.0))
            .flat_map(super::super::validate_catalogs)
            .collect();
        let sizes: Vec<(&str, usize)> = catalogs
            .iter()
            .map(|c| (c.namespace.as_str(), c.controls.len()))
            .collect();
        assert_eq!(sizes, [("27001", 93), ("42001", 38)]);
        let relations = shipped_relations(&catalogs).expect("both catalogs are shipped");
        assert_eq!(relations.links.len(), 33);
        assert_eq!(shipped_relations(&catalogs[..1]), None);
    }
}
