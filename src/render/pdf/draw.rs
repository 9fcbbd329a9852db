//! Drawing a wrapped line: positioned text runs plus underlines, strike-throughs and link
//! areas, aligned in its box (right-to-left lines align right); and text colour on fills.

use super::blocks::Align;
use super::layout::{Item, Rgb, Tag};
use super::text::{Prepared, TextLine};
use crate::fonts::Fonts;

/// Draws one wrapped line: text, underlines, strike-throughs and link areas. Text is tagged
/// `tag`, or its link's node.
#[allow(clippy::too_many_arguments)]
pub fn line_items(
    tag: Tag,
    fonts: &Fonts,
    prep: &Prepared,
    line: &TextLine,
    left: f32,
    width: f32,
    align: Align,
    baseline: f32,
    items: &mut Vec<Item>,
) {
    let align = if line.rtl && align == Align::Left {
        Align::Right
    } else {
        align
    };
    let offset = match align {
        Align::Left => 0.0,
        Align::Center => ((width - line.width) / 2.0).max(0.0),
        Align::Right => (width - line.width).max(0.0),
    };
    for f in &line.frags {
        let Some(s) = prep.styles.get(f.style) else {
            continue;
        };
        let x = left + offset + f.x;
        let ink = if f.text.ends_with(' ') {
            f.width - fonts.advance(f.face, ' ') * s.size
        } else {
            f.width
        };
        let tag = s.node.map_or(tag, Tag::Node);
        items.push(Item::Text {
            x,
            y: baseline,
            size: s.size,
            face: f.face,
            color: s.color,
            text: f.text.clone(),
            tag,
        });
        let mut deco = |y: f32| {
            items.push(Item::Line {
                x1: x,
                y1: y,
                x2: x + ink,
                y2: y,
                width: (s.size * 0.06).max(0.4),
                color: s.color,
            })
        };
        if s.underline {
            deco(baseline + s.size * 0.14);
        }
        if s.strike {
            deco(baseline - s.size * 0.3);
        }
        if let Some(target) = &s.link {
            let (y, h) = (baseline - s.size * 0.9, s.size * 1.15);
            items.push(Item::Link {
                x,
                y,
                w: ink,
                h,
                target: target.clone(),
                tag,
            });
        }
    }
}

/// Luminance-based text colour on a fill: white on dark, near-black on light.
pub fn on(fill: Rgb) -> Rgb {
    let l = 0.2126 * f32::from(fill.0) + 0.7152 * f32::from(fill.1) + 0.0722 * f32::from(fill.2);
    if l < 150.0 {
        Rgb(0xff, 0xff, 0xff)
    } else {
        Rgb(0x1a, 0x1a, 0x1a)
    }
}
