//! The pipeline in one place: load → validate → merge → render, handing back the documents in
//! memory ([`build`]); writing them is a step of its own ([`write`](fn@write)), so a caller
//! decides where they go. [`build_into`] does both, writing each file as it is made (a long
//! build then does not hold them all).
//!
//! The CLI, tests, benches and fuzz targets call these functions rather than wiring the stages
//! themselves. Nothing here prints or exits: every outcome is a value. A [`Report`] carries
//! what the user should read (diagnostics with their sources, renderer warnings); an [`Error`]
//! says why nothing was produced and whether the input or something else is to blame
//! ([`Error::is_invalid_input`]), and the CLI turns that into an exit code.

mod batch;
mod bundle;
mod deadline;
mod diff;
pub mod draft;
mod locale;
mod prepare;
mod shipped;

pub use batch::{build_batch, BatchResult};
pub use bundle::{bundle, bundle_with, BundleOptions, Bundled};
pub use diff::{compare, Compared, DiffFormat};
pub use shipped::{shipped_catalog, shipped_catalogs};

use crate::diag::{Diagnostics, Severity, Sources};
use crate::input::digest::Input;
use crate::model::theme::Theme;
use crate::model::Soa;
use crate::output::write::Stage;
use crate::render::{Format, Rendered};
use crate::{input, merge, validate};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// What to build: one decisions file, or the blank toolkit set.
#[derive(Debug, Clone)]
pub enum Source {
    /// A decisions file (`soa.yaml`).
    File(PathBuf),
    /// The toolkit set from the shipped catalogs alone, optionally branded by a theme file.
    Blank { theme: Option<PathBuf> },
}

/// Everything a build needs, resolved by the caller before any work starts.
#[derive(Debug, Clone)]
pub struct Request {
    pub source: Source,
    /// The formats to render, deduplicated and in [`Format`] order.
    pub formats: Vec<Format>,
    /// A folder of template overrides; wins over `templates:` in the decisions file.
    pub templates: Option<PathBuf>,
    /// A previous decisions file: the SoA gains "Changes since version X".
    pub previous: Option<PathBuf>,
    /// Warnings fail the build.
    pub deny_warnings: bool,
    /// `SOURCE_DATE_EPOCH`, when set: the build date instead of the document's own.
    pub source_date_epoch: Option<i64>,
    /// How long rendering may take before the build fails (a user template that loops).
    pub render_timeout: Duration,
    /// The documents' language (`--lang`); wins over `document.language`.
    pub lang: Option<String>,
    /// A folder of message files (`--locale-dir`); wins over `locales:` in the decisions file.
    pub locale_dir: Option<PathBuf>,
    /// Build a draft (`build --draft`): undecided controls and missing fields are allowed,
    /// every page is marked DRAFT and the problems left are listed in the SoA's appendix.
    pub draft: bool,
}

impl Request {
    /// A request for `source` with every other option at its default (Markdown, HTML and PDF).
    pub fn new(source: Source) -> Request {
        Request {
            source,
            formats: vec![Format::Md, Format::Html, Format::Pdf],
            templates: None,
            previous: None,
            deny_warnings: false,
            source_date_epoch: None,
            render_timeout: DEFAULT_RENDER_TIMEOUT,
            lang: None,
            locale_dir: None,
            draft: false,
        }
    }
}

/// The note a build without `management_system:` gives.
const NO_MATRIX: &str = "no `management_system:` section, so no management-system matrix was \
     written; list how you meet clauses 4-10 under `management_system:` to add it (`annexa help \
     decisions`)";

/// Rendering time after which a build fails.
pub const DEFAULT_RENDER_TIMEOUT: Duration = Duration::from_secs(120);

/// What the user should read about a run: diagnostics (with the files they point into) and the
/// renderers' warnings (e.g. a character no font has).
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub diagnostics: Diagnostics,
    pub sources: Sources,
    pub warnings: Vec<String>,
    /// Things worth knowing that are not problems (e.g. a document not written, and how to
    /// ask for it).
    pub notes: Vec<String>,
}

impl Report {
    /// The report as the terminal shows it: diagnostics compiler-style, then `warning:` lines.
    pub fn render(&self) -> String {
        let mut out = self.diagnostics.render(&self.sources);
        for w in &self.warnings {
            out.push_str(&format!("warning: {w}\n"));
        }
        for n in &self.notes {
            out.push_str(&format!("note: {n}\n"));
        }
        out
    }

