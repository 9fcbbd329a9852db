//! The example's Word documents read back: every decision of the SoA where a reader looks for
//! it, checked against the JSON export (an independent rendering of the same data), and the
//! Word structure the issue asks for: heading styles in the Markdown's order, the TOC field,
//! repeated header rows, rows kept whole, landscape sections, page-number fields, properties.

use super::build;
use super::read::{Body, Docx, Table};
use crate::support::lumora;
use serde_json::Value;
use std::collections::HashMap;

/// Whitespace collapsed to single spaces.
fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_control_table(t: &Table) -> bool {
    t.rows
        .first()
        .is_some_and(|r| r.cells.len() == 9 && r.cells[..3] == ["ID", "Control", "Applicable"])
}

/// Each control table's rows by control ID, with the header row, after checking that the
/// table repeats its header, keeps rows whole and sits on landscape pages.
type Rows = HashMap<String, (Vec<String>, Vec<String>)>;

fn control_rows(body: &Body) -> (Rows, usize) {
    let tables: Vec<&Table> = body.tables.iter().filter(|t| is_control_table(t)).collect();
    let mut rows = Rows::new();
    for t in &tables {
        assert!(
            body.sections[t.section],
            "a control table on a portrait page"
        );
        assert!(t.rows[0].header, "the header row repeats on every page");
        assert!(t.rows[1..].iter().all(|r| !r.header));
        assert!(
            t.rows.iter().all(|r| r.cant_split),
            "a row may split across pages"
        );
        for r in &t.rows[1..] {
            rows.insert(
                r.cells[0].clone(),
                (t.rows[0].cells.clone(), r.cells.clone()),
            );
        }
    }
    (rows, tables.len())
}

/// Checks one control of the JSON export against its row.
fn check_control(c: &Value, rows: &Rows) {
    let id = c["id"].as_str().expect("id");
    let (head, cells) = rows.get(id).unwrap_or_else(|| panic!("{id} has no row"));
    let col = |name: &str| {
        let j = head
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no {name} column"));
        norm(&cells[j])
    };
    let has = |name: &str, want: &str| {
        assert!(
            col(name).contains(&norm(want)),
            "{id}: {name} `{}` lacks `{want}`",
            col(name)
        );
    };
    has("Control", c["title"].as_str().expect("title"));
    has(
        "Justification",
        c["justification"].as_str().unwrap_or_default(),
    );
    has(
        "Status",
        c["status"]["label"].as_str().unwrap_or("Excluded"),
    );
    has("Owner", c["owner"].as_str().unwrap_or_default());
    has(
        "Applicable",
        if c["applicable"] == true { "Yes" } else { "No" },
    );
}

#[test]
fn soa_holds_every_decision_in_landscape_control_tables_with_repeated_headers() {
    let out = build(&lumora(), "md,docx,json");
    let docx = Docx::open(&out.bytes("out/statement-of-applicability.docx"));
    let body = docx.body();
    let json: Value =
        serde_json::from_str(&out.read("out/statement-of-applicability.json")).expect("JSON");
    let (rows, tables) = control_rows(&body);
    let groups: Vec<&Value> = json["standards"]
        .as_array()
        .expect("standards")
        .iter()
        .flat_map(|s| s["groups"].as_array().expect("groups"))
        .collect();
    assert_eq!(
        tables,
        groups.len(),
        "one control table per theme or objective"
    );
    let controls: Vec<&Value> = groups
        .iter()
        .flat_map(|g| g["controls"].as_array().expect("controls"))
        .collect();
    controls.iter().for_each(|c| check_control(c, &rows));
    assert_eq!(controls.len(), 131, "every control of the example");
    assert_eq!(rows.len(), 131, "no row beyond the controls");
    // Statuses carry their colours as character styles, as the HTML badges do.
    let xml = docx.part("word/document.xml");
    for style in [
        "StatusImplemented",
        "StatusPartial",
        "StatusPlanned",
        "StatusNotImplemented",
        "ApplicableYes",
    ] {
        assert!(
            xml.contains(&format!("<w:rStyle w:val=\"{style}\"/>")),
            "{style}"
        );
    }
    // The headings of the control tables go with them onto landscape pages.
    let heading = body
        .paras
        .iter()
        .find(|p| p.style == "Heading2" && p.text == "A.5 Organizational controls")
        .expect("A.5");
    assert!(
        body.sections[heading.section],
        "its heading stays with the table"
    );
    let intro = body
        .paras
        .iter()
        .find(|p| p.text.starts_with("Each control of the catalogs"))
        .expect("how to read");
    assert!(!body.sections[intro.section], "prose stays portrait");
    let styles = docx.part("word/styles.xml");
    assert!(
        styles.contains("w:styleId=\"StatusImplemented\"><w:name w:val=\"Status Implemented\"/>")
    );
    assert!(styles.contains("w:fill=\"1B7F4C\""), "the chart's green");
}

