//! The status chart as an inline, accessible SVG.
//!
//! One horizontal stacked bar per [`Bar`], each filling the width (the bar shows the share of
//! each status; its total is written at the right), the label on the left and the total on the right, counts inside segments wide
//! enough to hold them, and a legend of the five kinds. `role="img"` with `<title>` and a
//! `<desc>` that spells out every number, so a screen reader gets what the picture shows.
//! Text widths are estimated from character counts: good enough for labels, and the output
//! depends on nothing but the chart, so it is byte-for-byte deterministic.

use std::fmt::Write;

use crate::merge::chart::{Bar, Chart, SegmentKind};

use super::escape;

const WIDTH: f64 = 640.0;
const ROW: f64 = 30.0;
const BAR: f64 = 20.0;
const TOP: f64 = 36.0;
const TOTAL_COLUMN: f64 = 44.0;
const FONT: f64 = 14.0;
/// Average advance of a sans-serif character at [`FONT`] size (generous: DejaVu Sans is wide).
const CHAR: f64 = 7.8;
const MAX_LABEL_CHARS: usize = 30;

/// Renders `chart` as a standalone `<svg>` element (no script, no external resources).
pub fn chart_svg(chart: &Chart) -> String {
    let labels: Vec<String> = chart.bars.iter().map(|b| short(&b.label)).collect();
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let label_w = (longest as f64 * CHAR + 12.0).clamp(80.0, 250.0);
    let bar_w = WIDTH - label_w - TOTAL_COLUMN;
    let legend_y = TOP + chart.bars.len() as f64 * ROW + 10.0;
    let (legend, legend_h) = legend(chart, label_w, legend_y);
    let height = legend_y + legend_h + 6.0;

    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"status-chart\" role=\"img\" \
         viewBox=\"0 0 {WIDTH:.0} {height:.0}\" width=\"100%\" font-size=\"{FONT:.0}\">\n\
         <title>{}</title>\n<desc>{}</desc>\n\
         <text x=\"0\" y=\"18\" font-size=\"16\" font-weight=\"600\" fill=\"#1a1a1a\">{}</text>\n",
        escape(&chart.title),
        escape(&describe(chart)),
        escape(&chart.title),
    );
    for (i, (bar, label)) in chart.bars.iter().zip(&labels).enumerate() {
        let y = TOP + i as f64 * ROW;
        bar_row(&mut svg, (chart, bar), label, y, label_w, bar_w);
    }
    svg.push_str(&legend);
    svg.push_str("</svg>");
    svg
}

fn bar_row(
    svg: &mut String,
    (chart, bar): (&Chart, &Bar),
    label: &str,
    y: f64,
    label_w: f64,
    bar_w: f64,
) {
    let text_y = y + BAR / 2.0 + 5.0;
    let _ = writeln!(
        svg,
        "<text x=\"{:.1}\" y=\"{text_y:.1}\" text-anchor=\"end\" fill=\"#1a1a1a\">{}</text>",
        label_w - 8.0,
        escape(label)
    );
    let mut x = label_w;
    for &(kind, count) in bar.segments.iter().filter(|(_, n)| *n > 0) {
        let w = count as f64 / bar.total().max(1) as f64 * bar_w;
        let _ = writeln!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{BAR:.1}\" fill=\"{}\">\
             <title>{}: {} {count}</title></rect>",
            hex(kind.rgb()),
            escape(&bar.label),
            escape(chart.label(kind))
        );
        let digits = count.to_string().len() as f64;
        if w >= digits * CHAR + 8.0 {
            let _ = writeln!(
                svg,
                "<text x=\"{:.1}\" y=\"{text_y:.1}\" text-anchor=\"middle\" fill=\"{}\">{count}</text>",
                x + w / 2.0,
                text_colour(kind.rgb())
            );
        }
        x += w;
    }
    let _ = writeln!(
        svg,
        "<text x=\"{WIDTH:.1}\" y=\"{text_y:.1}\" text-anchor=\"end\" font-weight=\"600\" \
         fill=\"#1a1a1a\">{}</text>",
        bar.total()
    );
}

/// The legend, starting at `x`, wrapping onto a new line when the width runs out.
fn legend(chart: &Chart, x0: f64, y0: f64) -> (String, f64) {
    let mut out = String::new();
    let (mut x, mut y) = (x0, y0);
    for kind in SegmentKind::ALL {
        let advance = 18.0 + chart.label(kind).chars().count() as f64 * CHAR + 16.0;
        if x + advance > WIDTH && x > x0 {
            x = x0;
            y += 20.0;
        }
        let _ = writeln!(
            out,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"12\" height=\"12\" fill=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" fill=\"#1a1a1a\">{}</text>",
            hex(kind.rgb()),
            x + 18.0,
            y + 11.0,
            escape(chart.label(kind))
        );
        x += advance;
    }
    (out, y - y0 + 14.0)
}

/// Every number of the chart in words, for `<desc>`.
fn describe(chart: &Chart) -> String {
    let bars: Vec<String> = chart
        .bars
        .iter()
        .map(|bar| {
            let parts: Vec<String> = bar
                .segments
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(kind, n)| format!("{} {n}", chart.label(*kind)))
                .collect();
            format!(
                "{}: {} in total; {}.",
                bar.label,
                bar.total(),
                parts.join(", ")
            )
        })
        .collect();
    bars.join(" ")
}

/// Labels longer than the label column are cut with an ellipsis (the `<desc>` keeps them whole).
fn short(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL_CHARS {
        label.to_string()
    } else {
        let cut: String = label.chars().take(MAX_LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

pub(super) fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Black or white, whichever contrasts more with the fill (WCAG relative luminance).
pub fn text_colour(rgb: (u8, u8, u8)) -> &'static str {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(rgb.0) + 0.7152 * channel(rgb.1) + 0.0722 * channel(rgb.2);
    if 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 {
        "#ffffff"
    } else {
        "#000000"
    }
}
