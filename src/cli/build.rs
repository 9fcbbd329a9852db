//! `annexa build` and `annexa templates export`: the pipeline end to end, and its reporting.

use crate::input as load;
use crate::model::theme::Theme;
use crate::output::write;
use crate::render::markdown::{Templates, BUILTIN};
use crate::render::{self, Format};
use crate::{merge, validate};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The options `annexa build` shares between its two modes.
pub struct BuildArgs<'a> {
    pub out: &'a Path,
    pub formats: &'a [String],
    pub templates: Option<&'a Path>,
    pub deny_warnings: bool,
    /// A theme file for the blank toolkit set (`--theme`).
    pub theme: Option<&'a Path>,
    /// A previous decisions file: the SoA gains "Changes since version X".
    pub previous: Option<&'a Path>,
}

/// What one build did, for the CLI to print: its stderr text, the files written and the exit
/// code (0 written, 1 invalid input, 2 any other failure). Building it prints nothing, so that
/// several builds can run at once (see [`super::batch`]) and each report stays whole.
#[derive(Debug, Default)]
pub struct Outcome {
    pub stderr: String,
    pub written: Vec<PathBuf>,
    pub code: u8,
}

impl Outcome {
    fn fail(mut self, code: u8, message: impl std::fmt::Display) -> Outcome {
        self.stderr.push_str(&format!("error: {message}\n"));
        self.code = code;
        self
    }

    /// Prints the report (stderr) and the files written (stdout); returns the exit code.
    pub fn print(&self) -> ExitCode {
        eprint!("{}", self.stderr);
        for p in &self.written {
            say!("wrote {}", p.display());
        }
        ExitCode::from(self.code)
    }
}

/// Runs load → validate → merge → render → write.
pub fn build(file: &Path, args: &BuildArgs<'_>) -> Result<ExitCode, String> {
    Ok(build_one(file, args).print())
}

/// Like [`build`], printing nothing.
pub fn build_one(file: &Path, args: &BuildArgs<'_>) -> Outcome {
    let source_date_epoch = match source_date_epoch() {
        Ok(s) => s,
        Err(e) => return Outcome::default().fail(2, e),
    };
    match prepare(file, args, source_date_epoch) {
        Ok(p) => render_and_write(
            &p.doc,
            p.templates.as_deref(),
            p.theme.as_ref(),
            args,
            p.report,
        ),
        Err(out) => out,
    }
}

/// A valid input, merged: the document, the templates folder to use and every input's hash.
pub(super) struct Prepared {
    pub doc: merge::Document,
    pub templates: Option<PathBuf>,
    pub inputs: Vec<crate::output::bundle::Input>,
    pub theme: Option<crate::model::theme::Theme>,
    /// The validation report so far (warnings), to print with the rest.
    pub report: Outcome,
}

/// load → validate → merge, or the failed outcome (its report says why).
pub(super) fn prepare(
    file: &Path,
    args: &BuildArgs<'_>,
    source_date_epoch: Option<i64>,
) -> Result<Prepared, Outcome> {
    let mut out = Outcome::default();
    let loaded = load::load(file).map_err(|e| Outcome::default().fail(2, e))?;
    let base = loaded.base.clone();
    let inputs = loaded.inputs.clone();
    let v = validate::validate(loaded);
    out.stderr.push_str(&v.diagnostics.render(&v.sources));
    let failed = v.diagnostics.errors() > 0 || (args.deny_warnings && v.diagnostics.warnings() > 0);
    let Some(soa) = v.soa.filter(|_| !failed) else {
        let msg = format!("{} is not valid; nothing was written", file.display());
        return Err(out.fail(1, msg));
    };
    let dir: Option<PathBuf> = args
        .templates
        .map(Path::to_path_buf)
        .or_else(|| soa.templates.as_ref().map(|t| base.join(t)));
    let mut doc = merge::merge(&soa, merge::Options { source_date_epoch });
    if let Some(previous) = args.previous {
        match super::diff::valid(previous) {
            Ok(Some(old)) => doc.changes = Some(crate::diff::diff(&old, &soa)),
            Ok(None) => {
                return Err(out.fail(1, "the previous version is not valid; nothing was written"))
            }
            Err(e) => return Err(out.fail(2, e)),
        }
    }
    Ok(Prepared {
        doc,
        templates: dir,
        inputs,
        theme: v.theme,
        report: out,
    })
}

/// The toolkit set: every document from the shipped catalogs alone, with placeholders.
pub fn build_blank(args: &BuildArgs<'_>) -> Result<ExitCode, String> {
    let catalogs = load::SHIPPED
        .iter()
        .map(|s| super::shipped_catalog(s.0))
        .collect::<Result<Vec<_>, _>>()?;
    let doc = merge::blank(catalogs);
    let (theme, _, out) = match blank_theme(args.theme) {
        Ok(t) => t,
        Err(out) => return Ok(out.print()),
    };
    Ok(render_and_write(&doc, args.templates, theme.as_ref(), args, out).print())
}

/// The `--theme` file of a blank build, validated: the theme, its inputs (for a bundle's
/// manifest) and the report so far; or the failed outcome.
pub(super) fn blank_theme(
    path: Option<&Path>,
) -> Result<(Option<Theme>, Vec<crate::output::bundle::Input>, Outcome), Outcome> {
    let mut out = Outcome::default();
    let Some(path) = path else {
        return Ok((None, Vec::new(), out));
    };
    let loaded = load::load_theme(path);
    let inputs = loaded.inputs.clone();
    let v = validate::validate_theme(loaded);
    out.stderr.push_str(&v.diagnostics.render(&v.sources));
    match v.theme {
        Some(t) => Ok((Some(t), inputs, out)),
        None => {
            let msg = format!("{} is not valid; nothing was written", path.display());
            Err(out.fail(1, msg))
        }
    }
}

