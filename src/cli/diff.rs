//! `annexa diff OLD NEW`: print or write the change log.
//!
//! The report is a report: changes found still exit 0, so scripts read the JSON rather than the
//! exit code. Exit 1 means a file is invalid, 2 that a file cannot be read or written.

use crate::pipeline::{self, DiffFormat};
use std::io::IsTerminal as _;
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
    if format == DiffFormat::Docx && out.is_none() && std::io::stdout().is_terminal() {
        return Err(
            "a Word change log is a binary file: write it with --out FILE (or redirect the output)"
                .into(),
        );
    }
    let c = match pipeline::compare(old, new, format, templates) {
        Ok(c) => c,
        Err(e) => return Ok(super::build::fail(&e)),
    };
    match out {
        Some(path) => {
            crate::output::write::write_atomic(path, &c.bytes).map_err(|e| e.to_string())?;
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
            // ones too (the same JSON to a parser). A DOCX is bytes.
            let text = match format {
                DiffFormat::Json => {
                    let json = String::from_utf8_lossy(&c.bytes);
                    crate::diag::escape::json_safe(&json)
                        .into_owned()
                        .into_bytes()
                }
                _ => c.bytes.clone(),
            };
            let _ = std::io::stdout().lock().write_all(&text);
        }
    }
    Ok(ExitCode::SUCCESS)
}
