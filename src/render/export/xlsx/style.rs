//! The look of the workbook: cell formats, status colours, row heights, header, footer and
//! print setup, and the limits Excel puts on text.

use crate::merge::chart::SegmentKind;
use crate::merge::Document;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Worksheet};

/// Excel's limit is 32,767 UTF-16 units per cell; longer text is cut here, with a marker.
const MAX_CELL: usize = 32_000;

pub(super) fn column_letter(mut n: u16) -> String {
    let mut s = Vec::new();
    loop {
        s.push(char::from(b'A' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s.iter().rev().collect()
}

/// Text safe for a cell: cut at Excel's limit, with a note saying where the rest is.
pub(super) fn cell_text(s: &str) -> String {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > MAX_CELL {
            return format!(
                "{}… [cut at Excel's cell limit; the CSV and JSON exports hold the full text]",
                &s[..i]
            );
        }
    }
    s.to_string()
}

/// Header and footer text: `&` doubled (Excel's escape) and cut to at most `max` UTF-16 units
/// once escaped, so the whole string stays under Excel's 255-unit limit.
pub(super) fn hf(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut units = 0;
    for c in s.chars() {
        let piece = if c == '&' {
            "&&".to_string()
        } else {
            c.to_string()
        };
        let n: usize = piece.chars().map(char::len_utf16).sum();
        if units + n > max {
            out.push('…');
            break;
        }
        units += n;
        out.push_str(&piece);
    }
    out
}

/// The theme's part in the workbook: header row fill, footer text, the logo on the Summary.
pub struct Brand<'t> {
    pub accent: u32,
    pub footer: Option<&'t str>,
    pub logo: Option<&'t crate::model::theme::Logo>,
}

impl<'t> Brand<'t> {
    /// The house look, or the theme's.
    pub fn of(theme: Option<&'t crate::model::theme::Theme>) -> Brand<'t> {
        Brand {
            accent: theme.and_then(|t| t.accent).map_or(0x1F3A5F, |c| {
                (u32::from(c.0) << 16) | (u32::from(c.1) << 8) | u32::from(c.2)
            }),
            footer: theme.and_then(|t| t.footer.as_deref()),
            logo: theme
                .and_then(|t| t.logo.as_ref())
                .filter(|l| l.kind != crate::model::theme::ImageKind::Svg),
        }
    }
}

pub(super) fn page_setup(ws: &mut Worksheet, doc: &Document, brand: &Brand<'_>) {
    let d = &doc.document;
    let draft = match doc.draft {
        Some(_) => format!("{} · ", hf(&doc.locale.t("header-draft-mark"), 20)),
        None => String::new(),
    };
    ws.set_header(format!(
        "&L{} v{}&C{draft}{}&R{}",
        hf(&d.id, 40),
        hf(&d.version, 12),
        hf(&d.title, 60),
        hf(&d.classification, 30)
    ));
    // A theme's footer is a sentence of its own: it gets more room than the name.
    let footer = match brand.footer {
        Some(f) => hf(f, 90),
        None => hf(&doc.organisation.name, 60),
    };
    let page = crate::render::page_of(&doc.locale)
        .replace('&', "&&")
        .replace("{n}", "&P")
        .replace("{total}", "&N");
    ws.set_footer(format!("&L{footer}&C{page}&R&A"));
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    ws.set_margins(0.4, 0.4, 0.7, 0.7, 0.3, 0.3);
    ws.set_print_fit_to_pages(1, 0);
}

pub(super) fn formats(brand: &Brand<'_>) -> (Format, Format, Format) {
    let border = Format::new()
        .set_border(FormatBorder::Thin)
        .set_border_color(0xBFBFBF)
        .set_font_size(9);
    let header = border
        .clone()
        .set_bold()
        .set_font_color(0xFFFFFF)
        .set_background_color(brand.accent)
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter);
    let body = border.set_text_wrap().set_align(FormatAlign::Top);
    let date = body.clone().set_num_format("yyyy-mm-dd");
    (header, body, date)
}

/// How many lines `text` wraps to in a column `width` characters wide, at the sheets' 9 pt.
///
/// LibreOffice does not fit row heights to wrapped text when it opens an XLSX file, so rows get
/// explicit heights from this estimate: a 9 pt character is about 4.6 px (the wider fonts that
/// stand in for Calibri included) against 7 px per width unit, less a margin for word breaks;
/// East Asian characters count twice.
pub(super) fn line_count(text: &str, width: f64) -> usize {
    let per_line = ((width * 7.0 - 4.0) / 4.6 * 0.9).max(4.0) as usize;
    text.split('\n')
        .map(|l| {
            let w: usize = l.chars().map(|c| if c >= '\u{2E80}' { 2 } else { 1 }).sum();
            w.div_ceil(per_line).max(1)
        })
        .sum()
}

/// Points for a row of `lines` lines of 9 pt text, within Excel's 409 pt maximum.
pub(super) fn row_height(lines: usize) -> f64 {
    (lines as f64 * 12.0 + 3.0).min(409.0)
}

/// The four status labels, in the order of the chart's legend.
pub(super) const STATUSES: [SegmentKind; 4] = [
    SegmentKind::Implemented,
    SegmentKind::Partial,
    SegmentKind::Planned,
    SegmentKind::NotImplemented,
];

/// Fill and a readable text colour for a status.
pub(super) fn status_format(kind: SegmentKind) -> Format {
    let (r, g, b) = kind.rgb();
    let fill = (u32::from(r) << 16) | (u32::from(g) << 8) | u32::from(b);
    // Relative luminance, roughly: dark fills get white text.
    let light = 299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b) > 140_000;
    Format::new()
        .set_background_color(fill)
        .set_font_color(if light { 0x000000 } else { 0xFFFFFF })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn long_text_is_cut_with_a_note() {
        let s = "é".repeat(40_000);
        let cut = cell_text(&s);
        assert!(cut.encode_utf16().count() < 32_767);
        assert!(cut.ends_with("hold the full text]"));
        assert_eq!(cell_text("short"), "short");
    }

    #[test]
    fn header_text_escapes_ampersands() {
        assert_eq!(hf("R&D", 10), "R&&D");
        assert_eq!(hf("abcdef", 3), "abc…");
        assert_eq!(hf("&&&&", 5), "&&&&…");
        assert_eq!(hf("abc", 3), "abc");
    }
}