fn render_and_write(
    doc: &merge::Document,
    templates_dir: Option<&Path>,
    theme: Option<&crate::model::theme::Theme>,
    args: &BuildArgs<'_>,
    out: Outcome,
) -> Outcome {
    let formats = match parse_formats(args.formats) {
        Ok(f) => f,
        Err(e) => return out.fail(2, e),
    };
    let user = match templates_dir.map(load::read_templates).transpose() {
        Ok(u) => u.unwrap_or_default(),
        Err(e) => return out.fail(2, e),
    };
    let (rendered, mut out) = match render_files(doc, &user, &formats, theme, out) {
        Ok(r) => r,
        Err(out) => return out,
    };
    if args.deny_warnings && !rendered.warnings.is_empty() {
        return out.fail(1, "warnings denied; nothing was written");
    }
    match write::write_all(args.out, &rendered.files) {
        Ok(written) => out.written = written,
        Err(e) => return out.fail(2, e),
    }
    out
}

/// Templates (the user's, read from their folder, over the built-ins) → every document in `formats`, in memory;
/// render warnings go to the outcome's report.
pub(super) fn render_files(
    doc: &merge::Document,
    user: &[(String, String)],
    formats: &[Format],
    theme: Option<&crate::model::theme::Theme>,
    mut out: Outcome,
) -> Result<(render::Rendered, Outcome), Outcome> {
    let templates = match Templates::new(user) {
        Ok(t) => t,
        Err(e) => return Err(out.fail(1, format!("{e}\nnothing was written"))),
    };
    let rendering = match render_watchdog() {
        Ok(r) => r,
        Err(e) => return Err(out.fail(2, e)),
    };
    let rendered = render::render_themed(doc, &templates, formats, theme);
    rendering.store(true, std::sync::atomic::Ordering::SeqCst);
    let rendered = match rendered {
        Ok(r) => r,
        Err(e) => return Err(out.fail(1, format!("{e}\nnothing was written"))),
    };
    for w in &rendered.warnings {
        out.stderr.push_str(&format!("warning: {w}\n"));
    }
    Ok((rendered, out))
}

/// Tera bounds template recursion and our writer bounds output, but a user template can still
/// loop for hours writing nothing (nested `range` loops): after `ANNEXA_RENDER_TIMEOUT`
/// seconds (default 120) of rendering, the process stops with exit code 1. Nothing has been
/// written by then. Returns the flag to set when rendering is over.
fn render_watchdog() -> Result<std::sync::Arc<std::sync::atomic::AtomicBool>, String> {
    use std::sync::atomic::{AtomicBool, Ordering};
    let secs = match std::env::var("ANNEXA_RENDER_TIMEOUT") {
        Ok(v) => v.trim().parse::<u64>().map_err(|_| {
            format!("ANNEXA_RENDER_TIMEOUT must be a whole number of seconds, not `{v}`")
        })?,
        Err(_) => 120,
    };
    let done = std::sync::Arc::new(AtomicBool::new(false));
    let flag = done.clone();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(secs));
        if !flag.load(Ordering::SeqCst) {
            eprintln!(
                "error: rendering took more than {secs} s (a template that loops for ever?); \
                 nothing was written"
            );
            std::process::exit(1);
        }
    });
    Ok(done)
}

pub(super) fn parse_formats(formats: &[String]) -> Result<Vec<Format>, String> {
    let mut out = Vec::new();
    for f in formats {
        let f = f.trim().to_lowercase();
        if f == "all" {
            out.extend(Format::ALL);
            continue;
        }
        let parsed = Format::parse(&f).ok_or_else(|| {
            format!("unknown format `{f}` (use md, html, pdf, xlsx, csv, json or all)")
        })?;
        if !out.contains(&parsed) {
            out.push(parsed);
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// `SOURCE_DATE_EPOCH` (reproducible-builds.org): the build date, when set.
pub(super) fn source_date_epoch() -> Result<Option<i64>, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) if !v.trim().is_empty() => {
            v.trim().parse::<i64>().map(Some).map_err(|_| {
                format!("SOURCE_DATE_EPOCH must be a whole number of seconds, not `{v}`")
            })
        }
        _ => Ok(None),
    }
}

/// Writes the built-in templates (and their documentation) into `dir`.
pub fn export_templates(dir: &Path, force: bool) -> Result<ExitCode, String> {
    let readme = (
        "README.md",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/README.md")),
    );
    let files: Vec<(&str, &str)> = BUILTIN.iter().copied().chain([readme]).collect();
    let existing: Vec<String> = files
        .iter()
        .map(|(n, _)| dir.join(n))
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() && !force {
        eprintln!(
            "error: {} already exist(s); nothing was written\n  = help: pass --force to overwrite",
            existing.join(", ")
        );
        return Ok(ExitCode::from(1));
    }
    let files: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|(n, t)| ((*n).to_string(), t.as_bytes().to_vec()))
        .collect();
    let written = write::write_all(dir, &files).map_err(|e| e.to_string())?;
    for p in &written {
        say!("wrote {}", p.display());
    }
    say!(
        "override any of them with `annexa build --templates {}`",
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
