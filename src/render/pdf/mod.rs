//! PDF rendering: Markdown (plus the status chart) → a signed-off-looking A4 document.
//!
//! Our own small layout engine, written out with krilla, in stages that can each be tested
//! alone:
//!
//! - [`blocks`] (with `events`): pulldown-cmark events → a block tree;
//! - [`text`] (with `words`, `bidi`): styled runs → measured words → wrapped lines;
//! - `build`, `table` (with `colwidth`), `figure`: blocks → unbreakable fragments (lines, rows, chart bars);
//! - [`layout`](mod@layout) and `running`: fragments → A4 pages with running header and footer
//!   (and the logo, an [`image`]). Writer-neutral data, printable with [`dump`];
//! - [`structure`]: the logical structure every drawn item is tagged with (headings,
//!   paragraphs, lists, table cells, the chart as a figure; running header, footer and
//!   repeated header rows as artifacts);
//! - `emit` (a folder, the only code that imports a PDF writer): pages → krilla → a tagged
//!   PDF/A-2a and PDF/UA-1 file, validated as it is written.
//!
//! The output is reproducible: the same input gives the same bytes, in any process and
//! after any number of other documents; the date comes from [`PdfMeta::date`], never the
//! clock.

mod bidi;
pub mod blocks;
mod build;
mod colwidth;
mod draw;
mod dump;
mod emit;
mod events;
mod figure;
mod flow;
mod heatmap;
pub mod image;
mod indented;
mod kinds;
pub mod layout;
mod running;
pub mod structure;
mod style;
mod table;
pub mod text;
mod words;

pub use dump::dump;
pub use layout::Layout;
pub use running::PAGE_OF;

use crate::fonts;
use crate::merge::chart::Chart;
use crate::model::theme::{Rgb, Theme};
use crate::render::marks::Figures;

/// What the document says about itself: info dictionary, running header and footer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PdfMeta {
    /// Document info Title, and the running header's left text.
    pub title: String,
    /// Document info Author (the organisation).
    pub author: String,
    /// Document info Subject.
    pub subject: String,
    /// Running header right text, e.g. "LUM-ISMS-SOA-001 · Version 4.0 · Internal".
    pub header_right: String,
    /// Running footer left text, e.g. "Lumora Finance Ltd · Statement of Applicability".
    pub footer_left: String,
    /// UTC (year, month, day, hour, minute, second) for CreationDate/ModDate.
    pub date: (i32, u8, u8, u8, u8, u8),
    /// Document language, e.g. "en-GB".
    pub lang: String,
    /// The footer's page number, with `{n}` and `{total}` to fill in: "Page {n} of {total}"
    /// ([`PAGE_OF`] when empty).
    pub page_of: String,
    /// Right-to-left document: paragraphs start at the right margin.
    pub rtl: bool,
    /// A draft: every page carries this watermark ("DRAFT" in English).
    pub draft: Option<String>,
}

/// A rendered PDF and what the renderer wants the user to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfOutput {
    pub bytes: Vec<u8>,
    /// E.g. characters no bundled font can draw (each drawn as U+FFFD instead).
    pub warnings: Vec<String>,
}

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A bundled font failed to parse (a build problem, not the user's).
    #[error("a bundled font could not be read")]
    Font,
    /// The theme's font does not parse.
    #[error("the theme's font `{0}` could not be read")]
    UserFont(String),
    /// `PdfMeta::date` is not a valid UTC date and time.
    #[error("invalid document date {0}")]
    Date(String),
    /// Serialising the document failed.
    #[error("could not write the PDF: {0}")]
    Write(String),
}

/// Renders Markdown (and the chart, at its mark) as a PDF; with a theme, in the
/// organisation's branding: the accent colour for headings, rules and the table header, the
/// logo on every page, and the theme's font for the body text.
pub fn render(
    markdown: &str,
    meta: &PdfMeta,
    chart: Option<&Chart>,
    theme: Option<&Theme>,
) -> Result<PdfOutput, PdfError> {
    render_with(markdown, meta, Figures::chart(chart), theme)
}

