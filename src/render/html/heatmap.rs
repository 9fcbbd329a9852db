//! A risk heat map as an inline, accessible SVG.
//!
//! The grid of the criteria's scales: likelihood up the side (highest at the top), impact along
//! the bottom (lowest at the left), each cell filled with its rating level's colour and showing
//! how many risks sit in it and their IDs. Cells above the acceptance level are outlined with a
//! dashed line, so what needs a recorded acceptance stands out in greyscale too. `role="img"`
//! with a `<title>` and a `<desc>` that lists every placed risk ([`describe`]), and a `<title>`
//! per cell, give a screen reader what the picture shows. Text widths are estimated from
//! character counts, so the output depends on nothing but the data.

use std::fmt::Write;

use super::escape;
use super::svg::{hex, text_colour};
use crate::merge::heatmap::{describe, ids_that_fit, Cell, Heatmap};

const WIDTH: f64 = 640.0;
const LABEL_W: f64 = 124.0;
const AXIS: f64 = 20.0;
const TOP: f64 = 30.0;
const CELL_H: f64 = 46.0;
const SMALL: f64 = 11.0;
/// Average advance of a character at [`SMALL`] size.
const SMALL_CHAR: f64 = 6.2;
const LABEL: f64 = 12.0;
const LABEL_CHAR: f64 = 6.8;

/// Renders `map` as a standalone `<svg>` element (no script, no external resources).
pub fn heatmap_svg(map: &Heatmap) -> String {
    let cols = map.impact.len().max(1);
    let rows = map.likelihood.len().max(1);
    let left = AXIS + LABEL_W;
    let cell_w = (WIDTH - left) / cols as f64;
    let grid_bottom = TOP + rows as f64 * CELL_H;
    let legend_y = grid_bottom + 2.0 * LABEL + 34.0;
    let (legend, legend_h) = legend(map, left, legend_y);
    let height = legend_y + legend_h + 6.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" role=\"img\" \
         viewBox=\"0 0 {WIDTH:.0} {height:.0}\" width=\"100%\" font-size=\"{LABEL:.0}\">\n\
         <title>{}</title>\n<desc>{}</desc>\n\
         <text x=\"0\" y=\"18\" font-size=\"16\" font-weight=\"600\" fill=\"#1a1a1a\">{}</text>\n",
        escape(&map.title),
        escape(&describe(map)),
        escape(&map.title),
    );
    for (li, row) in map.cells.iter().enumerate() {
        let y = TOP + (rows - 1 - li) as f64 * CELL_H;
        let label = map.likelihood.get(li).map_or("", String::as_str);
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#1a1a1a\">{}</text>",
            left - 8.0,
            y + CELL_H / 2.0 + 4.0,
            escape(&fit(label, LABEL_W - 10.0, LABEL_CHAR))
        );
        for (ii, cell) in row.iter().enumerate() {
            let x = left + ii as f64 * cell_w;
            let name = (label, map.impact.get(ii).map_or("", String::as_str));
            cell_svg(&mut svg, map, cell, (x, y, cell_w), name);
        }
    }
    axes(&mut svg, map, left, cell_w, grid_bottom);
    svg.push_str(&legend);
    svg.push_str("</svg>");
    svg
}

/// One cell: its fill, the count and the IDs that fit, and a tooltip with all of them.
fn cell_svg(
    svg: &mut String,
    map: &Heatmap,
    cell: &Cell,
    (x, y, w): (f64, f64, f64),
    (likelihood, impact): (&str, &str),
) {
    let level = map.levels.get(cell.level);
    let rgb = level.map_or((0xee, 0xee, 0xee), |l| l.rgb);
    let ink = text_colour(rgb);
    let level_name = level.map_or("", |l| l.label.as_str());
    let ids = if cell.risks.is_empty() {
        String::new()
    } else {
        format!(": {}", cell.risks.join(", "))
    };
    let _ = writeln!(
        svg,
        "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{CELL_H:.1}\" fill=\"{}\" \
         stroke=\"#ffffff\" stroke-width=\"2\"><title>Likelihood {}, impact {} ({}): {} risks{}</title></rect>",
        hex(rgb),
        escape(likelihood),
        escape(impact),
        escape(level_name),
        cell.risks.len(),
        escape(&ids)
    );
    if cell.level > map.acceptance {
        let _ = writeln!(
            svg,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"none\" \
             stroke=\"{ink}\" stroke-opacity=\"0.45\" stroke-dasharray=\"3 3\"/>",
            x + 4.0,
            y + 4.0,
            w - 8.0,
            CELL_H - 8.0
        );
    }
    if cell.risks.is_empty() {
        return;
    }
    let _ = writeln!(
        svg,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"700\" fill=\"{ink}\">{}</text>",
        x + w / 2.0,
        y + 20.0,
        cell.risks.len()
    );
    let _ = writeln!(
        svg,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{SMALL:.0}\" fill=\"{ink}\">{}</text>",
        x + w / 2.0,
        y + 36.0,
        escape(&ids_that_fit(&cell.risks, w - 8.0, &|t: &str| {
            t.chars().count() as f64 * SMALL_CHAR
        }))
    );
}

