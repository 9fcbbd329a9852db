//! Pages → printpdf ops → PDF bytes.
//!
//! The only module that speaks printpdf. Coordinates flip from the layout's top-left origin
//! to PDF's bottom-left; text is drawn with `Tj` in the embedded (subset) fonts; links to
//! http(s) URLs and to headings become link annotations. Font resource names — which
//! printpdf would take from a process-global counter, and which also name the subset
//! (`ABCDEF+DejaVuSans…`) — are derived from a hash of the input, so the same input gives
//! the same bytes however many documents the process made before. The document is then
//! handed to [`super::finish`] as a lopdf document for the last touches.

use super::finish;
use super::layout::{Item, Layout, LinkTarget, Page, Rgb};
use super::{PdfError, PdfMeta};
use crate::fonts::{FaceId, Fonts};
use printpdf::{
    Actions, BorderArray, Color, ColorArray, Destination, FontId, HighlightingMode, Line,
    LinePoint, LinkAnnotation, Op, PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// FNV-1a, 64 bit: a stable hash (std's `DefaultHasher` may change between releases).
pub fn fnv(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.iter().chain(&[0xff]) {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// A six-letter subset tag plus the face, unique per document and face.
fn font_id(seed: u64, face: FaceId) -> FontId {
    let mut h = fnv(&[&seed.to_be_bytes(), face.short().as_bytes()]);
    let mut tag = String::new();
    for _ in 0..6 {
        tag.push(char::from(b'A' + (h % 26) as u8));
        h /= 26;
    }
    FontId(format!("{tag}{}", face.short()))
}

/// Writes the layout as a PDF. Each page's items are moved into printpdf's operations (and
/// printpdf's document dropped once lopdf has it), so a 2,500-page document is not held three
/// times over.
pub fn emit(
    layout: &mut Layout,
    meta: &PdfMeta,
    fonts: &Fonts,
    seed: u64,
    warnings: &mut Vec<String>,
    logo: Option<&crate::model::theme::Logo>,
) -> Result<Vec<u8>, PdfError> {
    let mut doc = PdfDocument::new(&meta.title);
    let mut ids = BTreeMap::new();
    for face in used_faces(layout) {
        let parsed = writer_font(fonts.face(face).ok_or(PdfError::Font)?, face)
            .ok_or_else(|| PdfError::Write(format!("the {face:?} font cannot be embedded")))?;
        let id = font_id(seed, face);
        doc.resources
            .fonts
            .map
            .insert(id.clone(), PdfFont::new(parsed));
        ids.insert(face, id);
    }
    let heights: Vec<f32> = layout.pages.iter().map(|p| p.height).collect();
    let links = Links {
        anchors: &layout.anchors,
        heights: &heights,
    };
    doc.pages = layout
        .pages
        .iter_mut()
        .map(|p| page(p, &ids, &links))
        .collect();
    finish::info(&mut doc, meta, seed)?;
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut pdf_warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut pdf_warnings);
    drop(doc);
    for w in pdf_warnings {
        if w.severity == printpdf::PdfParseErrorSeverity::Error {
            warnings.push(format!("pdf writer: {}", w.msg));
        }
    }
    if let Some(logo) = logo {
        if !super::logo::place(&mut lo, logo) {
            warnings.push(
                "the logo is not in the PDF: give a PNG (8-bit, not interlaced) or a JPEG".into(),
            );
        }
    }
    finish::finish(&mut lo, layout, meta, seed)
}

/// The writer's own parse of a face: a bundled face once per process, a theme's per document.
fn writer_font(face: &crate::fonts::Face, id: FaceId) -> Option<ParsedFont> {
    static BUNDLED: [OnceLock<Option<ParsedFont>>; 6] = [const { OnceLock::new() }; 6];
    let parse = || ParsedFont::from_bytes(face.bytes(), 0, &mut Vec::new());
    if face.is_bundled() {
        BUNDLED.get(id as usize)?.get_or_init(parse).clone()
    } else {
        parse()
    }
}

fn used_faces(layout: &Layout) -> Vec<FaceId> {
    let mut used = [false; 6];
    for item in layout.pages.iter().flat_map(|p| &p.items) {
        if let Item::Text { face, .. } = item {
            used[*face as usize] = true;
        }
    }
    FaceId::ALL
        .into_iter()
        .filter(|f| used[*f as usize])
        .collect()
}

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
fn pt(v: f32) -> Pt {
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

/// Where `#anchor` links lead: heading positions and page heights.
struct Links<'a> {
    anchors: &'a BTreeMap<String, (usize, f32)>,
    heights: &'a [f32],
}

/// One page's items (taken out of the layout) as printpdf operations.
fn page(p: &mut Page, ids: &BTreeMap<FaceId, FontId>, links: &Links<'_>) -> PdfPage {
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
                color: c,
                text,
            } => {
                let Some(id) = ids.get(&face) else { continue };
                s.text(&mut ops, true);
                if s.font != Some((face, size.to_bits())) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(id.clone()),
                        size: pt(size),
                    });
                    s.font = Some((face, size.to_bits()));
                }
                s.fill(&mut ops, c);
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(pt(x), pt(h - y)),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text)],
                });
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Layout measures with the fonts module; the writer embeds with its own parser. They must
    /// agree on every glyph, or text would not fit the boxes laid out for it.
    #[test]
    fn layout_advances_are_the_writers() {
        let fonts = Fonts::get().expect("fonts");
        for id in FaceId::ALL {
            let face = fonts.face(id).expect("face");
            let writer = writer_font(face, id).expect("writer font");
            let upm = f32::from(writer.font_metrics.units_per_em);
            assert_eq!(fonts.ascent(), {
                let r = fonts.face(FaceId::Regular).expect("regular");
                let w = writer_font(r, FaceId::Regular).expect("writer");
                w.font_metrics.ascent / f32::from(w.font_metrics.units_per_em)
            });
            for cp in (0..0x1_0000)
                .chain(0x1_D400..0x1_D800)
                .chain(0x2_0000..0x2_0400)
            {
                let Some(c) = char::from_u32(cp) else {
                    continue;
                };
                let theirs = match writer.lookup_glyph_index(cp) {
                    Some(gid) if gid != 0 => {
                        Some(f32::from(writer.get_horizontal_advance(gid)) / upm)
                    }
                    _ => None,
                };
                assert_eq!(face.advance(c), theirs, "{id:?} U+{cp:04X}");
            }
        }
    }
}
