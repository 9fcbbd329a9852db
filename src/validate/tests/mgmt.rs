//! `management_system:`: clause keys, clauses given twice, owners.

use super::{found, line_of, lumora_with, LUMORA};

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