/// Impact labels under the columns (two lines where needed) and the axis titles.
fn axes(svg: &mut String, map: &Heatmap, left: f64, cell_w: f64, bottom: f64) {
    for (ii, label) in map.impact.iter().enumerate() {
        let x = left + ii as f64 * cell_w + cell_w / 2.0;
        for (k, line) in two_lines(label, cell_w - 4.0).iter().enumerate() {
            let _ = writeln!(
                svg,
                "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#1a1a1a\">{}</text>",
                bottom + 16.0 + k as f64 * (LABEL + 2.0),
                escape(line)
            );
        }
    }
    let mid_y = TOP + (bottom - TOP) / 2.0;
    let _ = writeln!(
        svg,
        "<text x=\"14\" y=\"{mid_y:.1}\" text-anchor=\"middle\" font-weight=\"600\" fill=\"#1a1a1a\" \
         transform=\"rotate(-90 14 {mid_y:.1})\">{}</text>",
        escape(map.likelihood_axis())
    );
    let _ = writeln!(
        svg,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-weight=\"600\" fill=\"#1a1a1a\">{}</text>",
        left + (WIDTH - left) / 2.0,
        bottom + 2.0 * LABEL + 24.0,
        escape(map.impact_axis())
    );
}

/// The levels, their colours, and which need a recorded acceptance.
fn legend(map: &Heatmap, x0: f64, y0: f64) -> (String, f64) {
    let mut out = String::new();
    let (mut x, mut y) = (x0, y0);
    for (i, level) in map.levels.iter().enumerate() {
        let text = if i > map.acceptance {
            format!("{} (needs a recorded acceptance)", level.label)
        } else {
            level.label.clone()
        };
        let advance = 18.0 + text.chars().count() as f64 * LABEL_CHAR + 16.0;
        if x + advance > WIDTH && x > x0 {
            x = x0;
            y += 18.0;
        }
        let _ = writeln!(
            out,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"12\" height=\"12\" fill=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" fill=\"#1a1a1a\">{}</text>",
            hex(level.rgb),
            x + 18.0,
            y + 10.5,
            escape(&text)
        );
        x += advance;
    }
    let mut h = y - y0 + 14.0;
    if !map.unrated.is_empty() {
        let _ = writeln!(
            out,
            "<text x=\"{x0:.1}\" y=\"{:.1}\" fill=\"#1a1a1a\">{} {}</text>",
            y + 30.0,
            escape(map.not_rated()),
            escape(&fit(&map.unrated.join(", "), WIDTH - x0, LABEL_CHAR))
        );
        h += 20.0;
    }
    (out, h)
}

/// A label split over at most two lines to fit `width` (the second cut with an ellipsis).
fn two_lines(label: &str, width: f64) -> Vec<String> {
    let max = (width / LABEL_CHAR).floor().max(3.0) as usize;
    if label.chars().count() <= max {
        return vec![label.to_string()];
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    let mut first = String::new();
    let mut used = 0;
    for w in &words {
        let next = if first.is_empty() {
            w.to_string()
        } else {
            format!("{first} {w}")
        };
        if next.chars().count() > max && !first.is_empty() {
            break;
        }
        first = next;
        used += 1;
    }
    let rest = words[used..].join(" ");
    let mut lines = vec![fit(&first, width, LABEL_CHAR)];
    if !rest.is_empty() {
        lines.push(fit(&rest, width, LABEL_CHAR));
    }
    lines
}

/// `text`, cut with an ellipsis to fit `width` at `char_w` per character.
fn fit(text: &str, width: f64, char_w: f64) -> String {
    let max = (width / char_w).floor().max(2.0) as usize;
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_do_not_fit_are_counted() {
        let ids: Vec<String> = (1..=9).map(|i| format!("R-0{i}")).collect();
        let shown = ids_that_fit(&ids, 60.0, &|t: &str| t.chars().count() as f64 * SMALL_CHAR);
        assert!(shown.ends_with(" +8") || shown.ends_with(" +7"), "{shown}");
        assert_eq!(
            ids_that_fit(&ids[..1], 60.0, &|t: &str| t.chars().count() as f64
                * SMALL_CHAR),
            "R-01"
        );
        assert_eq!(
            ids_that_fit(&ids, 10.0, &|t: &str| t.chars().count() as f64 * SMALL_CHAR),
            "+9"
        );
        assert_eq!(two_lines("Almost certain", 60.0), ["Almost", "certain"]);
    }
}
