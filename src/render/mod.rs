//! Render: the [`Document`] → files in memory, one set per document and format.
//!
//! Markdown comes from the tera templates ([`markdown`]); HTML is that Markdown through
//! pulldown-cmark inside the page template ([`crate::render::html`]); PDF is the same Markdown through
//! our own layout engine ([`crate::render::pdf`]); DOCX is the same Markdown as WordprocessingML
//! ([`crate::render::docx`]). One source of text, four formats. Nothing here touches the disk:
//! [`crate::output::write`] does.

pub mod changes;
pub mod docx;
pub mod export;
pub mod html;
mod jobs;
pub mod markdown;
pub mod marks;
mod meta;
pub mod pdf;

use crate::merge::Document;
use crate::model::theme::Theme;
pub use jobs::{has_risk_plan, header_right, jobs, Job, RISK_PLAN};
use markdown::{TemplateError, Templates};
pub use meta::page_of;
use meta::{docx_meta, pdf_meta};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    Md,
    Html,
    Pdf,
    /// A Word document (one per document, like Markdown, HTML and PDF).
    Docx,
    /// The SoA as a workbook (one file, not per document).
    Xlsx,
    /// The SoA as one CSV row per control.
    Csv,
    /// The merged SoA with a versioned schema.
    Json,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Md,
        Format::Html,
        Format::Pdf,
        Format::Docx,
        Format::Xlsx,
        Format::Csv,
        Format::Json,
    ];

    pub fn ext(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
            Format::Json => "json",
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
    /// (file name, bytes) in output order; the bytes are empty for a file handed over as it
    /// was made (see [`render`]'s `hand`).
    pub files: Vec<(String, Vec<u8>)>,
    pub warnings: Vec<String>,
}

/// Takes a finished file (name, bytes) from [`render`] as soon as it is made.
pub type Hand<'a> = &'a (dyn Fn(&str, &[u8]) + Sync);

