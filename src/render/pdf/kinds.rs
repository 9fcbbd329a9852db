//! Decisions a table's kind drives before it is laid out: which tables of a document share
//! one set of column widths (and those widths, over all their rows), and whether a table of
//! many columns still fits a portrait page. The kinds and column marks come from the
//! templates (see [`crate::render::marks`]), never from header text alone.

use super::blocks::{Inline, Table};
use super::colwidth::column_widths;
use super::flow::Frame;
use super::style as st;
use super::table::{headless, Cells};
use super::text::Prepared;
use crate::fonts::{FaceId, Fonts};
use crate::render::marks::{ColumnKind, TableKind};
use std::collections::HashMap;

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

/// One set of column widths for several tables of one kind (their cells measured in
/// `cells`), computed over all their rows.
pub fn column_widths_for(cells: &HashMap<usize, Cells>, tables: &[&Table], total: f32) -> Vec<f32> {
    let first = tables.first().copied();
    let ncols = first.map_or(0, Table::columns);
    let mut header: Vec<Prepared> = Vec::new();
    let mut rows: Vec<&[Prepared]> = Vec::new();
    for t in tables {
        let Some(c) = cells.get(&(std::ptr::from_ref(*t) as usize)) else {
            continue;
        };
        // Tables that share widths share their header (see `share_key`).
        if header.is_empty() && !headless(t) {
            header = c.header.clone();
        }
        rows.extend(c.rows.iter().map(Vec::as_slice));
    }
    if header.len() != ncols {
        header = vec![Prepared::default(); ncols];
    }
    let kinds = first.map_or(&[][..], |t| t.columns.as_slice());
    column_widths(&header, &rows, total, kinds)
}

/// Whether a table of many columns fits a portrait page: no prose column, every column as
/// wide as its longest word, and not much more than two lines a row on average.
pub fn fits_portrait(fonts: &Fonts, t: &Table) -> bool {
    if t.columns.iter().flatten().any(|k| *k == ColumnKind::Prose)
        || matches!(t.kind, Some(TableKind::Controls | TableKind::Matrix) | None)
    {
        return false;
    }
    let width = Frame::new(false).width();
    let pad = 2.0 * st::CELL_PAD_X;
    let ncols = t.columns();
    let (mut min, mut nat) = (vec![0.0f32; ncols], vec![0.0f32; ncols]);
    let measure = |inl: &[Inline], face: FaceId| -> (f32, f32) {
        let text = super::blocks::plain_text(inl);
        let words = text
            .split_whitespace()
            .map(|w| fonts.width(face, st::TABLE_SIZE, w));
        let longest = words.fold(0.0, f32::max);
        (longest, fonts.width(face, st::TABLE_SIZE, text.trim()))
    };
    let head = std::iter::once((&t.header, FaceId::Bold));
    let body = t.rows.iter().map(|r| (r, FaceId::Regular));
    for (row, face) in head.chain(body) {
        for (c, cell) in row.iter().enumerate().take(ncols) {
            let (lo, hi) = measure(cell, face);
            min[c] = min[c].max(lo + pad);
            nat[c] = nat[c].max(hi + pad);
        }
    }
    min.iter().sum::<f32>() <= width && nat.iter().sum::<f32>() <= 2.0 * width
}
