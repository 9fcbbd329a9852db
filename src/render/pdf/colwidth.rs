//! Table column widths, fixed once per table from its content.
//!
//! First like a browser's automatic table layout: each column needs at least its longest
//! unbreakable word (capped, so one URL cannot starve the others) and would like its
//! natural one-line width; the frame is shared out in proportion to what each column still
//! wants. That alone gives the long-text column nearly everything, and a column of short
//! names wraps to three lines beside a one-line justification. So a local search then moves
//! width between columns while that lowers the table's height (the sum over rows of the
//! tallest cell, in lines, counted without building them and cached per column width).

use super::style as st;
use super::text::Prepared;
use crate::render::marks::ColumnKind;
use std::collections::HashMap;
use std::rc::Rc;

/// A column may claim at most this share of the frame as its minimum width.
const MIN_CAP_SHARE: f32 = 0.22;
/// Narrowest column (content box), so a column of short codes stays readable.
const MIN_CONTENT: f32 = 14.0;
/// The most a prose column needs for one unbreakable part of a word (a hash, a long
/// number): wider parts are broken between characters.
const PROSE_PART_CAP: f32 = 72.0;
/// Widths of a column left blank in every row, to be written in by hand (cell boxes): a
/// short field, a prose field, and the table's first prose field (the justification).
const FORM_FIELD: f32 = 56.0;
const FORM_PROSE: f32 = 84.0;
const FORM_MAIN: f32 = 140.0;
/// A column filled in at most this share of its rows (numerator, denominator) is blank.
const FORM_FILLED_AT_MOST: (usize, usize) = (1, 10);
/// A column no wider than this (cell box) on one line holds short codes or numbers: it
/// keeps its width when a table has room to spare.
const SHORT_COLUMN: f32 = 48.0;
/// The two-line width of a short-text column counts up to this share of the minimum cap.
const SHORT_TEXT_SHARE: f32 = 0.3;
/// Most rows the search looks at.
pub const MAX_SAMPLE_ROWS: usize = 400;
/// Most moves the search makes.
const MAX_MOVES: usize = 60;

/// Column widths (cell boxes, padding included) that add up to `total`, for a header and
/// body rows (of one table, or of every table of one kind in a document, which then share
/// them: see [`Gather`]). `kinds` are the columns' marks: a header word is never broken; a
/// [`ColumnKind::Prose`] column may break a long token between its parts (after `/ _ - .`),
/// any other column keeps its words whole (up to a share of the frame), so identifiers,
/// yes/no and status words are never squeezed. In a form (every prose column blank in at
/// least nine rows of ten, as in the toolkit) each blank column gets a writable width, the first prose column
/// the widest. When the table is narrower than the
/// frame, the spare width goes to its prose (or signature) columns, or else to its columns
/// of words, never to a column of short codes.
pub fn column_widths(
    header: &[Prepared],
    rows: &[&[Prepared]],
    total: f32,
    kinds: &[Option<ColumnKind>],
) -> Vec<f32> {
    let mut g = Gather::new(header.len(), kinds, rows.len());
    g.header(header);
    for row in rows {
        g.row(*row);
    }
    g.widths(total)
}

/// What a set of column widths is computed from, gathered a row at a time so that the rows
/// need not all be held: each column's one-line and narrowest widths, and the rows the
/// search judges line counts on (an even sample of at most [`MAX_SAMPLE_ROWS`], the header
/// first). The 10,000-control SoA's group tables share widths computed over all their rows;
/// gathered, their measured cells are freed table by table instead of held all at once.
pub struct Gather<R> {
    kinds: Vec<Option<ColumnKind>>,
    /// Every how many rows of the grid (header, then body) one is sampled.
    every: usize,
    /// Body rows seen.
    rows: usize,
    header: Option<R>,
    sample: Vec<R>,
    /// Per column: body cells filled; the widest body cell on one line; the narrowest width
    /// each cell needs (the largest of them); half the one-line width of every filled cell
    /// of a column that is not prose.
    filled: Vec<usize>,
    body_nat: Vec<f32>,
    least: Vec<f32>,
    halves: Vec<Vec<f32>>,
}

