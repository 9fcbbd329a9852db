//! Arguments resolved once, before any work: formats parsed, `SOURCE_DATE_EPOCH` and
//! `ANNEXA_RENDER_TIMEOUT` read (clap parses, this resolves, as ripgrep's `LowArgs` → `HiArgs`).
//! A mistake here is reported before a single input is read.

use crate::pipeline::{Request, Source, DEFAULT_RENDER_TIMEOUT};
use crate::render::Format;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// `build --out`: a folder (created when missing), so an existing file there is a mistake,
/// reported before any input is read.
pub(super) fn out_folder(out: &Path) -> Result<(), String> {
    match std::fs::metadata(out) {
        Ok(m) if !m.is_dir() => Err(format!(
            "--out must be a folder, and `{}` is a file\n  = help: name a folder for the documents (annexa creates it when missing)",
            out.display()
        )),
        _ => Ok(()),
    }
}

/// The options every build of one command shares; [`Resolved::request`] adds the input.
#[derive(Debug, Clone)]
pub(super) struct Resolved {
    formats: Vec<Format>,
    templates: Option<PathBuf>,
    previous: Option<PathBuf>,
    deny_warnings: bool,
    source_date_epoch: Option<i64>,
    render_timeout: Duration,
    lang: Option<String>,
    locale_dir: Option<PathBuf>,
    /// `build --draft`.
    pub(super) draft: bool,
}

impl Resolved {
    pub(super) fn new(
        formats: &[String],
        templates: Option<PathBuf>,
        previous: Option<PathBuf>,
        deny_warnings: bool,
    ) -> Result<Resolved, String> {
        Ok(Resolved {
            formats: parse_formats(formats)?,
            templates,
            previous,
            deny_warnings,
            source_date_epoch: source_date_epoch()?,
            render_timeout: render_timeout()?,
            lang: None,
            locale_dir: None,
            draft: false,
        })
    }

    /// The documents' language (`--lang`) and a folder of message files (`--locale-dir`).
    pub(super) fn language(mut self, lang: Option<String>, locale_dir: Option<PathBuf>) -> Self {
        self.lang = lang;
        self.locale_dir = locale_dir;
        self
    }

    /// The request to build `source` with these options.
    pub(super) fn request(&self, source: Source) -> Request {
        Request {
            source,
            formats: self.formats.clone(),
            templates: self.templates.clone(),
            previous: self.previous.clone(),
            deny_warnings: self.deny_warnings,
            source_date_epoch: self.source_date_epoch,
            render_timeout: self.render_timeout,
            lang: self.lang.clone(),
            locale_dir: self.locale_dir.clone(),
            draft: self.draft,
        }
    }
}

/// `--format` values (comma-separated, `all` for every format) as formats, deduplicated and in
/// [`Format`] order.
pub(super) fn parse_formats(formats: &[String]) -> Result<Vec<Format>, String> {
    let mut out = Vec::new();
    for f in formats {
        let f = f.trim().to_lowercase();
        if f == "all" {
            out.extend(Format::ALL);
            continue;
        }
        let parsed = Format::parse(&f).ok_or_else(|| {
            format!("unknown format `{f}` (use md, html, pdf, docx, xlsx, csv, json or all)")
        })?;
        out.push(parsed);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// `SOURCE_DATE_EPOCH` (reproducible-builds.org): the build date, when set.
fn source_date_epoch() -> Result<Option<i64>, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) if !v.trim().is_empty() => {
            v.trim().parse::<i64>().map(Some).map_err(|_| {
                format!("SOURCE_DATE_EPOCH must be a whole number of seconds, not `{v}`")
            })
        }
        _ => Ok(None),
    }
}

/// `ANNEXA_RENDER_TIMEOUT`: seconds rendering may take (default 120).
fn render_timeout() -> Result<Duration, String> {
    match std::env::var("ANNEXA_RENDER_TIMEOUT") {
        Ok(v) => v
            .trim()
            .parse::<u64>()
            .map(Duration::from_secs)
            .map_err(|_| {
                format!("ANNEXA_RENDER_TIMEOUT must be a whole number of seconds, not `{v}`")
            }),
        Err(_) => Ok(DEFAULT_RENDER_TIMEOUT),
    }
}
