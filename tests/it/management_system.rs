//! The integrated management-system matrix and the Annex A relations, as a reader checks them:
//! every clause of both standards exactly once, the organisation's processes in place, the
//! SoA's summary of both, and the flag where an AI control leans on excluded controls.

use crate::support::{lumora as example, read, Test};
use annexa::model::Catalog;
use std::path::{Path, PathBuf};

/// Builds `text` (a decisions file) as Markdown in `dir`; returns the output folder.
fn build(dir: &Path, text: &str) -> PathBuf {
    Test::in_dir(dir)
        .write("soa.yaml", text)
        .args(["build", "soa.yaml", "--out", "out", "--format", "md"])
        .success();
    dir.join("out")
}

fn shipped(name: &str) -> Catalog {
    let loaded = annexa::input::load_shipped(name).expect("shipped");
    annexa::validate::validate_catalogs(loaded)
        .pop()
        .expect("valid")
}

/// The cells of the matrix rows: every table headed `| Clause | ISO/IEC 27001:2022 | …`.
fn matrix_rows(md: &str) -> Vec<Vec<String>> {
    let mut inside = false;
    let mut rows = Vec::new();
    for line in md.lines() {
        if !line.starts_with('|') {
            inside = false;
        } else if line.starts_with("| Clause | ISO/IEC 27001:2022 | ISO/IEC 42001:2023 |") {
            inside = true;
        } else if inside && !line.starts_with("|---") {
            let cells = line
                .trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_string())
                .collect();
            rows.push(cells);
        }
    }
    rows
}

#[test]
fn the_matrix_lists_every_clause_of_both_standards_exactly_once() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = build(tmp.path(), &example());
    let md = read(&out, "management-system.md");
    let rows = matrix_rows(&md);
    let (iso27, iso42) = (shipped("iso27001-2022"), shipped("iso42001-2023"));
    assert_eq!((iso27.clauses.len(), iso42.clauses.len()), (41, 43));
    for (column, catalog) in [(1, &iso27), (2, &iso42)] {
        for clause in &catalog.clauses {
            let n = rows
                .iter()
                .filter(|r| r[0] == clause.id && r[column] == clause.title)
                .count();
            assert_eq!(
                n, 1,
                "{}:{} appears {n} times",
                catalog.namespace, clause.id
            );
        }
    }
    // One row per clause number; the numbers only 42001 has are specific, the rest shared.
    assert_eq!(rows.len(), 43);
    for r in &rows {
        let specific = r[0] == "6.1.4" || r[0] == "8.4";
        assert_eq!(r[1] == "*No counterpart*", specific, "{r:?}");
        let kind = if specific {
            "ISO/IEC 42001:2023 only"
        } else {
            "Shared"
        };
        assert_eq!(r[3], kind, "{r:?}");
    }
    assert!(
        md.contains("**Clauses are paired by number.**"),
        "the pairing rule is stated"
    );
}

#[test]
fn the_matrix_shows_the_processes_the_organisation_records() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = build(tmp.path(), &example());
    let rows = matrix_rows(&read(&out, "management-system.md"));
    let row = |id: &str| rows.iter().find(|r| r[0] == id).expect("row").clone();
    // One process for both standards.
    let r = row("6.1.2");
    assert!(
        r[4].starts_with("One procedure and one register for both scopes"),
        "{r:?}"
    );
    assert_eq!(r[5], "Head of Information Security");
    assert!(r[6].contains("Risk assessment RA-2026"), "{r:?}");
    // A separate process per standard.
    let r = row("5.2");
    assert!(
        r[4].starts_with("**27001:** LUM-POL-01") && r[4].contains(" **42001:** LUM-POL-09"),
        "{r:?}"
    );
    assert_eq!(
        r[5],
        "**27001:** Head of Information Security; **42001:** AI Governance Lead"
    );
    // Specific to 42001.
    let r = row("6.1.4");
    assert!(r[4].contains("LUM-PRC-15"), "{r:?}");
    // Covered by the parent clause, or by the sub-clauses.
    assert_eq!(row("9.2.1")[4], "*As clause 9.2.*");
    assert_eq!(row("9.2.1")[5], "Chief Risk Officer");
    assert_eq!(row("6.1")[4], "*Covered by its sub-clauses*");
}