impl<R: AsRef<[Prepared]>> Gather<R> {
    /// For `n` columns with the marks `kinds`, and `rows` body rows to come.
    pub fn new(n: usize, kinds: &[Option<ColumnKind>], rows: usize) -> Gather<R> {
        Gather {
            kinds: (0..n).map(|c| kinds.get(c).copied().flatten()).collect(),
            every: (rows + 1).div_ceil(MAX_SAMPLE_ROWS).max(1),
            rows: 0,
            header: None,
            sample: Vec::new(),
            filled: vec![0; n],
            body_nat: vec![0.0; n],
            least: vec![0.0; n],
            halves: vec![Vec::new(); n],
        }
    }

    /// The header row (the first one given counts).
    pub fn header(&mut self, header: R) {
        self.header.get_or_insert(header);
    }

    /// The next body row.
    pub fn row(&mut self, row: R) {
        for (c, cell) in row.as_ref().iter().enumerate().take(self.kinds.len()) {
            if cell.is_empty() {
                continue;
            }
            self.filled[c] += 1;
            self.body_nat[c] = self.body_nat[c].max(cell.natural_width());
            let prose = self.kinds[c] == Some(ColumnKind::Prose);
            let least = if prose {
                cell.min_soft_width().min(PROSE_PART_CAP)
            } else {
                cell.min_width()
            };
            self.least[c] = self.least[c].max(least);
            if !prose {
                self.halves[c].push(cell.natural_width() / 2.0);
            }
        }
        self.rows += 1;
        // Row r of the body is row r + 1 of the grid, whose rows 0, every, 2 × every … count.
        if self.rows.is_multiple_of(self.every) {
            self.sample.push(row);
        }
    }

    /// Whether every body row is kept (the sample is every row): a table of at most
    /// `MAX_SAMPLE_ROWS - 1` rows, or a group of such tables.
    pub fn keeps_every_row(&self) -> bool {
        self.every == 1
    }

    /// The body rows, in the order given, when every one was kept.
    pub fn into_rows(self) -> Option<Vec<R>> {
        self.keeps_every_row().then_some(self.sample)
    }

