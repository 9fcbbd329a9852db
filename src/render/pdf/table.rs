//! GFM tables → fragments: wrapped cells, rows kept whole, the header row repeated.
//!
//! Column widths are fixed once per table (see `colwidth`). Each row becomes one fragment,
//! so it never splits across pages, unless it alone is taller than a page; then it is cut
//! between lines. The header row is also kept aside as a fragment the flow repeats at the
//! top of every page the table continues on. Light grid rules, a shaded header with a
//! heavier rule below it, and faint zebra rows for long tables. Structure: `Table` (with its
//! `Caption`) > `THead` > `TR` > `TH`, and `TBody` > `TR` > `TD`, one node per cell, created
//! in reading order before any cell is measured.

use super::blocks::{Align, Inline, Table};
use super::build::{Builder, Ctx};
use super::colwidth::column_widths;
use super::draw::line_items;
use super::flow::{Frag, Frame};
use super::layout::{Item, Kind, Rgb, Tag};
use super::style as st;
use super::text::{Prepared, TextLine, TextStyle};
use crate::fonts::{FaceId, Fonts};

/// A table whose rows take at most this share of a page is kept on one page.
const KEEP_WHOLE_SHARE: f32 = 0.25;

/// A header taller than this share of the frame is not repeated.
const HEADER_REPEAT_SHARE: f32 = 0.4;

const HEAD_TEXT: Rgb = Rgb(0x14, 0x24, 0x38);
const HEAD_RULE: Rgb = Rgb(0x7d, 0x8a, 0x99);

/// A table's cells, measured: header and body rows (each cell without its structure node
/// yet, see [`Builder::plain`]).
pub struct Cells {
    pub header: Vec<Prepared>,
    pub rows: Vec<Vec<Prepared>>,
}

/// Measures a table's cells (in the styles [`table`] draws them with).
pub fn measure(b: &mut Builder<'_>, t: &Table) -> Cells {
    let ncols = t.columns();
    let body = TextStyle::plain(FaceId::Regular, st::TABLE_SIZE, st::TEXT);
    let head = TextStyle::plain(FaceId::Bold, st::TABLE_SIZE, HEAD_TEXT);
    let empty = Vec::new();
    let header = (0..ncols)
        .map(|c| b.plain(t.header.get(c).unwrap_or(&empty), &head))
        .collect();
    let mut rows = Vec::with_capacity(t.rows.len());
    for r in &t.rows {
        rows.push(
            (0..ncols)
                .map(|c| b.plain(r.get(c).unwrap_or(&empty), &body))
                .collect(),
        );
    }
    Cells { header, rows }
}

/// Whether a table has no header row to draw: every header cell empty (a key–value table,
/// whose first column names each row).
pub fn headless(t: &Table) -> bool {
    t.header
        .iter()
        .all(|c| super::blocks::plain_text(c).trim().is_empty())
}

