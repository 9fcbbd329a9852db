//! A spreadsheet as the import sees it: sheets of text cells, each cell knowing whether it held
//! a formula, and the merged regions; every format (xlsx, xls, ods, csv) is read into this.
//!
//! Positions are spreadsheet positions (`Sheet!B12`), because that is where a user looks for a
//! value the import could not use.

/// A cell's text as the sheet shows it (numbers without a trailing `.0`, dates `YYYY-MM-DD`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    /// The cell holds a formula (the text is its cached value, possibly empty).
    pub formula: Option<String>,
    /// The value was a date in the workbook.
    pub date: bool,
}

/// One sheet: rows of cells from A1, merged regions as (first row, first col, last row, last
/// col), 0-based.
#[derive(Debug, Clone, Default)]
pub struct SheetGrid {
    pub name: String,
    pub hidden: bool,
    pub rows: Vec<Vec<Cell>>,
    pub merged: Vec<(u32, u32, u32, u32)>,
    /// The first value right of the columns the import reads ([`super::MAX_COLUMNS`]),
    /// 0-based row and column: left out, and said in the summary.
    pub wide: Option<(usize, usize)>,
}

impl SheetGrid {
    /// The cell at a 0-based row and column (an empty one past the edge).
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        static EMPTY: Cell = Cell {
            text: String::new(),
            formula: None,
            date: false,
        };
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&EMPTY)
    }

    /// `Sheet!B12` for a 0-based row and column (the sheet name quoted when it must be).
    pub fn at(&self, row: usize, col: usize) -> String {
        format!("{}!{}", sheet_ref(&self.name), cell_ref(row, col))
    }

    /// True when no cell has text.
    pub fn is_empty(&self) -> bool {
        self.rows
            .iter()
            .all(|r| r.iter().all(|c| c.text.trim().is_empty()))
    }

    /// Cuts every row to [`super::MAX_COLUMNS`] cells, keeping where the first value
    /// cut was.
    pub fn narrow(&mut self) {
        let max = super::book::MAX_COLUMNS;
        for (r, row) in self.rows.iter_mut().enumerate() {
            if row.len() > max {
                if let Some(c) = row[max..].iter().position(|c| !c.text.trim().is_empty()) {
                    if self.wide.is_none_or(|(wr, _)| r < wr) {
                        self.wide = Some((r, max + c));
                    }
                }
                row.truncate(max);
            }
        }
    }

    /// The merged region covering a cell, if any.
    pub fn merged_at(&self, row: usize, col: usize) -> Option<(u32, u32, u32, u32)> {
        let (r, c) = (u32::try_from(row).ok()?, u32::try_from(col).ok()?);
        self.merged
            .iter()
            .copied()
            .find(|(r1, c1, r2, c2)| (*r1..=*r2).contains(&r) && (*c1..=*c2).contains(&c))
    }
}

/// The sheets of one file.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    pub sheets: Vec<SheetGrid>,
}

/// `B12` for a 0-based row and column.
pub fn cell_ref(row: usize, col: usize) -> String {
    format!("{}{}", column_letters(col), row + 1)
}

/// `A`, `Z`, `AA` … for a 0-based column.
pub fn column_letters(col: usize) -> String {
    let mut n = col + 1;
    let mut s = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        s.push(b'A' + u8::try_from(r).unwrap_or(0));
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// A sheet name as a reference writes it: quoted when it has anything but letters, digits, `_`
/// and `.` (`'27001 Annex A'!B2`).
pub fn sheet_ref(name: &str) -> String {
    if !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
    {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_read_as_spreadsheets_write_them() {
        assert_eq!(cell_ref(0, 0), "A1");
        assert_eq!(cell_ref(11, 1), "B12");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(sheet_ref("Controls"), "Controls");
        assert_eq!(sheet_ref("27001 Annex A"), "'27001 Annex A'");
        assert_eq!(sheet_ref("Bob's"), "'Bob''s'");
    }
}