    /// The widths, adding up to `total`.
    pub fn widths(&mut self, total: f32) -> Vec<f32> {
        let pad = 2.0 * st::CELL_PAD_X;
        let cap = total * MIN_CAP_SHARE;
        let n = self.kinds.len();
        let kinds = self.kinds.as_slice();
        let kind = |c: usize| kinds[c];
        let default_header;
        let header: &[Prepared] = match &self.header {
            Some(h) if h.as_ref().len() == n => h.as_ref(),
            _ => {
                default_header = vec![Prepared::default(); n];
                &default_header
            }
        };
        let mut nat = vec![MIN_CONTENT + pad; n];
        let mut min = vec![MIN_CONTENT + pad; n];
        for (c, cell) in header.iter().enumerate() {
            nat[c] = nat[c].max(cell.natural_width() + pad);
            min[c] = min[c].max(cell.min_width().min(cap) + pad);
        }
        // The widest body cell on one line: a column of numbers under a long header is short.
        let body_nat: Vec<f32> = (0..n)
            .map(|c| {
                if self.filled[c] > 0 {
                    self.body_nat[c] + pad
                } else {
                    0.0
                }
            })
            .collect();
        for c in 0..n {
            nat[c] = nat[c].max(body_nat[c]);
            if self.filled[c] > 0 {
                min[c] = min[c].max(self.least[c].min(cap) + pad);
            }
        }
        // A column of short text (names, titles, reasons) is wide enough for three cells in four
        // to take two lines at most: an owner does not wrap onto three lines beside prose.
        for (c, h) in self.halves.iter_mut().enumerate() {
            if h.is_empty() {
                continue;
            }
            h.sort_by(f32::total_cmp);
            let p75 = h[(h.len() * 3 / 4).min(h.len() - 1)];
            min[c] = min[c].max(p75.min(cap * SHORT_TEXT_SHARE) + pad);
        }
        // A column empty in nine rows of ten is left to be written in (the toolkit's
        // justification has a placeholder on a few rows).
        let rows = self.rows;
        let blank: Vec<bool> = self
            .filled
            .iter()
            .map(|f| rows > 0 && *f * FORM_FILLED_AT_MOST.1 <= rows * FORM_FILLED_AT_MOST.0)
            .collect();
        // A form: every prose column (at least one) is blank, as in the toolkit.
        // A filled table keeps its empty columns narrow.
        let prose = |c: &usize| kind(*c) == Some(ColumnKind::Prose);
        let form = (0..n).any(|c| prose(&c)) && (0..n).filter(prose).all(|c| blank[c]);
        let mut first_prose = true;
        for c in 0..n {
            if !form || !blank[c] {
                continue;
            }
            let form = match kind(c) {
                Some(ColumnKind::Prose) if std::mem::take(&mut first_prose) => FORM_MAIN,
                Some(ColumnKind::Prose | ColumnKind::Signature) => FORM_PROSE,
                _ => FORM_FIELD,
            };
            min[c] = min[c].max(form);
            nat[c] = nat[c].max(min[c]);
        }
        let sum_nat: f32 = nat.iter().sum();
        let sum_min: f32 = min.iter().sum();
        if sum_nat <= total {
            return spread(nat, &body_nat, total, kinds);
        }
        if sum_min >= total {
            return min.iter().map(|w| w * total / sum_min).collect();
        }
        let want: Vec<f32> = nat.iter().zip(&min).map(|(n, m)| n - m).collect();
        let sum_want: f32 = want.iter().sum::<f32>().max(f32::EPSILON);
        let extra = total - sum_min;
        let mut widths: Vec<f32> = min
            .iter()
            .zip(&want)
            .map(|(m, w)| m + extra * w / sum_want)
            .collect();
        // Very long tables are judged on an even sample of their rows, to bound the search.
        let grid: Vec<&[Prepared]> = std::iter::once(header)
            .chain(self.sample.iter().map(AsRef::as_ref))
            .collect();
        let mut counter = Counter {
            grid,
            cache: HashMap::new(),
        };
        refine(&mut widths, &min, &mut counter, total);
        widths
    }
}

/// A table narrower than the frame: every column keeps its one-line width and the rest goes
/// to the prose and signature columns, or else to the columns of words, in proportion.
fn spread(mut nat: Vec<f32>, body: &[f32], total: f32, kinds: &[Option<ColumnKind>]) -> Vec<f32> {
    let extra = total - nat.iter().sum::<f32>();
    let takers: Vec<usize> = (0..nat.len())
        .filter(|c| {
            matches!(
                kinds.get(*c).copied().flatten(),
                Some(ColumnKind::Prose | ColumnKind::Signature)
            )
        })
        .collect();
    // Without prose: the columns of words, not those of short codes and numbers (all
    // columns when every one is short).
    let takers = if takers.is_empty() {
        let words: Vec<usize> = (0..nat.len()).filter(|c| body[*c] > SHORT_COLUMN).collect();
        if words.is_empty() {
            (0..nat.len()).collect()
        } else {
            words
        }
    } else {
        takers
    };
    let base: f32 = takers
        .iter()
        .map(|c| nat[*c])
        .sum::<f32>()
        .max(f32::EPSILON);
    let shares: Vec<f32> = takers.iter().map(|c| nat[*c] / base).collect();
    for (c, share) in takers.iter().zip(shares) {
        nat[*c] += extra * share;
    }
    nat
}