#[test]
fn headings_are_words_heading_styles_in_the_markdowns_order() {
    let out = build(&lumora(), "md,docx");
    for stem in [
        "statement-of-applicability",
        "ai-policy",
        "management-system",
        "ai-impact-assessment-credit-scoring",
    ] {
        let md = out.read(&format!("out/{stem}.md"));
        let expected: Vec<(String, String)> = md
            .lines()
            .filter_map(|l| {
                let hashes = l.len() - l.trim_start_matches('#').len();
                let text = l.get(hashes..)?.strip_prefix(' ')?;
                let style = match hashes {
                    1 => "Title".to_string(),
                    2..=4 => format!("Heading{}", hashes - 1),
                    _ => return None,
                };
                Some((style, text.replace('\\', "")))
            })
            .collect();
        let docx = Docx::open(&out.bytes(&format!("out/{stem}.docx")));
        let body = docx.body();
        let got: Vec<(String, String)> = body
            .paras
            .iter()
            .filter(|p| p.style == "Title" || p.style.starts_with("Heading"))
            .map(|p| (p.style.clone(), p.text.clone()))
            .collect();
        assert_eq!(got, expected, "{stem}");
        assert!(expected.len() > 3, "{stem} has sections");
        let styles = docx.part("word/styles.xml");
        for n in 1..=3 {
            let def = format!("w:styleId=\"Heading{n}\"><w:name w:val=\"heading {n}\"/>");
            assert!(styles.contains(&def), "{stem}: {def}");
            assert!(styles.contains(&format!("<w:outlineLvl w:val=\"{}\"/>", n - 1)));
        }
        assert!(
            body.instructions
                .iter()
                .any(|i| i == "TOC \\o \"1-3\" \\h \\z \\u"),
            "{stem}: a TOC field over Heading 1–3"
        );
        let contents: Vec<&str> = body
            .paras
            .iter()
            .filter(|p| p.style.starts_with("TOC"))
            .map(|p| p.text.as_str())
            .collect();
        let h1 = expected
            .iter()
            .find(|(s, _)| s == "Heading1")
            .expect("a Heading 1");
        assert!(
            contents.contains(&h1.1.as_str()),
            "{stem}: the contents list {} before Word fills it",
            h1.1
        );
    }
}

#[test]
fn page_numbers_properties_and_lists_are_words_own() {
    let out = build(&lumora(), "docx");
    let docx = Docx::open(&out.bytes("out/statement-of-applicability.docx"));
    for part in ["word/footer1.xml", "word/footer2.xml"] {
        let footer = super::read::body(&docx.part(part));
        assert_eq!(footer.instructions, ["PAGE", "NUMPAGES"], "{part}");
        assert!(
            footer.paras[0]
                .text
                .contains("Lumora Finance Ltd · Statement of Applicability\tPage "),
            "{part}"
        );
    }
    let header = super::read::body(&docx.part("word/header1.xml"));
    assert_eq!(
        header.paras[0].text,
        "Statement of Applicability\tLUM-ISMS-SOA-001 · Version 4.0 · 2026-11-02 · Internal"
    );
    let core = docx.part("docProps/core.xml");
    for want in [
        "<dc:title>Statement of Applicability</dc:title>",
        "<dc:creator>Lumora Finance Ltd</dc:creator>",
        "<dc:subject>Statement of Applicability LUM-ISMS-SOA-001, version 4.0</dc:subject>",
        "<cp:keywords>ISO/IEC 27001:2022; ISO/IEC 42001:2023; Statement of Applicability</cp:keywords>",
        "<dc:language>en-GB</dc:language>",
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-02T00:00:00Z</dcterms:created>",
        "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-11-02T00:00:00Z</dcterms:modified>",
    ] {
        assert!(core.contains(want), "core.xml lacks {want}: {core}");
    }
    assert!(docx
        .part("docProps/custom.xml")
        .contains("name=\"Document ID\"><vt:lpwstr>LUM-ISMS-SOA-001</vt:lpwstr>"));
    assert!(docx
        .part("word/styles.xml")
        .contains("<w:lang w:val=\"en-GB\""));
    // The summary's bullets are a real list.
    let xml = docx.part("word/document.xml");
    assert!(xml.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"));
    assert!(docx
        .part("word/numbering.xml")
        .contains("<w:numFmt w:val=\"bullet\"/>"));
    // The matrix is landscape too.
    let ms = Docx::open(&out.bytes("out/management-system.docx")).body();
    let matrix = ms
        .tables
        .iter()
        .find(|t| {
            t.rows[0].cells.first().is_some_and(|c| c == "Clause") && t.rows[0].cells.len() >= 6
        })
        .expect("matrix");
    assert!(ms.sections[matrix.section]);
}

#[test]
fn placeholders_are_content_controls_in_a_style_of_their_own() {
    let out = crate::support::Test::new()
        .args(["build", "--blank", "--out", "out", "--format", "docx"])
        .success();
    let docx = Docx::open(&out.bytes("out/ai-policy.docx"));
    let xml = docx.part("word/document.xml");
    let controls = xml.matches("<w:tag w:val=\"annexa:placeholder\"/>").count();
    assert!(controls > 10, "{controls} placeholders");
    assert!(xml.contains("<w:alias w:val=\"To complete\"/>"));
    assert!(xml.contains("<w:alias w:val=\"Organisation name\"/>"));
    assert!(
        xml.contains("<w:rStyle w:val=\"PlaceholderHint\"/>"),
        "hints are findable too"
    );
    let body = docx.body();
    let effective = body.tables[0]
        .rows
        .iter()
        .find(|r| r.cells[0] == "Effective date")
        .expect("row");
    assert_eq!(
        effective.cells[1],
        "[To complete] the date the policy takes effect, once approved"
    );
    assert_ne!(
        body.tables[0].rows[0].cells,
        ["", ""],
        "a key-value table has no empty header row"
    );
    let core = docx.part("docProps/core.xml");
    assert!(
        !core.contains("dcterms:created"),
        "no date in the toolkit set: {core}"
    );
}
