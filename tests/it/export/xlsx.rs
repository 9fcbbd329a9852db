//! The workbook read back with calamine (and its XML parts for what calamine does not report):
//! every control and decision, summary totals as formulas, sheets set up for work and print,
//! hostile text kept as text, and the blank set with decisions left open.

use super::json::check_schema;
use super::{blank, every_row, hostile, lumora, HOSTILE_JUSTIFICATION, HOSTILE_NOTES};
use annexa::render::export;
use calamine::{Data, DataType, Reader, Xlsx};
use serde_json::Value;
use std::io::{Cursor, Read};

fn workbook(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("calamine opens it")
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut text)
        .expect("utf-8");
    text
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// The header row and the data rows of a sheet.
fn sheet(wb: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> (Vec<String>, Vec<Vec<Data>>) {
    let range = wb.worksheet_range(name).expect("sheet");
    let mut rows = range.rows();
    let header = rows.next().expect("header").iter().map(text).collect();
    (header, rows.map(<[Data]>::to_vec).collect())
}

fn col(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

/// Days from 1899-12-30 (Excel's serial date) for a YYYY-MM-DD string.
fn serial(date: &str) -> f64 {
    let p: Vec<i64> = date.split('-').map(|x| x.parse().expect("date")).collect();
    let (y, m, d) = (if p[1] <= 2 { p[0] - 1 } else { p[0] }, p[1], p[2]);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468 + 25_569) as f64
}

#[test]
fn xlsx_has_every_control_and_decision() {
    let doc = lumora();
    let bytes = export::xlsx(&doc, None).expect("xlsx");
    let mut wb = workbook(&bytes);
    assert_eq!(
        wb.sheet_names(),
        [
            "Summary",
            "27001 Annex A",
            "42001 Annex A",
            "Additional controls",
            "Risks"
        ]
    );
    let mut found = 0;
    for name in ["27001 Annex A", "42001 Annex A", "Additional controls"] {
        let (header, rows) = sheet(&mut wb, name);
        let (id, app, status) = (
            col(&header, "ID"),
            col(&header, "Applicable"),
            col(&header, "Status"),
        );
        let (owner, target) = (col(&header, "Owner"), col(&header, "Target date"));
        for row in rows {
            let want = every_row(&doc)
                .into_iter()
                .find(|r| r.id == text(&row[id]))
                .unwrap_or_else(|| panic!("{name}: unknown ID {:?}", row[id]));
            let yes_no = if want.applicable { "Yes" } else { "No" };
            assert_eq!(text(&row[app]), yes_no, "{}", want.id);
            let label = want.status.as_ref().map_or("", |s| s.label.as_str());
            assert_eq!(text(&row[status]), label, "{}", want.id);
            assert_eq!(text(&row[owner]), want.owner.clone().unwrap_or_default());
            match (&want.target_date, &row[target]) {
                (Some(d), Data::DateTime(x)) => assert_eq!(x.as_f64(), serial(d), "{}", want.id),
                (None, Data::Empty) => {}
                (w, got) => panic!("{}: target date {w:?} read as {got:?}", want.id),
            }
            if name != "Additional controls" {
                found += 1;
            }
        }
    }
    assert_eq!(found, 131);
    assert_eq!(doc.totals.total, 131);
    let (header, rows) = sheet(&mut wb, "Risks");
    assert_eq!(header[..2], ["Risk ID", "Risk"]);
    assert_eq!(header[11], "Treated by controls (status in the SoA)");
    assert_eq!(rows.len(), doc.risks.len());
    for (row, risk) in rows.iter().zip(&doc.risks) {
        assert_eq!(text(&row[0]), risk.id);
        let cited: Vec<String> = text(&row[11])
            .lines()
            .map(|l| l.split(' ').next().unwrap_or_default().to_string())
            .collect();
        assert_eq!(cited, risk.controls, "{}", risk.id);
        let level = risk
            .residual
            .as_ref()
            .map_or("", |r| r.level.label.as_str());
        assert_eq!(text(&row[9]), level, "{}", risk.id);
    }
}

#[test]
fn xlsx_summary_totals_match_the_document() {
    let doc = lumora();
    let mut wb = workbook(&export::xlsx(&doc, None).expect("xlsx"));
    let range = wb.worksheet_range("Summary").expect("summary");
    let find = |label: &str| -> Vec<f64> {
        let row = range
            .rows()
            .find(|r| text(&r[0]) == label)
            .unwrap_or_else(|| panic!("no summary row {label:?}"));
        row[1..8]
            .iter()
            .map(|c| c.as_f64().expect("a number"))
            .collect()
    };
    let as_vec = |c: &annexa::merge::Counts| -> Vec<f64> {
        [
            c.total,
            c.applicable,
            c.excluded,
            c.implemented,
            c.partial,
            c.planned,
            c.not_implemented,
        ]
        .iter()
        .map(|n| *n as f64)
        .collect()
    };
    for s in &doc.standards {
        assert_eq!(find(&s.name), as_vec(&s.counts), "{}", s.name);
        for g in &s.summary {
            let label = format!("{} {}", g.id, g.title);
            assert_eq!(find(&label), as_vec(&g.counts), "{label}");
        }
    }
    assert_eq!(find("All Annex A controls"), as_vec(&doc.totals));
    let cells: Vec<String> = range.rows().take(16).map(|r| text(&r[1])).collect();
    assert!(
        cells.contains(&doc.document.id),
        "document ID on the summary"
    );
    assert!(cells.contains(&doc.document.classification));

    // The figures are formulas over the control sheets, whole columns below the header: a row
    // added below the data counts too.
    let formulas = wb.worksheet_formula("Summary").expect("formulas");
    let all: Vec<&String> = formulas.used_cells().map(|(_, _, f)| f).collect();
    assert!(
        all.iter()
            .any(|f| f.contains("COUNTIFS('27001 Annex A'!$D$2:$D$1048576,\"Yes\",'27001 Annex A'!$H$2:$H$1048576,\"Planned\",'27001 Annex A'!$C$2:$C$1048576,\"=A.8 Technological controls\")")),
        "{all:?}"
    );
}

#[test]
fn xlsx_sheets_are_set_up_for_work_and_print() {
    let doc = lumora();
    let bytes = export::xlsx(&doc, None).expect("xlsx");
    for n in 2..=4 {
        let xml = part(&bytes, &format!("xl/worksheets/sheet{n}.xml"));
        for want in [
            "<pane ",
            "state=\"frozen\"",
            "<autoFilter ref=\"A1:",
            "<dataValidations count=\"3\">",
            "<formula1>\"Yes,No\"</formula1>",
            "<formula1>\"Implemented,Partially implemented,Planned,Not implemented\"</formula1>",
            // Reasons from the closed set; several (one per line) are let through with a note.
            "<formula1>\"Legal or regulatory requirement,Contractual requirement,Risk assessment,Business requirement or good practice\"</formula1>",
            "errorStyle=\"information\"",
            "<conditionalFormatting",
            // A status on an excluded row is flagged first, and nothing else colours it.
            "priority=\"1\" stopIfTrue=\"1\"",
            "fitToPage=\"1\"",
            "orientation=\"landscape\"",
            "fitToHeight=\"0\"",
            "Page &amp;P of &amp;N",
            "<col ",
        ] {
            assert!(xml.contains(want), "sheet{n}.xml lacks {want}");
        }
        // Drop-downs and colours cover whole columns, rows added below the data included.
        for col in ["D", "E", "H", "I"] {
            let whole = format!("sqref=\"{col}2:{col}1048576\"");
            if xml.contains(&whole) {
                continue;
            }
            assert!(
                !xml.contains(&format!("sqref=\"{col}2:")),
                "sheet{n}.xml: {col} is covered to a fixed row"
            );
        }
        assert!(
            xml.contains("AND($"),
            "sheet{n}.xml: the status-on-excluded flag"
        );
        let header = format!("&amp;L{} v{}", doc.document.id, doc.document.version);
        assert!(xml.contains(&header), "sheet{n}.xml: header {header}");
        assert!(xml.contains(&doc.document.classification));
    }
    let risks = part(&bytes, "xl/worksheets/sheet5.xml");
    assert!(risks.contains("state=\"frozen\"") && risks.contains("<autoFilter "));
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("wrapText=\"1\""));
    for rgb in ["FF1B7F4C", "FF8AC926", "FFF2B705", "FFC0392B", "FF9E9E9E"] {
        assert!(styles.contains(rgb), "status colour {rgb} in the styles");
    }
    let book = part(&bytes, "xl/workbook.xml");
    assert!(book.contains("_xlnm.Print_Titles"), "header row repeated");
    let core = part(&bytes, "docProps/core.xml");
    let created = format!("{}T00:00:00Z", doc.generated);
    assert!(
        core.contains(&format!(">{created}</dcterms:created>")),
        "{core}"
    );
    assert!(
        core.contains(&format!(">{created}</dcterms:modified>")),
        "{core}"
    );
    assert!(core.contains(&format!(
        "<dc:creator>{}</dc:creator>",
        doc.organisation.name
    )));
    assert!(core.contains("<cp:keywords>Statement of Applicability, SoA, ISO/IEC 27001:2022"));
    let app = part(&bytes, "docProps/app.xml");
    assert!(app.contains(&format!("<Company>{}</Company>", doc.organisation.name)));
}