/// Lays out a table (and its caption) as fragments, with the column widths its kind shares
/// in the document when it has some (see [`Builder::plan_tables`]).
pub fn table(b: &mut Builder<'_>, t: &Table, ctx: Ctx, gap: f32) {
    let ncols = t.columns();
    if ncols == 0 {
        return;
    }
    let key = std::ptr::from_ref(t) as usize;
    let shared = b.shared.remove(&key);
    let Cells { header, rows } = match b.cells.remove(&key) {
        Some(c) => c,
        None => measure(b, t),
    };
    let headless = headless(t) && !rows.is_empty();
    let table = b.structure.block(Kind::Table, b.parent);
    let caption_node = t
        .caption
        .as_ref()
        .map(|_| b.structure.block(Kind::Caption, Some(table)));
    let cell = |b: &mut Builder<'_>, kind: Kind, row: u32, mut prep: Prepared| {
        let node = b.structure.block(kind, Some(row));
        b.attach_links(&mut prep, node);
        (prep, Tag::Node(node))
    };
    let (header, head_tags): (Vec<Prepared>, Vec<Tag>) = if headless {
        (Vec::new(), Vec::new())
    } else {
        let thead = b.structure.block(Kind::TableHead, Some(table));
        let head_row = b.structure.block(Kind::Row, Some(thead));
        header
            .into_iter()
            .map(|p| cell(b, Kind::HeaderCell, head_row, p))
            .unzip()
    };
    let tbody = b.structure.block(Kind::TableBody, Some(table));
    let (rows, row_tags): (Vec<Vec<Prepared>>, Vec<Vec<Tag>>) = rows
        .into_iter()
        .map(|r| {
            let row = b.structure.block(Kind::Row, Some(tbody));
            r.into_iter()
                .enumerate()
                .map(|(c, p)| {
                    let kind = if headless && c == 0 {
                        Kind::RowHeaderCell
                    } else {
                        Kind::Cell
                    };
                    cell(b, kind, row, p)
                })
                .unzip()
        })
        .unzip();
    let widths = match shared {
        Some(w) if w.len() == ncols && (w.iter().sum::<f32>() - ctx.width).abs() < 0.5 => w,
        _ => {
            let body: Vec<&[Prepared]> = rows.iter().map(Vec::as_slice).collect();
            let head = if headless {
                vec![Prepared::default(); ncols]
            } else {
                header.clone()
            };
            column_widths(&head, &body, ctx.width, &t.columns)
        }
    };
    let aligns: Vec<Align> = (0..ncols)
        .map(|c| t.aligns.get(c).copied().unwrap_or(Align::Left))
        .collect();
    let grid = Grid {
        left: ctx.left,
        widths,
        aligns,
    };

    let gap = match (&t.caption, caption_node) {
        (Some(c), Some(node)) => caption(b, c, ctx, gap, node),
        _ => gap,
    };

    let frame_h = Frame::new(ctx.wide).height();
    let head_frags = if headless {
        Vec::new()
    } else {
        grid.row(
            b.fonts,
            (&header, &head_tags),
            Some(b.accent.map_or(st::HEAD_BG, tint)),
            Rules::Head,
            frame_h,
        )
    };
    let head_h: f32 = head_frags.iter().map(|f| f.h).sum();
    let repeat = head_frags.len() == 1 && head_h <= frame_h * HEADER_REPEAT_SHARE;
    let header_idx = if repeat {
        b.headers.push(Frag {
            wide: ctx.wide,
            ..head_frags[0].clone()
        });
        Some(b.headers.len() - 1)
    } else {
        None
    };
    let mut gap = gap;
    for mut f in head_frags {
        f.gap = std::mem::take(&mut gap);
        f.keep = true;
        b.push(f, ctx);
    }
    let row_max = if repeat {
        frame_h - head_h - 1.0
    } else {
        frame_h - 1.0
    };
    // A short table (a quarter of a page at most) is kept whole; a longer one keeps its
    // last two rows together, so no row is left alone on a page.
    let mut body: Vec<Vec<Frag>> = Vec::with_capacity(rows.len());
    for (r, (cells, tags)) in rows.iter().zip(&row_tags).enumerate() {
        let fill = (r % 2 == 1).then_some(st::ZEBRA_BG);
        let rules = Rules::Body { top: !repeat };
        body.push(grid.row(b.fonts, (cells, tags), fill, rules, row_max));
    }
    let body_h: f32 = body.iter().flatten().map(|f| f.h).sum();
    let whole = body_h <= frame_h * KEEP_WHOLE_SHARE;
    let n_rows = body.len();
    for (r, parts) in body.into_iter().enumerate() {
        let single = parts.len() == 1;
        for mut f in parts {
            f.header = header_idx;
            f.gap = std::mem::take(&mut gap);
            f.keep = single && (whole || r + 2 == n_rows) && r + 1 < n_rows;
            b.push(f, ctx);
        }
    }
}

/// The caption's lines, kept with the table; returns the gap left above the table.
fn caption(b: &mut Builder<'_>, caption: &[Inline], ctx: Ctx, gap: f32, node: u32) -> f32 {
    let style = TextStyle::plain(FaceId::Bold, st::CAPTION_SIZE, st::HEADING);
    let prep = b.prepare(caption, &style, node);
    let lines = prep.lines(b.fonts, ctx.width);
    let start = b.frags.len();
    let lead = (Align::Left, st::CAPTION_SIZE * 1.35);
    b.text_frags(&prep, &lines, ctx, lead, gap, Tag::Node(node));
    for f in &mut b.frags[start..] {
        f.keep = true;
    }
    2.0
}

/// Which horizontal rules a row draws. Body rows draw their bottom rule only, so the
/// header's heavier rule is not painted over; they draw a top rule too when no header is
/// repeated above them on a new page.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Rules {
    Head,
    Body { top: bool },
}

