//! Workbooks for the import tests, made here rather than committed: a sheet is rows of text,
//! with merged regions, formulas and visibility when a case needs them. `.ods` files are written
//! as the OpenDocument zip they are (a manifest and `content.xml`), so no office suite is needed.

use rust_xlsxwriter::{Format, Workbook};
use std::io::Write as _;

/// One sheet to write.
#[derive(Default, Clone)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
    /// (first row, first col, last row, last col, text), 0-based.
    pub merged: Vec<(u32, u16, u32, u16, String)>,
    /// (row, col, formula).
    pub formulas: Vec<(u32, u16, String)>,
    pub hidden: bool,
}

impl Sheet {
    pub fn new(name: &str, rows: Vec<Vec<&str>>) -> Sheet {
        Sheet {
            name: name.into(),
            rows: rows
                .into_iter()
                .map(|r| r.into_iter().map(str::to_string).collect())
                .collect(),
            ..Sheet::default()
        }
    }
}

/// An xlsx with these sheets.
pub fn xlsx(sheets: &[Sheet]) -> Vec<u8> {
    let mut wb = Workbook::new();
    for s in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(&s.name).expect("name");
        for (r, row) in s.rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                if !text.is_empty() {
                    ws.write_string(r as u32, c as u16, text).expect("cell");
                }
            }
        }
        for (r1, c1, r2, c2, text) in &s.merged {
            ws.merge_range(*r1, *c1, *r2, *c2, text, &Format::new())
                .expect("merge");
        }
        for (r, c, f) in &s.formulas {
            ws.write_formula(*r, *c, f.as_str()).expect("formula");
        }
        if s.hidden {
            ws.set_hidden(true);
        }
    }
    wb.save_to_buffer().expect("xlsx")
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An OpenDocument spreadsheet with these sheets (text cells only).
pub fn ods(sheets: &[Sheet]) -> Vec<u8> {
    let mut tables = String::new();
    for s in sheets {
        tables.push_str(&format!(r#"<table:table table:name="{}">"#, esc(&s.name)));
        for row in &s.rows {
            tables.push_str("<table:table-row>");
            for c in row {
                if c.is_empty() {
                    tables.push_str("<table:table-cell/>");
                } else {
                    tables.push_str(&format!(
                        r#"<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>"#,
                        esc(c)
                    ));
                }
            }
            tables.push_str("</table:table-row>");
        }
        tables.push_str("</table:table>");
    }
    ods_tables(&tables)
}

/// An OpenDocument spreadsheet whose `content.xml` holds these `<table:table>` elements as
/// written (for repeated rows and columns, which [`ods`] does not write).
pub fn ods_tables(tables: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        z.start_file("mimetype", stored).expect("zip");
        z.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .expect("zip");
        z.start_file("META-INF/manifest.xml", stored).expect("zip");
        z.write_all(manifest.as_bytes()).expect("zip");
        z.start_file("content.xml", stored).expect("zip");
        z.write_all(content.as_bytes()).expect("zip");
        z.finish().expect("zip");
    }
    buf.into_inner()
}

/// Every sheet of a workbook as rows of text (calamine), to edit and write again.
pub fn read(bytes: &[u8]) -> Vec<Sheet> {
    use calamine::Reader as _;
    let mut wb = calamine::Xlsx::new(std::io::Cursor::new(bytes)).expect("xlsx");
    let names = wb.sheet_names();
    names
        .iter()
        .map(|n| {
            let range = wb.worksheet_range(n).expect("sheet");
            let rows = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| match c {
                            calamine::Data::DateTime(d) => {
                                let (y, m, d, ..) = d.to_ymd_hms_milli();
                                format!("{y:04}-{m:02}-{d:02}")
                            }
                            calamine::Data::Empty => String::new(),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            Sheet {
                name: n.clone(),
                rows,
                ..Sheet::default()
            }
        })
        .collect()
}
