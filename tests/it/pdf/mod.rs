//! The PDF renderer, checked from outside. `engine`: render Markdown, parse the bytes back with
//! lopdf, and look at pages, sizes, extracted text, links, outline and reproducibility.
//! `layout`: the laid-out pages before the writer (header repetition, nothing off the page,
//! headings never alone at a page bottom, the chart, a pinned dump). `output`: the example's
//! PDFs as the binary writes them.

mod bad_input;
mod engine;
mod layout;
mod output;
mod scripts;
mod tagged;
mod tools;

use crate::support::sample;
use annexa::fonts::Fonts;
use annexa::render::pdf::layout::{Item, Layout};
use annexa::render::pdf::PdfMeta;
use lopdf::{Document, Object};

pub(crate) fn parse(bytes: &[u8]) -> Document {
    Document::load_mem(bytes).expect("output parses as PDF")
}

pub(crate) fn page_text(doc: &Document, n: u32) -> String {
    doc.extract_text(&[n]).expect("text extracts")
}

/// The `/ActualText` of every marked-content sequence on page `n` (right-to-left runs carry
/// their logical text there; their glyphs are in display order).
pub(crate) fn actual_texts(doc: &Document, n: u32) -> Vec<String> {
    let id = doc.get_pages()[&n];
    let content = lopdf::content::Content::decode(&doc.get_page_content(id)).expect("content");
    content
        .operations
        .iter()
        .filter(|op| op.operator == "BDC")
        .filter_map(|op| op.operands.get(1)?.as_dict().ok()?.get(b"ActualText").ok())
        .filter_map(|t| t.as_str().ok())
        .map(tagged::text)
        .collect()
}

pub(crate) fn page_size(doc: &Document, n: u32) -> (f32, f32) {
    let id = doc.get_pages()[&n];
    let page = doc.get_dictionary(id).expect("page dict");
    let mb = page
        .get(b"MediaBox")
        .and_then(Object::as_array)
        .expect("media box");
    let f = |i: usize| mb[i].as_float().expect("number");
    (f(2) - f(0), f(3) - f(1))
}

pub(crate) fn meta() -> PdfMeta {
    sample::meta()
}

/// Text items whose ink would leave the page (or the area between the margins' edges).
pub(crate) fn off_page(layout: &Layout) -> Vec<String> {
    let fonts = Fonts::get().expect("fonts");
    let mut bad = Vec::new();
    for (n, p) in layout.pages.iter().enumerate() {
        for item in &p.items {
            if let Item::Text {
                x,
                y,
                size,
                face,
                text,
                ..
            } = item
            {
                let right = x + fonts.width(*face, *size, text.trim_end());
                let inside = *x >= 0.0
                    && right <= p.width + 0.01
                    && *y - size >= 0.0
                    && *y + size * 0.3 <= p.height;
                if !inside {
                    bad.push(format!("page {}: {x},{y} {text:?}", n + 1));
                }
            }
        }
    }
    bad
}