/// Line counts per row of one column at a given width, memoised.
struct Counter<'a> {
    grid: Vec<&'a [Prepared]>,
    cache: HashMap<(usize, u32), Rc<Vec<u32>>>,
}

impl Counter<'_> {
    fn column(&mut self, c: usize, w: f32) -> Rc<Vec<u32>> {
        let key = (c, w.to_bits());
        if let Some(v) = self.cache.get(&key) {
            return Rc::clone(v);
        }
        let inner = w - 2.0 * st::CELL_PAD_X;
        let v: Rc<Vec<u32>> = Rc::new(
            self.grid
                .iter()
                .map(|row| row.get(c).map_or(1, |p| p.count_lines(inner)))
                .collect(),
        );
        self.cache.insert(key, Rc::clone(&v));
        v
    }
}

/// The tallest cells of each row: (lines, column), tallest first, three of them.
fn tops(cur: &[Rc<Vec<u32>>], rows: usize) -> Vec<[(u32, usize); 3]> {
    (0..rows)
        .map(|r| {
            let mut top = [(0, usize::MAX); 3];
            for (c, col) in cur.iter().enumerate() {
                let l = col.get(r).copied().unwrap_or(1);
                if l > top[2].0 {
                    top[2] = (l, c);
                    top.sort_by_key(|t| std::cmp::Reverse(t.0));
                }
            }
            top
        })
        .collect()
}

/// Sizes of the moves tried, as shares of the frame: large ones jump over the plateaus where
/// a few more points change no line count.
const STEPS: [f32; 5] = [0.01, 0.025, 0.05, 0.1, 0.2];

/// A candidate move: resulting height, from column, to column, width moved.
type Move = (u32, usize, usize, f32);

/// Moves width between columns, best move first, while the table's height drops.
fn refine(widths: &mut [f32], min: &[f32], counter: &mut Counter<'_>, total: f32) {
    for _ in 0..MAX_MOVES {
        let cur: Vec<_> = (0..widths.len())
            .map(|c| counter.column(c, widths[c]))
            .collect();
        let tops = tops(&cur, counter.grid.len());
        let cost: u32 = tops.iter().map(|t| t[0].0).sum();
        let mut best: Option<Move> = None;
        for share in STEPS {
            let step = total * share;
            if let Some(m) = best_move(widths, min, counter, &tops, step) {
                if m.0 < best.map_or(cost, |b| b.0) {
                    best = Some(m);
                }
            }
        }
        let Some((_, a, b, step)) = best else { break };
        widths[a] -= step;
        widths[b] += step;
    }
}

/// The best transfer of `step` points from one column to another.
fn best_move(
    widths: &[f32],
    min: &[f32],
    counter: &mut Counter<'_>,
    tops: &[[(u32, usize); 3]],
    step: f32,
) -> Option<Move> {
    let n = widths.len();
    let minus: Vec<_> = (0..n)
        .map(|c| (widths[c] - step >= min[c]).then(|| counter.column(c, widths[c] - step)))
        .collect();
    let plus: Vec<_> = (0..n)
        .map(|c| counter.column(c, widths[c] + step))
        .collect();
    let mut best: Option<Move> = None;
    for (a, la) in minus
        .iter()
        .enumerate()
        .filter_map(|(a, m)| m.as_ref().map(|m| (a, m)))
    {
        for (b, lb) in plus.iter().enumerate().filter(|(b, _)| *b != a) {
            let cost: u32 = tops
                .iter()
                .enumerate()
                .map(|(r, top)| {
                    let rest = top
                        .iter()
                        .find(|(_, c)| *c != a && *c != b)
                        .map_or(1, |t| t.0);
                    rest.max(la.get(r).copied().unwrap_or(1))
                        .max(lb.get(r).copied().unwrap_or(1))
                })
                .sum();
            if best.is_none_or(|m| cost < m.0) {
                best = Some((cost, a, b, step));
            }
        }
    }
    best
}

#[cfg(test)]
#[path = "colwidth_tests.rs"]
mod tests;
