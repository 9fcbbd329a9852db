//! The running header and footer, added once the page count is known.
//!
//! Every page gets the document title on the left and `header_right` on the right above a
//! thin rule, and `footer_left` with "Page N of M" below one. `header_right` carries the
//! document's ID, version, issue date and classification, so it is never cut: when it is too
//! long for its share of the line it is set smaller, then wrapped onto lines stacked above
//! the rule. The other texts, too long for what is left, are cut with an ellipsis rather
//! than allowed to collide. A right-to-left document has them mirrored: the title and the
//! footer text at the right margin, the marking and "Page N of M" at the left. A theme's logo goes
//! top left, above the header. All of it is tagged as header or footer artifacts: a screen
//! reader skips what repeats on every page.

use super::flow::Frame;
use super::image::Image;
use super::layout::{Item, Layout, Rgb, Tag};
use super::style as st;
use super::text::{prepare, Missing, TextStyle};
use crate::fonts::{FaceId, Fonts};

/// What the running header and footer say.
pub struct Running<'a> {
    pub title: &'a str,
    pub header_right: &'a str,
    pub footer_left: &'a str,
    /// "Page {n} of {total}" in the document's language.
    pub page_of: &'a str,
    /// The theme's accent colour for the two rules.
    pub accent: Option<Rgb>,
    /// A draft (`build --draft`): a watermark across every page, this word ("DRAFT").
    pub draft: Option<&'a str>,
    /// A right-to-left document: the two sides swap.
    pub rtl: bool,
}

/// The footer's page number when the document gives no words for it (English).
pub const PAGE_OF: &str = "Page {n} of {total}";
/// The watermark's size and colour: large, pale, behind the text.
const WATERMARK_SIZE: f32 = 120.0;
const WATERMARK: Rgb = Rgb(0xec, 0xd4, 0xd4);

/// Adds the running header, footer and "Page N of M" to every page.
pub fn decorate(fonts: &Fonts, layout: &mut Layout, run: &Running<'_>, missing: &mut Missing) {
    let total = layout.pages.len();
    for (n, page) in layout.pages.iter_mut().enumerate() {
        let frame = Frame::new(page.is_landscape());
        let half = frame.width() / 2.0 - 6.0;
        let marking = whole(
            fonts,
            run.header_right,
            frame.width() * RIGHT_SHARE,
            missing,
        );
        let right_w = marking.iter().map(|l| l.0 .1).fold(0.0, f32::max);
        let left_max = frame.width() - right_w - 12.0;
        let head_y = st::HEADER_BASELINE;
        let foot_y = frame.page_h - st::FOOTER_BASELINE;
        let words = if run.page_of.is_empty() {
            PAGE_OF
        } else {
            run.page_of
        };
        let page_no = words
            .replace("{n}", &(n + 1).to_string())
            .replace("{total}", &total.to_string());
        let page_no_w = fitted(fonts, &page_no, half, missing);
        let foot_left_max = frame.width() - page_no_w.1 - 12.0;
        let mut items = Vec::new();
        // The side a line starts from (left, or right in a right-to-left document) and the
        // side it ends at.
        let start = |items: &mut Vec<Item>, text: (Fitted, f32), y: f32, tag: Tag| match run.rtl {
            false => put_left(items, text, (frame.left, y), tag),
            true => put_right(items, text, (frame.right, y), tag),
        };
        let end = |items: &mut Vec<Item>, text: (Fitted, f32), y: f32, tag: Tag| match run.rtl {
            false => put_right(items, text, (frame.right, y), tag),
            true => put_left(items, text, (frame.left, y), tag),
        };
        let title = fitted(fonts, run.title, left_max, missing);
        start(&mut items, (title, st::RUNNING_SIZE), head_y, Tag::Header);
        let n = marking.len();
        for (i, (line, size)) in marking.into_iter().enumerate() {
            let y = head_y - (n - 1 - i) as f32 * size * 1.2;
            end(&mut items, (line, size), y, Tag::Header);
        }
        let foot = fitted(fonts, run.footer_left, foot_left_max, missing);
        start(&mut items, (foot, st::RUNNING_SIZE), foot_y, Tag::Footer);
        let page_no = (page_no_w, st::RUNNING_SIZE);
        end(&mut items, page_no, foot_y, Tag::Footer);
        for y in [st::HEADER_RULE, frame.page_h - st::FOOTER_RULE] {
            items.push(Item::Line {
                x1: frame.left,
                y1: y,
                x2: frame.right,
                y2: y,
                width: 0.5,
                color: run.accent.unwrap_or(st::RULE),
            });
        }
        if let Some(word) = run.draft {
            let w = fonts.width(FaceId::Bold, WATERMARK_SIZE, word);
            items.insert(
                0,
                Item::Text {
                    x: (frame.left + frame.right - w) / 2.0,
                    y: frame.page_h / 2.0,
                    size: WATERMARK_SIZE,
                    face: FaceId::Bold,
                    color: WATERMARK,
                    text: word.into(),
                    // Decoration: the running header says DRAFT in words a reader reads.
                    tag: Tag::Artifact,
                },
            );
        }
        page.items.splice(0..0, items);
    }
}

type Fitted = (Vec<(FaceId, String, f32)>, f32);

