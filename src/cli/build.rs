//! `annexa build` and `annexa templates export`: the pipeline end to end, and its reporting.

use super::report;
use crate::render::markdown::{Templates, BUILTIN};
use crate::render::{self, Format};
use crate::{load, merge, validate, write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The options `annexa build` shares between its two modes.
pub struct BuildArgs<'a> {
    pub out: &'a Path,
    pub formats: &'a [String],
    pub templates: Option<&'a Path>,
    pub deny_warnings: bool,
}

/// Runs load → validate → merge → render → write.
pub fn build(file: &Path, args: &BuildArgs<'_>) -> Result<ExitCode, String> {
    let source_date_epoch = source_date_epoch()?;
    let loaded = load::load(file).map_err(|e| e.to_string())?;
    let base = loaded.base.clone();
    let v = validate::validate(loaded);
    report(&v.diagnostics, &v.sources);
    let failed = v.diagnostics.errors() > 0 || (args.deny_warnings && v.diagnostics.warnings() > 0);
    let Some(soa) = v.soa.filter(|_| !failed) else {
        eprintln!(
            "error: {} is not valid; nothing was written",
            file.display()
        );
        return Ok(ExitCode::from(1));
    };
    let dir: Option<PathBuf> = args
        .templates
        .map(Path::to_path_buf)
        .or_else(|| soa.templates.as_ref().map(|t| base.join(t)));
    let doc = merge::merge(&soa, merge::Options { source_date_epoch });
    render_and_write(&doc, dir.as_deref(), args)
}

/// The toolkit set: every document from the shipped catalogs alone, with placeholders.
pub fn build_blank(args: &BuildArgs<'_>) -> Result<ExitCode, String> {
    let catalogs = load::SHIPPED
        .iter()
        .map(|s| super::shipped_catalog(s.0))
        .collect::<Result<Vec<_>, _>>()?;
    let doc = merge::blank(catalogs);
    render_and_write(&doc, args.templates, args)
}

fn render_and_write(
    doc: &merge::Document,
    templates_dir: Option<&Path>,
    args: &BuildArgs<'_>,
) -> Result<ExitCode, String> {
    let formats = parse_formats(args.formats)?;
    let user = match templates_dir {
        Some(d) => load::read_templates(d).map_err(|e| e.to_string())?,
        None => Vec::new(),
    };
    let templates = match Templates::new(&user) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}\nnothing was written");
            return Ok(ExitCode::from(1));
        }
    };
    let rendering = render_watchdog()?;
    let rendered = render::render(doc, &templates, &formats);
    rendering.store(true, std::sync::atomic::Ordering::SeqCst);
    let rendered = match rendered {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}\nnothing was written");
            return Ok(ExitCode::from(1));
        }
    };
    for w in &rendered.warnings {
        eprintln!("warning: {w}");
    }
    if args.deny_warnings && !rendered.warnings.is_empty() {
        eprintln!("error: warnings denied; nothing was written");
        return Ok(ExitCode::from(1));
    }
    let written = write::write_all(args.out, &rendered.files).map_err(|e| e.to_string())?;
    for p in &written {
        say!("wrote {}", p.display());
    }
    Ok(ExitCode::SUCCESS)
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

fn parse_formats(formats: &[String]) -> Result<Vec<Format>, String> {
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

/// Writes the built-in templates (and their documentation) into `dir`.
pub fn export_templates(dir: &Path, force: bool) -> Result<ExitCode, String> {
    let readme = ("README.md", include_str!("../../templates/README.md"));
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
