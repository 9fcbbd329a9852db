//! The status chart as HTML: one row per bar, its label as text that wraps, its bar as
//! segments whose widths are the shares of each status, its total at the right.
//!
//! An SVG scales its text with its width: on a phone the labels of the old chart were 9 px and
//! cut to 30 characters. Here the labels are page text, whole, at the page's size, above their
//! bar on a narrow screen; the bars take the width there is. A count is written inside a
//! segment when the segment is wide enough for it even on a 320 px screen, and every count is
//! in the bar's accessible name and each segment's tooltip. Widths are inline styles, which the
//! page's Content-Security-Policy allows (`style-src 'unsafe-inline'`); nothing else is needed.

use std::fmt::Write;

use super::{badge::css_kind, escape};
use crate::merge::chart::{Bar, Chart, SegmentKind};

/// The narrowest a bar gets (a 320 px screen, label above the bar), for deciding which
/// counts fit inside their segment.
const MIN_BAR_PX: f64 = 220.0;
/// Width of one digit of a count, and the room around it, in px.
const DIGIT_PX: f64 = 7.5;
const PAD_PX: f64 = 8.0;

/// Renders `chart` as a `<figure>` (no script, no external resources).
pub fn chart_html(chart: &Chart) -> String {
    let mut out = String::from("<figure class=\"chart\">\n");
    let _ = writeln!(out, "<figcaption>{}</figcaption>", escape(&chart.title));
    out.push_str("<div class=\"chart-rows\">\n");
    for bar in &chart.bars {
        row(&mut out, chart, bar);
    }
    out.push_str("</div>\n<ul class=\"chart-legend\">");
    for kind in SegmentKind::ALL {
        let _ = write!(
            out,
            "<li><span class=\"swatch seg-{}\"></span>{}</li>",
            css_kind(kind),
            escape(chart.label(kind))
        );
    }
    out.push_str("</ul>\n</figure>\n");
    out
}

fn row(out: &mut String, chart: &Chart, bar: &Bar) {
    let total = bar.total();
    // The bar is drawn for the eye; its numbers are text for a screen reader (never user
    // text in an attribute).
    let _ = write!(
        out,
        "<div class=\"chart-row\"><span class=\"chart-label\">{}\
         <span class=\"visually-hidden\">: {}</span></span>\
         <span class=\"chart-bar\" aria-hidden=\"true\">",
        label_html(&bar.label),
        escape(&describe(chart, bar))
    );
    for &(kind, count) in bar.segments.iter().filter(|(_, n)| *n > 0) {
        let share = count as f64 / total.max(1) as f64;
        let digits = count.to_string().len() as f64;
        let fits = share * MIN_BAR_PX >= digits * DIGIT_PX + PAD_PX;
        let _ = write!(
            out,
            "<span class=\"seg seg-{}\" style=\"width:{:.2}%\" title=\"{}: {count}\">{}</span>",
            css_kind(kind),
            share * 100.0,
            escape(chart.label(kind)),
            if fits {
                count.to_string()
            } else {
                String::new()
            }
        );
    }
    let _ = writeln!(
        out,
        "</span><span class=\"chart-total\">{total}</span></div>"
    );
}

/// A bar's numbers in words: "37 in total; Implemented 30, Partially implemented 5."
fn describe(chart: &Chart, bar: &Bar) -> String {
    let parts: Vec<String> = (bar.segments.iter())
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| format!("{} {n}", chart.label(*kind)))
        .collect();
    format!(
        "{} {}; {}.",
        bar.total(),
        chart.in_total(),
        parts.join(", ")
    )
}

/// A label as HTML, `ISO/IEC` kept on one line.
fn label_html(label: &str) -> String {
    escape(label).replace("ISO/IEC", "<span class=\"nobr\">ISO/IEC</span>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_whole_and_counts_fit_their_segments() {
        let label = "A.5 Assessing impacts of AI systems on individuals & society";
        let chart = Chart {
            legend: Vec::new(),
            title: "Status".into(),
            bars: vec![Bar {
                label: label.into(),
                segments: vec![(SegmentKind::Implemented, 96), (SegmentKind::Planned, 2)],
            }],
        };
        let html = chart_html(&chart);
        assert!(html.contains(
            "individuals &amp; society<span class=\"visually-hidden\">: 98 in total; Implemented 96, Planned 2.</span></span>"
        ));
        assert!(html.contains("style=\"width:97.96%\" title=\"Implemented: 96\">96</span>"));
        // 2 of 98 is 4.5 px on the narrowest bar: no room for the digit, the tooltip has it.
        assert!(html.contains("title=\"Planned: 2\"></span>"));
        assert!(html.contains("<span class=\"chart-bar\" aria-hidden=\"true\">"));
        assert_eq!(html, chart_html(&chart));
    }
}
