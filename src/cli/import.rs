//! `annexa import`: read an SoA spreadsheet and write a decisions file, or (`--update`) merge
//! an edited annexa XLSX back into the decisions file it came from. Prints the summary; writes
//! nothing when there is a problem. Exit codes: 1 for a spreadsheet (or an edit) the import
//! refuses, and for one over the size cap; 2 for a file that cannot be read at all, an output
//! that exists already, or a failure to write.
//!
//! Everything the summary and the problems quote comes from the user's cells: it is printed
//! with control and invisible characters escaped, on stdout as on stderr.

use super::{shown, tell};
use crate::input::files::{self, Kind, ReadError};
use crate::input::import::{self, update, Options};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What `annexa import` was given.
pub(super) struct Args {
    pub file: PathBuf,
    pub sheet: Option<String>,
    pub maps: Vec<String>,
    pub out: Option<PathBuf>,
    pub force: bool,
    pub update: Option<PathBuf>,
}

pub(super) fn import(a: Args) -> Result<ExitCode, String> {
    let maps = a
        .maps
        .iter()
        .map(|m| import::parse_map(m))
        .collect::<Result<Vec<_>, _>>()?;
    let name = a.file.display().to_string();
    let bytes = match read(&a.file, Kind::Spreadsheet) {
        Ok(b) => b,
        Err(code) => return Ok(code),
    };
    if let Some(soa) = &a.update {
        return run_update(soa, &name, &bytes, a.out.as_deref());
    }
    let out = a.out.unwrap_or_else(|| PathBuf::from("soa.yaml"));
    if out.exists() && !a.force {
        tell(&format!(
            "error: {0} already exists; annexa import does not overwrite it\n  help: pass --force to replace it, -o to write elsewhere, or --update {0} to merge an edited annexa workbook into it\n",
            out.display()
        ));
        return Ok(ExitCode::from(2));
    }
    let catalogs = crate::pipeline::shipped_catalogs()?;
    let opts = Options {
        sheet: a.sheet,
        maps,
    };
    match import::import(&name, &bytes, &opts, &catalogs) {
        Ok(done) => {
            crate::output::write::write_atomic(&out, done.yaml.as_bytes())
                .map_err(|e| e.to_string())?;
            say!("{}", crate::diag::escape(done.report.render().trim_end()));
            say!("wrote {}", shown(&out));
            say!(
                "next: `annexa validate {0}` lists what is left to decide; `annexa build --draft {0}` builds a draft meanwhile",
                shown(&out)
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            for p in &problems {
                tell(&p.render());
            }
            tell(&format!(
                "error: {name} was not imported; nothing was written\n"
            ));
            Ok(ExitCode::from(1))
        }
    }
}

fn run_update(
    soa: &Path,
    name: &str,
    bytes: &[u8],
    out: Option<&Path>,
) -> Result<ExitCode, String> {
    let text = match read(soa, Kind::Yaml) {
        Ok(t) => t,
        Err(code) => return Ok(code),
    };
    match update::update(soa, &text, name, bytes) {
        Ok(done) => {
            let target = out.unwrap_or(soa);
            if done.changed {
                crate::output::write::write_atomic(target, done.yaml.as_bytes())
                    .map_err(|e| e.to_string())?;
            }
            tell(&done.warnings);
            say!("{}", crate::diag::escape(done.changes.trim_end()));
            if done.changed {
                say!("wrote {}", shown(target));
            } else {
                say!("{} is unchanged", shown(soa));
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(update::Failed::Problems(problems)) => {
            for p in &problems {
                tell(&p.render());
            }
            tell(&format!(
                "error: {name} was not merged into {}; nothing was written\n",
                soa.display()
            ));
            Ok(ExitCode::from(1))
        }
        Err(update::Failed::Other(e)) => Err(e),
    }
}

/// Reads an input through the size cap: over it is invalid input (exit 1), anything else that
/// stops the read (missing, a folder, a FIFO, permissions) exit 2. The message is printed here.
fn read(path: &Path, kind: Kind) -> Result<Vec<u8>, ExitCode> {
    files::read(path, kind).map_err(|e| {
        let code = if matches!(e, ReadError::TooLarge(_)) {
            1
        } else {
            2
        };
        tell(&format!(
            "error: cannot read {}: {e}\n  help: {}\n",
            path.display(),
            e.help()
        ));
        ExitCode::from(code)
    })
}
