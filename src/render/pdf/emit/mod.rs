//! The writer: a writer-neutral [`Layout`] → PDF bytes, through krilla.
//!
//! The only place that imports a PDF writer crate; swapping the writer means changing this
//! folder alone. Every PDF is PDF/A-2a and PDF/UA-1, with krilla's validators for both
//! switched on: a file that would break either standard is an error naming the document and
//! what is wrong ([`errors`]), never a quietly weaker file. [`page`] draws each page's items
//! (text as the glyphs the layout measured, shaped where the script needs it) inside marked
//! content; [`tags`] turns the layout's structure into the tag tree; [`outline`] writes the
//! bookmarks; [`meta`] the document information and XMP; [`pack`] puts the small objects
//! into compressed object streams. Fonts, subset by krilla, are
//! parsed once per process for the bundled faces. The output is reproducible: krilla derives
//! subset tags and the file's instance id from the content, and the document id is our hash of
//! the input.

mod content;
mod errors;
mod images;
mod lex;
mod meta;
mod outline;
mod pack;
mod page;
mod streams;
mod tags;

use super::layout::{Item, Layout};
use super::{PdfError, PdfMeta};
use crate::fonts::{FaceId, Fonts};
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::text::Font;
use krilla::{Document, SerializeSettings};
use std::sync::OnceLock;

/// The archival level: PDF/A-2a ("accessible": tagged, every glyph mapped to Unicode). Level 2
/// rather than 1 because the logo may have an alpha channel (transparency, which PDF/A-1
/// forbids); "a" rather than "b" or "u" because the
/// files are tagged anyway for PDF/UA-1. Together they fix the PDF version at 1.7.
pub const ARCHIVAL: Archival = Archival::A2_A;
/// The accessibility standard.
pub const ACCESSIBILITY: Accessibility = Accessibility::UA1;

/// Writes the layout as a PDF. `seed` (a hash of the input) is the document id; `warnings`
/// gains what the reader should know (a logo that could not be drawn).
pub fn emit(
    layout: &mut Layout,
    meta: &PdfMeta,
    fonts: &Fonts,
    seed: u64,
    warnings: &mut Vec<String>,
) -> Result<Vec<u8>, PdfError> {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(ARCHIVAL)
        .with_accessibility_validator(ACCESSIBILITY)
        .finish()
        .map_err(|e| PdfError::Write(format!("PDF configuration: {e:?}")))?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        // Each page's content written from krilla's operations and deflated as the page is
        // finished; the other streams raw for `pack` to deflate (see `streams`).
        compress_content_streams: false,
        page_content_fn: Some(streams::page_content),
        page_in_parallel: Some(crate::par::idle_core),
        ..SerializeSettings::default()
    };
    let mut doc = Document::new_with(settings);
    let faces = writer_fonts(layout, fonts)?;
    let images = images::convert(&layout.images, warnings);
    let mut tree = tags::Tree::new(&layout.structure);
    let heights: Vec<f32> = layout.pages.iter().map(|p| p.height).collect();
    let pages = std::mem::take(&mut layout.pages);
    let glyphs = std::cell::RefCell::new(Vec::new());
    for (index, p) in pages.into_iter().enumerate() {
        let ctx = page::Ctx {
            fonts,
            faces: &faces,
            images: &images,
            anchors: &layout.anchors,
            heights: &heights,
            index,
            glyphs: &glyphs,
        };
        page::draw(&mut doc, &ctx, p, &mut tree)?;
    }
    let title = meta::title(meta, layout);
    doc.set_outline(outline::outline(layout, &heights, &title));
    doc.set_metadata(meta::metadata(meta, &title, seed)?);
    doc.set_tag_tree(tree.finish(&meta::lang(meta)));
    let named = errors::Named {
        faces: &faces,
        fonts,
    };
    let pdf = doc.finish().map_err(|e| errors::describe(&e, &named))?;
    Ok(pack::pack(pdf))
}

/// Text we hand the writer for a string (title, heading, alternative text), cut to at most
/// `MAX_TEXT` characters with an ellipsis: PDF/A caps strings at 32,767 bytes, and a
/// screen reader has no use for more.
pub(super) fn cap(s: &str) -> String {
    const MAX_TEXT: usize = 2000;
    match s.char_indices().nth(MAX_TEXT) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

/// The writer's font for each face the layout uses (`None` for the others).
type Faces = [Option<Font>; FaceId::ALL.len()];

fn writer_fonts(layout: &Layout, fonts: &Fonts) -> Result<Faces, PdfError> {
    let mut used = [false; FaceId::ALL.len()];
    for item in layout.pages.iter().flat_map(|p| &p.items) {
        if let Item::Text { face, .. } = item {
            used[face.index()] = true;
        }
    }
    let mut out: Faces = Default::default();
    for id in FaceId::ALL.into_iter().filter(|f| used[f.index()]) {
        let face = fonts.face(id).ok_or(PdfError::Font)?;
        let font = writer_font(face, id).ok_or_else(|| {
            PdfError::Write(format!("the {id:?} font cannot be embedded in a PDF"))
        })?;
        out[id.index()] = Some(font);
    }
    Ok(out)
}

/// The writer's own parse of a face: a bundled face once per process (krilla hashes the whole
/// file, 4 MB for the CJK fallback), a theme's per document.
fn writer_font(face: &crate::fonts::Face, id: FaceId) -> Option<Font> {
    static BUNDLED: [OnceLock<Option<Font>>; FaceId::ALL.len()] =
        [const { OnceLock::new() }; FaceId::ALL.len()];
    let parse = || Font::new(face.shared().into(), 0);
    if face.is_bundled() {
        BUNDLED.get(id.index())?.get_or_init(parse).clone()
    } else {
        parse()
    }
}
