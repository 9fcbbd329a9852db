//! Workbooks (xlsx, xls, ods) into a [`Grid`], with calamine.
//!
//! The format is told by the file's first bytes, not its name: a zip is an xlsx or an ods, an
//! OLE compound file is an xls or an encrypted xlsx (Office wraps encrypted OOXML in one), and
//! anything else is tried as CSV text by the caller. Each sheet keeps its visibility, every
//! formula (the import refuses to read formulas, see `rows`), and its merged regions (xlsx and
//! xls; calamine reads none from ods).

use super::grid::{Cell, Grid, SheetGrid};
use super::Problem;
use calamine::{Data, Dimensions, Range, Reader, SheetVisible};
use std::io::Cursor;

/// More rows than this in one sheet is not an SoA (a few hundred at most, tens of thousands
/// with every additional control anyone has): refused before anything is matched.
pub const MAX_ROWS: usize = 50_000;

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
            if let Ok(mut x) = calamine::Xlsx::new(cur()) {
                let merged = |x: &mut calamine::Xlsx<_>, n: &str| {
                    x.merge_cells_by_sheet_name(n).unwrap_or_default()
                };
                return sheets(&mut x, name, merged);
            }
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
        if range.height() > MAX_ROWS {
            let at = super::grid::sheet_ref(&sheet);
            return Err(Problem::new(
                &format!("{at}!A{}", MAX_ROWS + 1),
                format!(
                    "sheet `{sheet}` has {} rows; annexa imports at most {MAX_ROWS} (an SoA has a few hundred)",
                    range.height()
                ),
            )
            .help("delete the rows that are not controls, or copy the SoA's rows into a sheet of their own and use --sheet"));
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
        };
        add_formulas(&mut g, &formulas);
        grid.sheets.push(g);
    }
    Ok(grid)
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
