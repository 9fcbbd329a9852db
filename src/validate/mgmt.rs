//! `management_system:`: how the organisation meets each management-system clause (4–10).
//!
//! Keys are clause numbers. A bare number (`"6.1.2"`) is one process for that clause of every
//! catalog in scope that has it: shared machinery. A namespaced key (`"42001:6.1.2"`) is that
//! standard's clause only, for an organisation that runs the two sides separately. A clause
//! of one standard may be met by one entry only, so `"6.1.2"` and `"27001:6.1.2"` together are
//! an error, like a control decided twice. A process without an owner is an error: an auditor
//! asks who runs it. Resolving a key to its clause is [`super::clause_keys`].

use super::clause_keys::{clause_of, target};
use super::fields::{entries, Fields};
use super::read::Ctx;
use crate::diag::{Code, Diagnostic};
use crate::input::yaml::Pos;
use crate::model::{Catalog, ClauseEntry};

const ENTRY_FIELDS: &[&str] = &["process", "owner", "evidence", "notes"];

fn explain_entry(name: &str) -> Option<String> {
    match name {
        "applies_to" | "standard" | "standards" | "scope" => Some(
            "the key says which standard an entry is for: `\"6.1.2\"` for every standard with that clause, `\"42001:6.1.2\"` for one".into(),
        ),
        "procedure" | "description" | "how" | "implementation" => {
            Some("describe how the clause is met in `process:`".into())
        }
        "owners" | "responsible" | "accountable" => {
            Some("name one role in `owner:`".into())
        }
        _ => None,
    }
}

/// Reads `management_system:` against the clauses of the catalogs in scope.
pub fn management_system(
    ctx: &mut Ctx<'_>,
    top: &Fields<'_>,
    catalogs: &[Catalog],
) -> Vec<ClauseEntry> {
    let with_clauses: Vec<&Catalog> = catalogs.iter().filter(|c| !c.clauses.is_empty()).collect();
    let items = entries(ctx, top.get("management_system"), "management_system");
    if !items.is_empty() && with_clauses.is_empty() {
        ctx.error(
            Code::UnknownClause,
            top.key_pos("management_system").unwrap_or(top.at),
            "`management_system` is given, but no catalog in scope lists management-system clauses",
            Some(
                "the shipped catalogs iso27001-2022 and iso42001-2023 list clauses 4 to 10".into(),
            ),
        );
        return Vec::new();
    }
    let mut seen: Vec<(String, String, Pos)> = Vec::new();
    let mut out = Vec::new();
    for (key, key_node, value) in items {
        let key = key.trim();
        let target = target(ctx, key, key_node.pos, &with_clauses);
        let what = format!("the entry for clause `{key}`");
        let Some(f) = Fields::open(ctx, value, what, key_node.pos, ENTRY_FIELDS, explain_entry)
        else {
            continue;
        };
        let process = ctx.req_text(
            &f,
            "process",
            "say in `process:` how the organisation meets this clause (the process, procedure or forum)",
        );
        let owner = owner(ctx, &f, key, key_node.pos, process.is_some());
        let evidence = ctx.texts(f.get("evidence"), "evidence");
        let notes = ctx.text(f.get("notes"), "notes");
        let Some((clause, applies_to)) = target else {
            continue;
        };
        let twice = given_twice(ctx, &seen, (&clause, &applies_to), key, key_node.pos);
        for ns in &applies_to {
            seen.push((ns.clone(), key.to_string(), key_node.pos));
        }
        if twice {
            continue;
        }
        if let (Some(process), Some(owner)) = (process, owner) {
            out.push(ClauseEntry {
                key: key.to_string(),
                clause,
                applies_to,
                process,
                owner,
                evidence,
                notes,
            });
        }
    }
    out
}

/// Whether one of the clauses an entry meets was met by an earlier entry (reported, pointing at
/// the first). `seen` holds (namespace, key, position) of every earlier entry.
fn given_twice(
    ctx: &mut Ctx<'_>,
    seen: &[(String, String, Pos)],
    (clause, applies_to): (&str, &[String]),
    key: &str,
    pos: Pos,
) -> bool {
    for ns in applies_to {
        if let Some((_, first_key, first)) = seen
            .iter()
            .find(|(n, c, _)| n == ns && clause_of(c) == clause)
        {
            ctx.push(
                Diagnostic::error(
                    Code::ClauseGivenTwice,
                    ctx.file,
                    pos,
                    format!("clause {ns}:{clause} is given twice (`{first_key}` and `{key}`)"),
                )
                .note(format!(
                    "first given at line {}, column {}",
                    first.line, first.col
                ))
                .help(
                    "keep one entry per clause and standard: a bare number covers every standard with that clause",
                ),
            );
            return true;
        }
    }
    false
}

/// The entry's owner: required (an auditor asks who runs the process).
fn owner(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    key: &str,
    at: Pos,
    has_process: bool,
) -> Option<String> {
    let owner = ctx.text(f.get("owner"), "owner");
    if owner.is_none() && f.get("owner").is_none_or(|n| n.scalar().is_some()) {
        ctx.error(
            Code::MissingOwner,
            f.key_pos("owner").unwrap_or(at),
            if has_process {
                format!("clause `{key}` describes a process but names no `owner`")
            } else {
                format!("the entry for clause `{key}` names no `owner`")
            },
            Some("add `owner:`, the role that runs the process and answers for it at audit".into()),
        );
    }
    owner
}
