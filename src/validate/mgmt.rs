//! `management_system:`: how the organisation meets each management-system clause (4–10).
//!
//! Keys are clause numbers. A bare number (`"6.1.2"`) is one process for that clause of every
//! catalog in scope that has it: shared machinery. A namespaced key (`"42001:6.1.2"`) is that
//! standard's clause only, for an organisation that runs the two sides separately. A clause
//! of one standard may be met by one entry only, so `"6.1.2"` and `"27001:6.1.2"` together are
//! an error, like a control decided twice. Unknown clause numbers get a "did you mean", and a
//! process without an owner is an error: an auditor asks who runs it.

use super::read::{entries, Ctx, Fields};
use crate::diag::{closest, Code, Diagnostic};
use crate::input::yaml::Pos;
use crate::model::{natural_cmp, Catalog, ClauseEntry};

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
        let owner = ctx.text(f.get("owner"), "owner");
        if owner.is_none() && f.get("owner").is_none_or(|n| n.scalar().is_some()) {
            ctx.error(
                Code::MissingOwner,
                f.key_pos("owner").unwrap_or(key_node.pos),
                if process.is_some() {
                    format!("clause `{key}` describes a process but names no `owner`")
                } else {
                    format!("the entry for clause `{key}` names no `owner`")
                },
                Some(
                    "add `owner:`, the role that runs the process and answers for it at audit"
                        .into(),
                ),
            );
        }
        let evidence = ctx.texts(f.get("evidence"), "evidence");
        let notes = ctx.text(f.get("notes"), "notes");
        let Some((clause, applies_to)) = target else {
            continue;
        };
        let mut twice = false;
        for ns in &applies_to {
            if let Some((_, first_key, first)) = seen
                .iter()
                .find(|(n, c, _)| n == ns && clause_of(c) == clause)
            {
                twice = true;
                ctx.push(
                    Diagnostic::error(
                        Code::ClauseGivenTwice,
                        ctx.file,
                        key_node.pos,
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
                break;
            }
        }
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

/// The clause number of a key, without its namespace.
fn clause_of(key: &str) -> &str {
    key.split_once(':').map_or(key, |(_, c)| c)
}

/// Resolves a key to its clause number and the namespaces it covers, or explains why not.
fn target(
    ctx: &mut Ctx<'_>,
    key: &str,
    pos: Pos,
    catalogs: &[&Catalog],
) -> Option<(String, Vec<String>)> {
    let has = |c: &Catalog, clause: &str| c.clauses.iter().any(|k| k.id == clause);
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
    let holders: Vec<&&Catalog> = catalogs.iter().filter(|c| has(c, clause)).collect();
    let Some(ns) = ns else {
        if holders.is_empty() {
            let mut ids: Vec<&str> = catalogs
                .iter()
                .flat_map(|c| c.clauses.iter().map(|k| k.id.as_str()))
                .collect();
            ids.sort_by(|a, b| natural_cmp(a, b));
            ids.dedup();
            unknown(ctx, key, pos, &ids, "no catalog in scope has clause");
            return None;
        }
        return Some((
            clause.to_string(),
            holders.iter().map(|c| c.namespace.clone()).collect(),
        ));
    };
    let Some(catalog) = catalogs.iter().find(|c| c.namespace == ns) else {
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
    if !has(catalog, clause) {
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

#[cfg(test)]
mod tests {
    use crate::diag::Diagnostic;
    use std::path::Path;

    const LUMORA: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/lumora/soa.yaml"
    ));

    /// The diagnostics for the Lumora example with `old` replaced by `new` once.
    fn lumora_with(old: &str, new: &str) -> Vec<Diagnostic> {
        assert!(LUMORA.contains(old), "the example has no {old:?}");
        let text = LUMORA.replacen(old, new, 1);
        let loaded = crate::input::load_text("soa.yaml", text.as_bytes(), Path::new(""));
        crate::validate::validate(loaded).diagnostics.items
    }

    /// (code, line, column, help) of every diagnostic.
    fn found(d: &[Diagnostic]) -> Vec<(&str, u32, u32, Option<&str>)> {
        d.iter()
            .map(|d| (d.code.as_str(), d.pos.line, d.pos.column, d.help.as_deref()))
            .collect()
    }

    fn line_of(text: &str, needle: &str) -> u32 {
        let at = text.find(needle).expect("needle");
        u32::try_from(text[..at].lines().count()).expect("small") + 1
    }

    #[test]
    fn the_example_records_every_main_clause_without_problems() {
        assert_eq!(found(&lumora_with("", "")), []);
    }

    #[test]
    fn an_unknown_clause_number_gets_a_did_you_mean() {
        let d = lumora_with("  \"8.4\":\n", "  \"8.44\":\n");
        let line = line_of(LUMORA, "  \"8.4\":\n");
        assert_eq!(
            found(&d),
            [("unknown-clause", line, 3, Some("did you mean `8.4`?"))]
        );
        assert_eq!(d[0].message, "no catalog in scope has clause 8.44");
    }

    #[test]
    fn a_clause_of_the_other_standard_names_the_right_key() {
        let d = lumora_with("  \"6.1.4\":\n", "  27001:6.1.4:\n");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].code, crate::diag::Code::UnknownClause);
        assert_eq!(d[0].message, "ISO/IEC 27001:2022 has no clause 6.1.4");
        assert_eq!(
            d[0].help.as_deref(),
            Some("clause 6.1.4 is ISO/IEC 42001:2023's: write `42001:6.1.4`")
        );
        let d = lumora_with("  \"6.1.4\":\n", "  9001:6.1.4:\n");
        assert_eq!(d[0].code, crate::diag::Code::UnknownClause);
        assert!(
            d[0].message.contains("namespace of `9001:6.1.4`"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn odd_keys_are_errors_not_panics() {
        for key in [
            "\"\"",
            "\":\"",
            "\"42001:\"",
            "\"::\"",
            "\"4.1.\"",
            "\"..\"",
        ] {
            let d = lumora_with("  \"7.3\":\n", &format!("  {key}:\n"));
            assert_eq!(d.len(), 1, "{key}: {d:?}");
            assert_eq!(d[0].code, crate::diag::Code::UnknownClause, "{key}");
        }
    }

    #[test]
    fn an_annex_a_control_is_not_a_clause() {
        let d = lumora_with("  \"7.3\":\n", "  27001:A.6.3:\n");
        assert_eq!(d[0].code, crate::diag::Code::UnknownClause);
        assert!(d[0].message.contains("Annex A control"), "{}", d[0].message);
    }

    #[test]
    fn a_clause_given_twice_is_an_error_pointing_at_the_second() {
        // `"6.1.2"` already covers both standards' 6.1.2.
        let d = lumora_with(
            "  \"6.1.3\":\n",
            "  42001:6.1.2:\n    process: A second AI risk process.\n    owner: AI Governance Lead\n  \"6.1.3\":\n",
        );
        let line = line_of(LUMORA, "  \"6.1.3\":\n");
        assert_eq!(found(&d)[0].0, "clause-given-twice");
        assert_eq!(d[0].pos.line, line);
        assert_eq!(
            d[0].message,
            "clause 42001:6.1.2 is given twice (`6.1.2` and `42001:6.1.2`)"
        );
        assert_eq!(
            d[0].notes,
            [format!(
                "first given at line {}, column 3",
                line_of(LUMORA, "  \"6.1.2\":\n")
            )]
        );
        // The same key twice is caught the same way.
        let d = lumora_with("  \"7.4\":\n", "  \"7.3\":\n");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].code, crate::diag::Code::ClauseGivenTwice);
    }

    #[test]
    fn a_process_without_an_owner_and_unknown_fields() {
        let d = lumora_with(
            "    owner: Chief Risk Officer\n    evidence:\n      - Internal audit programme",
            "    ownr: Chief Risk Officer\n    applies_to: [27001]\n    evidence:\n      - Internal audit programme",
        );
        let codes: Vec<&str> = d.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["unknown-field", "unknown-field", "missing-owner"]);
        assert_eq!(d[0].help.as_deref(), Some("did you mean `owner`?"));
        assert!(
            d[1].help
                .as_deref()
                .is_some_and(|h| h.contains("\"42001:6.1.2\"")),
            "{:?}",
            d[1].help
        );
        assert_eq!(
            d[2].message,
            "clause `9.2` describes a process but names no `owner`"
        );
        assert_eq!(d[2].pos.line, line_of(LUMORA, "  \"9.2\":\n"));
    }

    #[test]
    fn every_problem_is_reported_in_one_run() {
        let d = lumora_with("  \"4.1\":\n", "  \"4.11\":\n");
        let d2 = lumora_with("  \"4.1\":\n", "  \"4.11\":\n    process: x\n  \"4.9\":\n");
        assert_eq!(d.len(), 1);
        // 4.9 is reported, and its entry (which has no owner) too.
        let codes: Vec<&str> = d2.iter().map(|d| d.code.as_str()).collect();
        assert!(
            codes.iter().filter(|c| **c == "unknown-clause").count() == 2,
            "{codes:?}"
        );
        assert!(codes.contains(&"missing-owner"), "{codes:?}");
    }
}