#[test]
fn xlsx_keeps_hostile_text_as_text() {
    let doc = hostile();
    let bytes = export::xlsx(&doc, None).expect("xlsx");
    let mut wb = workbook(&bytes);
    let name = wb.sheet_names()[1].clone();
    let (header, rows) = sheet(&mut wb, &name);
    let row = &rows[0];
    assert_eq!(
        text(&row[col(&header, "Justification")]),
        HOSTILE_JUSTIFICATION
    );
    assert_eq!(text(&row[col(&header, "Notes")]), HOSTILE_NOTES);
    let formulas = wb.worksheet_formula(&name).expect("formulas");
    assert_eq!(formulas.used_cells().count(), 0, "no cell became a formula");
    let long = text(&rows[1][col(&header, "Justification")]);
    assert!(long.starts_with("AAAA"));
    let rtl = text(&rows[2][col(&header, "Justification")]);
    assert!(rtl.contains("עברית") && rtl.contains('\t'));

    // Header and footer stay within Excel's 255 characters, or Excel would drop them.
    let mut long = doc.clone();
    long.document.id = "&".repeat(300);
    long.organisation.name = "𝔸".repeat(300);
    let bytes = export::xlsx(&long, None).expect("xlsx");
    let xml = part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(
        xml.contains("<oddHeader>&amp;L&amp;&amp;&amp;&amp;"),
        "header kept"
    );
    assert!(xml.contains("<oddFooter>&amp;L𝔸𝔸"), "footer kept");
}

#[test]
fn xlsx_of_the_blank_set_leaves_decisions_open() {
    let doc = blank();
    let mut wb = workbook(&export::xlsx(&doc, None).expect("xlsx"));
    let (header, rows) = sheet(&mut wb, "27001 Annex A");
    assert_eq!(rows.len(), 93);
    assert!(rows
        .iter()
        .all(|r| text(&r[col(&header, "Applicable")]).is_empty()));
    let json: Value = serde_json::from_slice(&export::json(&doc)).expect("json");
    check_schema(&json);
    assert!(json["standards"][0]["groups"][0]["controls"][0]["applicable"].is_null());
}
