//! `annexa diff OLD NEW`: the change log between two decisions files, and the previous
//! version that `annexa build --previous` compares against.
//!
//! Both files are validated first; a report is only made from two valid files. The report is
//! a report: changes found still exit 0 (like a build), so scripts read the JSON rather than
//! the exit code. Exit 1 means a file is invalid, 2 that a file cannot be read or written.

use crate::diag::Diagnostics;
use crate::input as load;
use crate::model::Soa;
use crate::output::write;
use crate::render::markdown::Templates;
use crate::{diff, validate};
use clap::ValueEnum;
use std::path::Path;
use std::process::ExitCode;

/// Output of `annexa diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Md,
    Html,
    Json,
}

/// A decisions file's model, or `None` when it is invalid (its errors are printed). Warnings
/// are not printed: they say nothing about what changed.
pub fn valid(path: &Path) -> Result<Option<Soa>, String> {
    let loaded = load::load(path).map_err(|e| e.to_string())?;
    let v = validate::validate(loaded);
    if v.diagnostics.errors() > 0 {
        let errors = Diagnostics {
            items: v
                .diagnostics
                .items
                .iter()
                .filter(|d| d.severity == crate::diag::Severity::Error)
                .cloned()
                .collect(),
        };
        super::report(&errors, &v.sources);
        eprintln!("error: {} is not valid", path.display());
    }
    Ok(v.soa)
}

/// Runs `annexa diff`.
pub fn diff(
    old: &Path,
    new: &Path,
    format: DiffFormat,
    out: Option<&Path>,
    templates: Option<&Path>,
) -> Result<ExitCode, String> {
    let (a, b) = (valid(old)?, valid(new)?);
    let (Some(a), Some(b)) = (a, b) else {
        eprintln!("error: no change log is made from an invalid file");
        return Ok(ExitCode::from(1));
    };
    let changes = diff::diff(&a, &b);
    let user = match templates {
        Some(d) => load::read_templates(d).map_err(|e| e.to_string())?,
        None => Vec::new(),
    };
    let rendered = Templates::new(&user).and_then(|t| match format {
        DiffFormat::Md => crate::render::changes::markdown(&changes, &t),
        DiffFormat::Html => crate::render::changes::html(&changes, &b.organisation.name, &t),
        DiffFormat::Json => Ok(serde_json::to_string_pretty(&changes).unwrap_or_default() + "\n"),
    });
    let text = match rendered {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::from(1));
        }
    };
    match out {
        Some(path) => {
            write::write_atomic(path, text.as_bytes()).map_err(|e| e.to_string())?;
            say!(
                "wrote {} ({} change{})",
                path.display(),
                changes.total,
                if changes.total == 1 { "" } else { "s" }
            );
        }
        None => {
            use std::io::Write as _;
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
        }
    }
    Ok(ExitCode::SUCCESS)
}