    /// The same report with its errors only (for files that are only read, not built).
    pub fn errors_only(&self) -> Report {
        let items = (self.diagnostics.items.iter())
            .filter(|d| d.severity == Severity::Error)
            .cloned()
            .collect();
        Report {
            diagnostics: Diagnostics { items },
            sources: self.sources.clone(),
            warnings: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// A finished build: every file in memory, what the user should read, and what went in.
#[derive(Debug)]
pub struct Built {
    pub files: Vec<(String, Vec<u8>)>,
    pub report: Report,
    /// Every input with its SHA-256 (for a bundle's manifest).
    pub inputs: Vec<Input>,
    /// The organisation's name (empty for the toolkit set) and the document date.
    pub organisation: String,
    pub date: String,
    /// The standards the documents cover, e.g. "ISO/IEC 27001:2022".
    pub standards: Vec<String>,
    /// The evidence files the decisions file names (for `bundle --with-evidence`), and the
    /// folder their paths start from.
    pub evidence: Vec<input::evidence::EvidenceRef>,
    pub base: PathBuf,
}

/// Why a run produced nothing. Every variant carries the report so far.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file cannot be read (the decisions file, a template folder).
    #[error("{0}")]
    Read(String),
    /// The input has errors (or warnings, when they are denied).
    #[error("{path} is not valid; nothing was written")]
    Invalid { path: String, report: Box<Report> },
    /// The previous version (`--previous`) has errors.
    #[error("the previous version {path} is not valid; nothing was written")]
    PreviousInvalid {
        path: String,
        /// The previous version's errors.
        previous: Box<Report>,
        report: Box<Report>,
    },
    /// A template does not parse or fails to render, or a renderer rejects what it was given.
    #[error("{error}\nnothing was written")]
    Render { error: String, report: Box<Report> },
    /// Warnings were denied and rendering gave some.
    #[error("warnings denied; nothing was written")]
    WarningsDenied { report: Box<Report> },
    /// Rendering took longer than the request allowed.
    #[error(
        "rendering took more than {secs} s (a template that loops for ever?); nothing was written"
    )]
    Timeout { secs: u64, report: Box<Report> },
    /// Files compared by `annexa diff` have errors: each file and its errors.
    #[error("no change log is made from an invalid file")]
    InvalidFiles { invalid: Vec<(String, Report)> },
    /// A file cannot be written, or a renderer failed for a reason that is not the input's.
    #[error("{error}")]
    Failed { error: String, report: Box<Report> },
}

impl Error {
    /// True when the user's input is to blame (exit code 1); false for everything else (2).
    pub fn is_invalid_input(&self) -> bool {
        matches!(
            self,
            Error::Invalid { .. }
                | Error::InvalidFiles { .. }
                | Error::PreviousInvalid { .. }
                | Error::Render { .. }
                | Error::WarningsDenied { .. }
        )
    }

    /// What the user should read before the error line, in order.
    pub fn reports(&self) -> Vec<&Report> {
        match self {
            Error::Read(_) => Vec::new(),
            Error::InvalidFiles { invalid } => invalid.iter().map(|(_, r)| r).collect(),
            Error::PreviousInvalid {
                previous, report, ..
            } => vec![&**previous, &**report],
            Error::Invalid { report, .. }
            | Error::Render { report, .. }
            | Error::WarningsDenied { report }
            | Error::Timeout { report, .. }
            | Error::Failed { report, .. } => vec![&**report],
        }
    }
}

/// A validated decisions file: its model, and what validation said.
#[derive(Debug)]
pub struct Checked {
    /// The model; `None` when the file has an error.
    pub soa: Option<Soa>,
    pub report: Report,
    /// Every input with its SHA-256.
    pub inputs: Vec<Input>,
    /// The folder the file's relative paths start from.
    pub base: PathBuf,
    pub theme: Option<Theme>,
    /// The templates of the folder the file's `templates:` names, read with the file.
    pub templates: Option<Vec<(String, String)>>,
    /// The evidence paths the file gives (each checked to exist).
    pub evidence: Vec<input::evidence::EvidenceRef>,
}

/// load → validate, and the evidence paths looked up on disk. `Err` only when the file itself
/// cannot be read.
pub fn check(path: &Path) -> Result<Checked, Error> {
    let mut loaded = input::load(path).map_err(|e| Error::Read(e.to_string()))?;
    let (base, mut inputs) = (loaded.base.clone(), loaded.inputs.clone());
    let templates = loaded.templates.take();
    let builtin_relations =
        (loaded.relations.as_ref()).is_some_and(|r| r.key == input::BUILTIN_RELATIONS);
    let v = validate::validate(loaded);
    if builtin_relations && v.soa.as_ref().is_some_and(|s| s.relations.is_some()) {
        inputs.push(prepare::builtin_relations_input());
    }
    let mut diagnostics = v.diagnostics;
    input::evidence::check_exists(&base, &v.evidence, &mut diagnostics);
    let soa = v.soa.filter(|_| diagnostics.errors() == 0);
    let mut report = Report {
        diagnostics,
        sources: v.sources,
        warnings: Vec::new(),
        notes: Vec::new(),
    };
    // The message files the file names are inputs too: `validate` reports their problems.
    let soa = soa.filter(|s| locale::check(s, &base, &mut report, path));
    Ok(Checked {
        soa,
        report,
        inputs,
        base,
        theme: v.theme,
        templates,
        evidence: v.evidence,
    })
}