/// The share of the header line the right-hand text may take before it is set smaller.
const RIGHT_SHARE: f32 = 0.6;
/// Sizes tried for a long right-hand header, largest first; at the last it wraps freely.
const SHRINK: [f32; 3] = [st::RUNNING_SIZE, 6.5, 6.0];
/// Most lines the right-hand header wraps onto before the smallest size is used.
const WRAP_LINES: usize = 2;

/// Running text kept whole within `max` points: one line at the running size when it fits,
/// else smaller, else wrapped (top line first), each line with its size.
fn whole(fonts: &Fonts, text: &str, max: f32, missing: &mut Missing) -> Vec<(Fitted, f32)> {
    let mut best = Vec::new();
    for (i, size) in SHRINK.into_iter().enumerate() {
        let style = TextStyle::plain(FaceId::Regular, size, st::MUTED);
        let prep = prepare(fonts, vec![style], &[(0, text.to_string())], missing);
        let lines = prep.lines(fonts, max);
        let limit = if i == 0 { 1 } else { WRAP_LINES };
        best = lines
            .into_iter()
            .map(|l| {
                let parts: Vec<(FaceId, String, f32)> = l
                    .frags
                    .into_iter()
                    .map(|f| (f.face, f.text, f.width))
                    .collect();
                ((parts, l.width), size)
            })
            .collect();
        if best.len() <= limit {
            break;
        }
    }
    best
}

/// Running text cut (with an ellipsis) to at most `max` points.
fn fitted(fonts: &Fonts, text: &str, max: f32, missing: &mut Missing) -> Fitted {
    let size = st::RUNNING_SIZE;
    let style = TextStyle::plain(FaceId::Regular, size, st::MUTED);
    let prep = prepare(fonts, vec![style], &[(0, text.to_string())], missing);
    let Some(line) = prep.lines(fonts, f32::MAX / 4.0).into_iter().next() else {
        return (Vec::new(), 0.0);
    };
    let mut parts: Vec<(FaceId, String, f32)> = line
        .frags
        .into_iter()
        .map(|f| (f.face, f.text, f.width))
        .collect();
    let mut width: f32 = parts.iter().map(|p| p.2).sum();
    if width <= max {
        return (parts, width);
    }
    let ell = fonts.width(FaceId::Regular, size, "…");
    while width + ell > max {
        let Some(last) = parts.last_mut() else { break };
        match last.1.pop() {
            Some(c) => {
                let w = fonts.advance(last.0, c) * size;
                last.2 -= w;
                width -= w;
            }
            None => {
                parts.pop();
            }
        }
    }
    parts.push((FaceId::Regular, "…".to_string(), ell));
    (parts, width + ell)
}

fn put_left(
    items: &mut Vec<Item>,
    ((parts, _), size): (Fitted, f32),
    (mut x, y): (f32, f32),
    tag: Tag,
) {
    for (face, text, w) in parts {
        if !text.is_empty() {
            items.push(Item::Text {
                x,
                y,
                size,
                face,
                color: st::MUTED,
                text,
                tag,
            });
        }
        x += w;
    }
}

fn put_right(items: &mut Vec<Item>, fitted: (Fitted, f32), (right, y): (f32, f32), tag: Tag) {
    let x = right - fitted.0 .1;
    put_left(items, fitted, (x, y), tag);
}

/// Logo height on the page.
const LOGO_HEIGHT: f32 = 6.5 * st::MM;
/// Top of the logo, from the top edge.
const LOGO_TOP: f32 = 3.5 * st::MM;

/// Puts `logo` on every page, before everything else; `false` when it cannot be drawn (an SVG,
/// a PNG kind not supported), so the caller can warn.
pub fn logo(layout: &mut Layout, logo: &crate::model::theme::Logo) -> bool {
    let Some(image) = Image::logo(logo) else {
        return false;
    };
    let w = LOGO_HEIGHT * image.width as f32 / image.height as f32;
    let index = layout.images.len();
    layout.images.push(image);
    for page in &mut layout.pages {
        let item = Item::Image {
            x: st::MARGIN_SIDE,
            y: LOGO_TOP,
            w,
            h: LOGO_HEIGHT,
            image: index,
        };
        page.items.insert(0, item);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_marking_is_set_smaller_then_wrapped_never_cut() {
        let fonts = Fonts::get().expect("fonts");
        let text = "LUM-ISMS-SOA-001 · Version 4.0 · 2026-11-02 · Confidential – Lumora Finance \
                    Ltd and named lender partners only; handling rules LUM-STD-03 section 4 apply";
        let lines = whole(fonts, text, 300.0, &mut Missing::default());
        assert!(lines.len() >= 2, "{}", lines.len());
        let joined: Vec<String> = lines
            .iter()
            .map(|((parts, _), _)| parts.iter().map(|p| p.1.as_str()).collect())
            .collect();
        assert_eq!(joined.join(" "), text);
        assert!(lines
            .iter()
            .all(|((_, w), size)| *w <= 300.01 && *size < st::RUNNING_SIZE));
        let short = whole(fonts, "ID · Version 1", 300.0, &mut Missing::default());
        assert_eq!(short.len(), 1);
        assert_eq!(short[0].1, st::RUNNING_SIZE);
    }
}
