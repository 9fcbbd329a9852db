//! The status chart as vector shapes: one horizontal stacked bar per [`Bar`], a legend.
//!
//! Drawn where the Markdown has the `<!-- annexa:chart -->` marker, from the same
//! [`Chart`] the HTML renderer turns into SVG, with the colours and labels of
//! [`SegmentKind`]. Each bar fills the width (it shows the shares of each status, as the
//! HTML chart does), is labelled on the left and carries its total on the right; a count is written inside its segment when it
//! fits. Each bar is its own fragment, so a long chart may continue on the next page.
//! The whole chart is one `Figure` in the logical structure, whose alternative text states
//! every bar's figures (a screen reader hears the numbers the picture shows).

use super::blocks::Align;
use super::build::{Builder, Ctx};
use super::draw::{line_items, on};
use super::flow::Frag;
use super::layout::{Item, Kind, Rgb, Tag};
use super::style as st;
use super::text::{prepare, Prepared, TextStyle};
use crate::fonts::FaceId;
use crate::merge::chart::{Bar, Chart, SegmentKind};

const BAR_H: f32 = 13.0;
const ROW_GAP: f32 = 6.0;
/// A chart of more bars than this is set compact, so 1,000 controls' groups fit a page.
const COMPACT_FROM: usize = 16;
const COMPACT_BAR_H: f32 = 10.0;
const COMPACT_ROW_GAP: f32 = 2.5;
/// The labels' column takes at most this share of the width (labels wrap beyond it).
const LABEL_SHARE: f32 = 0.42;
const LABEL_SIZE: f32 = 8.3;
const LABEL_LEAD: f32 = 10.0;
const COUNT_SIZE: f32 = 7.5;
/// A bar label longer than this many lines is cut with an ellipsis.
const MAX_LABEL_LINES: usize = 3;

fn rgb(kind: SegmentKind) -> Rgb {
    let (r, g, b) = kind.rgb();
    Rgb(r, g, b)
}

/// Lays out the chart as fragments.
pub fn chart(b: &mut Builder<'_>, chart: &Chart, ctx: Ctx, gap: f32) {
    let figure = b
        .structure
        .block(Kind::Figure { alt: alt(chart) }, b.parent);
    let tag = Tag::Node(figure);
    let label_style = TextStyle::plain(FaceId::Regular, LABEL_SIZE, st::TEXT);
    let mut gap = gap;
    if !chart.title.trim().is_empty() {
        let style = TextStyle::plain(FaceId::Bold, 10.0, st::HEADING);
        let prep = prepare(
            b.fonts,
            vec![style],
            &[(0, chart.title.clone())],
            &mut b.missing,
        );
        let lines = prep.lines(b.fonts, ctx.width);
        let start = b.frags.len();
        b.text_frags(&prep, &lines, ctx, (Align::Left, 14.0), gap, tag);
        b.frags[start..].iter_mut().for_each(|f| f.keep = true);
        gap = 4.0;
    }
    let labels: Vec<_> = chart
        .bars
        .iter()
        .map(|bar| {
            prepare(
                b.fonts,
                vec![label_style.clone()],
                &[(0, bar.label.clone())],
                &mut b.missing,
            )
        })
        .collect();
    let label_w = labels
        .iter()
        .map(|p| p.natural_width())
        .fold(0.0, f32::max)
        .min(ctx.width * LABEL_SHARE)
        + 8.0;
    let compact = chart.bars.len() > COMPACT_FROM;
    let totals: Vec<String> = chart
        .bars
        .iter()
        .map(|bar| bar.total().to_string())
        .collect();
    let total_w = totals
        .iter()
        .map(|t| b.fonts.width(FaceId::Bold, LABEL_SIZE, t))
        .fold(0.0, f32::max)
        + 8.0;
    let area = Area {
        label_left: ctx.left,
        label_w,
        left: ctx.left + label_w,
        width: (ctx.width - label_w - total_w).max(10.0),
        total_w,
        tag,
        bar_h: if compact { COMPACT_BAR_H } else { BAR_H },
        row_gap: if compact { COMPACT_ROW_GAP } else { ROW_GAP },
    };
    for (i, bar) in chart.bars.iter().enumerate() {
        let (h, items) = area.row(b, bar, &labels[i], &totals[i]);
        let g = if i == 0 { gap } else { 0.0 };
        b.push(
            Frag {
                h,
                gap: g,
                items,
                keep: true,
                ..Frag::default()
            },
            ctx,
        );
    }
    legend(b, chart, ctx, tag);
}

/// The chart in words: its title, then each bar's label, total and count per status.
pub fn alt(chart: &Chart) -> String {
    let mut s = if chart.title.trim().is_empty() {
        "Chart".to_string()
    } else {
        chart.title.trim().to_string()
    };
    s.push('.');
    /// Bars listed one by one; the rest are counted (a 300-group catalog would make an
    /// alternative text nobody listens to).
    const MAX_BARS: usize = 40;
    for bar in chart.bars.iter().take(MAX_BARS) {
        let counts: Vec<String> = SegmentKind::ALL
            .into_iter()
            .filter_map(|kind| {
                let n: usize = bar
                    .segments
                    .iter()
                    .filter(|(k, _)| *k == kind)
                    .map(|(_, n)| n)
                    .sum();
                (n > 0).then(|| format!("{n} {}", chart.label(kind).to_lowercase()))
            })
            .collect();
        s.push_str(&format!(
            " {}: {} {}",
            bar.label.trim(),
            bar.total(),
            chart.in_total()
        ));
        if !counts.is_empty() {
            s.push_str(&format!(", {}", counts.join(", ")));
        }
        s.push('.');
    }
    if chart.bars.len() > MAX_BARS {
        let more = chart.bars.len() - MAX_BARS;
        s.push_str(&format!(" And {more} more bars."));
    }
    s
}

