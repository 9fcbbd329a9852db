//! The writer: a writer-neutral [`Layout`] → PDF bytes, through printpdf and lopdf.
//!
//! The only place that imports a PDF writer crate; swapping the writer means changing this
//! folder alone. [`ops`] turns each page into printpdf operations; printpdf embeds the fonts
//! (subset) and gives back a lopdf document, on which [`images`] places the layout's images,
//! [`outline`] writes the outline tree and [`finish`] makes the last touches and serialises.
//! Font resource names — which printpdf would take from a process-global counter, and which
//! also name the subset (`ABCDEF+DejaVuSans…`) — are derived from a hash of the input, so the
//! same input gives the same bytes however many documents the process made before.

mod finish;
mod images;
mod ops;
mod outline;

use super::layout::{Item, Layout};
use super::{fnv, PdfError, PdfMeta};
use crate::fonts::{FaceId, Fonts};
use printpdf::{FontId, ParsedFont, PdfDocument, PdfFont, PdfSaveOptions};
use std::collections::BTreeMap;
use std::sync::OnceLock;

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
/// times over. `seed` (a hash of the input) names the fonts and makes the file's `/ID`.
pub fn emit(
    layout: &mut Layout,
    meta: &PdfMeta,
    fonts: &Fonts,
    seed: u64,
    warnings: &mut Vec<String>,
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
    let links = ops::Links {
        anchors: &layout.anchors,
        heights: &heights,
    };
    let placements = images::placements(layout);
    doc.pages = layout
        .pages
        .iter_mut()
        .map(|p| ops::page(p, &ids, &links))
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
    images::place(&mut lo, &layout.images, &placements);
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