/// load → validate → merge → render: every document of `req` in memory.
pub fn build(req: &Request) -> Result<Built, Error> {
    build_staged(req, None)
}

/// load → validate → merge → render → write: every document of `req` written into `dir`, all
/// or none, each file to its temporary name as soon as it is made (so no build holds them all;
/// see [`Stage`]). Returns the files written, in output order, and the report.
pub fn build_into(req: &Request, dir: &Path) -> Result<(Vec<PathBuf>, Report), Error> {
    let stage = Arc::new(Stage::new(dir));
    let built = match build_staged(req, Some(Arc::clone(&stage))) {
        Ok(built) => built,
        Err(e) => {
            stage.abandon();
            return Err(e);
        }
    };
    let order: Vec<&str> = built.files.iter().map(|(n, _)| n.as_str()).collect();
    match stage.commit(&order) {
        Ok(written) => Ok((written, built.report)),
        Err(e) => Err(Error::Failed {
            error: e.to_string(),
            report: built.report.into(),
        }),
    }
}

/// [`build`], with each file handed to `stage` as it is made when there is one (the
/// [`Built::files`] then have no bytes).
fn build_staged(req: &Request, stage: Option<Arc<Stage>>) -> Result<Built, Error> {
    let p = prepare_apart(req)?;
    let user = p.templates;
    let mut inputs = p.inputs;
    inputs.extend(
        user.iter()
            .map(|(name, text)| Input::new(format!("templates/{name}"), text.as_bytes())),
    );
    let organisation = if p.doc.blank {
        String::new()
    } else {
        p.doc.organisation.name.clone()
    };
    let date = p.doc.generated.clone();
    let standards = p.doc.standards.iter().map(|s| s.standard.clone()).collect();
    let mut report = p.report;
    let rendered = deadline::render(p.doc, user, req.formats.clone(), p.theme, req, stage);
    let rendered: Rendered = match rendered {
        Ok(r) => r,
        Err(e) => return Err(e.with_report(report)),
    };
    report.warnings = rendered.warnings;
    if req.deny_warnings && !report.warnings.is_empty() {
        return Err(Error::WarningsDenied {
            report: report.into(),
        });
    }
    Ok(Built {
        files: rendered.files,
        report,
        inputs,
        organisation,
        date,
        standards,
        evidence: p.evidence,
        base: p.base,
    })
}

/// load → validate → merge for [`build`], on a thread that ends with it. What parsing frees
/// then goes back to the allocator for the rendering threads to reuse; freed on the calling
/// thread, which only waits while rendering runs, it stayed resident to the end (about 40 MB
/// of the 10,000-control build's peak, BENCHMARKS.md).
///
/// Meanwhile a second thread does what every build needs and no input decides, once per
/// process: it parses the shipped catalogs (which the first thread then copies) and compiles
/// the built-in templates (which rendering then copies): the example's build, 0.8 and 2.0 ms
/// off its critical path. The calling thread only waits: when it worked too, the thread it had
/// just started often waited for a core until it was done (BENCHMARKS.md, issue 13's eighth
/// pass).
fn prepare_apart(req: &Request) -> Result<prepare::Prepared, Error> {
    std::thread::scope(|s| {
        let worker = s.spawn(|| match &req.source {
            Source::File(path) if req.draft => draft::prepare(path, req),
            Source::File(path) => prepare::prepare(path, req),
            Source::Blank { theme } => prepare::prepare_blank(theme.as_deref(), req),
        });
        s.spawn(|| {
            input::prepare();
            crate::render::markdown::Templates::prepare();
        });
        worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Writes a build's files into `dir`, all or none (see [`crate::output::write::write_all`]).
pub fn write(dir: &Path, built: &Built) -> Result<Vec<PathBuf>, Error> {
    crate::output::write::write_all(dir, &built.files).map_err(|e| Error::Failed {
        error: e.to_string(),
        report: built.report.clone().into(),
    })
}

/// Why rendering failed, before the report is attached.
enum RenderFailure {
    /// A template or renderer error (the input's fault).
    Render(String),
    Timeout(u64),
}

impl RenderFailure {
    fn with_report(self, report: Report) -> Error {
        match self {
            RenderFailure::Render(error) => Error::Render {
                error,
                report: report.into(),
            },
            RenderFailure::Timeout(secs) => Error::Timeout {
                secs,
                report: report.into(),
            },
        }
    }
}
