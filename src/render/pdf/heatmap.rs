//! A risk heat map as vector shapes, where the Markdown has `<!-- annexa:heatmap … -->`.
//!
//! The same [`Heatmap`] the HTML renderer turns into SVG: likelihood up the side (highest at
//! the top), impact along the bottom, each cell filled with its level's colour and showing its
//! count and the IDs that fit; cells above the acceptance level get a dashed inner outline.
//! The grid is one fragment (it never splits across pages); the title keeps with it and the
//! legend follows. Writer-neutral: fills, lines and text items only. In the logical structure
//! the whole map is one `Figure` whose alternative text lists each occupied cell's risks.

use super::blocks::Align;
use super::build::{Builder, Ctx};
use super::draw::{line_items, on};
use super::flow::Frag;
use super::layout::{Item, Kind, Rgb, Tag};
use super::style as st;
use super::text::{prepare, TextStyle};
use crate::fonts::FaceId;
use crate::merge::heatmap::{ids_that_fit, Cell, Heatmap};

const CELL_H: f32 = 30.0;
const MAX_CELL_W: f32 = 72.0;
const LABEL_W: f32 = 78.0;
const LABEL_SIZE: f32 = 7.5;
const COUNT_SIZE: f32 = 9.0;
const ID_SIZE: f32 = 6.3;

fn rgb((r, g, b): (u8, u8, u8)) -> Rgb {
    Rgb(r, g, b)
}

/// Lays out one heat map as fragments: title, grid, legend.
pub fn heatmap(b: &mut Builder<'_>, map: &Heatmap, ctx: Ctx, gap: f32) {
    let figure = b.structure.block(Kind::Figure { alt: alt(map) }, b.parent);
    let first = b.frags.len();
    draw(b, map, ctx, gap);
    for f in &mut b.frags[first..] {
        f.items.iter_mut().for_each(|i| i.retag(Tag::Node(figure)));
    }
}

/// The map in words: its title, each occupied cell's likelihood, impact and risks.
fn alt(map: &Heatmap) -> String {
    let mut s = format!("{}.", map.title.trim());
    for (li, row) in map.cells.iter().enumerate() {
        for (ii, cell) in row.iter().enumerate().filter(|(_, c)| !c.risks.is_empty()) {
            let likelihood = map.likelihood.get(li).map_or("", String::as_str);
            let impact = map.impact.get(ii).map_or("", String::as_str);
            s.push_str(&format!(
                " Likelihood {likelihood}, impact {impact}: {} ({}).",
                cell.risks.len(),
                cell.risks.join(", ")
            ));
        }
    }
    if !map.unrated.is_empty() {
        s.push_str(&format!(" Not rated: {}.", map.unrated.join(", ")));
    }
    s
}

/// Title, grid and legend (tagged by [`heatmap`] afterwards).
fn draw(b: &mut Builder<'_>, map: &Heatmap, ctx: Ctx, gap: f32) {
    let style = TextStyle::plain(FaceId::Bold, 10.0, st::HEADING);
    let title = prepare(
        b.fonts,
        vec![style],
        &[(0, map.title.clone())],
        &mut b.missing,
    );
    let lines = title.lines(b.fonts, ctx.width);
    let start = b.frags.len();
    b.text_frags(&title, &lines, ctx, (Align::Left, 14.0), gap, Tag::Artifact);
    b.frags[start..].iter_mut().for_each(|f| f.keep = true);
    let cell_w = ((ctx.width - LABEL_W) / map.impact.len().max(1) as f32).min(MAX_CELL_W);
    let left = ctx.left + LABEL_W;
    let frag = grid(b, map, ctx.left, cell_w);
    b.push(frag, ctx);
    let width = ctx.width - LABEL_W;
    legend(b, map, Ctx { left, width, ..ctx });
}

