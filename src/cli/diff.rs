//! `annexa diff OLD NEW`: print or write the change log.
//!
//! The report is a report: changes found still exit 0, so scripts read the JSON rather than the
//! exit code. Exit 1 means a file is invalid, 2 that a file cannot be read or written.

use crate::pipeline::{self, DiffFormat};
use std::path::Path;
use std::process::ExitCode;

/// Runs `annexa diff`.
pub(super) fn diff(
    old: &Path,
    new: &Path,
    format: DiffFormat,
    out: Option<&Path>,
    templates: Option<&Path>,
) -> Result<ExitCode, String> {
    let c = match pipeline::compare(old, new, format, templates) {
        Ok(c) => c,
        Err(e) => return Ok(super::build::fail(&e)),
    };
    match out {
        Some(path) => {
            crate::output::write::write_atomic(path, c.text.as_bytes())
                .map_err(|e| e.to_string())?;
            say!(
                "wrote {} ({} change{})",
                super::shown(path),
                c.total,
                if c.total == 1 { "" } else { "s" }
            );
        }
        None => {
            use std::io::Write as _;
            // Valid files hold no control character; JSON on a terminal escapes the invisible
            // ones too (the same JSON to a parser).
            let text = match format {
                DiffFormat::Json => crate::diag::escape::json_safe(&c.text),
                _ => std::borrow::Cow::Borrowed(c.text.as_str()),
            };
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
        }
    }
    Ok(ExitCode::SUCCESS)
}
