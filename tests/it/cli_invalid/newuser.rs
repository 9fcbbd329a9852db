//! The cases of the messages a new user met (issue "What a new user tripped over", items 5–9):
//! ISO/IEC 27001:2013 numbers, clause numbers where a control belongs and clauses of a standard
//! not in scope, the labels and synonyms of a status, a wrong status beside a wrong
//! `applicable`, the defaults in `missing-reason` (in `cases.rs`), and a `[` left open many
//! lines before the parser gives up. Each is an edit of the small valid file, of the Lumora
//! example or of the 27001-only fixture; the case folder holds only the golden.

use super::cases::{add_help, error, generated, line_of, replace_line, Case};
use super::fixtures;
use crate::support::{lumora, repo_text};
use std::fs;

/// The issue 19 cases.
pub(super) fn newuser_cases() -> Vec<Case> {
    let valid = fs::read_to_string(fixtures().join("valid/soa.yaml")).expect("valid fixture");
    let valid_edit = |old: &str, new: &str| replace_line(&valid, old, new);
    let words = replace_line(
        &valid_edit(
            "    status: implemented",
            "    status: Partially implemented",
        ),
        "    status: planned",
        "    status: in progress",
    );
    let both = valid_edit(
        "    applicable: false",
        "    applicable: yes\n    status: Implemented",
    );
    let stray = valid_edit("document:", "document:\n- : : [");

    let lumora = lumora();
    let controls = line_of(&lumora, "controls:");
    let old_ids = [
        ("  27001:A.8.2:", "  A.9.2.3:"),
        ("  27001:A.5.18:", "  27001:A.9.2.2:"),
        ("  27001:A.5.36:", "  A.18.2.3:"),
        (
            "        controls: [42001:A.6.2.6]",
            "        controls: [42001:A.6.2.6, 27001:A.12.4.1]",
        ),
    ]
    .iter()
    .fold(lumora.clone(), |text, (old, new)| {
        replace_line(&text, old, new)
    });
    let clauses = replace_line(
        &replace_line(&lumora, "  27001:A.5.3:", "  5.3:"),
        "  42001:A.6.1.2:",
        "  A.6.1.2:",
    );
    let only_27001 = format!(
        "{}\nmanagement_system:\n  \"6.1.4\":\n    process: AI system impact assessment\n    owner: CISO\n  \"42001:8.4\":\n    process: Impact assessment at each release\n    owner: CISO\n",
        repo_text("tests/fixtures/iso27001-only/soa.yaml").trim_end()
    );
    let out_of_scope = |key: &str, clause: &str| {
        error("unknown-clause", line_of(&only_27001, key), 3, &format!(
            "clause {clause} (AI system impact assessment) is a clause of ISO/IEC 42001:2023, which is not in scope"
        ))
        .help("add `iso42001-2023` to `catalogs:` to bring ISO/IEC 42001:2023 into scope, or remove this entry")
    };
    let status_keys = "(one of: implemented, partial, planned, not_implemented)";

    vec![
        generated("status-words", words, vec![
            error("unknown-value", 23, 13, "`Partially implemented` is not a valid value for `status`")
                .help(&format!("`Partially implemented` is how documents show `partial`; the file takes the keyword `partial` {status_keys}")),
            error("unknown-value", 29, 13, "`in progress` is not a valid value for `status`")
                .help(&format!("did you mean `partial`? {status_keys}")),
        ]),
        generated("applicable-and-status", both, vec![
            error("wrong-type", 32, 17, "`applicable` must be true or false, not `yes`")
                .help("write `applicable: true` or `applicable: false` (unquoted)"),
            error("unknown-value", 33, 13, "`Implemented` is not a valid value for `status`")
                .help(&format!("write the keyword as `implemented` {status_keys}")),
        ]),
        generated("unclosed-bracket", stray, vec![
            error("yaml-syntax", 15, 3, "YAML syntax error: \"-\" is only valid inside a block")
                .help("the `[` at line 6, column 7 is still open here: is its `]` missing?")
                .related(6, 7, "this `[` is not closed before line 15"),
        ]),
        generated("shipped-2013-ids", old_ids.clone(), vec![
            error("undecided", controls, 1, "control `27001:A.5.18` (Access rights) is not decided")
                .help(&add_help("27001:A.5.18")),
            error("undecided", controls, 1, "control `27001:A.5.36` (Compliance with policies, rules and standards for information security) is not decided")
                .help(&add_help("27001:A.5.36")),
            error("undecided", controls, 1, "control `27001:A.8.2` (Privileged access rights) is not decided")
                .help(&add_help("27001:A.8.2")),
            error("unknown-control", line_of(&old_ids, "  27001:A.9.2.2:"), 3, "`27001:A.9.2.2` is not a control of ISO/IEC 27001:2022 Annex A")
                .help("`27001:A.9.2.2` is an ISO/IEC 27001:2013 number; in 2022 it is merged into `27001:A.5.18` Access rights, with A.9.2.5 and A.9.2.6"),
            error("missing-namespace", line_of(&old_ids, "  A.18.2.3:"), 3, "control ID `A.18.2.3` has no catalog namespace")
                .help("`A.18.2.3` is an ISO/IEC 27001:2013 number; in 2022 it is split into `27001:A.5.36` Compliance with policies, rules and standards for information security and `27001:A.8.8` Management of technical vulnerabilities"),
            error("missing-namespace", line_of(&old_ids, "  A.9.2.3:"), 3, "control ID `A.9.2.3` has no catalog namespace")
                .help("`A.9.2.3` is an ISO/IEC 27001:2013 number; in 2022 it is `27001:A.8.2` Privileged access rights"),
            error("unknown-control", line_of(&old_ids, "        controls: [42001:A.6.2.6, 27001:A.12.4.1]"), 35, "`27001:A.12.4.1` is not a control of a catalog in scope")
                .help("`27001:A.12.4.1` is an ISO/IEC 27001:2013 number; in 2022 it is merged into `27001:A.8.15` Logging, with A.12.4.2 and A.12.4.3"),
        ]),
        generated("shipped-clause-as-control", clauses.clone(), vec![
            error("undecided", controls, 1, "control `27001:A.5.3` (Segregation of duties) is not decided")
                .help(&add_help("27001:A.5.3")),
            error("undecided", controls, 1, "control `42001:A.6.1.2` (Objectives for responsible development of AI system) is not decided")
                .help(&add_help("42001:A.6.1.2")),
            error("missing-namespace", line_of(&clauses, "  5.3:"), 3, "control ID `5.3` has no catalog namespace")
                .help("`5.3` is clause 5.3 (Organizational roles, responsibilities and authorities), not an Annex A control: clauses go under `management_system:`; for the Annex A control write `27001:A.5.3` or `42001:A.5.3`"),
            error("missing-namespace", line_of(&clauses, "  A.6.1.2:"), 3, "control ID `A.6.1.2` has no catalog namespace")
                .help("write `42001:A.6.1.2`; if it is the ISO/IEC 27001:2013 number, in 2022 it is `27001:A.5.3` Segregation of duties"),
        ]),
        generated("clause-not-in-scope", only_27001.clone(), vec![
            out_of_scope("  \"6.1.4\":", "6.1.4"),
            out_of_scope("  \"42001:8.4\":", "8.4"),
        ]),
    ]
}
