//! One laid-out page → printpdf operations.
//!
//! Coordinates flip from the layout's top-left origin to PDF's bottom-left; text is drawn with
//! `Tj` in the embedded (subset) fonts, skipping operators that would repeat the state; links
//! to http(s) URLs and to headings become link annotations. Images are not drawn here: printpdf
//! takes them in [`super::images`], once its document is a lopdf one.

use super::super::layout::{Item, LinkTarget, Page, Rgb};
use crate::fonts::FaceId;
use printpdf::{
    Actions, BorderArray, Color, ColorArray, Destination, FontId, HighlightingMode, Line,
    LinePoint, LinkAnnotation, Op, PaintMode, PdfFontHandle, PdfPage, Point, Pt, Rect, TextItem,
    TextMatrix,
};
use std::collections::BTreeMap;

fn color(c: Rgb) -> Color {
    let f = |v: u8| f32::from(v) / 255.0;
    Color::Rgb(printpdf::Rgb {
        r: f(c.0),
        g: f(c.1),
        b: f(c.2),
        icc_profile: None,
    })
}

/// A coordinate rounded to 1/100 pt: plenty for print, and short in the content stream.
pub(super) fn pt(v: f32) -> Pt {
    Pt((v * 100.0).round() / 100.0)
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: pt(x), y: pt(y) },
        bezier: false,
    }
}

fn rect(x: f32, y: f32, w: f32, h: f32, mode: Option<PaintMode>) -> Rect {
    Rect {
        x: pt(x),
        y: pt(y),
        width: pt(w),
        height: pt(h),
        mode,
        winding_order: None,
    }
}

/// Drawing state, to skip redundant operators.
#[derive(Default)]
struct State {
    in_text: bool,
    fill: Option<Rgb>,
    stroke: Option<(Rgb, u32)>,
    font: Option<(FaceId, u32)>,
}

impl State {
    fn text(&mut self, ops: &mut Vec<Op>, on: bool) {
        if self.in_text != on {
            ops.push(if on {
                Op::StartTextSection
            } else {
                Op::EndTextSection
            });
            self.in_text = on;
        }
    }

    fn fill(&mut self, ops: &mut Vec<Op>, c: Rgb) {
        if self.fill != Some(c) {
            ops.push(Op::SetFillColor { col: color(c) });
            self.fill = Some(c);
        }
    }
}

/// A run of text to show, in one face, size and colour.
struct Run {
    size: f32,
    face: FaceId,
    color: Rgb,
    text: String,
}

impl State {
    /// Shows `run` with its baseline starting at (`x`, `y`), PDF coordinates.
    fn show(&mut self, ops: &mut Vec<Op>, font: &FontId, run: Run, x: Pt, y: Pt) {
        self.text(ops, true);
        if self.font != Some((run.face, run.size.to_bits())) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: pt(run.size),
            });
            self.font = Some((run.face, run.size.to_bits()));
        }
        self.fill(ops, run.color);
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(x, y),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(run.text)],
        });
    }
}

/// Where `#anchor` links lead: heading positions and page heights.
pub(super) struct Links<'a> {
    pub(super) anchors: &'a BTreeMap<String, (usize, f32)>,
    pub(super) heights: &'a [f32],
}

/// One page's items (taken out of the layout) as printpdf operations.
pub(super) fn page(p: &mut Page, ids: &BTreeMap<FaceId, FontId>, links: &Links<'_>) -> PdfPage {
    let h = p.height;
    let items = std::mem::take(&mut p.items);
    // About two operations per item; an `Op` is large, and 2,500 pages of spare capacity
    // was 40% of a big document's peak memory.
    let mut ops = Vec::with_capacity(items.len() * 2 + 8);
    let mut s = State::default();
    for item in items {
        match item {
            Item::Text {
                x,
                y,
                size,
                face,
                color,
                text,
            } => {
                let Some(id) = ids.get(&face) else { continue };
                let run = Run {
                    size,
                    face,
                    color,
                    text,
                };
                s.show(&mut ops, id, run, pt(x), pt(h - y));
            }
            Item::Fill {
                x,
                y,
                w,
                h: fh,
                color: c,
            } => {
                s.text(&mut ops, false);
                s.fill(&mut ops, c);
                ops.push(Op::DrawRectangle {
                    rectangle: rect(x, h - y - fh, w, fh, Some(PaintMode::Fill)),
                });
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color: c,
            } => {
                s.text(&mut ops, false);
                if s.stroke != Some((c, width.to_bits())) {
                    ops.push(Op::SetOutlineColor { col: color(c) });
                    ops.push(Op::SetOutlineThickness { pt: pt(width) });
                    s.stroke = Some((c, width.to_bits()));
                }
                let line = Line {
                    points: vec![point(x1, h - y1), point(x2, h - y2)],
                    is_closed: false,
                };
                ops.push(Op::DrawLine { line });
            }
            Item::Link {
                x,
                y,
                w,
                h: lh,
                target,
            } => {
                if let Some(actions) = action(&target, links) {
                    let link = LinkAnnotation::new(
                        rect(x, h - y - lh, w, lh, None),
                        actions,
                        Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                        Some(ColorArray::Transparent),
                        Some(HighlightingMode::Invert),
                    );
                    ops.push(Op::LinkAnnotation { link });
                }
            }
            // Placed on the lopdf document by `images`.
            Item::Image { .. } => {}
        }
    }
    s.text(&mut ops, false);
    ops.shrink_to_fit();
    let mut page = PdfPage::new(printpdf::Mm(210.0), printpdf::Mm(297.0), ops);
    page.media_box = rect(0.0, 0.0, p.width, p.height, None);
    page.trim_box = page.media_box.clone();
    page.crop_box = page.media_box.clone();
    page
}

fn action(target: &LinkTarget, links: &Links<'_>) -> Option<Actions> {
    match target {
        LinkTarget::Uri(u) => Some(Actions::Uri(u.clone())),
        LinkTarget::Anchor(a) => {
            let (page, y) = links.anchors.get(a)?;
            let height = *links.heights.get(*page)?;
            Some(Actions::Goto(Destination::Xyz {
                page: page + 1,
                left: None,
                top: Some(height - y),
                zoom: None,
            }))
        }
    }
}