/// The fixed columns of one table.
struct Grid {
    left: f32,
    widths: Vec<f32>,
    aligns: Vec<Align>,
}

impl Grid {
    /// One row as fragments: normally one, more if the row is taller than `max_h`.
    fn row(
        &self,
        fonts: &Fonts,
        (cells, tags): (&[Prepared], &[Tag]),
        fill: Option<Rgb>,
        rules: Rules,
        max_h: f32,
    ) -> Vec<Frag> {
        let lines: Vec<Vec<TextLine>> = cells
            .iter()
            .zip(&self.widths)
            .map(|(p, w)| {
                if p.is_empty() {
                    Vec::new()
                } else {
                    p.lines(fonts, w - 2.0 * st::CELL_PAD_X)
                }
            })
            .collect();
        let n = lines.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let per_part = (((max_h - 2.0 * st::CELL_PAD_Y) / st::TABLE_LEAD).floor() as usize).max(1);
        let mut out = Vec::new();
        let mut from = 0;
        while from < n {
            let to = (from + per_part).min(n);
            out.push(self.part(fonts, (cells, tags), &lines, from..to, (fill, rules)));
            from = to;
        }
        out
    }

    fn part(
        &self,
        fonts: &Fonts,
        (cells, tags): (&[Prepared], &[Tag]),
        lines: &[Vec<TextLine>],
        range: std::ops::Range<usize>,
        (fill, rules): (Option<Rgb>, Rules),
    ) -> Frag {
        let h = (range.end - range.start) as f32 * st::TABLE_LEAD + 2.0 * st::CELL_PAD_Y;
        let right = self.left + self.widths.iter().sum::<f32>();
        let mut items = Vec::new();
        if let Some(color) = fill {
            // Inset by half a rule so the fill never paints over the rule above.
            items.push(Item::Fill {
                x: self.left,
                y: 0.4,
                w: right - self.left,
                h: h - 0.4,
                color,
                tag: Tag::Artifact,
            });
        }
        let mut x = self.left;
        for (c, w) in self.widths.iter().enumerate() {
            let (Some(prep), Some(cell_lines)) = (cells.get(c), lines.get(c)) else {
                continue;
            };
            let align = self.aligns.get(c).copied().unwrap_or(Align::Left);
            let tag = tags.get(c).copied().unwrap_or_default();
            for (i, line) in cell_lines
                .iter()
                .enumerate()
                .take(range.end)
                .skip(range.start)
            {
                let row = (i - range.start) as f32;
                let baseline = st::CELL_PAD_Y
                    + row * st::TABLE_LEAD
                    + st::TABLE_LEAD * 0.5
                    + st::TABLE_SIZE * 0.34;
                let inner = w - 2.0 * st::CELL_PAD_X;
                line_items(
                    tag,
                    fonts,
                    prep,
                    line,
                    x + st::CELL_PAD_X,
                    inner,
                    align,
                    baseline,
                    &mut items,
                );
            }
            x += w;
        }
        self.grid_lines(&mut items, right, h, rules);
        Frag {
            h,
            items,
            ..Frag::default()
        }
    }

    fn grid_lines(&self, items: &mut Vec<Item>, right: f32, h: f32, rules: Rules) {
        let line = |x1, y1, x2, y2, width, color| Item::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        };
        if rules != (Rules::Body { top: false }) {
            items.push(line(self.left, 0.0, right, 0.0, st::GRID_WIDTH, st::GRID));
        }
        let (bw, bc) = if rules == Rules::Head {
            (0.8, HEAD_RULE)
        } else {
            (st::GRID_WIDTH, st::GRID)
        };
        items.push(line(self.left, h, right, h, bw, bc));
        let mut x = self.left;
        items.push(line(x, 0.0, x, h, st::GRID_WIDTH, st::GRID));
        for w in &self.widths {
            x += w;
            items.push(line(x, 0.0, x, h, st::GRID_WIDTH, st::GRID));
        }
    }
}

/// A light tint of the accent colour (15 % over white), as the header row's fill: dark text
/// stays readable on it.
fn tint(c: Rgb) -> Rgb {
    let mix = |v: u8| 255 - ((255 - u16::from(v)) * 15 / 100) as u8;
    Rgb(mix(c.0), mix(c.1), mix(c.2))
}
