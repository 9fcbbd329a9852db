//! Workbooks (xlsx, xls, ods) into a [`Grid`], with calamine.
//!
//! The format is told by the file's first bytes, not its name: a zip is an xlsx or an ods, an
//! OLE compound file is an xls or an encrypted xlsx (Office wraps encrypted OOXML in one), and
//! anything else is tried as CSV text by the caller. Each sheet keeps its visibility, every
//! formula (the import refuses to read formulas, see `rows`), and its merged regions (xlsx and
//! xls; calamine reads none from ods).
//!
//! Size is bounded before memory is spent: a zip's parts may not inflate past 512 MiB; an xlsx
//! sheet is streamed cell by cell and refused at the first value below row [`MAX_ROWS`]; an ods
//! is measured first (`ods.rs`: a repeated row can stand for a million); an xls holds at most
//! 65,536 × 256 cells by its format.

use super::grid::{Cell, Grid, SheetGrid};
use super::Problem;
use calamine::{Data, Dimensions, Range, Reader, SheetVisible};
use std::io::Cursor;

/// More rows than this in one sheet is not an SoA (a few hundred at most, tens of thousands
/// with every additional control anyone has): a value below it is refused, and an xlsx is read
/// no further (a million-row sheet is refused in well under a second, in bounded memory).
pub const MAX_ROWS: usize = 50_000;

/// Columns read per sheet (an SoA has a few dozen; annexa's own export about twenty). Values
/// right of it are left out and said in the summary; an ods or xls whose values would make a
/// grid larger than [`MAX_ROWS`] × this is refused before it is read.
pub const MAX_COLUMNS: usize = 128;

/// What the first bytes say the file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Zip,
    Ole,
    Text,
}

/// The kind of file by its magic bytes.
pub fn sniff(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"PK\x03\x04") {
        Kind::Zip
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Kind::Ole
    } else {
        Kind::Text
    }
}

/// Reads a zip (xlsx or ods) or OLE (xls, encrypted xlsx) workbook.
pub fn read(name: &str, bytes: &[u8], kind: Kind) -> Result<Grid, Problem> {
    let cur = || Cursor::new(bytes);
    let not_book = |why: String| {
        Problem::new(
            name,
            format!("`{name}` is not a spreadsheet annexa can read ({why})"),
        )
        .help("save it as .xlsx, .ods or .csv and import that")
    };
    match kind {
        Kind::Zip => {
            inflated(name, bytes)?;
            if let Ok(mut x) = calamine::Xlsx::new(cur()) {
                return xlsx_sheets(&mut x, name);
            }
            super::ods::measure(name, bytes)?;
            match calamine::Ods::new(cur()) {
                Ok(mut o) => sheets(&mut o, name, |_, _| Vec::new()),
                Err(calamine::OdsError::Password) => Err(encrypted(name)),
                Err(e) => Err(not_book(format!(
                    "a zip file, but neither xlsx nor ods: {e}"
                ))),
            }
        }
        Kind::Ole => match calamine::Xlsx::new(cur()) {
            Err(calamine::XlsxError::Password) => Err(encrypted(name)),
            _ => match calamine::Xls::new(cur()) {
                Ok(mut x) => sheets(&mut x, name, |x: &mut calamine::Xls<_>, n: &str| {
                    x.merge_cells_by_sheet_name(n).unwrap_or_default()
                }),
                Err(calamine::XlsError::Password) => Err(encrypted(name)),
                Err(e) => Err(not_book(format!(
                    "an OLE file, but not an xls workbook: {e}"
                ))),
            },
        },
        Kind::Text => Err(not_book("not a workbook".into())),
    }
}

/// The most a workbook's parts may inflate to, together: calamine reads an xlsx's shared
/// strings (every distinct text of the workbook) into memory whole.
const INFLATED_CAP: u64 = 512 << 20;

/// Refuses a zip whose parts say they inflate to more than [`INFLATED_CAP`] (a small file of
/// repeated bytes can inflate a thousandfold). The sizes are those the zip's directory declares.
fn inflated(name: &str, bytes: &[u8]) -> Result<(), Problem> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut total = 0u64;
    for i in 0..zip.len() {
        if let Ok(f) = zip.by_index_raw(i) {
            total = total.saturating_add(f.size());
        }
    }
    if total > INFLATED_CAP {
        return Err(Problem::new(
            name,
            format!(
                "`{name}` inflates to {} MiB; annexa reads workbooks of at most {} MiB unpacked (an SoA is well under 10)",
                total >> 20,
                INFLATED_CAP >> 20
            ),
        )
        .help("copy the SoA's sheet into a workbook of its own (or save it as .csv) and import that"));
    }
    Ok(())
}

