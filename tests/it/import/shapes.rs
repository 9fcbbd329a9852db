//! Real SoA shapes: a sheet per theme under banner rows, a 2013 SoA, a GRC tool's semicolon
//! CSV in Windows-1252, a LibreOffice .ods, both standards in one sheet, another status
//! vocabulary; and the files import refuses (formulas, merged cells, hidden sheets, an empty
//! sheet, something that is not a spreadsheet).

use super::book::{self, Sheet};
use crate::support::Test;

fn import(name: &str, bytes: &[u8], extra: &[&str]) -> (crate::support::test::Output, String) {
    let mut args = vec!["import", name];
    args.extend(extra);
    let out = Test::new().write(name, bytes).args(args).success();
    let yaml = std::fs::read_to_string(out.path().join("soa.yaml")).expect("soa.yaml");
    (out, yaml)
}

/// The decision block of one control.
fn block<'a>(yaml: &'a str, id: &str) -> &'a str {
    let start = yaml
        .find(&format!("  {id}:"))
        .unwrap_or_else(|| panic!("{id} in {yaml}"));
    let rest = &yaml[start + 2..];
    let end = rest
        .find("\n  2")
        .or_else(|| rest.find("\n  4"))
        .or_else(|| rest.find("\n  #"))
        .unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn a_sheet_per_theme_under_banner_rows() {
    let theme = |name: &str, rows: Vec<Vec<&str>>| {
        let mut s = Sheet::new(
            name,
            [
                vec![
                    vec![""],
                    vec![""],
                    vec![
                        "Ref",
                        "Control name",
                        "Applicable (Y/N)",
                        "Justification for inclusion/exclusion",
                        "Implementation status",
                        "Control owner",
                    ],
                ],
                rows,
            ]
            .concat(),
        );
        s.merged
            .push((0, 0, 0, 5, "ACME Ltd: Statement of Applicability v2".into()));
        s.merged.push((1, 0, 1, 5, "Confidential".into()));
        s
    };
    let bytes = book::xlsx(&[
        theme(
            "Organizational",
            vec![
                vec![
                    "A.5.1",
                    "Policies for information security",
                    "Y",
                    "Board requires policies",
                    "Implemented",
                    "CISO",
                ],
                vec!["A5.2", "Roles", "✓", "Needed", "In progress", "CISO"],
            ],
        ),
        theme(
            "Physical",
            vec![vec![
                "7.4",
                "Physical security monitoring",
                "N",
                "No premises: fully remote, offices outsourced",
                "N/A",
                "",
            ]],
        ),
    ]);
    let (out, yaml) = import("soa.xlsx", &bytes, &[]);
    assert!(out.stdout.contains("header in row 3"), "{}", out.stdout);
    assert!(block(&yaml, "27001:A.5.1").contains("applicable: true\n    justification: Board requires policies\n    status: implemented\n    owner: CISO"), "{yaml}");
    assert!(block(&yaml, "27001:A.5.2").contains("status: partial"));
    assert!(
        block(&yaml, "27001:A.7.4").contains("applicable: false\n    justification: \"No premises"),
        "{yaml}"
    );
    assert!(
        out.stdout
            .contains("\"In progress\" → Partially implemented (Organizational!E5)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("93 controls in scope: 3 decided, 90 undecided"),
        "{}",
        out.stdout
    );
    assert!(
        !yaml.contains("42001:"),
        "a 27001-only sheet gives a 27001-only file"
    );
}

#[test]
fn a_2013_soa_with_114_rows_is_carried_to_2022_and_says_how() {
    let table = annexa::input::correspondence::Correspondence::shipped();
    let mut rows = vec![vec![
        "Control".to_string(),
        "Title".into(),
        "Applicable".into(),
        "Status".into(),
        "Justification".into(),
    ]];
    for c in &table.controls {
        let (app, status) = match c.id.as_str() {
            "A.9.2.5" => ("No", ""),
            _ => ("Yes", "Implemented"),
        };
        rows.push(vec![
            c.id.clone(),
            c.title.clone(),
            app.into(),
            status.into(),
            format!("Because of {}", c.id),
        ]);
    }
    assert_eq!(rows.len(), 115);
    let sheet = Sheet {
        name: "SoA 2013".into(),
        rows,
        ..Sheet::default()
    };
    let (out, yaml) = import("soa2013.xlsx", &book::xlsx(&[sheet]), &[]);
    assert!(block(&yaml, "27001:A.5.1").contains("justification: |-\n      A.5.1.1: Because of A.5.1.1\n      A.5.1.2: Because of A.5.1.2"), "{}", block(&yaml, "27001:A.5.1"));
    assert!(
        yaml.contains("# From ISO/IEC 27001:2013 A.5.1.1, A.5.1.2, merged into A.5.1 in 2022"),
        "{yaml}"
    );
    // A.9.2.2, A.9.2.5 (excluded here) and A.9.2.6 became A.5.18: they disagree, so it stays open.
    assert!(yaml.contains("decide A.5.18 yourself"));
    assert!(
        block(&yaml, "27001:A.5.18").contains("applicable:\n"),
        "{}",
        block(&yaml, "27001:A.5.18")
    );
    assert!(yaml.contains("which 2022 split (A.18.2.3 → A.5.36 and A.8.8)"));
    assert!(yaml.contains("A.5.7: new in ISO/IEC 27001:2022"));
    assert!(
        out.stdout
            .contains("ISO/IEC 27001:2013 controls mapped to 2022:"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("93 controls in scope: 81 decided, 12 undecided"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_grc_tool_csv_with_semicolons_in_windows_1252() {
    let text = b"Control ID;Control;Applicable;Implementation Status;Justification;Responsible;Due Date\r\n\
                ISO 27001:2022 A.5.1;Policies;Yes;Fully implemented;Required by the board \x96 see POL-01;CISO;\r\n\
                ISO 27001:2022 A.5.7;Threat intelligence;Yes;Not started;Caf\xe9 feeds;SOC lead;31/03/2027\r\n";
    let (out, yaml) = import("grc.csv", text, &[]);
    assert!(
        out.stdout.contains("CSV (Windows-1252, `;`-separated)"),
        "{}",
        out.stdout
    );
    assert!(block(&yaml, "27001:A.5.1").contains("Required by the board – see POL-01"));
    assert!(
        block(&yaml, "27001:A.5.7")
            .contains("status: planned\n    target_date: 2027-03-31\n    owner: SOC lead"),
        "{yaml}"
    );
    assert!(out.stdout.contains("\"31/03/2027\" → 2027-03-31"));
}

#[test]
fn a_libreoffice_ods_with_both_standards_and_other_words() {
    let sheet = Sheet::new(
        "SoA",
        vec![
            vec!["Standard", "ID", "Name", "Included", "State", "Rationale"],
            vec![
                "ISO/IEC 42001",
                "A.5.2",
                "AI system impact assessment process",
                "x",
                "WIP",
                "EU AI Act",
            ],
            vec![
                "ISO/IEC 27001",
                "A.5.2",
                "Information security roles and responsibilities",
                "x",
                "Done",
                "Contracts",
            ],
            vec![
                "",
                "A.6.2.2",
                "AI system requirements and specification",
                "x",
                "Amber",
                "Design",
            ],
            vec!["", "Organizational", "", "", "", ""],
        ],
    );
    let (out, yaml) = import("soa.ods", &book::ods(&[sheet]), &[]);
    assert!(
        block(&yaml, "42001:A.5.2").contains("status: partial"),
        "{yaml}"
    );
    assert!(block(&yaml, "27001:A.5.2").contains("status: implemented"));
    // A.6.2.2 is Teleworking in 2013 and a 42001 control: the title says which.
    assert!(
        block(&yaml, "42001:A.6.2.2").contains("applicable: true"),
        "{yaml}"
    );
    assert!(
        out.stdout.contains("\"Amber\" as status (SoA!E4)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("SoA!B5: \"Organizational\" is not a control ID"),
        "{}",
        out.stdout
    );
}

#[test]
fn map_names_columns_the_header_does_not() {
    let sheet = Sheet::new(
        "S",
        vec![
            vec!["Nr", "Wording", "Decision"],
            vec!["A.8.1", "Endpoints", "Yes"],
        ],
    );
    let (_, yaml) = import(
        "s.xlsx",
        &book::xlsx(&[sheet]),
        &["--map", "A=id", "--map", "Decision=applicable"],
    );
    assert!(block(&yaml, "27001:A.8.1").contains("applicable: true"));
}

#[test]
fn files_import_refuses_write_nothing() {
    let mut formula = Sheet::new("F", vec![vec!["ID", "Applicable"], vec!["A.5.1", ""]]);
    formula
        .formulas
        .push((1, 1, "=IF(1,\"Yes\",\"No\")".into()));
    let mut merged = Sheet::new(
        "M",
        vec![vec!["ID", "Applicable"], vec!["A.5.1"], vec!["A.5.2"]],
    );
    merged.merged.push((1, 1, 2, 1, "Yes".into()));
    let mut hidden = Sheet::new("H", vec![vec!["ID", "Applicable"], vec!["A.5.1", "Yes"]]);
    hidden.hidden = true;
    let visible = Sheet::new("V", vec![vec!["notes"]]);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "f.xlsx",
            book::xlsx(&[formula]),
            "F!B2: the cell holds a formula (`=IF(1,\"Yes\",\"No\")`)",
        ),
        (
            "m.xlsx",
            book::xlsx(&[merged]),
            "M!B2: merged cells B2:B3 span rows 2-3",
        ),
        (
            "h.xlsx",
            book::xlsx(&[visible, hidden]),
            "H!A1: sheet `H` is hidden and holds controls",
        ),
        (
            "e.xlsx",
            book::xlsx(&[Sheet::new("Empty", vec![])]),
            "Empty: the sheet is empty",
        ),
        (
            "x.pdf",
            b"%PDF-1.7\n\x00\x01\x02binary".to_vec(),
            "is not a spreadsheet or CSV text",
        ),
        (
            "z.xlsx",
            b"PK\x03\x04 not really a zip".to_vec(),
            "is not a spreadsheet annexa can read",
        ),
    ];
    for (name, bytes, message) in cases {
        Test::new()
            .write(name, &bytes)
            .args(["import", name])
            .stderr_has(message)
            .stderr_has("nothing was written")
            .expect_absent("soa.yaml")
            .status(1);
    }
}
