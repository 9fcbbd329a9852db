//! DOCX rendering: the same Markdown (and marks) as the HTML and PDF → a Word document with real
//! Word structure, for the documents an ISMS manager finishes, circulates and signs in Word.
//!
//! Headings in Word's built-in heading styles (so the navigation pane and Word's own contents
//! work), a TOC field, real numbered and bulleted lists, tables whose header row repeats on
//! every page and whose rows never split, the SoA's control tables in landscape sections,
//! "Page N of M" as fields, document properties from the document date, statuses in the
//! colours of the HTML and PDF, placeholders as content controls in a style of their own. The
//! theme brands it (logo in the header, accent, body font), and a vendor's reference document
//! can supply the styles, page setup, headers and footers instead ([`mod@reference`]).
//!
//! Written as WordprocessingML through the `zip` crate and a small XML writer ([`xml`]) rather
//! than a DOCX crate: docx-rs (the common choice, checked at 0.4.22) numbers paragraphs and
//! bookmarks from per-thread and process-wide counters (so bytes depend on what ran before on
//! that thread), brings a second major version of `zip`, and takes styles only as its own model,
//! so a reference document's `styles.xml`, theme, numbering, headers and footers cannot be kept
//! as they are.
//!
//! Stages: [`body`] (Markdown events → blocks of runs, with [`inline`] and [`table`]),
//! [`sections`] (blocks → the body: heading styles, contents, landscape sections, [`chart`]),
//! [`package`] (every part, zipped reproducibly, with [`parts`] and [`styles`]).

pub mod body;
pub mod chart;
pub mod defs;
pub mod draft;
pub mod frame;
pub mod heatmap;
pub mod inline;
pub mod merge;
pub mod package;
pub mod parts;
pub mod reference;
pub mod refxml;
pub mod sections;
pub mod styles;
pub mod table;
pub mod xml;

use crate::model::theme::{Rgb, Theme};
use crate::render::marks::Figures;
use frame::{Frame, Page, Refs};
use package::Assembly;
use styles::Look;

/// What the document says about itself: properties, running header and footer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocxMeta {
    /// Title (properties, running header).
    pub title: String,
    pub subject: String,
    /// The organisation.
    pub author: String,
    pub keywords: String,
    pub description: String,
    /// Running header right text, e.g. "LUM-ISMS-SOA-001 · Version 4.0 · Internal".
    pub header_right: String,
    /// Running footer left text.
    pub footer_left: String,
    /// The document date (created and modified), none in the blank toolkit set.
    pub date: Option<(i32, u8, u8)>,
    /// Document language, e.g. "en-GB".
    pub lang: String,
    /// The footer's page number, with `{n}` and `{total}` where the PAGE and NUMPAGES fields
    /// go: "Page {n} of {total}".
    pub page_of: String,
    /// The contents list's heading.
    pub contents: String,
    /// The placeholder's words, `[To complete]` in English (the default when empty).
    pub todo: String,
    /// The blank toolkit set: every bracketed field is a placeholder.
    pub blank: bool,
    /// A draft (`annexa build --draft`): every page's header says DRAFT ([`mod@draft`]), in
    /// these words.
    pub draft: Option<draft::Draft>,
    /// The application named in the properties, e.g. "annexa 0.1.0".
    pub generator: String,
    /// Custom properties (document ID, version, classification), for DOCPROPERTY fields.
    pub custom: Vec<(String, String)>,
}

/// Why a DOCX could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// The theme's reference document cannot be used (validation reports this first).
    #[error("the theme's docx_reference cannot be used: {0}")]
    Reference(String),
    /// The zip writer failed (not expected with memory buffers).
    #[error("cannot make the zip: {0}")]
    Zip(String),
}

/// Renders one document; `figures` are what its chart and heat-map marks draw.
pub fn render(
    markdown: &str,
    meta: &DocxMeta,
    figures: Figures<'_>,
    theme: Option<&Theme>,
) -> Result<Vec<u8>, DocxError> {
    let mut reference = match theme.and_then(|t| t.docx_reference.as_ref()) {
        Some(r) => {
            Some(reference::read(&r.bytes).map_err(|p| DocxError::Reference(p.to_string()))?)
        }
        None => None,
    };
    if let (Some(r), Some(d)) = (reference.as_mut(), &meta.draft) {
        draft::mark_reference(r, d);
    }
    let look = Look {
        accent: theme.and_then(|t| t.accent),
        font: theme
            .and_then(|t| t.font.as_ref())
            .map(|f| f.family.clone()),
    };
    let ids = styles::resolve(reference.as_ref().and_then(|r| r.defined()), &look);
    let (abstract_base, num_base) = match reference.as_ref().and_then(|r| r.numbering.as_ref()) {
        Some((_, n)) => (n.max_abstract + 1, n.max_num + 1),
        None => (1, 1),
    };
    let numbers = body::Numbers { base: num_base };
    let mut body = body::parse(markdown, &ids, numbers, (meta.blank, &meta.todo));
    let page = reference
        .as_ref()
        .and_then(|r| {
            Some(Page {
                w: r.section.size?.0,
                h: r.section.size?.1,
                margins: r.section.margins?,
            })
        })
        .unwrap_or(Page::A4);
    let refs = match &reference {
        Some(r) => frame::reference_refs(r),
        None => Refs::Builtin,
    };
    let frame = Frame {
        page,
        ids: &ids,
        header_fill: look.accent.map_or(Rgb(0xe3, 0xe9, 0xf0), defs::tint),
        figures,
        refs,
        contents: meta.contents.clone(),
    };
    let assembly = Assembly {
        meta,
        reference: reference.as_ref(),
        look: &look,
        ids: &ids,
        numbering: parts::numbering_defs(abstract_base, num_base, &body.ordered),
        logo: theme.and_then(|t| t.logo.as_ref()),
        page,
    };
    let links = std::mem::take(&mut body.links.targets);
    // The document part is written straight into the zip: the 10,000-control SoA's is tens of
    // megabytes of XML.
    package::package(&assembly, &links, |out| sections::write(out, &body, &frame))
}

/// Checks a reference document for validation: `Err` when it cannot be used, else the names of
/// the styles body text and headings rely on that it lacks (annexa's stand in).
pub fn inspect_reference(bytes: &[u8]) -> Result<Vec<String>, reference::Problem> {
    reference::read(bytes).map(|r| r.missing_key_styles())
}
