//! Render: the [`Document`] → files in memory, one set per document and format.
//!
//! Markdown comes from the tera templates ([`markdown`]); HTML is that Markdown through
//! pulldown-cmark inside the page template ([`crate::html`]); PDF is the same Markdown through
//! our own layout engine ([`crate::pdf`]). One source of text, three formats. Nothing here
//! touches the disk: [`crate::write`] does.

pub mod markdown;

use crate::merge::Document;
use markdown::{TemplateError, Templates};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    Md,
    Html,
    Pdf,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Md, Format::Html, Format::Pdf];

    pub fn ext(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL
            .into_iter()
            .find(|f| f.ext() == s || (s == "markdown" && *f == Format::Md))
    }
}

/// Files produced by a run, and warnings (e.g. a character the PDF font lacks).
#[derive(Debug, Default)]
pub struct Rendered {
    pub files: Vec<(String, Vec<u8>)>,
    pub warnings: Vec<String>,
}

/// Why rendering failed.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("template error: {0}")]
    Template(#[from] TemplateError),
}

/// One document to produce: its template and file stem.
struct Job<'a> {
    template: &'a str,
    stem: String,
}

/// Renders every document in every requested format.
pub fn render(
    doc: &Document,
    templates: &Templates,
    formats: &[Format],
) -> Result<Rendered, RenderError> {
    let jobs = [Job {
        template: "soa.md",
        stem: "statement-of-applicability".into(),
    }];
    let mut out = Rendered::default();
    for job in jobs {
        let md = templates.render(job.template, "doc", doc)?;
        for f in formats {
            let bytes = match f {
                Format::Md => md.clone().into_bytes(),
                Format::Html | Format::Pdf => continue,
            };
            out.files.push((format!("{}.{}", job.stem, f.ext()), bytes));
        }
    }
    Ok(out)
}
