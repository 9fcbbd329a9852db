//! Resolving a `controls:` key to a control of a catalog in scope, and the "did you mean" for
//! a key that resolves to none.
//!
//! A wrong key is the commonest mistake in a decisions file, and the control it was meant for is
//! then left undecided: the suggestions look among the undecided controls first, then at the same
//! ID in the other catalog in scope (`27001:A.9.2` for `42001:A.9.2`), then at every control.
//! Each kind of mistake has its own function returning the help line, so a new hint (an ID of an
//! older edition of a standard, a clause number) is one more function here.

use super::read::Ctx;
use crate::diag::{closest, Code};
use crate::input::yaml::Pos;
use crate::model::{Catalog, ControlId};

/// Resolves a `controls:` key to a control of a catalog in scope, or explains why not.
/// `undecided` holds the full IDs of the controls no key names exactly.
pub fn control_id(
    ctx: &mut Ctx<'_>,
    key: &str,
    pos: Pos,
    catalogs: &[Catalog],
    undecided: &[String],
) -> Option<ControlId> {
    let Some(id) = ControlId::parse(key) else {
        ctx.error(
            Code::MissingNamespace,
            pos,
            format!("control ID `{key}` has no catalog namespace"),
            without_namespace_help(key, catalogs, undecided),
        );
        return None;
    };
    let Some(catalog) = catalogs.iter().find(|c| c.namespace == id.namespace) else {
        ctx.error(
            Code::UnknownControl,
            pos,
            format!("no catalog in scope has the namespace of `{key}`"),
            namespace_help(&id, catalogs),
        );
        return None;
    };
    if catalog.control(&id.local).is_none() {
        ctx.error(
            Code::UnknownControl,
            pos,
            format!("`{key}` is not a control of {}", catalog.name),
            unknown_local_help(key, &id, catalog, catalogs, undecided),
        );
        return None;
    }
    Some(id)
}

/// Every control of the catalogs in scope, as `namespace:id`.
fn all_ids(catalogs: &[Catalog]) -> impl Iterator<Item = String> + '_ {
    catalogs.iter().flat_map(|c| {
        c.controls
            .iter()
            .map(move |x| format!("{}:{}", c.namespace, x.id))
    })
}

/// `A.5.1` for `27001:A.5.1`: the namespaced IDs it could be.
fn without_namespace_help(key: &str, catalogs: &[Catalog], undecided: &[String]) -> Option<String> {
    let matches: Vec<String> = all_ids(catalogs)
        .filter(|full| full.split_once(':').is_some_and(|(_, l)| l == key))
        .collect();
    match matches.as_slice() {
        [] => closest_id(key, undecided)
            .or_else(|| closest_id(key, &all_ids(catalogs).collect::<Vec<_>>())),
        [one] => Some(format!("write `{one}`")),
        many => Some(format!(
            "it exists in more than one catalog: write {}",
            quote_list(many)
        )),
    }
}

/// A namespace not in scope: the shipped catalog that has it, or the closest one in scope.
fn namespace_help(id: &ControlId, catalogs: &[Catalog]) -> Option<String> {
    match shipped_catalog_of(&id.namespace) {
        Some(name) => Some(format!(
            "add `{name}` to `catalogs:` to bring that catalog into scope"
        )),
        None => closest(&id.namespace, catalogs.iter().map(|c| c.namespace.as_str()))
            .map(|ns| format!("did you mean `{ns}:{}`?", id.local)),
    }
}

/// The shipped catalog whose namespace is `namespace`.
pub fn shipped_catalog_of(namespace: &str) -> Option<&'static str> {
    match namespace {
        "27001" => Some("iso27001-2022"),
        "42001" => Some("iso42001-2023"),
        _ => None,
    }
}

/// An ID its catalog does not have. The same ID in another catalog in scope (`27001:A.9.2` for
/// `42001:A.9.2`) is the likeliest fix; otherwise the closest ID of this catalog, undecided
/// ones first.
fn unknown_local_help(
    key: &str,
    id: &ControlId,
    catalog: &Catalog,
    catalogs: &[Catalog],
    undecided: &[String],
) -> Option<String> {
    let elsewhere: Vec<String> = catalogs
        .iter()
        .filter(|c| c.namespace != id.namespace)
        .filter_map(|c| {
            c.control(&id.local)
                .map(|x| format!("`{}:{}` ({})", c.namespace, x.id, x.title))
        })
        .collect();
    if !elsewhere.is_empty() {
        return Some(format!("did you mean {}?", elsewhere.join(" or ")));
    }
    let prefix = format!("{}:", catalog.namespace);
    let ids: Vec<String> = catalog
        .controls
        .iter()
        .map(|c| format!("{prefix}{}", c.id))
        .collect();
    let own_undecided: Vec<String> = undecided
        .iter()
        .filter(|u| u.starts_with(&prefix))
        .cloned()
        .collect();
    closest_id(key, &own_undecided).or_else(|| closest_id(key, &ids))
}

/// "did you mean `…`?" with the closest of `ids`, if any is close.
pub fn closest_id(key: &str, ids: &[String]) -> Option<String> {
    closest(key, ids.iter().map(String::as_str)).map(|c| format!("did you mean `{c}`?"))
}

fn quote_list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(" or ")
}
