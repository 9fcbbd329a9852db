//! Resolving a `controls:` key to a control of a catalog in scope, and the "did you mean" for
//! a key that resolves to none.
//!
//! A wrong key is the commonest mistake in a decisions file, and the control it was meant for is
//! then left undecided: the suggestions look among the undecided controls first, then at the same
//! ID in the other catalog in scope (`27001:A.9.2` for `42001:A.9.2`), then at every control.
//! Each kind of mistake has its own function returning the help line: an ISO/IEC 27001:2013
//! number is explained by [`super::old_ids`], a clause number (`5.3`) written where a control
//! belongs by [`clause_help`].

use super::old_ids::{became_2013, help_2013};
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

/// `A.5.1` for `27001:A.5.1`: the namespaced IDs it could be. An ISO/IEC 27001:2013 number
/// (`A.9.2.3`) says what it became; one that is also a 42001 control (`A.6.1.2`) says both.
fn without_namespace_help(key: &str, catalogs: &[Catalog], undecided: &[String]) -> Option<String> {
    let matches: Vec<String> = all_ids(catalogs)
        .filter(|full| full.split_once(':').is_some_and(|(_, l)| l == key))
        .collect();
    let write = match matches.as_slice() {
        [] => {
            return help_2013(key, catalogs)
                .or_else(|| clause_help(key, None, catalogs))
                .or_else(|| closest_id(key, undecided))
                .or_else(|| closest_id(key, &all_ids(catalogs).collect::<Vec<_>>()));
        }
        [one] => format!("write `{one}`"),
        many => format!(
            "it exists in more than one catalog: write {}",
            quote_list(many)
        ),
    };
    Some(match became_2013(key) {
        Some(now) => {
            format!("{write}; if it is the ISO/IEC 27001:2013 number, in 2022 it is {now}")
        }
        None => write,
    })
}

/// A number without `A.` (`5.3`, `27001:8.34`) where a control is expected: the clause it is,
/// which goes under `management_system:`, and the Annex A controls it could mean. `namespace`
/// is the one written, if any.
fn clause_help(key: &str, namespace: Option<&str>, catalogs: &[Catalog]) -> Option<String> {
    let local = key.split_once(':').map_or(key, |(_, l)| l).trim();
    if !local.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let in_ns = |c: &&Catalog| namespace.is_none_or(|ns| c.namespace == ns);
    let annex = format!("A.{local}");
    let controls: Vec<String> = (catalogs.iter().filter(in_ns))
        .filter(|c| c.control(&annex).is_some())
        .map(|c| format!("{}:{annex}", c.namespace))
        .collect();
    let clause =
        (catalogs.iter().filter(in_ns)).find_map(|c| c.clauses.iter().find(|k| k.id == local));
    let write = (!controls.is_empty())
        .then(|| format!("for the Annex A control write {}", quote_list(&controls)));
    match (clause, write) {
        (Some(clause), write) => Some(format!(
            "`{local}` is clause {local} ({}), not an Annex A control: clauses go under `management_system:`{}",
            clause.title,
            write.map(|w| format!("; {w}")).unwrap_or_default()
        )),
        (None, Some(write)) => Some(format!("Annex A controls start with `A.`: {write}")),
        (None, None) => None,
    }
}

/// A namespace not in scope: the shipped catalog that has it, or the closest one in scope.
fn namespace_help(id: &ControlId, catalogs: &[Catalog]) -> Option<String> {
    if let Some(help) = help_2013(&format!("{}:{}", id.namespace, id.local), catalogs) {
        return Some(help);
    }
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

/// An ID its catalog does not have. An ISO/IEC 27001:2013 number says what it became; the
/// same ID in another catalog in scope (`27001:A.9.2` for `42001:A.9.2`) is the likeliest fix;
/// a clause number says it is one; otherwise the closest ID of this catalog, undecided ones
/// first.
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
    let elsewhere =
        (!elsewhere.is_empty()).then(|| format!("did you mean {}?", elsewhere.join(" or ")));
    if let Some(old) = help_2013(key, catalogs) {
        return Some(match elsewhere {
            Some(other) => format!("{old}; or {other}"),
            None => old,
        });
    }
    if elsewhere.is_some() {
        return elsewhere;
    }
    if let Some(help) = clause_help(key, Some(&id.namespace), catalogs) {
        return Some(help);
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
