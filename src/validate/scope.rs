//! A catalog left out of `catalogs:` while its controls are still decided: one error that
//! says so, instead of one per decision, selector and clause that names it.
//!
//! Removing `iso42001-2023` from `catalogs:` leaves every `42001:` key of the decisions file
//! naming a catalog not in scope: 74 errors for one cause, the first of them without a hint.
//! [`missing_catalogs`] reports the cause once, at `catalogs:`, before the walk, and returns
//! where the file names that namespace; [`drop_consequences`] removes what the walk then
//! reported there.

use super::control_ids::shipped_catalog_of;
use super::read::Ctx;
use crate::diag::{Code, Diagnostics};
use crate::input::yaml::{Kind, Node};
use crate::model::{Catalog, ControlId};
use std::collections::HashSet;

/// The codes of the errors that follow from a namespace not in scope.
const CONSEQUENCES: &[Code] = &[
    Code::UnknownControl,
    Code::UnknownSelector,
    Code::UnknownClause,
];

/// Reports each namespace that more than one `controls:` key uses and no catalog in scope has,
/// at `catalogs:` (one such key keeps its own error, at the key, with its own "did you mean").
/// Returns where the decisions file names those namespaces.
pub fn missing_catalogs(
    ctx: &mut Ctx<'_>,
    root: &Node,
    catalogs: &[Catalog],
) -> HashSet<(u32, u32)> {
    let Kind::Map(top) = &root.kind else {
        return HashSet::new();
    };
    let field = |name: &str| top.iter().find(|(k, _)| k.scalar() == Some(name));
    let mut counts: Vec<(String, usize)> = Vec::new();
    if let Some((
        _,
        Node {
            kind: Kind::Map(keys),
            ..
        },
    )) = field("controls")
    {
        for (k, _) in keys {
            let Some(id) = k.scalar().and_then(|s| ControlId::parse(s.trim())) else {
                continue;
            };
            if catalogs.iter().any(|c| c.namespace == id.namespace) {
                continue;
            }
            match counts.iter_mut().find(|(ns, _)| *ns == id.namespace) {
                Some((_, n)) => *n += 1,
                None => counts.push((id.namespace, 1)),
            }
        }
    }
    let at = field("catalogs").map_or(root.pos, |(k, _)| k.pos);
    let mut positions = HashSet::new();
    for (ns, n) in counts {
        if n < 2 {
            continue;
        }
        let shipped = shipped_catalog_of(&ns);
        let (message, help) = match shipped {
            Some(name) => (
                format!("{ns} controls are decided ({n} of them), but `{name}` is not in `catalogs:`"),
                format!("add `{name}` to `catalogs:`, or remove the {ns} decisions"),
            ),
            None => (
                format!("{n} controls of namespace `{ns}` are decided, but no catalog in scope has that namespace"),
                format!("add the catalog that defines `{ns}` to `catalogs:`, or remove those decisions"),
            ),
        };
        ctx.error(Code::MissingCatalog, at, message, Some(help));
        for (k, v) in top.iter().filter(|(k, _)| k.scalar() != Some("catalogs")) {
            naming(k, &ns, &mut positions);
            naming(v, &ns, &mut positions);
        }
        if let (Some(name), Some((_, v))) = (shipped, field("management_system")) {
            own_clauses(name, v, catalogs, &mut positions);
        }
    }
    positions
}

/// Adds the `management_system:` keys that are clauses of the shipped catalog `name` only
/// (42001's 6.1.4 and 8.4): they too follow from the catalog being left out.
fn own_clauses(name: &str, entries: &Node, catalogs: &[Catalog], out: &mut HashSet<(u32, u32)>) {
    let Kind::Map(entries) = &entries.kind else {
        return;
    };
    let Some(missing) = crate::input::load_shipped(name).map(super::validate_catalogs) else {
        return;
    };
    let has = |c: &Catalog, id: &str| c.clauses.iter().any(|x| x.id == id);
    for (k, _) in entries {
        let Some(id) = k.scalar().map(str::trim) else {
            continue;
        };
        if missing.iter().any(|c| has(c, id)) && !catalogs.iter().any(|c| has(c, id)) {
            out.insert((k.pos.line, k.pos.col));
        }
    }
}

/// Adds the position of every scalar under `node` that is `ns` or starts with `ns:`.
fn naming(node: &Node, ns: &str, out: &mut HashSet<(u32, u32)>) {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        match &n.kind {
            Kind::Scalar { text, .. } => {
                let t = text.trim();
                if t == ns || t.strip_prefix(ns).is_some_and(|r| r.starts_with(':')) {
                    out.insert((n.pos.line, n.pos.col));
                }
            }
            Kind::Seq(items) => stack.extend(items),
            Kind::Map(entries) => stack.extend(entries.iter().flat_map(|(k, v)| [k, v])),
        }
    }
}

/// Removes the errors at `positions` of the decisions file (`file`) that follow from a
/// namespace [`missing_catalogs`] already reported.
pub fn drop_consequences(diags: &mut Diagnostics, file: usize, positions: &HashSet<(u32, u32)>) {
    if positions.is_empty() {
        return;
    }
    diags.items.retain(|d| {
        let at = (d.pos.line, d.pos.column);
        !(d.file == file && CONSEQUENCES.contains(&d.code) && positions.contains(&at))
    });
}