fn encrypted(name: &str) -> Problem {
    Problem::new(
        name,
        format!("`{name}` is encrypted (password protected): annexa cannot read it"),
    )
    .help("open it, remove the password (File → Info → Protect Workbook), save, and import again")
}

/// Every sheet of a workbook, its cells as text, its formulas and merged regions.
fn sheets<R, RS>(
    book: &mut R,
    name: &str,
    merged: impl Fn(&mut R, &str) -> Vec<Dimensions>,
) -> Result<Grid, Problem>
where
    R: Reader<RS>,
    RS: std::io::Read + std::io::Seek,
{
    let meta: Vec<(String, bool)> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == calamine::SheetType::WorkSheet)
        .map(|s| (s.name.clone(), s.visible != SheetVisible::Visible))
        .collect();
    let mut grid = Grid::default();
    for (sheet, hidden) in meta {
        let range = book.worksheet_range(&sheet).map_err(|e| {
            Problem::new(
                name,
                format!("sheet `{sheet}` of `{name}` cannot be read: {e:?}"),
            )
        })?;
        if let Some((last, _)) = range.end().filter(|e| e.0 as usize >= MAX_ROWS) {
            return Err(too_many_rows(&sheet, last as usize));
        }
        let formulas = book.worksheet_formula(&sheet).unwrap_or_default();
        let mut g = SheetGrid {
            name: sheet.clone(),
            hidden,
            rows: cells(&range),
            merged: merged(book, &sheet)
                .iter()
                .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
                .collect(),
            wide: None,
        };
        add_formulas(&mut g, &formulas);
        g.narrow();
        grid.sheets.push(g);
    }
    Ok(grid)
}

/// Every worksheet of an xlsx, streamed: values and formulas in one pass over each sheet's XML,
/// stopped at the first value below [`MAX_ROWS`].
fn xlsx_sheets<RS: std::io::Read + std::io::Seek>(
    book: &mut calamine::Xlsx<RS>,
    name: &str,
) -> Result<Grid, Problem> {
    let meta: Vec<(String, bool)> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == calamine::SheetType::WorkSheet)
        .map(|s| (s.name.clone(), s.visible != SheetVisible::Visible))
        .collect();
    let unreadable = |sheet: &str, e: calamine::XlsxError| {
        Problem::new(
            name,
            format!("sheet `{sheet}` of `{name}` cannot be read: {e}"),
        )
        .help("open it in a spreadsheet program, save it again as .xlsx, and import that")
    };
    let mut grid = Grid::default();
    for (sheet, hidden) in meta {
        let mut g = SheetGrid {
            name: sheet.clone(),
            hidden,
            ..SheetGrid::default()
        };
        let mut reader = book
            .worksheet_cells_reader(&sheet)
            .map_err(|e| unreadable(&sheet, e))?;
        while let Some(c) = reader
            .next_cell_with_formula()
            .map_err(|e| unreadable(&sheet, e))?
        {
            let (r, col) = (c.pos.0 as usize, c.pos.1 as usize);
            let value = cell(&Data::from(c.value));
            if value.text.is_empty() && c.formula.is_none() {
                continue;
            }
            if r >= MAX_ROWS {
                return Err(too_many_rows(&sheet, r));
            }
            if col >= MAX_COLUMNS {
                g.wide.get_or_insert((r, col));
                continue;
            }
            if g.rows.len() <= r {
                g.rows.resize(r + 1, Vec::new());
            }
            let row = &mut g.rows[r];
            if row.len() <= col {
                row.resize(col + 1, Cell::default());
            }
            row[col] = Cell {
                formula: c.formula.filter(|f| !f.is_empty()),
                ..value
            };
        }
        drop(reader);
        g.merged = book
            .merge_cells_by_sheet_name(&sheet)
            .unwrap_or_default()
            .iter()
            .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
            .collect();
        grid.sheets.push(g);
    }
    Ok(grid)
}

