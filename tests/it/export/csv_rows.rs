//! The CSV read back with the `csv` crate: one row per control, hostile text kept, formulas
//! defused.

use super::{every_row, hostile, lumora, HOSTILE_JUSTIFICATION, HOSTILE_NOTES};
use annexa::render::export;

const CSV_HEADER: [&str; 20] = [
    "id",
    "standard",
    "group",
    "title",
    "summary",
    "applicable",
    "reasons",
    "risks",
    "justification",
    "status",
    "target_date",
    "status_reason",
    "owner",
    "implementation",
    "evidence",
    "last_review",
    "notes",
    "source",
    "ai_systems",
    "control_text",
];

fn records(bytes: &[u8]) -> Vec<csv::StringRecord> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes);
    let header = reader.headers().expect("header").clone();
    assert_eq!(header.iter().collect::<Vec<_>>(), CSV_HEADER);
    reader
        .records()
        .map(|r| r.expect("a valid record"))
        .collect()
}

#[test]
fn csv_has_one_row_per_control() {
    let doc = lumora();
    let bytes = export::csv(&doc);
    assert!(std::str::from_utf8(&bytes).is_ok());
    assert!(!bytes.starts_with(b"\xEF\xBB\xBF"), "no byte-order mark");
    assert!(bytes.ends_with(b"\r\n"));
    let rows = records(&bytes);
    let want = every_row(&doc);
    assert_eq!(rows.len(), 131 + doc.additional_controls.len());
    for (row, w) in rows.iter().zip(&want) {
        assert_eq!(&row[0], w.id);
        assert_eq!(&row[5], if w.applicable { "yes" } else { "no" });
        assert_eq!(&row[9], w.status.as_ref().map_or("", |s| s.key.as_str()));
        let evidence = w.evidence.join("; ");
        let evidence = if evidence.starts_with(['=', '+', '-', '@']) {
            format!("'{evidence}")
        } else {
            evidence
        };
        assert_eq!(row[14], evidence);
    }
    assert_eq!(&rows[0][1], "ISO/IEC 27001:2022");
    assert_eq!(&rows[0][2], "A.5 Organizational controls");
    assert_eq!(&rows[130 + 1][1], "Additional control");
}

#[test]
fn csv_keeps_hostile_text_and_defuses_formulas() {
    let doc = hostile();
    let bytes = export::csv(&doc);
    let rows = records(&bytes);
    assert_eq!(rows.len(), 3);
    let r = &rows[0];
    assert_eq!(
        &r[8],
        format!("'{HOSTILE_JUSTIFICATION}"),
        "formula defused"
    );
    assert_eq!(
        &r[16], HOSTILE_NOTES,
        "quotes, commas and line breaks survive"
    );
    assert_eq!(&r[12], "'@SUM(1+1)*cmd|' /C calc'!A0");
    assert_eq!(&r[14], "'+44 20 7946 0000; -2+3; a, \"b\"; c");
    assert!(r[3].contains("<script>"), "a title is text, not escaped");
    let rtl = &rows[2][8];
    assert!(rtl.contains("עברית") && rtl.contains("a line\nbreak") && rtl.contains('\t'));
    // No cell anywhere starts a formula.
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
        }
    }
}
