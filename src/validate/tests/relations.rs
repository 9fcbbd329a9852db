//! The relations file: the shipped mapping, a user's own, and the excluded-support warning.

use super::{lumora_in, LUMORA};
use std::path::Path;

const OWN: &str = "catalogs:\n  - iso27001-2022\n  - iso42001-2023\n";

#[test]
fn the_shipped_mapping_is_valid_and_ours() {
    let (soa, d) = lumora_in(Path::new(""), "", "");
    assert_eq!(d, []);
    let r = soa.and_then(|s| s.relations).expect("relations in force");
    assert_eq!(r.file, "built-in");
    assert_eq!(r.author, "The annexa authors");
    assert!(r.statement.contains("not taken from them"));
    assert_eq!(
        r.links.len(),
        33,
        "42001 controls with a related 27001 control"
    );
    assert!(r.links.iter().all(|l| l.control.namespace == "42001"
        && !l.supported_by.is_empty()
        && l.supported_by.iter().all(|s| s.namespace == "27001")
        && l.rationale.is_some()));
    // Catalog then natural order.
    let ids: Vec<String> = r.links.iter().map(|l| l.control.local.clone()).collect();
    let mut sorted = ids.clone();
    sorted.sort_by(|a, b| crate::model::natural_cmp(a, b));
    assert_eq!(ids, sorted);
}

#[test]
fn the_shipped_mapping_needs_both_catalogs() {
    let only = crate::validate::shipped_relations(&[]);
    assert!(only.is_none());
}

#[test]
fn a_user_file_replaces_it_and_unknown_ids_are_errors_with_positions() {
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        tmp.path().join("rel.yaml"),
        "title: Ours\nauthor: Lumora GRC\nstatement: Informative.\nrelations:\n  42001:A.6.2.8:\n    supported_by: [27001:A.8.155, 27001:A.8.17]\n  A.7.5:\n    supported_by: [27001:A.5.33]\n  42001:A.7.4:\n    supported_by: [42001:A.7.4]\n    note: x\n",
    )
    .expect("write");
    let (soa, d) = lumora_in(tmp.path(), OWN, &format!("{OWN}relations: rel.yaml\n"));
    assert!(soa.is_none());
    let mut d = d;
    d.sort_by_key(|x| (x.pos.line, x.pos.column));
    let got: Vec<(&str, u32, u32, Option<&str>)> = d
        .iter()
        .map(|d| (d.code.as_str(), d.pos.line, d.pos.column, d.help.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "unknown-control",
                6,
                20,
                Some("did you mean `27001:A.8.15`?")
            ),
            (
                "missing-namespace",
                7,
                3,
                Some("it exists in more than one catalog: write `27001:A.7.5` or `42001:A.7.5`")
            ),
            (
                "self-relation",
                10,
                20,
                Some("remove it from `supported_by:`")
            ),
            (
                "unknown-field",
                11,
                5,
                Some("the explanation goes in `rationale:`")
            ),
        ]
    );
    assert!(
        d.iter().all(|x| x.file == d[0].file && x.file != 0),
        "in rel.yaml"
    );
}

#[test]
fn an_applicable_control_whose_related_controls_are_all_excluded_is_flagged() {
    let tmp = tempfile::tempdir().expect("tempdir");
    // Lumora excludes 27001:A.7.4 and A.7.6 (no secure areas of its own).
    std::fs::write(
        tmp.path().join("rel.yaml"),
        "title: t\nauthor: a\nstatement: s\nrelations:\n  42001:A.4.5:\n    supported_by: [27001:A.7.4, 27001:A.7.6]\n  42001:A.4.4:\n    supported_by: [27001:A.7.4, 27001:A.8.9]\n",
    )
    .expect("write");
    let (soa, d) = lumora_in(tmp.path(), OWN, &format!("{OWN}relations: rel.yaml\n"));
    assert!(soa.is_some(), "a warning, not an error");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].code, crate::diag::Code::RelatedControlsExcluded);
    assert_eq!(d[0].file, 0, "points at the decision in the decisions file");
    let text = LUMORA.replacen(OWN, &format!("{OWN}relations: rel.yaml\n"), 1);
    let at = text.find("  42001:A.4.5:\n").expect("decision");
    assert_eq!(d[0].pos.line as usize, text[..at].lines().count() + 1);
    assert_eq!(
        d[0].message,
        "`42001:A.4.5` is applicable, but every control related to it is excluded (`27001:A.7.4`, `27001:A.7.6`)"
    );
}

#[test]
fn an_unreadable_relations_file_is_an_error_where_it_is_named() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (soa, d) = lumora_in(tmp.path(), OWN, &format!("{OWN}relations: missing.yaml\n"));
    assert!(soa.is_none());
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        (d[0].code, d[0].file),
        (crate::diag::Code::UnreadableFile, 0)
    );
}
