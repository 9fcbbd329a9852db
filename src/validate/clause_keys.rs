//! Resolving a `management_system:` key to a clause number and the standards it covers, and
//! explaining a key that resolves to none.
//!
//! A bare number (`"6.1.2"`) covers every catalog in scope with that clause; a namespaced key
//! (`"42001:6.1.2"`) one standard's clause. An Annex A control, an unknown number, a clause
//! of the other standard, or a clause of a shipped standard not in scope (`"6.1.4"`, 42001's
//! AI system impact assessment, in a 27001-only file) each get their own message and help.

use super::read::Ctx;
use crate::diag::{closest, Code};
use crate::input::yaml::Pos;
use crate::model::{natural_cmp, Catalog};

/// The clause number of a key, without its namespace.
pub fn clause_of(key: &str) -> &str {
    key.split_once(':').map_or(key, |(_, c)| c)
}

/// Resolves a key to its clause number and the namespaces it covers, or explains why not.
pub fn target(
    ctx: &mut Ctx<'_>,
    key: &str,
    pos: Pos,
    catalogs: &[&Catalog],
) -> Option<(String, Vec<String>)> {
    if key.starts_with("A.") || key.contains(":A.") {
        ctx.error(
            Code::UnknownClause,
            pos,
            format!("`{key}` is an Annex A control, not a management-system clause"),
            Some("decide controls under `controls:`; `management_system:` takes clause numbers 4 to 10, e.g. \"9.2\"".into()),
        );
        return None;
    }
    let (ns, clause) = match key.split_once(':') {
        Some((ns, clause)) => (Some(ns.trim()), clause.trim()),
        None => (None, key),
    };
    if clause.is_empty() {
        ctx.error(
            Code::UnknownClause,
            pos,
            format!("`{key}` names no clause"),
            Some(
                "write a clause number, e.g. \"9.2\", or a standard's clause, e.g. \"42001:6.1.4\""
                    .into(),
            ),
        );
        return None;
    }
    let holders: Vec<&&Catalog> = catalogs.iter().filter(|c| has_clause(c, clause)).collect();
    match ns {
        None => bare(ctx, key, pos, clause, catalogs, &holders),
        Some(ns) => namespaced(ctx, key, pos, (ns, clause), catalogs, &holders),
    }
}

/// A bare clause number: the clause of every catalog in scope that has it.
fn bare(
    ctx: &mut Ctx<'_>,
    key: &str,
    pos: Pos,
    clause: &str,
    catalogs: &[&Catalog],
    holders: &[&&Catalog],
) -> Option<(String, Vec<String>)> {
    if holders.is_empty() {
        if not_in_scope(ctx, pos, (None, clause), catalogs) {
            return None;
        }
        let mut ids: Vec<&str> = catalogs
            .iter()
            .flat_map(|c| c.clauses.iter().map(|k| k.id.as_str()))
            .collect();
        ids.sort_by(|a, b| natural_cmp(a, b));
        ids.dedup();
        unknown(ctx, key, pos, &ids, "no catalog in scope has clause");
        return None;
    }
    Some((
        clause.to_string(),
        holders.iter().map(|c| c.namespace.clone()).collect(),
    ))
}

/// A namespaced clause (`42001:6.1.4`): that standard's clause only.
fn namespaced(
    ctx: &mut Ctx<'_>,
    key: &str,
    pos: Pos,
    (ns, clause): (&str, &str),
    catalogs: &[&Catalog],
    holders: &[&&Catalog],
) -> Option<(String, Vec<String>)> {
    let Some(catalog) = catalogs.iter().find(|c| c.namespace == ns) else {
        if not_in_scope(ctx, pos, (Some(ns), clause), catalogs) {
            return None;
        }
        let known: Vec<String> = catalogs
            .iter()
            .map(|c| format!("`{}`", c.namespace))
            .collect();
        let help = match closest(ns, catalogs.iter().map(|c| c.namespace.as_str())) {
            Some(n) => format!("did you mean `{n}:{clause}`?"),
            None => format!("catalogs in scope with clauses: {}", known.join(", ")),
        };
        ctx.error(
            Code::UnknownClause,
            pos,
            format!("no catalog in scope with clauses has the namespace of `{key}`"),
            Some(help),
        );
        return None;
    };
    if !has_clause(catalog, clause) {
        if let Some(other) = holders.first() {
            ctx.error(
                Code::UnknownClause,
                pos,
                format!(
                    "{} has no clause {clause}",
                    catalog.standard.as_deref().unwrap_or(&catalog.name)
                ),
                Some(format!(
                    "clause {clause} is {}'s: write `{}:{clause}`",
                    other.standard.as_deref().unwrap_or(&other.name),
                    other.namespace
                )),
            );
        } else {
            let ids: Vec<&str> = catalog.clauses.iter().map(|k| k.id.as_str()).collect();
            let what = format!(
                "{} has no clause",
                catalog.standard.as_deref().unwrap_or(&catalog.name)
            );
            unknown(ctx, key, pos, &ids, &what);
        }
        return None;
    }
    Some((clause.to_string(), vec![catalog.namespace.clone()]))
}

/// A clause of a shipped standard that is not in scope (`"6.1.4"`, `"42001:6.1.4"` in a
/// 27001-only file): says so, rather than "did you mean" a clause of the standard in scope.
/// Returns whether it reported.
fn not_in_scope(
    ctx: &mut Ctx<'_>,
    pos: Pos,
    (ns, clause): (Option<&str>, &str),
    catalogs: &[&Catalog],
) -> bool {
    let shipped = (crate::input::SHIPPED.iter())
        .filter_map(|(name, _, _)| {
            let namespace = name.trim_start_matches("iso").split('-').next()?;
            Some((*name, super::shipped::catalog(namespace)?))
        })
        .filter(|(_, c)| ns.is_none_or(|n| c.namespace == n))
        .filter(|(_, c)| catalogs.iter().all(|k| k.namespace != c.namespace))
        .find_map(|(name, c)| Some((name, c, c.clauses.iter().find(|k| k.id == clause)?)));
    let Some((name, catalog, found)) = shipped else {
        return false;
    };
    let standard = catalog.standard.as_deref().unwrap_or(&catalog.name);
    ctx.error(
        Code::UnknownClause,
        pos,
        format!(
            "clause {clause} ({}) is a clause of {standard}, which is not in scope",
            found.title
        ),
        Some(format!(
            "add `{name}` to `catalogs:` to bring {standard} into scope, or remove this entry"
        )),
    );
    true
}

fn has_clause(catalog: &Catalog, clause: &str) -> bool {
    catalog.clauses.iter().any(|k| k.id == clause)
}

/// A clause number none of `ids` is: "did you mean" the closest, or the list of them.
fn unknown(ctx: &mut Ctx<'_>, key: &str, pos: Pos, ids: &[&str], what: &str) {
    let clause = clause_of(key);
    let help = match closest(clause, ids.iter().copied()) {
        Some(c) => format!("did you mean `{}`?", key.replacen(clause, c, 1)),
        None => format!("clauses: {}", ids.join(", ")),
    };
    ctx.error(
        Code::UnknownClause,
        pos,
        format!("{what} {clause}"),
        Some(help),
    );
}
