//! Document control of every document (`document:`, `ai_policy:`, an assessment's
//! `assessment:`, `documents:`), and the warning for a placeholder left in an approved one.

use super::{found, line_of, lumora_in, lumora_with, LUMORA};
use std::path::Path;

/// The example without the block that starts with `head` (that line and the more indented
/// lines after it).
fn without_block(head: &str) -> String {
    let at = LUMORA.find(head).expect("block");
    let indent = head.len() - head.trim_start().len();
    let rest = &LUMORA[at + head.len()..];
    let mut end = at + head.len();
    for line in rest.split_inclusive('\n') {
        let deeper = line.len() - line.trim_start().len() > indent || line.trim().is_empty();
        if !deeper {
            break;
        }
        end += line.len();
    }
    LUMORA[at..end].to_string()
}

#[test]
fn each_document_reads_its_own_control() {
    let (soa, d) = lumora_in(Path::new(""), "", "");
    assert_eq!(found(&d), []);
    let soa = soa.expect("valid");
    let rtp = &soa.documents.risk_treatment_plan;
    assert_eq!(rtp.id.as_deref(), Some("LUM-RTP-2026"));
    assert_eq!(rtp.approver.as_deref(), Some("Risk Committee"));
    assert_eq!(rtp.revisions.len(), 2);
    let ms = &soa.documents.management_system;
    assert_eq!(
        (ms.id.as_deref(), ms.version.as_deref()),
        (Some("LUM-MAN-01-A"), Some("2.1"))
    );
    assert_eq!(ms.approval_date, None, "the matrix's approval is the SoA's");
    let p = &soa.ai_policy.control;
    assert_eq!(
        p.effective_date.map(|d| d.to_string()).as_deref(),
        Some("2026-10-13")
    );
    assert_eq!(p.revisions.last().map(|r| r.version.as_str()), Some("1.2"));
    let a = soa.ai_systems[1].assessment.as_ref().expect("in progress");
    assert_eq!(a.control.id.as_deref(), Some("LUM-AIIA-2026-02"));
    assert_eq!(a.control.approval_date, None);
    assert_eq!(
        soa.document.approval_reference.as_deref().map(|r| &r[..10]),
        Some("Management")
    );
}

#[test]
fn a_file_without_the_new_fields_stays_valid_with_derived_defaults() {
    let (soa, d) = lumora_in(Path::new(""), &without_block("documents:\n"), "");
    assert_eq!(found(&d), []);
    let doc = crate::merge::merge(&soa.expect("valid"), Default::default());
    let ids: Vec<&str> = doc.documents.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "LUM-ISMS-SOA-001",
            "LUM-ISMS-SOA-001-RTP",
            "LUM-POL-09",
            "LUM-ISMS-SOA-001-MS",
            "LUM-AIIA-2026-01",
            "LUM-AIIA-2026-02"
        ]
    );
    let ms = doc.management_system.as_ref().expect("matrix");
    assert_eq!(ms.document.version, "4.0", "the SoA's version");
    assert_eq!(ms.document.approval_date.as_deref(), Some("2026-11-02"));
    assert_eq!(doc.risk_plan.document_id, "LUM-ISMS-SOA-001-RTP");
}

#[test]
fn the_matrix_cites_each_assessment_by_its_own_id() {
    let (soa, _) = lumora_in(Path::new(""), "", "");
    let doc = crate::merge::merge(&soa.expect("valid"), Default::default());
    let ms = doc.management_system.as_ref().expect("matrix");
    let row = (ms.sections.iter().flat_map(|s| &s.rows))
        .find(|r| r.id == "6.1.4")
        .expect("6.1.4");
    let cited: Vec<&str> = row.documents.iter().map(|d| d.id.as_str()).collect();
    let own: Vec<&str> = doc
        .ai_systems
        .iter()
        .map(|s| s.document.id.as_str())
        .collect();
    assert_eq!(cited, own);
    assert_eq!(cited, ["LUM-AIIA-2026-01", "LUM-AIIA-2026-02"]);
}

#[test]
fn misspelt_document_fields_and_documents_are_named() {
    let d = lumora_with("    id: LUM-MAN-01-A\n", "    idd: LUM-MAN-01-A\n");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].code.as_str(), "unknown-field");
    assert_eq!(
        d[0].message,
        "unknown field `idd` in `documents.management_system`"
    );
    assert_eq!(d[0].help.as_deref(), Some("did you mean `id`?"));
    let d = lumora_with("  management_system:\n    id:", "  matrix:\n    id:");
    assert_eq!(d[0].code.as_str(), "unknown-field");
    assert!(
        d[0].help
            .as_deref()
            .is_some_and(|h| h.contains("management_system")),
        "{d:?}"
    );
}

#[test]
fn an_approved_policy_with_a_placeholder_warns_at_its_approval_date() {
    let d = lumora_with(&without_block("  exceptions: >-\n"), "");
    let line = line_of(LUMORA, "  approval_date: 2026-10-06\n");
    assert_eq!(
        found(&d),
        [(
            "placeholder-in-approved",
            line,
            3,
            Some("write it under `ai_policy:` as `exceptions:`; or remove `approval_date` until it is complete")
        )]
    );
    assert!(
        d[0].message.contains("\"10. Deviations and exceptions\""),
        "{}",
        d[0].message
    );
    // A draft may show placeholders.
    let text = LUMORA
        .replacen(&without_block("  exceptions: >-\n"), "", 1)
        .replacen("  approval_date: 2026-10-06\n", "", 1);
    let loaded = crate::input::load_text("soa.yaml", text.as_bytes(), Path::new(""));
    assert_eq!(found(&super::super::validate(loaded).diagnostics.items), []);
}

#[test]
fn an_approved_assessment_with_a_placeholder_warns_at_its_approval_date() {
    let models = without_block("    models:\n");
    let d = lumora_with(&models, "");
    let edited = LUMORA.replacen(&models, "", 1);
    let line = line_of(&edited, "      approval_date: 2026-10-28\n");
    assert_eq!(found(&d).len(), 1, "{d:?}");
    assert_eq!(
        (d[0].code.as_str(), d[0].pos.line, d[0].pos.column),
        ("placeholder-in-approved", line, 7)
    );
    assert!(d[0].message.contains("`credit-scoring`") && d[0].message.contains("no `models`"));
}

#[test]
fn every_document_keeps_its_review_and_revision_warnings() {
    let d = lumora_with(
        "  version: \"1.2\"\n  date: 2026-10-06\n",
        "  version: \"1.3\"\n  date: 2026-10-06\n",
    );
    assert_eq!(found(&d).len(), 1, "{d:?}");
    assert_eq!(d[0].code.as_str(), "revision-missing");
    assert_eq!(
        d[0].message,
        "the revision history does not end with version 1.3"
    );
    let d = lumora_with(
        "    next_review: 2027-03-31\n    revisions:",
        "    next_review: 2026-03-31\n    revisions:",
    );
    assert_eq!(found(&d).len(), 1, "{d:?}");
    assert_eq!(d[0].code.as_str(), "review-overdue");
}
