//! A risk heat map in Word: a table of likelihood (highest at the top) by impact (lowest at the
//! left), each cell filled with its rating level's colour and holding the number of risks in it
//! and their IDs, cells above the acceptance level outlined with a dashed line; then a legend (the
//! levels that need a recorded acceptance say so) and the risks with no rating. Drawn from the same [`Heatmap`] as the HTML and PDF maps, as text
//! Word can edit and a screen reader can read.

use super::xml;
use crate::merge::heatmap::Heatmap;

/// Writes the map into a text column `width` twips wide.
pub fn write(out: &mut String, map: &Heatmap, width: u32) {
    out.push_str("<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>");
    xml::run_text(out, &map.title);
    out.push_str("</w:r></w:p>");
    let cols = map.impact.len().max(1) as u32;
    let label = (width / 5).min(2600);
    let cell = (width - label) / cols;
    let total = label + cell * cols;
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{total}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>\
         <w:tblBorders><w:insideH w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"FFFFFF\"/>\
         <w:insideV w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"FFFFFF\"/></w:tblBorders></w:tblPr><w:tblGrid>"
    ));
    out.push_str(&format!("<w:gridCol w:w=\"{label}\"/>"));
    for _ in 0..cols {
        out.push_str(&format!("<w:gridCol w:w=\"{cell}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    for (li, row) in map.cells.iter().enumerate().rev() {
        out.push_str("<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"620\"/></w:trPr>");
        let name = map.likelihood.get(li).map_or("", String::as_str);
        label_cell(out, label, name, "right");
        for c in row {
            let level = map.levels.get(c.level);
            let rgb = level.map_or((0xee, 0xee, 0xee), |l| l.rgb);
            let dashed = c.level > map.acceptance;
            risk_cell(out, cell, rgb, dashed, &c.risks);
        }
        out.push_str("</w:tr>");
    }
    out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    let axes = format!(
        "{} \u{2191} / {} \u{2192}",
        map.likelihood_axis(),
        map.impact_axis()
    );
    label_cell(out, label, &axes, "right");
    for name in &map.impact {
        label_cell(out, cell, name, "center");
    }
    out.push_str("</w:tr></w:tbl>");
    legend(out, map);
}

fn label_cell(out: &mut String, width: u32, text: &str, jc: &str) {
    out.push_str(&format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>\
         <w:p><w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"{jc}\"/></w:pPr>\
         <w:r><w:rPr><w:sz w:val=\"16\"/></w:rPr>"
    ));
    xml::run_text(out, text);
    out.push_str("</w:r></w:p></w:tc>");
}

/// A cell of the grid: its level's fill, the count and the IDs of its risks.
fn risk_cell(out: &mut String, width: u32, rgb: (u8, u8, u8), dashed: bool, risks: &[String]) {
    let fill = format!("{:02X}{:02X}{:02X}", rgb.0, rgb.1, rgb.2);
    let ink = ink(rgb);
    out.push_str(&format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"
    ));
    if dashed {
        let side = |s: &str| {
            format!("<w:{s} w:val=\"dashed\" w:sz=\"8\" w:space=\"0\" w:color=\"{ink}\"/>")
        };
        out.push_str(&format!(
            "<w:tcBorders>{}{}{}{}</w:tcBorders>",
            side("top"),
            side("left"),
            side("bottom"),
            side("right")
        ));
    }
    out.push_str(&format!(
        "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{fill}\"/><w:vAlign w:val=\"center\"/></w:tcPr>\
         <w:p><w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr>"
    ));
    if !risks.is_empty() {
        out.push_str(&format!(
            "<w:r><w:rPr><w:b/><w:color w:val=\"{ink}\"/><w:sz w:val=\"22\"/></w:rPr><w:t>{}</w:t></w:r>\
             <w:r><w:rPr><w:color w:val=\"{ink}\"/><w:sz w:val=\"15\"/></w:rPr><w:br/>",
            risks.len()
        ));
        xml::run_text(out, &risks.join(", "));
        out.push_str("</w:r>");
    }
    out.push_str("</w:p></w:tc>");
}

/// The legend: each level's colour and label, what the dashed line means, the unrated risks.
fn legend(out: &mut String, map: &Heatmap) {
    out.push_str("<w:p><w:pPr><w:spacing w:before=\"60\" w:after=\"160\"/></w:pPr>");
    for (i, level) in map.levels.iter().enumerate() {
        let (r, g, b) = level.rgb;
        if i > 0 {
            out.push_str("<w:r><w:rPr><w:sz w:val=\"17\"/></w:rPr><w:t xml:space=\"preserve\">    </w:t></w:r>");
        }
        out.push_str(&format!(
            "<w:r><w:rPr><w:color w:val=\"{r:02X}{g:02X}{b:02X}\"/><w:sz w:val=\"17\"/></w:rPr><w:t>\u{25A0}</w:t></w:r>\
             <w:r><w:rPr><w:sz w:val=\"17\"/></w:rPr><w:t xml:space=\"preserve\"> </w:t>"
        ));
        // As the HTML legend says it; the dashed outline marks these cells.
        let text = if i > map.acceptance {
            format!("{} (needs a recorded acceptance)", level.label)
        } else {
            level.label.clone()
        };
        xml::run_text(out, &text);
        out.push_str("</w:r>");
    }
    if !map.unrated.is_empty() {
        out.push_str("<w:r><w:rPr><w:sz w:val=\"17\"/></w:rPr><w:br/>");
        xml::run_text(
            out,
            &format!("{} {}", map.not_rated(), map.unrated.join(", ")),
        );
        out.push_str("</w:r>");
    }
    out.push_str("</w:p>");
}

/// Black or white, whichever contrasts more with `rgb` (WCAG relative luminance).
fn ink(rgb: (u8, u8, u8)) -> &'static str {
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
        "FFFFFF"
    } else {
        "000000"
    }
}