/// The grid with its axis labels, as one fragment (a heat map is never split).
fn grid(b: &mut Builder<'_>, map: &Heatmap, label_left: f32, cell_w: f32) -> Frag {
    let rows = map.likelihood.len().max(1);
    let left = label_left + LABEL_W;
    let labels = (label_left, LABEL_W - 6.0);
    let mut items = Vec::new();
    let bold = FaceId::Bold;
    let axis = map.likelihood_axis().to_string();
    text(b, &axis, labels, Align::Right, 7.0, bold, &mut items);
    for (li, row) in map.cells.iter().enumerate() {
        let y = 10.0 + (rows - 1 - li) as f32 * CELL_H;
        let label = map.likelihood.get(li).map_or("", String::as_str);
        let baseline = y + CELL_H / 2.0 + 2.7;
        text(
            b,
            label,
            labels,
            Align::Right,
            baseline,
            FaceId::Regular,
            &mut items,
        );
        for (ii, cell) in row.iter().enumerate() {
            let x = left + ii as f32 * cell_w;
            cell_items(b, map, cell, (x, y, cell_w), &mut items);
        }
    }
    let bottom = 10.0 + rows as f32 * CELL_H;
    let mut label_h: f32 = 0.0;
    for (ii, label) in map.impact.iter().enumerate() {
        let x = left + ii as f32 * cell_w;
        label_h = label_h.max(wrapped(b, label, (x, cell_w), bottom + 9.0, &mut items));
    }
    let axis_y = bottom + 9.0 + label_h + 2.0;
    let grid_w = cell_w * map.impact.len().max(1) as f32;
    let axis = map.impact_axis().to_string();
    text(
        b,
        &axis,
        (left, grid_w),
        Align::Center,
        axis_y,
        bold,
        &mut items,
    );
    Frag {
        h: axis_y + 4.0,
        gap: 4.0,
        items,
        keep: true,
        ..Frag::default()
    }
}

/// A cell's fill, its dashed outline above the acceptance level, its count and IDs.
fn cell_items(
    b: &mut Builder<'_>,
    map: &Heatmap,
    cell: &Cell,
    (x, y, w): (f32, f32, f32),
    items: &mut Vec<Item>,
) {
    let fill = rgb(map
        .levels
        .get(cell.level)
        .map_or((0xee, 0xee, 0xee), |l| l.rgb));
    let ink = on(fill);
    items.push(Item::Fill {
        x: x + 0.75,
        y: y + 0.75,
        w: w - 1.5,
        h: CELL_H - 1.5,
        color: fill,
        tag: Tag::Artifact,
    });
    if cell.level > map.acceptance {
        dashed_box(x + 3.0, y + 3.0, w - 6.0, CELL_H - 6.0, ink, items);
    }
    if cell.risks.is_empty() {
        return;
    }
    let count = cell.risks.len().to_string();
    let style = TextStyle::plain(FaceId::Bold, COUNT_SIZE, ink);
    let prep = prepare(b.fonts, vec![style], &[(0, count)], &mut b.missing);
    if let Some(line) = prep.lines(b.fonts, w).first() {
        line_items(
            Tag::Artifact,
            b.fonts,
            &prep,
            line,
            x,
            w,
            Align::Center,
            y + 12.5,
            items,
        );
    }
    let ids = ids_that_fit(&cell.risks, w - 10.0, &|t: &str| {
        b.fonts.width(FaceId::Regular, ID_SIZE, t)
    });
    let style = TextStyle::plain(FaceId::Regular, ID_SIZE, ink);
    let prep = prepare(b.fonts, vec![style], &[(0, ids)], &mut b.missing);
    if let Some(line) = prep.lines(b.fonts, w).first() {
        line_items(
            Tag::Artifact,
            b.fonts,
            &prep,
            line,
            x,
            w,
            Align::Center,
            y + 22.5,
            items,
        );
    }
}

/// A rectangle outlined in short dashes (drawn as lines, so any writer can show it).
fn dashed_box(x: f32, y: f32, w: f32, h: f32, color: Rgb, items: &mut Vec<Item>) {
    let (dash, step) = (2.5, 5.0);
    let mut line = |x1: f32, y1: f32, x2: f32, y2: f32| {
        items.push(Item::Line {
            x1,
            y1,
            x2,
            y2,
            width: 0.5,
            color,
        });
    };
    let mut t = 0.0;
    while t < w {
        let e = (t + dash).min(w);
        line(x + t, y, x + e, y);
        line(x + t, y + h, x + e, y + h);
        t += step;
    }
    let mut t = 0.0;
    while t < h {
        let e = (t + dash).min(h);
        line(x, y + t, x, y + e);
        line(x + w, y + t, x + w, y + e);
        t += step;
    }
}

