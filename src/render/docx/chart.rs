//! The status chart in Word: a small borderless table, one row per bar (its label, the bar, its
//! total), each bar a row of cells whose widths are the shares of each status and whose fill is
//! the status colour of the HTML and PDF charts, the count written inside when it fits; then a
//! legend. Drawn from the same [`Chart`] as the other formats, as text Word can edit and a
//! screen reader can read, rather than a picture.

use super::defs::status_colours;
use super::xml;
use crate::merge::chart::{Chart, SegmentKind};

/// Writes the chart into a text column `width` twips wide.
pub fn write(out: &mut String, chart: &Chart, width: u32) {
    if !chart.title.trim().is_empty() {
        out.push_str("<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>");
        xml::run_text(out, &chart.title);
        out.push_str("</w:r></w:p>");
    }
    let label = width * 26 / 100;
    let total = width * 8 / 100;
    let bar = width - label - total;
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>{NO_BORDERS}\
         <w:tblCellMar><w:top w:w=\"30\" w:type=\"dxa\"/><w:left w:w=\"60\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"30\" w:type=\"dxa\"/><w:right w:w=\"60\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>\
         <w:tblGrid><w:gridCol w:w=\"{label}\"/><w:gridCol w:w=\"{bar}\"/><w:gridCol w:w=\"{total}\"/></w:tblGrid>"
    ));
    for b in &chart.bars {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        cell(out, label, "left", |o| {
            o.push_str("<w:r><w:rPr><w:sz w:val=\"17\"/></w:rPr>");
            xml::run_text(o, &b.label);
            o.push_str("</w:r>");
        });
        out.push_str(&format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{bar}\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
        ));
        segments(out, &b.segments, bar - 120);
        out.push_str("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/></w:pPr></w:p></w:tc>");
        let n = b.total();
        cell(out, total, "right", |o| {
            o.push_str(&format!(
                "<w:r><w:rPr><w:b/><w:sz w:val=\"17\"/></w:rPr><w:t>{n}</w:t></w:r>"
            ));
        });
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    legend(out, chart);
}

const NO_BORDERS: &str = "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/>\
<w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>";

fn cell(out: &mut String, width: u32, jc: &str, content: impl FnOnce(&mut String)) {
    out.push_str(&format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>\
         <w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"{jc}\"/></w:pPr>"
    ));
    content(out);
    out.push_str("</w:p></w:tc>");
}

/// The bar: a one-row table whose cells are the segments.
fn segments(out: &mut String, segments: &[(SegmentKind, usize)], width: u32) {
    let shown: Vec<(SegmentKind, usize)> =
        segments.iter().copied().filter(|(_, n)| *n > 0).collect();
    let sum: usize = shown.iter().map(|(_, n)| n).sum();
    if sum == 0 {
        return;
    }
    let mut widths: Vec<u32> = shown
        .iter()
        .map(|(_, n)| ((u64::from(width) * *n as u64) / sum as u64).max(20) as u32)
        .collect();
    let used: u32 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last = (*last + width).saturating_sub(used).max(20);
    }
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>{NO_BORDERS}\
         <w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>"
    ));
    for w in &widths {
        out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    out.push_str("</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"260\" w:hRule=\"exact\"/></w:trPr>");
    for ((kind, n), w) in shown.iter().zip(&widths) {
        let (fill, text) = status_colours(*kind);
        out.push_str(&format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{:02X}{:02X}{:02X}\"/><w:vAlign w:val=\"center\"/></w:tcPr>\
             <w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/></w:pPr>",
            fill.0, fill.1, fill.2
        ));
        let digits = n.to_string();
        if (digits.len() as u32) * 110 + 60 <= *w {
            out.push_str(&format!(
                "<w:r><w:rPr><w:color w:val=\"{:02X}{:02X}{:02X}\"/><w:sz w:val=\"15\"/></w:rPr><w:t>{digits}</w:t></w:r>",
                text.0, text.1, text.2
            ));
        }
        out.push_str("</w:p></w:tc>");
    }
    out.push_str("</w:tr></w:tbl>");
}

/// A line naming each status colour.
fn legend(out: &mut String, chart: &Chart) {
    let used: Vec<SegmentKind> = SegmentKind::ALL
        .into_iter()
        .filter(|k| {
            chart
                .bars
                .iter()
                .any(|b| b.segments.iter().any(|(s, n)| s == k && *n > 0))
        })
        .collect();
    out.push_str("<w:p><w:pPr><w:spacing w:before=\"60\" w:after=\"160\"/></w:pPr>");
    for (i, kind) in used.iter().enumerate() {
        let (fill, _) = status_colours(*kind);
        if i > 0 {
            out.push_str("<w:r><w:rPr><w:sz w:val=\"17\"/></w:rPr><w:t xml:space=\"preserve\">    </w:t></w:r>");
        }
        out.push_str(&format!(
            "<w:r><w:rPr><w:color w:val=\"{:02X}{:02X}{:02X}\"/><w:sz w:val=\"17\"/></w:rPr><w:t>\u{25A0}</w:t></w:r>\
             <w:r><w:rPr><w:sz w:val=\"17\"/></w:rPr><w:t xml:space=\"preserve\"> {}</w:t></w:r>",
            fill.0,
            fill.1,
            fill.2,
            super::xml::attr_string(chart.label(*kind))
        ));
    }
    out.push_str("</w:p>");
}
