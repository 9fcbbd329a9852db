//! GFM tables as Word tables: a header row repeated on every page, rows that never split across
//! pages, column widths from the content, numbers right-aligned as the Markdown says.
//!
//! Widths follow the idea of HTML's automatic table layout, counted in characters rather than
//! measured in a font Word may not have: every column is at least as wide as its longest word,
//! and the space left is shared by how much text a column holds on average. Tables of one kind
//! with the same columns (the SoA's control tables, one per theme) share one set of widths, so
//! their columns line up from table to table. The layout is then fixed, so Word and
//! LibreOffice draw the same columns.

use super::package::Part;
use super::styles::{Resolved, Role};
use super::xml;
use crate::model::theme::Rgb;
use crate::render::marks::{ColumnKind, TableKind};

/// Column alignment of a GFM table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// One cell: its runs, how many characters it holds and its longest word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    pub runs: String,
    pub chars: usize,
    pub word: usize,
}

/// A table as the Markdown gives it.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// What the template's mark says the table is.
    pub kind: Option<TableKind>,
    /// What the header cells' marks say each column holds.
    pub columns: Vec<Option<ColumnKind>>,
    pub aligns: Vec<Align>,
    pub header: Vec<Cell>,
    pub rows: Vec<Vec<Cell>>,
}

/// Average character width at the table text size (8 pt, generous enough for fonts wider than
/// Calibri), and cell padding, in twips.
const CHAR: f64 = 80.0;
const PAD: f64 = 180.0;
/// A word longer than this many characters may wrap inside itself.
const MAX_WORD: usize = 12;

/// What one column needs: at least `min` characters, ideally `pref`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Need {
    pub min: f64,
    pub pref: f64,
}

impl Table {
    pub fn new(aligns: Vec<Align>) -> Table {
        Table {
            aligns,
            ..Table::default()
        }
    }

    /// Number of columns (the widest of the alignment row, header and body rows).
    pub fn columns(&self) -> usize {
        let body = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        self.aligns.len().max(self.header.len()).max(body)
    }

    /// Whether the table goes on landscape pages: a control table or matrix of seven columns or
    /// more (the SoA's control tables, the management-system matrix), and any table whose words
    /// do not fit `portrait` (the text width of a portrait page, in twips). A short control
    /// list (the risk treatment plan's) stays on the page it is on.
    pub fn landscape(&self, portrait: u32) -> bool {
        let wide_kind = matches!(self.kind, Some(TableKind::Controls | TableKind::Matrix));
        if wide_kind && self.columns() >= 7 {
            return true;
        }
        let min: f64 = self.needs().iter().map(|n| n.min * CHAR + PAD).sum();
        min > f64::from(portrait)
    }

    /// What each column needs, from its header and body cells.
    pub fn needs(&self) -> Vec<Need> {
        let n = self.columns();
        let mut needs = vec![Need::default(); n];
        for (j, need) in needs.iter_mut().enumerate() {
            let head = self.header.get(j);
            // Header words are bold, and are not broken: a quarter wider, up to 15 characters.
            let mut min = (head.map_or(0, |c| c.word) * 5 / 4).min(MAX_WORD + 3);
            let mut total = 0usize;
            for row in &self.rows {
                if let Some(c) = row.get(j) {
                    min = min.max(c.word.min(MAX_WORD));
                    total += c.chars.min(600);
                }
            }
            let avg = total as f64 / self.rows.len().max(1) as f64;
            need.min = min.max(2) as f64;
            // An empty column (the blank toolkit set) is left room to write in.
            let floor = if total == 0 { 12.0 } else { 0.0 };
            need.pref = avg
                .max(need.min)
                .max(floor)
                .max(head.map_or(0, |c| c.chars) as f64 * 0.6);
        }
        needs
    }
}

/// Combines the needs of tables that share widths.
pub fn combine(a: &mut [Need], b: &[Need]) {
    for (x, y) in a.iter_mut().zip(b) {
        x.min = x.min.max(y.min);
        x.pref = x.pref.max(y.pref);
    }
}

