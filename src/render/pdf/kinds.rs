//! Decisions a table's kind drives before it is laid out: which tables of a document share
//! one set of column widths (and those widths, over all their rows), whether a table of
//! many columns still fits a portrait page, and so each top-level block's orientation. The kinds and column marks come from the
//! templates (see [`crate::render::marks`]), never from header text alone.

use super::blocks::{Block, Inline, Table};
use super::colwidth::column_widths;
use super::flow::Frame;
use super::style as st;
use super::text::{prepare, Missing, Prepared, TextStyle};
use crate::fonts::{FaceId, Fonts};
use crate::render::marks::{ColumnKind, TableKind};

/// Which tables of a document share column widths: those of one kind with the same column
/// marks and the same header (the SoA's Annex A group tables; not its additional controls,
/// whose Source column and long titles want a grid of their own). Tables without a kind share
/// nothing.
pub fn share_key(t: &Table) -> Option<String> {
    let kind = t.kind?;
    let marks: Vec<&str> = (0..t.columns())
        .map(|c| t.columns.get(c).copied().flatten().map_or("-", |k| k.key()))
        .collect();
    let mut key = format!("{}|{}", kind.key(), marks.join(","));
    for h in &t.header {
        key.push('|');
        key.push_str(&super::blocks::plain_text(h));
    }
    Some(key)
}

/// Whether a table of many columns is better set on portrait pages: it is a summary (counts)
/// without a prose column, its words fit the portrait width, and it takes no more
/// portrait pages than landscape ones plus half a page (what switching orientation leaves
/// blank on either side of it). The SoA's summary tables qualify for the example; at 1,000
/// controls, where every group name wraps, they do not.
pub fn fits_portrait(fonts: &Fonts, t: &Table) -> bool {
    // Counts only: a register's sentences would wrap to a dozen lines in portrait columns.
    if t.kind != Some(TableKind::Summary)
        || t.columns.iter().flatten().any(|k| *k == ColumnKind::Prose)
    {
        return false;
    }
    let ncols = t.columns();
    let cell = |inl: &Vec<Inline>, face: FaceId| {
        let style = TextStyle::plain(face, st::TABLE_SIZE, st::TEXT);
        let text = super::blocks::plain_text(inl);
        prepare(fonts, vec![style], &[(0, text)], &mut Missing::default())
    };
    let header: Vec<Prepared> = (0..ncols)
        .map(|c| {
            t.header
                .get(c)
                .map_or_else(Prepared::default, |h| cell(h, FaceId::Bold))
        })
        .collect();
    let rows: Vec<Vec<Prepared>> = t
        .rows
        .iter()
        .map(|r| {
            (0..ncols)
                .map(|c| {
                    r.get(c)
                        .map_or_else(Prepared::default, |x| cell(x, FaceId::Regular))
                })
                .collect()
        })
        .collect();
    let pages = |wide: bool| -> Option<f32> {
        let frame = Frame::new(wide);
        let pad = 2.0 * st::CELL_PAD_X;
        let body: Vec<&[Prepared]> = rows.iter().map(Vec::as_slice).collect();
        let widths = column_widths(&header, &body, frame.width(), &t.columns);
        // Words must fit whole in the portrait columns.
        let fits = |row: &[Prepared]| {
            row.iter()
                .zip(&widths)
                .all(|(p, w)| p.min_width() <= w - pad + 0.01)
        };
        let whole = fits(&header) && body.iter().all(|r| fits(r));
        if !wide && !whole {
            return None;
        }
        let height: f32 = std::iter::once(header.as_slice())
            .chain(body.iter().copied())
            .map(|row| {
                let lines = row
                    .iter()
                    .zip(&widths)
                    .map(|(p, w)| p.count_lines(w - pad))
                    .max()
                    .unwrap_or(1);
                lines as f32 * st::TABLE_LEAD + 2.0 * st::CELL_PAD_Y
            })
            .sum();
        Some(height / frame.height())
    };
    match (pages(false), pages(true)) {
        (Some(portrait), Some(landscape)) => portrait <= landscape + 0.5,
        _ => false,
    }
}

/// A table with this many columns or more goes on landscape pages, unless it fits portrait
/// (see [`fits_portrait`]).
pub const WIDE_COLUMNS: usize = 6;

/// Most paragraphs between a heading and the wide table it introduces that move with it
/// onto the landscape page.
const INTRO_PARAGRAPHS: usize = 2;

fn contains_wide(fonts: &Fonts, b: &Block) -> bool {
    match b {
        Block::Table(t) => t.columns() >= WIDE_COLUMNS && !fits_portrait(fonts, t),
        Block::Quote(inner) => inner.iter().any(|b| contains_wide(fonts, b)),
        Block::List { items, .. } => items
            .iter()
            .any(|i| i.blocks.iter().any(|b| contains_wide(fonts, b))),
        _ => false,
    }
}

/// Page orientation per top-level block: wide tables, and what introduces them (the headings
/// directly above, and up to two paragraphs between the nearest heading and the table), so a
/// heading is never left on the portrait page before its table. Paragraphs above an earlier
/// heading stay where they are.
pub fn orientations(fonts: &Fonts, blocks: &[Block]) -> Vec<bool> {
    let table: Vec<bool> = blocks.iter().map(|b| contains_wide(fonts, b)).collect();
    let mut wide = table.clone();
    for t in (0..blocks.len()).filter(|t| table[*t]) {
        let (mut paragraphs, mut heading, mut from) = (0, false, t);
        for j in (0..t).rev() {
            match &blocks[j] {
                Block::Heading { .. } => heading = true,
                Block::Paragraph(_) if !heading && paragraphs < INTRO_PARAGRAPHS => paragraphs += 1,
                _ => break,
            }
            if heading {
                from = j;
            }
        }
        for w in &mut wide[from..t] {
            *w = true;
        }
    }
    wide
}
