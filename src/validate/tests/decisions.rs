//! The decisions file: control IDs and their "did you mean", misspelt fields, keywords,
//! `catalogs:` and booleans.

use super::{help_of, lumora_with};

#[test]
fn the_example_is_valid() {
    assert_eq!(lumora_with("", ""), Vec::new());
}

#[test]
fn did_you_mean_prefers_the_control_left_undecided() {
    // A.5.18, A.5.28, A.5.30 … are all one edit away; only A.5.28 is missing.
    let d = lumora_with("\n  27001:A.5.28:\n", "\n  27001:A.5.38:\n");
    assert_eq!(
        help_of(&d, "unknown-control"),
        Some("did you mean `27001:A.5.28`?")
    );
}

#[test]
fn an_id_of_the_other_standard_suggests_that_standard() {
    let d = lumora_with("\n  42001:A.9.2:\n", "\n  27001:A.9.2:\n");
    assert_eq!(
        help_of(&d, "unknown-control"),
        Some("did you mean `42001:A.9.2` (Processes for responsible use of AI systems)?")
    );
}

#[test]
fn a_misspelt_required_field_is_reported_once() {
    let d = lumora_with("\norganisation:\n", "\norganization:\n");
    let codes: Vec<&str> = d.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["unknown-field"]);
    assert_eq!(
        help_of(&d, "unknown-field"),
        Some("annexa spells it `organisation`")
    );
    let d = lumora_with("  approver: Chief", "  aprover: Chief");
    let codes: Vec<&str> = d.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["unknown-field"]);
}

#[test]
fn an_unknown_keyword_names_the_field() {
    let d = lumora_with("reasons: [legal", "reasons: [compliance");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        d[0].message,
        "`compliance` is not a valid value for `reasons`"
    );
}

#[test]
fn catalogs_not_a_list_is_one_error_not_one_per_control() {
    let d = lumora_with(
        "catalogs:\n  - iso27001-2022\n  - iso42001-2023\n",
        "catalogs: iso27001-2022\n",
    );
    let shown: Vec<(&str, &str)> = d
        .iter()
        .map(|d| (d.code.as_str(), d.message.as_str()))
        .collect();
    assert_eq!(
        shown,
        [("wrong-type", "`catalogs` must be a list, not a scalar")]
    );
}

#[test]
fn no_catalogs_is_reported_and_controls_are_not_judged_without_them() {
    let d = lumora_with("catalogs:\n  - iso27001-2022\n  - iso42001-2023\n", "");
    let shown: Vec<(&str, &str)> = d
        .iter()
        .map(|d| (d.code.as_str(), d.message.as_str()))
        .collect();
    assert_eq!(
        shown,
        [("missing-field", "the decisions file has no `catalogs`")]
    );
}

#[test]
fn a_quoted_boolean_is_called_quoted_text() {
    let d = lumora_with(
        "  27001:A.5.1:\n    applicable: true\n",
        "  27001:A.5.1:\n    applicable: \"true\"\n",
    );
    let shown: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        shown,
        ["`applicable` must be true or false, not quoted text `true`"]
    );
}