/// A value at 0-based row `row`, at or below [`MAX_ROWS`].
fn too_many_rows(sheet: &str, row: usize) -> Problem {
    let at = super::grid::sheet_ref(sheet);
    Problem::new(
        &format!("{at}!A{}", row + 1),
        format!(
            "sheet `{sheet}` has values in row {} and below; annexa imports at most {MAX_ROWS} rows a sheet (an SoA has a few hundred)",
            row + 1
        ),
    )
    .help("delete the rows that are not controls, or copy the SoA's rows into a sheet of their own and import it with --sheet")
}

/// The range's cells from A1 (calamine's range starts at the first used cell).
fn cells(range: &Range<Data>) -> Vec<Vec<Cell>> {
    let Some((r0, c0)) = range.start() else {
        return Vec::new();
    };
    let (r0, c0) = (r0 as usize, c0 as usize);
    let mut rows = vec![Vec::new(); r0];
    for row in range.rows() {
        let mut out = vec![Cell::default(); c0];
        out.extend(row.iter().map(cell));
        while out.last().is_some_and(|c| c.text.is_empty()) {
            out.pop();
        }
        rows.push(out);
    }
    rows
}

fn add_formulas(g: &mut SheetGrid, formulas: &Range<String>) {
    let Some((r0, c0)) = formulas.start() else {
        return;
    };
    for (r, row) in formulas.rows().enumerate() {
        for (c, f) in row.iter().enumerate() {
            if f.is_empty() {
                continue;
            }
            let (r, c) = (r0 as usize + r, c0 as usize + c);
            while g.rows.len() <= r {
                g.rows.push(Vec::new());
            }
            let cells = &mut g.rows[r];
            while cells.len() <= c {
                cells.push(Cell::default());
            }
            cells[c].formula = Some(f.clone());
        }
    }
}

/// A value as the sheet shows it.
fn cell(d: &Data) -> Cell {
    let mut date = false;
    let text = match d {
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(x) => {
            date = true;
            let (y, m, d, ..) = x.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{d:02}")
        }
        Data::DateTimeIso(s) => {
            date = true;
            s.chars().take(10).collect()
        }
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
        Data::Empty => String::new(),
    };
    Cell {
        text,
        formula: None,
        date,
    }
}

/// A number without a trailing `.0` (`1`, `2.5`), as a spreadsheet shows it.
pub fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{f:.0}")
    } else {
        format!("{f}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A zip of one stored entry whose directory says it inflates to `size` bytes.
    fn zip_declaring(size: u32) -> Vec<u8> {
        let name = b"xl/sharedStrings.xml";
        let data = b"<sst/>";
        let le16 = |v: u16| v.to_le_bytes();
        let le32 = |v: u32| v.to_le_bytes();
        let mut z = Vec::new();
        z.extend(le32(0x0403_4b50));
        z.extend([le16(20), le16(0), le16(0), le16(0), le16(0)].concat());
        z.extend([le32(0), le32(data.len() as u32), le32(size)].concat());
        z.extend([le16(name.len() as u16), le16(0)].concat());
        z.extend(name);
        z.extend(data);
        let central = z.len() as u32;
        z.extend(le32(0x0201_4b50));
        z.extend([le16(20), le16(20), le16(0), le16(0), le16(0), le16(0)].concat());
        z.extend([le32(0), le32(data.len() as u32), le32(size)].concat());
        z.extend([le16(name.len() as u16), le16(0), le16(0), le16(0), le16(0)].concat());
        z.extend([le32(0), le32(0)].concat());
        z.extend(name);
        let dir_len = z.len() as u32 - central;
        z.extend(le32(0x0605_4b50));
        z.extend([le16(0), le16(0), le16(1), le16(1)].concat());
        z.extend([le32(dir_len), le32(central)].concat());
        z.extend(le16(0));
        z
    }

    #[test]
    fn a_workbook_that_inflates_past_the_cap_is_refused_unread() {
        assert!(inflated("ok.xlsx", &zip_declaring(1 << 20)).is_ok());
        let p = inflated("bomb.xlsx", &zip_declaring(600 << 20)).expect_err("refused");
        assert!(p.message.contains("inflates to 600 MiB"), "{}", p.message);
    }
}
