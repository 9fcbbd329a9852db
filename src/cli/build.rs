//! `annexa validate`, `annexa build` (one input or the blank set) and `annexa bundle`: call the
//! library, print its report and what was written, pick the exit code.

use super::ReportFormat;
use crate::pipeline::{self, Error, Request};
use std::path::Path;
use std::process::ExitCode;

/// Prints an error's reports and its message on stderr; returns its exit code (1 when the input
/// is to blame, 2 otherwise).
pub(super) fn fail(e: &Error) -> ExitCode {
    super::tell(&failure_text(e));
    ExitCode::from(exit_code(e))
}

/// 1 for invalid input, 2 for anything else.
pub(super) fn exit_code(e: &Error) -> u8 {
    if e.is_invalid_input() {
        1
    } else {
        2
    }
}

/// What the terminal shows for a failed run: every report, then `error: …`.
pub(super) fn failure_text(e: &Error) -> String {
    let mut out = String::new();
    if let Error::InvalidFiles { invalid } = e {
        for (path, report) in invalid {
            out.push_str(&report.render());
            out.push_str(&super::error_line(&format!("{path} is not valid")));
        }
    } else {
        for r in e.reports() {
            out.push_str(&r.render());
        }
    }
    out.push_str(&super::error_line(&e.to_string()));
    out
}

/// `annexa validate`.
pub(super) fn validate(
    file: &Path,
    format: ReportFormat,
    deny_warnings: bool,
) -> Result<ExitCode, String> {
    let c = pipeline::check(file).map_err(|e| e.to_string())?;
    let d = &c.report.diagnostics;
    let failed = d.errors() > 0 || (deny_warnings && d.warnings() > 0);
    match format {
        ReportFormat::Json => {
            let mut json = d.to_json(&c.report.sources);
            json["valid"] = (!failed).into();
            let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
            say!("{}", crate::diag::escape::json_safe(&text));
        }
        ReportFormat::Text => {
            super::tell(&c.report.render());
            if let Some(soa) = c.soa.as_ref().filter(|_| !failed) {
                let catalogs: Vec<&str> = soa.catalogs.iter().map(|c| c.name.as_str()).collect();
                say!(
                    "{}: valid, {} controls decided ({})",
                    super::shown(file),
                    soa.decisions.len(),
                    crate::diag::escape(&catalogs.join(", "))
                );
            }
        }
    }
    Ok(ExitCode::from(u8::from(failed)))
}

/// `annexa build FILE` or `annexa build --blank`: build, write into `out`, print.
pub(super) fn build(req: Request, out: &Path) -> Result<ExitCode, String> {
    match pipeline::build_into(&req, out) {
        Ok((written, report)) => {
            super::tell(&report.render());
            for p in &written {
                say!("wrote {}", super::shown(p));
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => Ok(fail(&e)),
    }
}

/// `annexa bundle`: build in every format, zip, write the zip atomically.
pub(super) fn bundle(
    req: Request,
    out: &Path,
    opts: pipeline::BundleOptions,
) -> Result<ExitCode, String> {
    let b = match pipeline::bundle_with(&req, opts) {
        Ok(b) => b,
        Err(e) => return Ok(fail(&e)),
    };
    super::tell(&b.report.render());
    crate::output::write::write_atomic(out, &b.zip).map_err(|e| e.to_string())?;
    say!("wrote {}", super::shown(out));
    let evidence = match b.evidence {
        0 => String::new(),
        1 => ", 1 evidence file".to_string(),
        n => format!(", {n} evidence files"),
    };
    say!(
        "{} documents{evidence}, manifest.json, SHA256SUMS and README.txt in {}",
        b.documents,
        super::shown(out)
    );
    Ok(ExitCode::SUCCESS)
}