/// As [`render`], with every figure a mark may draw (the chart, the risk heat maps).
pub fn render_with(
    markdown: &str,
    meta: &PdfMeta,
    figures: Figures<'_>,
    theme: Option<&Theme>,
) -> Result<PdfOutput, PdfError> {
    let user_fonts = match theme.and_then(|t| t.font.as_ref()) {
        Some(f) => Some(
            fonts::Fonts::with_body(&f.regular, f.bold.as_deref(), f.italic.as_deref())
                .ok_or_else(|| PdfError::UserFont(f.family.clone()))?,
        ),
        None => None,
    };
    let fonts = match &user_fonts {
        Some(f) => f,
        None => fonts::Fonts::get().ok_or(PdfError::Font)?,
    };
    let accent = theme.and_then(|t| t.accent);
    let mut layout = lay_out(fonts, markdown, meta, figures, accent);
    let mut warnings: Vec<String> = layout
        .missing
        .iter()
        .map(|c| {
            format!(
                "no bundled font has U+{:04X} {c:?}; it is drawn as U+FFFD",
                *c as u32
            )
        })
        .collect();
    let logo = theme.and_then(|t| t.logo.as_ref());
    let logo_drawn = logo.is_none_or(|l| running::logo(&mut layout, l));
    let seed = seed(markdown, meta, figures, theme);
    let bytes = emit::emit(&mut layout, meta, fonts, seed, &mut warnings)?;
    if !logo_drawn {
        warnings.push(
            "the logo is not in the PDF: give a PNG (8-bit, not interlaced) or a JPEG".into(),
        );
    }
    Ok(PdfOutput { bytes, warnings })
}

/// Lays the document out without writing a PDF (for tests and [`dump`]).
pub fn layout(markdown: &str, meta: &PdfMeta, chart: Option<&Chart>) -> Result<Layout, PdfError> {
    layout_with(markdown, meta, Figures::chart(chart))
}

/// As [`layout`](fn@layout), with every figure a mark may draw.
pub fn layout_with(
    markdown: &str,
    meta: &PdfMeta,
    figures: Figures<'_>,
) -> Result<Layout, PdfError> {
    let fonts = fonts::Fonts::get().ok_or(PdfError::Font)?;
    Ok(lay_out(fonts, markdown, meta, figures, None))
}

fn lay_out(
    fonts: &fonts::Fonts,
    markdown: &str,
    meta: &PdfMeta,
    figures: Figures<'_>,
    accent: Option<Rgb>,
) -> Layout {
    let mut blocks = blocks::parse(markdown);
    let mut b = build::Builder::new(fonts, figures.chart);
    b.heatmaps = figures.heatmaps;
    b.accent = accent;
    b.rtl = meta.rtl;
    b.document(&mut blocks);
    drop(blocks);
    let mut out = Layout::default();
    flow::flow(&mut b.frags, &b.headers, &mut out);
    let running = running::Running {
        title: &meta.title,
        header_right: &meta.header_right,
        footer_left: &meta.footer_left,
        page_of: &meta.page_of,
        accent,
        draft: meta.draft.as_deref(),
        rtl: meta.rtl,
    };
    running::decorate(fonts, &mut out, &running, &mut b.missing);
    out.missing = b.missing.chars;
    out.structure = b.structure;
    out
}

/// A hash of everything that shapes the document except its date. The Markdown is hashed
/// without its marks, as the reader's `.md` has it.
fn seed(markdown: &str, meta: &PdfMeta, figures: Figures<'_>, theme: Option<&Theme>) -> u64 {
    // The heat maps count when the document draws one; otherwise the seed is the chart's text
    // alone, as it was before heat maps existed (so other PDFs keep their ids).
    let mut chart = format!("{:?}", figures.chart);
    if markdown.contains("annexa:heatmap") {
        chart.push_str(&format!("{:?}", figures.heatmaps));
    }
    let markdown = crate::render::marks::strip(markdown);
    let seed = fnv(&[
        markdown.as_bytes(),
        meta.title.as_bytes(),
        meta.author.as_bytes(),
        meta.subject.as_bytes(),
        meta.header_right.as_bytes(),
        meta.footer_left.as_bytes(),
        meta.lang.as_bytes(),
        chart.as_bytes(),
    ]);
    let Some(t) = theme else {
        return seed;
    };
    let logo = t.logo.as_ref().map(|l| l.bytes.as_slice());
    let accent = format!("{:?}", t.accent);
    let font = t.font.as_ref().map(|f| f.regular.as_slice());
    fnv(&[
        &seed.to_le_bytes(),
        logo.unwrap_or_default(),
        accent.as_bytes(),
        font.unwrap_or_default(),
    ])
}

/// FNV-1a, 64 bit: a stable hash (std's `DefaultHasher` may change between releases).
pub(crate) fn fnv(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.iter().chain(&[0xff]) {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}
