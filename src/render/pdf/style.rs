//! The house style of the PDF: page geometry, type sizes, spacing and colours.
//!
//! Kept in one place so the look of the document can be tuned without touching the layout
//! logic. All lengths are PDF points (1/72 in); 1 mm = 2.8346 pt.

use super::layout::Rgb;

pub const MM: f32 = 72.0 / 25.4;

/// A4 in points (portrait).
pub const A4_W: f32 = 595.276;
pub const A4_H: f32 = 841.89;

/// Left and right page margins.
pub const MARGIN_SIDE: f32 = 19.0 * MM;
/// Top of the text frame (below the running header).
pub const MARGIN_TOP: f32 = 22.0 * MM;
/// Bottom of the text frame (above the running footer).
pub const MARGIN_BOTTOM: f32 = 20.0 * MM;
/// Running header baseline and rule, from the top edge.
pub const HEADER_BASELINE: f32 = 13.0 * MM;
pub const HEADER_RULE: f32 = 15.0 * MM;
/// Running footer rule and baseline, from the bottom edge.
pub const FOOTER_RULE: f32 = 16.0 * MM;
pub const FOOTER_BASELINE: f32 = 12.0 * MM;
pub const RUNNING_SIZE: f32 = 7.5;

pub const BODY_SIZE: f32 = 9.5;
pub const BODY_LEAD: f32 = 13.3;
pub const PARA_GAP: f32 = 6.0;
pub const LIST_INDENT: f32 = 15.0;
pub const LIST_GAP: f32 = 2.0;
pub const QUOTE_INDENT: f32 = 12.0;

pub const CODE_SIZE: f32 = 8.0;
pub const CODE_LEAD: f32 = 10.6;
pub const CODE_PAD: f32 = 4.0;

pub const TABLE_SIZE: f32 = 7.8;
pub const TABLE_LEAD: f32 = 9.9;
pub const CELL_PAD_X: f32 = 4.0;
pub const CELL_PAD_Y: f32 = 3.2;
pub const CAPTION_SIZE: f32 = 8.5;
pub const GRID_WIDTH: f32 = 0.4;

/// Heading sizes for levels 1–6 and the space before them.
pub fn heading(level: u8) -> (f32, f32) {
    match level {
        1 => (17.0, 16.0),
        2 => (13.5, 14.0),
        3 => (11.5, 11.0),
        4 => (10.0, 9.0),
        _ => (BODY_SIZE, 8.0),
    }
}

pub const TEXT: Rgb = Rgb(0x1a, 0x1a, 0x1a);
pub const HEADING: Rgb = Rgb(0x1f, 0x3a, 0x5f);
pub const MUTED: Rgb = Rgb(0x55, 0x5b, 0x63);
pub const LINK: Rgb = Rgb(0x1a, 0x4f, 0x9c);
pub const CODE_TEXT: Rgb = Rgb(0x2b, 0x2b, 0x2b);
pub const CODE_BG: Rgb = Rgb(0xf3, 0xf4, 0xf6);
pub const RULE: Rgb = Rgb(0xb8, 0xbe, 0xc6);
pub const GRID: Rgb = Rgb(0xb4, 0xbb, 0xc4);
pub const HEAD_BG: Rgb = Rgb(0xe3, 0xe9, 0xf0);
pub const ZEBRA_BG: Rgb = Rgb(0xf7, 0xf9, 0xfb);
pub const QUOTE_BAR: Rgb = Rgb(0xa9, 0xb6, 0xc6);