/// Why rendering failed.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("template error: {0}")]
    Template(#[from] TemplateError),
    /// A PDF could not be made; `file` names it.
    #[error("{file}: {source}")]
    Pdf {
        file: String,
        source: crate::render::pdf::PdfError,
    },
    #[error("XLSX: {0}")]
    Export(#[from] crate::render::export::ExportError),
    #[error("DOCX: {0}")]
    Docx(#[from] crate::render::docx::DocxError),
}

/// Renders every document in every requested format, with the organisation's branding when
/// there is a theme.
///
/// The document is turned into template values once. Then, on all cores, as tasks of one
/// pool: every document's Markdown; once the last is made (and the template values freed),
/// each (document, format) pair and the SoA exports, PDFs first (they take longest), then the
/// exports, then the other formats, each in document order (the workbook is no longer made
/// last and alone). Files and warnings come back in the order documents and formats are
/// listed, whichever thread finished first.
///
/// With `hand`, each file is handed over as soon as its task is done and not kept (the build
/// writes it to its temporary name then: the 10,000-control set's finished files are 76 MB,
/// BENCHMARKS.md); `Rendered::files` then lists the names with no bytes.
pub fn render(
    doc: &Document,
    templates: &Templates,
    formats: &[Format],
    theme: Option<&Theme>,
    hand: Option<Hand<'_>>,
) -> Result<Rendered, RenderError> {
    let jobs = jobs(doc);
    let exports: Vec<Format> = formats
        .iter()
        .copied()
        .filter(|f| matches!(f, Format::Xlsx | Format::Csv | Format::Json))
        .collect();
    let documents: Vec<Format> = formats
        .iter()
        .copied()
        .filter(|f| matches!(f, Format::Md | Format::Html | Format::Pdf | Format::Docx))
        .collect();
    let mut base = tera::Context::new();
    if !documents.is_empty() {
        base.insert("doc", doc);
    }
    // The template values (90 MB at 10,000 controls) are freed by the last Markdown task,
    // not held while the formats are made.
    let base = std::sync::RwLock::new(Some(base));
    let unmade = std::sync::atomic::AtomicUsize::new(jobs.len());
    let markdown: Vec<std::sync::OnceLock<String>> =
        jobs.iter().map(|_| std::sync::OnceLock::new()).collect();
    // Results are ordered by key: each document's Markdown (so a template error is reported
    // first, as the first document's), then (document, format) in output order, the exports.
    let n = jobs.len();
    let key = |j: usize, f: usize| n + j * documents.len() + f;
    let run = |task: Task| -> ((usize, Result<Rendered, RenderError>), Vec<Task>) {
        let (k, part) = match task {
            Task::Markdown(j) => {
                let read = base
                    .read()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                let mut ctx = read.clone().unwrap_or_default();
                drop(read);
                for (k, v) in &jobs[j].extra {
                    ctx.insert(k.clone(), v);
                }
                let md = templates
                    .render_markdown(&jobs[j].template, &ctx)
                    .map(|md| draft_banner(doc, md));
                drop(ctx);
                let part = match md {
                    Ok(md) => {
                        let _ = markdown[j].set(md);
                        Ok(Rendered::default())
                    }
                    Err(e) => Err(e.into()),
                };
                // The last Markdown made frees the template values and, when every document's
                // was made, releases the formats and the exports: the long PDFs are not made
                // beside the SoA's Markdown and its template values (at 10,000 controls 90 MB
                // more), and nothing is made for a build a template error has failed.
                if unmade.fetch_sub(1, std::sync::atomic::Ordering::AcqRel) != 1 {
                    return ((j, part), Vec::new());
                }
                let mut write = base
                    .write()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                drop(write.take());
                drop(write);
                if markdown.iter().any(|m| m.get().is_none()) {
                    return ((j, part), Vec::new());
                }
                let documents = &documents;
                let mut next: Vec<Task> = (0..n)
                    .flat_map(|d| {
                        (0..documents.len()).map(move |f| match documents[f] {
                            Format::Pdf => Task::Pdf(d, f),
                            _ => Task::Other(d, f),
                        })
                    })
                    .collect();
                if !exports.is_empty() {
                    next.push(Task::Exports);
                }
                return ((j, part), next);
            }
            Task::Pdf(j, f) | Task::Other(j, f) => {
                let md = markdown[j].get().map_or("", String::as_str);
                let part = render_format(doc, &jobs[j], md, templates, documents[f], theme);
                (key(j, f), part)
            }
            Task::Exports => (key(n, 0), render_exports(doc, &exports, theme)),
        };
        let mut part = part;
        if let (Ok(part), Some(hand)) = (&mut part, hand) {
            for (name, bytes) in &mut part.files {
                hand(name, &std::mem::take(bytes));
            }
        }
        ((k, part), Vec::new())
    };
    let start: Vec<Task> = if documents.is_empty() || n == 0 {
        exports.iter().take(1).map(|_| Task::Exports).collect()
    } else {
        (0..n).map(Task::Markdown).collect()
    };
    let mut parts = crate::par::graph(start, crate::par::cores(), run);
    parts.sort_by_key(|(k, _)| *k);
    let mut out = Rendered::default();
    for (_, part) in parts {
        let part = part?;
        out.files.extend(part.files);
        for w in part.warnings {
            if !out.warnings.contains(&w) {
                out.warnings.push(w);
            }
        }
    }
    Ok(out)
}

/// A task of [`render`], most urgent first: a document's Markdown, a document's PDF, the
/// exports, a document's other formats (document index, then index in the formats asked).
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Task {
    Markdown(usize),
    Pdf(usize, usize),
    Exports,
    Other(usize, usize),
}

/// A draft's Markdown opens with a line saying so (the HTML banner, the PDF watermark, the DOCX
/// and XLSX headers are drawn from the same [`Document::draft`] field).
fn draft_banner(doc: &Document, md: String) -> String {
    match &doc.draft {
        Some(d) => format!(
            "> {}\n\n{md}",
            doc.locale
                .t_args("draft-banner", &[("n", d.problems.len().into())])
        ),
        None => md,
    }
}

/// One document in one of Markdown, HTML, PDF or DOCX.
fn render_format(
    doc: &Document,
    job: &Job,
    md: &str,
    templates: &Templates,
    format: Format,
    theme: Option<&Theme>,
) -> Result<Rendered, RenderError> {
    let mut out = Rendered::default();
    let bytes = match format {
        Format::Html => html_page(doc, job, md, templates, theme)?.into_bytes(),
        Format::Pdf => {
            let meta = pdf_meta(doc, job, theme);
            let pdf = crate::render::pdf::render_with(md, &meta, figures(doc), theme).map_err(
                |source| RenderError::Pdf {
                    file: format!("{}.pdf", job.stem),
                    source,
                },
            )?;
            out.warnings = pdf
                .warnings
                .into_iter()
                .map(|w| format!("{}.pdf: {w}", job.stem))
                .collect();
            pdf.bytes
        }
        Format::Docx => {
            let meta = docx_meta(doc, job, theme);
            crate::render::docx::render(md, &meta, figures(doc), theme)?
        }
        _ => crate::render::marks::strip(md).into_bytes(),
    };
    out.files
        .push((format!("{}.{}", job.stem, format.ext()), bytes));
    Ok(out)
}

/// The SoA as a workbook, CSV and/or JSON.
fn render_exports(
    doc: &Document,
    formats: &[Format],
    theme: Option<&Theme>,
) -> Result<Rendered, RenderError> {
    let mut out = Rendered::default();
    for f in formats {
        let bytes = match f {
            Format::Xlsx => crate::render::export::xlsx(doc, theme)?,
            Format::Csv => crate::render::export::csv(doc),
            _ => crate::render::export::json(doc),
        };
        out.files
            .push((format!("statement-of-applicability.{}", f.ext()), bytes));
        if *f == Format::Csv && has_risk_plan(doc) {
            let bytes = crate::render::export::risks_csv(doc);
            out.files.push((format!("{RISK_PLAN}.csv"), bytes));
        }
    }
    Ok(out)
}

fn html_page(
    doc: &Document,
    job: &Job,
    md: &str,
    templates: &Templates,
    theme: Option<&Theme>,
) -> Result<String, RenderError> {
    let body = crate::render::html::markdown_to_html_with(md, figures(doc));
    let mut ctx = tera::Context::new();
    ctx.insert("title", &job.title);
    ctx.insert("lang", doc.locale.tag());
    ctx.insert("dir", doc.locale.dir());
    ctx.insert("skip", &doc.locale.t("html-skip-to-content"));
    ctx.insert("contents", &doc.locale.t("html-contents"));
    ctx.insert("subtitle", &doc.organisation.name);
    ctx.insert("header_right", &header_right(job, &doc.locale));
    let footer = format!(
        "{} · {} · {}",
        doc.organisation.name, job.title, job.classification
    );
    let theme = theme.cloned().unwrap_or_default();
    ctx.insert("footer", theme.footer.as_ref().unwrap_or(&footer));
    let logo = theme.logo.as_ref();
    let logo_uri = logo.map(|l| l.data_uri()).unwrap_or_default();
    ctx.insert("logo", &logo_uri);
    let alt = logo.and_then(|l| l.alt.clone());
    ctx.insert(
        "logo_alt",
        &alt.unwrap_or_else(|| doc.organisation.name.clone()),
    );
    ctx.insert("font_src", &theme.font.is_some());
    let generator = format!("annexa {}", doc.annexa_version);
    // A vendor's toolkit set names no tool in its text (the `generator` meta tag still does).
    let credit = if doc.blank {
        String::new()
    } else {
        doc.locale.t_args(
            "footer-generated-by",
            &[("generator", generator.clone().into())],
        )
    };
    ctx.insert("generator", &generator);
    ctx.insert("credit", &credit);
    // Each part is copied into the context; the original is dropped at once (a 10,000-control
    // SoA's page holds its body twice, not four times, while the template renders).
    let crate::render::html::HtmlBody {
        content,
        front,
        body,
        toc,
    } = body;
    // The page is its body and stylesheet, and the template's few kilobytes around them.
    let css = templates.css() + &theme_css(&theme);
    let size = front.len() + body.len() + css.len() + logo_uri.len() + toc.len() * 160 + 16 * 1024;
    ctx.insert("toc", &toc);
    ctx.insert("front", &front);
    drop(front);
    ctx.insert("content", &content);
    drop(content);
    ctx.insert("body", &body);
    drop(body);
    let mut css = css;
    if doc.draft.is_some() {
        css.push_str(DRAFT_CSS);
    }
    if doc.locale.rtl() {
        css.push_str(RTL_CSS);
    }
    ctx.insert("css", &css);
    ctx.insert("draft", &doc.draft.is_some());
    ctx.insert("draft_mark", &doc.locale.t("draft-mark"));
    Ok(templates.render_context("page.html", &ctx, size)?)
}

/// The draft banner's style (only in drafts, so other pages are unchanged): a red bar that
/// stays at the top of the window on screen; printed, a pale diagonal mark across the middle of
/// every page (as the PDF's watermark), which hides nothing under it.
/// A right-to-left page: what the stylesheet places on the left goes to the right (the hidden
/// skip link, which would otherwise widen the page, and the rules beside the contents and
/// quotes). Appended only for such a page, so left-to-right pages are unchanged.
const RTL_CSS: &str = "\n[dir=\"rtl\"] .skip-link { left: auto; right: -999px; }\n[dir=\"rtl\"] .skip-link:focus { right: 0.5rem; }\n[dir=\"rtl\"] .toc a { border-left: 0; border-right: 2px solid var(--rule); padding: 0.2rem 0.5rem 0.2rem 0; }\n[dir=\"rtl\"] .toc .toc-level-3 a { padding-left: 0; padding-right: 1.25rem; }\n[dir=\"rtl\"] blockquote { border-left: 0; border-right: 3px solid var(--rule-strong); }\n[dir=\"rtl\"] caption, [dir=\"rtl\"] th, [dir=\"rtl\"] td { text-align: right; }\n";

const DRAFT_CSS: &str = "\n.draft-banner { position: sticky; top: 0; z-index: 10; background: #b42318; color: #fff; text-align: center; font-weight: 700; letter-spacing: 0.3em; padding: 0.35rem; }\n@media print { .draft-banner { position: fixed; top: 45%; left: 0; right: 0; background: none; color: rgba(180, 35, 24, 0.16); font-size: 30pt; letter-spacing: 0.15em; white-space: nowrap; padding: 0; transform: rotate(-30deg); pointer-events: none; } }\n";

/// The theme's CSS, after the stylesheet: accent colour, font faces, logo size. Empty without
/// a theme, so unbranded pages are unchanged.
fn theme_css(theme: &Theme) -> String {
    let mut css = String::new();
    if let Some(a) = theme.accent {
        css.push_str(&format!(
            "\n:root {{ --accent: {}; }}\nh2, h3 {{ color: var(--accent); }}\nthead th {{ border-bottom: 2px solid var(--accent); }}\n",
            a.hex()
        ));
    }
    if let Some(f) = &theme.font {
        let family = f.family.replace(['"', '\\', '<', '>'], "");
        let faces = [
            (Some(&f.regular), "normal", "400"),
            (f.bold.as_ref(), "normal", "700"),
            (f.italic.as_ref(), "italic", "400"),
        ];
        for (bytes, style, weight) in faces {
            if let Some(b) = bytes {
                css.push_str(&format!(
                    "@font-face {{ font-family: \"{family}\"; font-style: {style}; font-weight: {weight}; src: url(data:font/ttf;base64,{}) format(\"truetype\"); }}\n",
                    crate::model::theme::base64(b)
                ));
            }
        }
        css.push_str(&format!(
            "body {{ font-family: \"{family}\", system-ui, sans-serif; }}\n"
        ));
    }
    if theme.logo.is_some() {
        css.push_str(
            ".page-header .logo { height: 2.25rem; width: auto; margin-right: 0.75rem; }\n",
        );
    }
    css
}

/// The chart a document draws at its marker; none in the toolkit set.
fn chart(doc: &Document) -> Option<&crate::merge::chart::Chart> {
    (!doc.chart.bars.is_empty()).then_some(&doc.chart)
}

/// Everything a document's marks may draw: the chart and the risk heat maps.
fn figures(doc: &Document) -> marks::Figures<'_> {
    marks::Figures {
        chart: chart(doc),
        heatmaps: &doc.risk_plan.heatmaps,
    }
}
