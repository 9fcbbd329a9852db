//! `annexa diff` and `annexa build --previous`: the Lumora example against a copy with known
//! edits reports exactly those edits, identical files report no change, and the JSON parses.

use crate::support::{lumora, Output, Test};
use std::path::Path;

fn annexa(args: &[&str], dir: &Path) -> Output {
    Test::in_dir(dir).args(args).run()
}

fn stdout(out: &Output) -> String {
    out.stdout.clone()
}

/// Replaces `old` (which must occur) once.
fn edit(text: &str, old: &str, new: &str) -> String {
    assert!(text.contains(old), "the example has no {old:?}");
    text.replacen(old, new, 1)
}

const NEW_SYSTEM: &str = "
  - id: fraud-signals
    name: Lumora Fraud Signals
    purpose: Flag applications whose data suggests identity fraud, for a lender's manual check.
    intended_users: [Lenders' fraud analysts]
    affected_parties: [Loan applicants]
    role: [ai_provider, ai_producer]
    data: [Application data, Device and session signals]
    autonomy: Flags only; a fraud analyst decides.
    human_oversight: Every flag is reviewed by a lender's fraud analyst before any action.
    lifecycle_stage: design
";

/// The example and a copy with six known edits, written into `dir` as old.yaml and new.yaml.
pub(crate) fn old_and_new(dir: &Path) {
    let old = lumora();
    // 1. Version bump.
    let mut new = edit(
        &old,
        "  version: \"4.0\"\n  date: 2026-11-02",
        "  version: \"4.1\"\n  date: 2026-11-02",
    );
    // 2. An exclusion becomes applicable, with a new justification.
    new = edit(
        &new,
        "    applicable: false\n    justification: >-\n      No secure areas or information processing facilities are on Lumora premises: the Leeds",
        "    applicable: true\n    reasons: [risk]\n    risks: [R-09]\n    status: planned\n    target_date: 2027-06-30\n    justification: >-\n      A comms room opens in the Leeds office in 2027, so secure areas will exist: the Leeds",
    );
    // 3. A status change (27001:A.5.6).
    new = edit(
        &new,
        "    status: implemented\n    implementation: LUM-REG-07 External Contacts Register, section B",
        "    status: partial\n    implementation: LUM-REG-07 External Contacts Register, section B",
    );
    // 4. A justification edited by a few words (27001:A.5.2).
    new = edit(
        &new,
        "a named security contact and defined incident roles",
        "a named security contact, a deputy and defined incident roles",
    );
    // 5. An owner change (27001:A.5.11).
    new = edit(
        &new,
        "    owner: Head of IT Operations\n    implementation: >-\n      LUM-PRC-12 Joiners",
        "    owner: Head of Workplace Services\n    implementation: >-\n      LUM-PRC-12 Joiners",
    );
    // 6. An AI system added at the end of the inventory.
    new.push_str(NEW_SYSTEM);
    std::fs::write(dir.join("old.yaml"), old).expect("write old");
    std::fs::write(dir.join("new.yaml"), new).expect("write new");
}

fn json(out: &Output) -> serde_json::Value {
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.json()
}

fn len(v: &serde_json::Value) -> usize {
    v.as_array().map_or(usize::MAX, Vec::len)
}

#[test]
fn diff_reports_exactly_the_known_edits() {
    let tmp = tempfile::tempdir().expect("tempdir");
    old_and_new(tmp.path());
    let j = json(&annexa(
        &["diff", "old.yaml", "new.yaml", "--format", "json"],
        tmp.path(),
    ));
    assert_eq!(j["total"], 6, "{j:#}");
    assert_eq!(j["from"]["version"], "4.0");
    assert_eq!(j["to"]["version"], "4.1");

    assert_eq!(len(&j["document"]), 1);
    assert_eq!(j["document"][0]["field"], "Version");
    assert_eq!(j["document"][0]["before"], "4.0");
    assert_eq!(j["document"][0]["after"], "4.1");

    assert_eq!(len(&j["applicability"]), 1);
    let a = &j["applicability"][0];
    assert_eq!(a["id"], "27001:A.7.4");
    assert_eq!(a["title"], "Physical security monitoring");
    assert_eq!(a["before"], "Excluded");
    assert_eq!(a["after"], "Applicable: Planned, target 2027-06-30");
    let kinds: Vec<&str> = a["justification"]["segments"]
        .as_array()
        .expect("segments")
        .iter()
        .filter_map(|s| s["kind"].as_str())
        .collect();
    assert!(
        kinds.contains(&"removed") && kinds.contains(&"added"),
        "{kinds:?}"
    );

    assert_eq!(len(&j["status"]), 1);
    assert_eq!(j["status"][0]["id"], "27001:A.5.6");
    assert_eq!(j["status"][0]["before"], "Implemented");
    assert_eq!(j["status"][0]["after"], "Partially implemented");

    assert_eq!(len(&j["justifications"]), 1);
    let just = &j["justifications"][0];
    assert_eq!(just["id"], "27001:A.5.2");
    let changed: Vec<(String, String)> = just["diff"]["segments"]
        .as_array()
        .expect("segments")
        .iter()
        .filter(|s| s["kind"] != "same" && s["kind"] != "gap")
        .map(|s| {
            (
                s["kind"].as_str().unwrap_or_default().to_string(),
                s["text"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(
        changed,
        [
            ("removed".to_string(), "contact".to_string()),
            ("added".to_string(), "contact, a deputy".to_string())
        ]
    );

    assert_eq!(len(&j["owners"]), 1);
    assert_eq!(j["owners"][0]["id"], "27001:A.5.11");
    assert_eq!(j["owners"][0]["before"], "Head of IT Operations");
    assert_eq!(j["owners"][0]["after"], "Head of Workplace Services");

    assert_eq!(len(&j["ai_systems"]["added"]), 1);
    assert_eq!(j["ai_systems"]["added"][0]["id"], "fraud-signals");
    assert_eq!(j["ai_systems"]["added"][0]["title"], "Lumora Fraud Signals");

    // And nothing else.
    for empty in [
        &j["revisions_added"],
        &j["organisation"],
        &j["control_fields"],
        &j["ai_policy"],
        &j["ai_systems"]["removed"],
        &j["ai_systems"]["changed"],
    ] {
        assert_eq!(len(empty), 0, "{empty:#}");
    }
    for section in [
        "catalogs",
        "controls",
        "additional_controls",
        "risks",
        "management_system",
    ] {
        for part in ["added", "removed", "changed"] {
            assert_eq!(len(&j[section][part]), 0, "{section}.{part}: {j:#}");
        }
    }
    let summary: Vec<(&str, u64)> = j["summary"]
        .as_array()
        .expect("summary")
        .iter()
        .map(|s| {
            (
                s["section"].as_str().unwrap_or(""),
                s["count"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("Document control", 1),
            ("Applicability", 1),
            ("Implementation status", 1),
            ("Justifications", 1),
            ("Owners", 1),
            ("AI systems", 1)
        ]
    );
}

#[test]
fn the_markdown_report_shows_the_edits_readably() {
    let tmp = tempfile::tempdir().expect("tempdir");
    old_and_new(tmp.path());
    let out = annexa(&["diff", "old.yaml", "new.yaml"], tmp.path());
    assert_eq!(
        Some(out.code),
        Some(0),
        "a report with changes still exits 0"
    );
    let md = stdout(&out);
    for expected in [
        "# Changes to LUM-ISMS-SOA-001\n",
        "From version 4.0 (2026-11-02) to version 4.1 (2026-11-02)",
        "Table: Changes by section: 6 in all",
        "| Version | 4.0 → 4.1 |",
        "| 27001:A.7.4 | Physical security monitoring | Excluded | Applicable: Planned, target 2027-06-30 |",
        "| 27001:A.5.6 | Contact with special interest groups | Implemented | Partially implemented |",
        "a named security ~~contact~~ **contact, a deputy** and defined incident roles",
        "| 27001:A.5.11 | Return of assets | Head of IT Operations | Head of Workplace Services |",
        "- Added: fraud-signals, Lumora Fraud Signals\n",
    ] {
        assert!(md.contains(expected), "missing {expected:?} in\n{md}");
    }
    // Reversed, the AI system is removed and the control excluded again.
    let back = stdout(&annexa(&["diff", "new.yaml", "old.yaml"], tmp.path()));
    assert!(
        back.contains("- Removed: fraud-signals, Lumora Fraud Signals\n"),
        "{back}"
    );
    assert!(
        back.contains("| Applicable: Planned, target 2027-06-30 | Excluded |"),
        "{back}"
    );
}

#[test]
fn identical_files_report_no_change_and_exit_0() {
    let tmp = tempfile::tempdir().expect("tempdir");
    old_and_new(tmp.path());
    let out = annexa(&["diff", "old.yaml", "old.yaml"], tmp.path());
    assert_eq!(Some(out.code), Some(0));
    assert!(stdout(&out).contains("\nNo changes: "), "{}", stdout(&out));
    let j = json(&annexa(
        &["diff", "old.yaml", "old.yaml", "--format", "json"],
        tmp.path(),
    ));
    assert_eq!(j["total"], 0);
    assert_eq!(len(&j["summary"]), 0);
}

#[test]
fn reports_go_to_a_file_as_html_or_markdown() {
    let tmp = tempfile::tempdir().expect("tempdir");
    old_and_new(tmp.path());
    let out = annexa(
        &[
            "diff",
            "old.yaml",
            "new.yaml",
            "--format",
            "html",
            "--out",
            "changes/report.html",
        ],
        tmp.path(),
    );
    assert_eq!(Some(out.code), Some(0));
    assert!(stdout(&out).contains("(6 changes)"), "{}", stdout(&out));
    let html = std::fs::read_to_string(tmp.path().join("changes/report.html")).expect("written");
    assert!(html.starts_with("<!doctype html>"));
    assert!(
        html.contains("<del>contact</del> <strong>contact, a deputy</strong>"),
        "strikethrough and bold"
    );
    assert!(html.contains("<title>Changes to LUM-ISMS-SOA-001 · Lumora Finance Ltd</title>"));
}

#[test]
fn an_invalid_file_is_exit_1_and_no_report() {
    let tmp = tempfile::tempdir().expect("tempdir");
    old_and_new(tmp.path());
    let bad = std::fs::read_to_string(tmp.path().join("new.yaml"))
        .expect("new")
        .replacen("    applicable: false\n", "    applicable: maybe\n", 1);
    std::fs::write(tmp.path().join("bad.yaml"), bad).expect("write");
    let out = annexa(&["diff", "old.yaml", "bad.yaml"], tmp.path());
    assert_eq!(Some(out.code), Some(1));
    assert!(out.stdout.is_empty());
    let err = &out.stderr;
    assert!(
        err.contains("error[wrong-type]") && err.contains("bad.yaml:"),
        "{err}"
    );
    let out = annexa(&["diff", "old.yaml", "missing.yaml"], tmp.path());
    assert_eq!(Some(out.code), Some(2));
}

#[test]
fn build_with_previous_adds_changes_since_the_last_version() {
    let tmp = tempfile::tempdir().expect("tempdir");
    old_and_new(tmp.path());
    let out = annexa(
        &[
            "build",
            "new.yaml",
            "--previous",
            "old.yaml",
            "--out",
            "out",
            "--format",
            "md",
        ],
        tmp.path(),
    );
    assert_eq!(Some(out.code), Some(0), "{}", out.stderr);
    let md =
        std::fs::read_to_string(tmp.path().join("out/statement-of-applicability.md")).expect("soa");
    assert!(md.contains("\n## Changes since version 4.0\n"), "{md}");
    assert!(md.contains("\n### Applicability\n"));
    assert!(md.contains(
        "| 27001:A.5.11 | Return of assets | Head of IT Operations | Head of Workplace Services |"
    ));
    // Without --previous, no such section.
    let out = annexa(
        &["build", "new.yaml", "--out", "out2", "--format", "md"],
        tmp.path(),
    );
    assert_eq!(Some(out.code), Some(0));
    let md = std::fs::read_to_string(tmp.path().join("out2/statement-of-applicability.md"))
        .expect("soa");
    assert!(!md.contains("Changes since version"));
}
