//! One sheet: find its header row, decide what each column holds, and read each row below it
//! into the raw values of one decision, every cell position kept for the report.
//!
//! Refusals that concern a cell the import would read (a formula, a merged region below the
//! header) are [`Problem`]s; everything else a row cannot give is left to the caller's report.

use super::columns::{candidates, fold, header_score, Field};
use super::grid::{cell_ref, column_letters, SheetGrid};
use super::Problem;

/// How far down a sheet the header may be (title rows, banners, a logo above it).
const HEADER_SEARCH: usize = 30;

/// The columns of a sheet, as found.
#[derive(Debug, Clone)]
pub struct Layout {
    /// 0-based header row.
    pub header: usize,
    /// (0-based column, field, header text).
    pub columns: Vec<(usize, Field, String)>,
    /// Header cells no field was found for, and columns named twice: (position, text).
    pub unknown: Vec<(String, String)>,
}

impl Layout {
    pub fn col(&self, f: Field) -> Option<usize> {
        self.columns.iter().find(|c| c.1 == f).map(|c| c.0)
    }
}

/// One row below the header: its 0-based index and each mapped cell's text.
#[derive(Debug, Clone)]
pub struct Row {
    pub row: usize,
    pub cells: Vec<(Field, usize, String)>,
}

impl Row {
    pub fn get(&self, f: Field) -> Option<&str> {
        self.cells
            .iter()
            .find(|c| c.0 == f)
            .map(|c| c.2.as_str())
            .filter(|t| !t.trim().is_empty())
    }

    pub fn col(&self, f: Field) -> Option<usize> {
        self.cells.iter().find(|c| c.0 == f).map(|c| c.1)
    }
}

/// The header row and column layout, with `--map` overrides (`COLUMN` is a header text or a
/// column letter); `None` when no row looks like an SoA header.
pub fn layout(g: &SheetGrid, maps: &[(String, Field)]) -> Option<Layout> {
    let texts = |r: usize| -> Vec<String> {
        (0..g.rows.get(r).map_or(0, Vec::len))
            .map(|c| g.cell(r, c).text.clone())
            .collect()
    };
    let mapped = |cells: &[String]| {
        cells.iter().enumerate().any(|(c, t)| {
            maps.iter()
                .any(|(k, f)| *f == Field::Id && matches_column(k, c, t))
        })
    };
    let mut best: Option<(usize, usize)> = None;
    for r in 0..g.rows.len().min(HEADER_SEARCH) {
        let cells = texts(r);
        let mut score = header_score(&cells);
        if score == 0 && mapped(&cells) {
            score = 1;
        }
        if score > 0 && best.is_none_or(|(_, s)| score > s) {
            best = Some((r, score));
        }
    }
    let (header, _) = best?;
    let cells = texts(header);
    let mut columns: Vec<(usize, Field, String)> = Vec::new();
    let mut unknown = Vec::new();
    let mut open: Vec<(usize, Vec<Field>, String)> = Vec::new();
    for (c, text) in cells.iter().enumerate() {
        if text.trim().is_empty() {
            continue;
        }
        if let Some((_, f)) = maps.iter().find(|(k, _)| matches_column(k, c, text)) {
            columns.push((c, *f, text.clone()));
            continue;
        }
        let fields = candidates(text);
        if fields.is_empty() {
            unknown.push((g.at(header, c), text.clone()));
        } else {
            open.push((c, fields, text.clone()));
        }
    }
    // The ID column: the candidate whose cells read most often as control IDs.
    if !columns.iter().any(|c| c.1 == Field::Id) {
        let id = open
            .iter()
            .filter(|(_, f, _)| f.contains(&Field::Id))
            .max_by_key(|(c, f, _)| (id_share(g, header, *c), f.len() == 1, usize::MAX - c))
            .map(|(c, _, _)| *c);
        if let Some(i) = open.iter().position(|(c, _, _)| Some(*c) == id) {
            let (c, _, text) = open.remove(i);
            columns.push((c, Field::Id, text));
        }
    }
    for (c, fields, text) in open {
        let taken = |f: &Field| columns.iter().any(|x| x.1 == *f && *f != Field::Ignored);
        match fields.iter().find(|f| **f != Field::Id && !taken(f)) {
            Some(f) => columns.push((c, *f, text)),
            None => unknown.push((g.at(header, c), text)),
        }
    }
    columns.sort_by_key(|c| c.0);
    Some(Layout {
        header,
        columns,
        unknown,
    })
}

/// `--map` keys: a column letter (`C`) or a header text, compared folded.
fn matches_column(key: &str, col: usize, text: &str) -> bool {
    key.eq_ignore_ascii_case(&column_letters(col)) || fold(key) == fold(text)
}

/// How many of the first cells below the header read as control IDs.
fn id_share(g: &SheetGrid, header: usize, col: usize) -> usize {
    (header + 1..g.rows.len().min(header + 60))
        .filter(|r| super::ids::written(&g.cell(*r, col).text).is_some())
        .count()
}

/// Every row below the header with a cell in a mapped column. A formula or a merged region in
/// a mapped cell is a problem: the value the import would read is not the one the sheet shows
/// (a formula's cached value may be stale or absent), or belongs to several rows.
pub fn rows(g: &SheetGrid, l: &Layout, problems: &mut Vec<Problem>) -> Vec<Row> {
    let mut out = Vec::new();
    for r in l.header + 1..g.rows.len() {
        let mut cells = Vec::new();
        for (c, f, _) in &l.columns {
            let cell = g.cell(r, *c);
            if let Some(formula) = &cell.formula {
                problems.push(
                    Problem::new(
                        &g.at(r, *c),
                        format!(
                            "the cell holds a formula (`={}`); annexa imports values, not formulas",
                            formula.trim_start_matches('=')
                        ),
                    )
                    .help("replace the formulas by their values (copy, then Paste Special → Values) and import again"),
                );
                continue;
            }
            if *f != Field::Ignored {
                if let Some((r1, c1, r2, c2)) = g.merged_at(r, *c).filter(|m| m.0 != m.2) {
                    let (r1, c1, r2, c2) = (r1 as usize, c1 as usize, r2 as usize, c2 as usize);
                    if r == r1 {
                        problems.push(
                            Problem::new(
                                &g.at(r, *c),
                                format!(
                                    "merged cells {}:{} span rows {}-{}: one value for several controls",
                                    cell_ref(r1, c1),
                                    cell_ref(r2, c2),
                                    r1 + 1,
                                    r2 + 1
                                ),
                            )
                            .help("unmerge the cells (Format → Merge cells → Unmerge) and give each row its own value"),
                        );
                    }
                    continue;
                }
            }
            cells.push((*f, *c, cell.text.trim().to_string()));
        }
        if cells
            .iter()
            .any(|(f, _, t)| *f != Field::Ignored && !t.is_empty())
        {
            out.push(Row { row: r, cells });
        }
    }
    out
}