/// Column widths in twips that add up to `width`.
pub fn widths(needs: &[Need], width: u32) -> Vec<u32> {
    if needs.is_empty() {
        return Vec::new();
    }
    let avail = f64::from(width);
    let min: Vec<f64> = needs.iter().map(|n| n.min * CHAR + PAD).collect();
    let pref: Vec<f64> = needs
        .iter()
        .zip(&min)
        .map(|(n, m)| (n.pref * CHAR + PAD).max(*m))
        .collect();
    let (sum_min, sum_pref) = (min.iter().sum::<f64>(), pref.iter().sum::<f64>());
    let raw: Vec<f64> = if sum_pref <= avail {
        pref.iter().map(|p| p * avail / sum_pref).collect()
    } else if sum_min >= avail {
        min.iter().map(|m| m * avail / sum_min).collect()
    } else {
        let share = (avail - sum_min) / (sum_pref - sum_min);
        min.iter()
            .zip(&pref)
            .map(|(m, p)| m + (p - m) * share)
            .collect()
    };
    let mut out: Vec<u32> = raw.iter().map(|w| w.floor().max(1.0) as u32).collect();
    let used: u32 = out.iter().sum();
    if let Some(last) = out.last_mut() {
        *last = (*last + width).saturating_sub(used).max(1);
    }
    out
}

/// Writes `table` with the given column widths; `fill` is the header row's background.
pub fn write(out: &mut Part<'_>, table: &Table, widths: &[u32], ids: &Resolved, fill: Rgb) {
    let total: u32 = widths.iter().sum();
    out.push_str("<w:tbl><w:tblPr><w:tblStyle w:val=\"");
    xml::attr(out, ids.id(Role::Table));
    out.push_str(&format!(
        "\"/><w:tblW w:w=\"{total}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>\
         <w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" \
         w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
    ));
    for w in widths {
        out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    let fill = format!("{:02X}{:02X}{:02X}", fill.0, fill.1, fill.2);
    // A header row with no words (a key–value table: Markdown needs a header, the document
    // does not) is left out rather than drawn as an empty shaded band.
    if table.header.iter().any(|c| c.chars > 0) {
        out.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        row(out, table, &table.header, widths, ids, Some(&fill));
        out.push_str("</w:tr>");
    }
    for r in &table.rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        row(out, table, r, widths, ids, None);
        out.push_str("</w:tr>");
        out.spill();
    }
    out.push_str("</w:tbl>");
}

fn row(
    out: &mut String,
    table: &Table,
    cells: &[Cell],
    widths: &[u32],
    ids: &Resolved,
    head_fill: Option<&str>,
) {
    let style = xml::attr_string(ids.id(if head_fill.is_some() {
        Role::TableHeading
    } else {
        Role::TableText
    }));
    for (j, w) in widths.iter().enumerate() {
        out.push_str(&format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/>"
        ));
        if let Some(fill) = head_fill {
            out.push_str(&format!(
                "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{fill}\"/>"
            ));
        }
        if head_fill.is_none() && table.columns.get(j) == Some(&Some(ColumnKind::Date)) {
            out.push_str("<w:noWrap/>");
        }
        out.push_str(&format!(
            "</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"{style}\"/>"
        ));
        match table.aligns.get(j) {
            Some(Align::Right) => out.push_str("<w:jc w:val=\"right\"/>"),
            Some(Align::Center) => out.push_str("<w:jc w:val=\"center\"/>"),
            _ => {}
        }
        out.push_str("</w:pPr>");
        if let Some(c) = cells.get(j) {
            out.push_str(&c.runs);
        }
        out.push_str("</w:p></w:tc>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_fill_the_line_and_keep_long_words() {
        let needs = [
            Need {
                min: 10.0,
                pref: 10.0,
            },
            Need {
                min: 12.0,
                pref: 300.0,
            },
            Need {
                min: 3.0,
                pref: 3.0,
            },
        ];
        let w = widths(&needs, 9752);
        assert_eq!(w.iter().sum::<u32>(), 9752);
        assert!(w[0] as f64 >= 10.0 * CHAR + PAD - 1.0, "{w:?}");
        assert!(w[1] > w[0] * 3, "{w:?}");
        let narrow = widths(
            &[
                Need {
                    min: 5.0,
                    pref: 8.0,
                },
                Need {
                    min: 5.0,
                    pref: 8.0,
                },
            ],
            9000,
        );
        assert_eq!(narrow, vec![4500, 4500]);
    }

    #[test]
    fn control_tables_go_landscape() {
        let mut t = Table::new(vec![Align::Left; 9]);
        assert!(!t.landscape(9752));
        t.kind = Some(TableKind::Controls);
        assert!(t.landscape(9752));
        let mut short = Table::new(vec![Align::Left; 5]);
        short.kind = Some(TableKind::Controls);
        assert!(
            !short.landscape(9752),
            "a short control list stays portrait"
        );
        let mut wide = Table::new(vec![Align::Right; 9]);
        wide.kind = Some(TableKind::Summary);
        wide.header = (0..9)
            .map(|_| Cell {
                runs: String::new(),
                chars: 12,
                word: 12,
            })
            .collect();
        assert!(wide.landscape(9752));
        assert!(!wide.landscape(16000));
    }
}
