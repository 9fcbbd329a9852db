//! An OpenDocument spreadsheet measured before calamine reads it.
//!
//! calamine turns each sheet of an ods into a dense grid, and ods files compress repetition:
//! one `<table:table-row table:number-rows-repeated="1000000">` holding a value stands for a
//! million rows, so a file of a few kilobytes could ask for gigabytes. This pass walks
//! `content.xml` as text (no tree is built) and finds, per sheet, the last row and the last
//! column that hold a value, repetitions counted; a sheet whose values reach below
//! [`MAX_ROWS`], or whose grid would be larger than [`MAX_ROWS`] × [`MAX_COLUMNS`] cells, is
//! refused at its position before anything is allocated for it. Rows and cells without a value
//! (LibreOffice writes the empty rest of a sheet as one repeated row) cost nothing.

use super::book::{MAX_COLUMNS, MAX_ROWS};
use super::grid::{column_letters, sheet_ref};
use super::Problem;
use std::io::Read as _;

/// The most bytes of `content.xml` read (uncompressed): 50,000 rows of a few dozen cells of
/// text are well under 100 MB.
const CONTENT_CAP: u64 = 256 << 20;

/// Refuses an ods whose sheets are too large to read; `Ok` for anything else (including a zip
/// that is not an ods: calamine says why).
pub fn measure(name: &str, bytes: &[u8]) -> Result<(), Problem> {
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(());
    };
    let Ok(file) = zip.by_name("content.xml") else {
        return Ok(());
    };
    let mut xml = Vec::new();
    if file.take(CONTENT_CAP + 1).read_to_end(&mut xml).is_err() {
        return Ok(());
    }
    if xml.len() as u64 > CONTENT_CAP {
        return Err(Problem::new(
            name,
            format!(
                "`{name}` holds more than {} MiB of sheet data; an SoA is well under 1 MiB",
                CONTENT_CAP >> 20
            ),
        )
        .help("copy the SoA's rows into a workbook of their own and import that"));
    }
    let xml = String::from_utf8_lossy(&xml);
    for (sheet, extent) in sheets(&xml) {
        check(&sheet, extent)?;
    }
    Ok(())
}

/// The last row and column (0-based) holding a value; `None` for an empty sheet.
type Extent = Option<(u64, u64)>;

fn check(sheet: &str, extent: Extent) -> Result<(), Problem> {
    let Some((row, col)) = extent else {
        return Ok(());
    };
    let at = sheet_ref(sheet);
    if row >= MAX_ROWS as u64 {
        return Err(Problem::new(
            &format!("{at}!A{}", row + 1),
            format!(
                "sheet `{sheet}` has values in row {} and below; annexa imports at most {MAX_ROWS} rows a sheet (an SoA has a few hundred)",
                row + 1
            ),
        )
        .help("delete the rows that are not controls, or copy the SoA's rows into a sheet of their own and import it with --sheet"));
    }
    let cells = (row + 1).saturating_mul(col + 1);
    if cells > (MAX_ROWS * MAX_COLUMNS) as u64 {
        let c = usize::try_from(col).unwrap_or(usize::MAX);
        return Err(Problem::new(
            &format!("{at}!{0}:{0}", column_letters(c)),
            format!(
                "sheet `{sheet}` has values as far right as column {} over {} rows; annexa reads at most {MAX_COLUMNS} columns",
                column_letters(c),
                row + 1
            ),
        )
        .help("delete the values far to the right of the SoA's columns, or copy the SoA's rows into a sheet of their own"));
    }
    Ok(())
}

/// Each `<table:table>`'s name and extent, in order: one pass over the tags.
fn sheets(xml: &str) -> Vec<(String, Extent)> {
    let mut out = Vec::new();
    let mut sheet: Option<(String, Extent)> = None;
    let (mut row, mut row_repeats, mut col) = (0u64, 1u64, 0u64);
    // The last column of the current row with a value; the current cell's first column and span.
    let mut row_last: Option<u64> = None;
    let mut cell: Option<(u64, u64)> = None;
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').map_or(rest.len(), |i| open + i);
        let tag = &rest[open + 1..close];
        rest = &rest[(close + 1).min(rest.len())..];
        let empty = tag.ends_with('/');
        if is(tag, "table:table") {
            let name = attr(tag, "table:name").unwrap_or_default();
            sheet = Some((unescape(name), None));
            row = 0;
        } else if tag == "/table:table" {
            out.extend(sheet.take());
        } else if is(tag, "table:table-row") {
            row_repeats = count(attr(tag, "table:number-rows-repeated"));
            (col, row_last) = (0, None);
            if empty {
                row = row.saturating_add(row_repeats);
            }
        } else if tag == "/table:table-row" {
            if let (Some(c), Some((_, extent))) = (row_last, sheet.as_mut()) {
                let bottom = row.saturating_add(row_repeats - 1);
                let (r0, c0) = extent.unwrap_or((0, 0));
                *extent = Some((r0.max(bottom), c0.max(c)));
            }
            row = row.saturating_add(row_repeats);
        } else if is(tag, "table:table-cell") || is(tag, "table:covered-table-cell") {
            let span = count(attr(tag, "table:number-columns-repeated"));
            if tag.contains("office:value-type") || tag.contains("table:formula") {
                row_last = Some(col.saturating_add(span - 1));
            }
            cell = (!empty).then_some((col, span));
            col = col.saturating_add(span);
        } else if tag == "/table:table-cell" || tag == "/table:covered-table-cell" {
            cell = None;
        } else if is(tag, "text:p") {
            if let Some((first, span)) = cell {
                let c = first.saturating_add(span - 1);
                row_last = Some(row_last.map_or(c, |l| l.max(c)));
            }
        }
    }
    out
}

/// True when the tag (without `<`) is a `name` element: its name followed by a space, `/` or
/// nothing (`table:table` is not `table:table-row`).
fn is(tag: &str, name: &str) -> bool {
    tag.strip_prefix(name)
        .is_some_and(|r| r.is_empty() || r.starts_with([' ', '/', '\n', '\t', '\r']))
}

/// An attribute's value in a start tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[at..].find('"')?;
    Some(&tag[at..at + len])
}

/// A repetition count: at least 1.
fn count(v: Option<&str>) -> u64 {
    v.and_then(|v| v.parse::<u64>().ok()).unwrap_or(1).max(1)
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &str) -> String {
        format!(r#"<table:table table:name="S &amp; P">{rows}</table:table>"#)
    }

    #[test]
    fn repeated_rows_and_columns_are_counted() {
        let cell =
            r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>"#;
        let empty_rest = r#"<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#;
        let xml = table(&format!(
            "<table:table-row>{cell}{cell}</table:table-row>{empty_rest}"
        ));
        assert_eq!(sheets(&xml), vec![("S & P".to_string(), Some((0, 1)))]);
        let bomb = table(&format!(
            r#"<table:table-row table:number-rows-repeated="1000000">{cell}</table:table-row>"#
        ));
        let (name, extent) = &sheets(&bomb)[0];
        assert_eq!(*extent, Some((999_999, 0)));
        let p = check(name, *extent).expect_err("refused");
        assert_eq!(p.at, "'S & P'!A1000000");
        let wide = table(&format!(
            r#"<table:table-row table:number-rows-repeated="40000"><table:table-cell table:number-columns-repeated="5000"/>{cell}</table:table-row>"#
        ));
        let (name, extent) = &sheets(&wide)[0];
        assert_eq!(*extent, Some((39_999, 5000)));
        assert!(check(name, *extent).is_err());
        assert_eq!(sheets(&table("")), vec![("S & P".to_string(), None)]);
    }
}