/// One line of label text in `(left, width)`, cut to fit.
fn text(
    b: &mut Builder<'_>,
    s: &str,
    (left, width): (f32, f32),
    align: Align,
    baseline: f32,
    face: FaceId,
    items: &mut Vec<Item>,
) {
    let style = TextStyle::plain(face, LABEL_SIZE, st::TEXT);
    let mut prep = prepare(b.fonts, vec![style], &[(0, s.to_string())], &mut b.missing);
    // One long word (a German compound such as "Wahrscheinlichkeit") is set smaller to fit
    // whole rather than cut.
    let natural = prep.natural_width();
    if natural > width && !s.contains(char::is_whitespace) {
        let size = (LABEL_SIZE * width / natural).max(LABEL_SIZE * 0.6);
        let style = TextStyle::plain(face, size, st::TEXT);
        prep = prepare(b.fonts, vec![style], &[(0, s.to_string())], &mut b.missing);
    }
    if let Some(line) = prep.lines(b.fonts, width).first() {
        line_items(
            Tag::Artifact,
            b.fonts,
            &prep,
            line,
            left,
            width,
            align,
            baseline,
            items,
        );
    }
}

/// A column label wrapped onto at most two lines, centred; its height.
fn wrapped(
    b: &mut Builder<'_>,
    s: &str,
    (left, width): (f32, f32),
    top: f32,
    items: &mut Vec<Item>,
) -> f32 {
    let style = TextStyle::plain(FaceId::Regular, LABEL_SIZE, st::TEXT);
    let prep = prepare(b.fonts, vec![style], &[(0, s.to_string())], &mut b.missing);
    let lines = prep.lines(b.fonts, width - 2.0);
    let shown = lines.len().min(2);
    for (k, line) in lines.iter().take(shown).enumerate() {
        let baseline = top + k as f32 * 9.0;
        line_items(
            Tag::Artifact,
            b.fonts,
            &prep,
            line,
            left,
            width,
            Align::Center,
            baseline,
            items,
        );
    }
    shown as f32 * 9.0
}

/// Swatches for the levels (those needing a recorded acceptance say so), and the unrated.
fn legend(b: &mut Builder<'_>, map: &Heatmap, ctx: Ctx) {
    let style = TextStyle::plain(FaceId::Regular, LABEL_SIZE, st::TEXT);
    let (sw, row_h) = (8.0, 12.0);
    let mut items = Vec::new();
    let (mut x, mut row) = (ctx.left, 0.0);
    for (i, level) in map.levels.iter().enumerate() {
        let label = if i > map.acceptance {
            format!("{} (needs a recorded acceptance)", level.label)
        } else {
            level.label.clone()
        };
        let prep = prepare(b.fonts, vec![style.clone()], &[(0, label)], &mut b.missing);
        let w = prep.natural_width().min(ctx.width - sw - 4.0);
        if x > ctx.left && x + sw + 4.0 + w > ctx.left + ctx.width {
            x = ctx.left;
            row += row_h;
        }
        items.push(Item::Fill {
            x,
            y: row + 2.0,
            w: sw,
            h: sw,
            color: rgb(level.rgb),
            tag: Tag::Artifact,
        });
        if let Some(line) = prep.lines(b.fonts, w).first() {
            line_items(
                Tag::Artifact,
                b.fonts,
                &prep,
                line,
                x + sw + 4.0,
                w,
                Align::Left,
                row + 8.8,
                &mut items,
            );
        }
        x += sw + 4.0 + w + 12.0;
    }
    if !map.unrated.is_empty() {
        row += row_h;
        let note = format!("{} {}", map.not_rated(), map.unrated.join(", "));
        text(
            b,
            &note,
            (ctx.left, ctx.width),
            Align::Left,
            row + 8.8,
            FaceId::Regular,
            &mut items,
        );
    }
    b.push(
        Frag {
            h: row + row_h,
            gap: 2.0,
            items,
            ..Frag::default()
        },
        ctx,
    );
}