/// Without `management_system:` no matrix is written, the SoA has no section for it, and a
/// note says how to add it; `management_system: {}` asks for the matrix with nothing recorded.
#[test]
fn without_management_system_entries_every_clause_is_marked_not_recorded() {
    let text = example();
    let start = text.find("\nmanagement_system:\n").expect("block") + 1;
    let end = text.find("\ncontrols:\n").expect("controls");
    let without = format!("{}{}", &text[..start], &text[end + 1..]);
    let run = Test::new()
        .write("soa.yaml", &without)
        .args(["build", "soa.yaml", "--out", "out", "--format", "md"])
        .stderr_has("note: no `management_system:` section, so no management-system matrix")
        .expect_absent("out/management-system.md")
        .success();
    let soa = run.read("out/statement-of-applicability.md");
    assert!(!soa.contains("\n## Management system\n"), "no SoA section");

    let tmp = tempfile::tempdir().expect("tempdir");
    let out = build(
        tmp.path(),
        &format!(
            "{}management_system: {{}}\n{}",
            &text[..start],
            &text[end + 1..]
        ),
    );
    let md = read(&out, "management-system.md");
    let rows = matrix_rows(&md);
    assert_eq!(rows.len(), 43);
    assert!(rows.iter().all(|r| r[4] == "*Not recorded*"), "{rows:?}");
    assert!(md.contains("| 0 | 0 | 0 | 0 | 43 |"), "coverage figures");
    let soa = read(&out, "statement-of-applicability.md");
    assert!(
        soa.contains("No process, owner or evidence is recorded yet for any clause."),
        "the SoA says so too"
    );
}

#[test]
fn the_soa_summarises_the_matrix_and_shows_related_decisions() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = build(tmp.path(), &example());
    let soa = read(&out, "statement-of-applicability.md");
    assert!(soa.contains("\n## Management system\n"));
    assert!(soa.contains(
        "43 clause numbers, 41 shared by the standards and 2 specific to one standard (6.1.4, 8.4)"
    ));
    assert!(soa.contains("document LUM-MAN-01-A"));
    assert!(soa.contains("| 6 | Planning | 8 | 7 | 1 | 8 | 0 |"));
    // Every 42001 control once in the related-controls table, with its related decisions.
    assert!(soa.contains("\n## Related controls between the standards\n"));
    let iso42 = shipped("iso42001-2023");
    for c in &iso42.controls {
        let prefix = format!("| 42001:{} | ", c.id);
        let rows: Vec<&str> = soa
            .lines()
            .filter(|l| l.starts_with(&prefix) && l.matches(" | ").count() == 4)
            .collect();
        assert_eq!(
            rows.len(),
            1,
            "42001:{} in the related-controls table",
            c.id
        );
    }
    assert!(soa.contains("27001:A.8.30 Outsourced development (Excluded)"));
    assert!(soa.contains("33 of the 38 controls below have related controls. None is applicable while every related control is excluded."));
    assert!(!soa.contains("**Flag:"));
}

#[test]
fn a_replaced_mapping_flags_an_ai_control_whose_related_controls_are_all_excluded() {
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        tmp.path().join("rel.yaml"),
        "title: Lumora's own mapping\nauthor: Lumora GRC team\nstatement: Informative; written by Lumora.\nrelations:\n  42001:A.4.5:\n    supported_by: [27001:A.7.4, 27001:A.7.6]\n    rationale: Compute sits in secure areas.\n",
    )
    .expect("write");
    let text = example().replacen(
        "catalogs:\n  - iso27001-2022\n",
        "relations: rel.yaml\ncatalogs:\n  - iso27001-2022\n",
        1,
    );
    std::fs::write(tmp.path().join("soa.yaml"), &text).expect("write");
    let v = Test::in_dir(tmp.path())
        .args(["validate", "soa.yaml", "--format", "json"])
        .run();
    assert_eq!(v.code, 0, "a warning");
    let j = v.json();
    assert_eq!(j["warnings"], 1);
    assert_eq!(j["diagnostics"][0]["code"], "related-controls-excluded");
    assert_eq!(j["diagnostics"][0]["file"], "soa.yaml");
    let line = text[..text.find("  42001:A.4.5:\n").expect("decision")]
        .lines()
        .count()
        + 1;
    assert_eq!(j["diagnostics"][0]["line"], line);

    let out = build(tmp.path(), &text);
    let soa = read(&out, "statement-of-applicability.md");
    assert!(soa.contains("Lumora's own mapping: for each control"));
    assert!(soa.contains("Source: Lumora GRC team (rel.yaml)."));
    assert!(soa.contains("**1 is flagged**"));
    let row = soa
        .lines()
        .find(|l| l.starts_with("| 42001:A.4.5 | ") && l.matches(" | ").count() == 4)
        .expect("row");
    assert!(
        row.contains("27001:A.7.4 Physical security monitoring (Excluded); 27001:A.7.6 Working in secure areas (Excluded) **Flag: every related control is excluded.**"),
        "{row}"
    );
    // The rest of 42001 is listed, with no related controls in this mapping.
    assert!(soa.contains(
        "| 42001:A.2.2 | AI policy | Implemented | *None: no counterpart in the mapping* |  |"
    ));
}
