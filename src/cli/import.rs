//! `annexa import`: read an SoA spreadsheet and write a decisions file, or (`--update`) merge
//! an edited annexa XLSX back into the decisions file it came from. Prints the summary; writes
//! nothing when there is a problem.

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
    let bytes =
        std::fs::read(&a.file).map_err(|e| format!("cannot read {}: {e}", a.file.display()))?;
    let name = a.file.display().to_string();
    if let Some(soa) = &a.update {
        return run_update(soa, &name, &bytes, a.out.as_deref());
    }
    let out = a.out.unwrap_or_else(|| PathBuf::from("soa.yaml"));
    if out.exists() && !a.force {
        eprintln!(
            "error: {} already exists; annexa import does not overwrite it\n  help: pass --force to replace it, -o to write elsewhere, or --update {} to merge an edited annexa workbook into it",
            out.display(),
            out.display()
        );
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
            say!("{}", done.report.render().trim_end());
            say!("wrote {}", out.display());
            say!(
                "next: `annexa validate {0}` lists what is left to decide; `annexa build --draft {0}` builds a draft meanwhile",
                out.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            for p in &problems {
                eprint!("{}", p.render());
            }
            eprintln!("error: {name} was not imported; nothing was written");
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
    let text = std::fs::read(soa).map_err(|e| format!("cannot read {}: {e}", soa.display()))?;
    match update::update(soa, &text, name, bytes) {
        Ok(done) => {
            let target = out.unwrap_or(soa);
            if done.changed {
                crate::output::write::write_atomic(target, done.yaml.as_bytes())
                    .map_err(|e| e.to_string())?;
            }
            eprint!("{}", done.warnings);
            say!("{}", done.changes.trim_end());
            if done.changed {
                say!("wrote {}", target.display());
            } else {
                say!("{} is unchanged", soa.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(update::Failed::Problems(problems)) => {
            for p in &problems {
                eprint!("{}", p.render());
            }
            eprintln!(
                "error: {name} was not merged into {}; nothing was written",
                soa.display()
            );
            Ok(ExitCode::from(1))
        }
        Err(update::Failed::Other(e)) => Err(e),
    }
}