/// The columns every row of the chart shares: labels, bars, totals.
struct Area {
    label_left: f32,
    label_w: f32,
    /// The bars' extent.
    left: f32,
    width: f32,
    total_w: f32,
    /// The figure's node, for every item the chart draws.
    tag: Tag,
    /// Bar height and the space below each row (smaller for a long chart).
    bar_h: f32,
    row_gap: f32,
}

impl Area {
    /// One row: its label (cut after a few lines), its bar and its total; the row's height.
    fn row(
        &self,
        b: &mut Builder<'_>,
        bar: &Bar,
        label: &Prepared,
        total: &str,
    ) -> (f32, Vec<Item>) {
        let mut lines = label.lines(b.fonts, self.label_w - 8.0);
        if lines.len() > MAX_LABEL_LINES {
            lines.truncate(MAX_LABEL_LINES);
            if let Some(last) = lines.last_mut().and_then(|l| l.frags.last_mut()) {
                last.text.pop();
                last.text.push('…');
            }
        }
        let h = self.bar_h.max(lines.len() as f32 * LABEL_LEAD) + self.row_gap;
        let mut items = Vec::new();
        let top = (h - self.row_gap - self.bar_h) / 2.0;
        for (k, line) in lines.iter().enumerate() {
            let baseline = (h - self.row_gap - lines.len() as f32 * LABEL_LEAD) / 2.0
                + k as f32 * LABEL_LEAD
                + 7.4;
            line_items(
                self.tag,
                b.fonts,
                label,
                line,
                self.label_left,
                self.label_w - 8.0,
                Align::Left,
                baseline,
                &mut items,
            );
        }
        self.bar(b, bar, top, &mut items);
        let style = TextStyle::plain(FaceId::Bold, LABEL_SIZE, st::TEXT);
        let total = prepare(
            b.fonts,
            vec![style],
            &[(0, total.to_string())],
            &mut b.missing,
        );
        if let Some(line) = total.lines(b.fonts, self.total_w).first() {
            let x = self.left + self.width + 5.0;
            line_items(
                self.tag,
                b.fonts,
                &total,
                line,
                x,
                self.total_w - 5.0,
                Align::Left,
                top + self.bar_h / 2.0 + 2.8,
                &mut items,
            );
        }
        (h, items)
    }

    fn bar(&self, b: &mut Builder<'_>, bar: &Bar, top: f32, items: &mut Vec<Item>) {
        let mut x = self.left;
        if bar.total() == 0 {
            let y = top + self.bar_h / 2.0;
            items.push(Item::Line {
                x1: x,
                y1: y,
                x2: x + self.width,
                y2: y,
                width: 0.5,
                color: st::GRID,
            });
            return;
        }
        for kind in SegmentKind::ALL {
            let count: usize = bar
                .segments
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, n)| n)
                .sum();
            if count == 0 {
                continue;
            }
            let w = self.width * count as f32 / bar.total() as f32;
            items.push(Item::Fill {
                x,
                y: top,
                w,
                h: self.bar_h,
                color: rgb(kind),
                tag: self.tag,
            });
            let label = count.to_string();
            let tw = b.fonts.width(FaceId::Bold, COUNT_SIZE, &label);
            if tw + 4.0 <= w {
                let style = TextStyle::plain(FaceId::Bold, COUNT_SIZE, on(rgb(kind)));
                let prep = prepare(b.fonts, vec![style], &[(0, label)], &mut b.missing);
                if let Some(line) = prep.lines(b.fonts, w).first() {
                    line_items(
                        self.tag,
                        b.fonts,
                        &prep,
                        line,
                        x,
                        w,
                        Align::Center,
                        top + self.bar_h / 2.0 + 2.7,
                        items,
                    );
                }
            }
            x += w;
        }
    }
}

/// Swatches and labels for the five kinds, wrapped onto as many rows as needed.
fn legend(b: &mut Builder<'_>, chart: &Chart, ctx: Ctx, tag: Tag) {
    let style = TextStyle::plain(FaceId::Regular, LABEL_SIZE, st::TEXT);
    let (sw, row_h) = (8.0, 13.0);
    let mut items = Vec::new();
    let (mut x, mut row) = (ctx.left, 0.0);
    for kind in SegmentKind::ALL {
        let prep = prepare(
            b.fonts,
            vec![style.clone()],
            &[(0, chart.label(kind).to_string())],
            &mut b.missing,
        );
        let w = prep.natural_width().min(ctx.width - sw - 4.0);
        if x > ctx.left && x + sw + 4.0 + w > ctx.left + ctx.width {
            x = ctx.left;
            row += row_h;
        }
        items.push(Item::Fill {
            x,
            y: row + 2.5,
            w: sw,
            h: sw,
            color: rgb(kind),
            tag,
        });
        if let Some(line) = prep.lines(b.fonts, w).first() {
            line_items(
                tag,
                b.fonts,
                &prep,
                line,
                x + sw + 4.0,
                w,
                Align::Left,
                row + 9.5,
                &mut items,
            );
        }
        x += sw + 4.0 + w + 14.0;
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
