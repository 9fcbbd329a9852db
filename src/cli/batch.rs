//! `annexa build a.yaml b.yaml …` (or a folder): one output folder per organisation.
//!
//! The library builds the inputs on every core ([`crate::pipeline::build_batch`]); this shows
//! progress as each finishes (a one-line bar when stderr is a terminal, a line per finished input
//! otherwise), then prints each input's report whole, in input order. The exit code is 1 when
//! any input failed.

use super::args::Resolved;
use crate::input::batch::{folder_names, inputs};
use crate::pipeline::{self, Source};
use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

/// Builds every input into `out/<name>/`.
pub(super) fn build_many(
    files: &[PathBuf],
    base: &Resolved,
    out: &Path,
) -> Result<ExitCode, String> {
    let inputs = inputs(files)?;
    let jobs: Vec<_> = (inputs.iter().zip(folder_names(&inputs)))
        .map(|(file, name)| (base.request(Source::File(file.clone())), out.join(name)))
        .collect();
    let progress = Progress::new(inputs.len());
    let results = pipeline::build_batch(&jobs, |i, r| progress.step(&inputs[i], r.is_ok()));
    progress.finish();
    let mut failed = Vec::new();
    for ((file, (_, dir)), result) in inputs.iter().zip(&jobs).zip(&results) {
        let stderr = match result {
            Ok((_, report)) => report.render(),
            Err(e) => super::build::failure_text(e),
        };
        if !stderr.is_empty() {
            super::tell(&format!("── {} ──\n{stderr}", file.display()));
        }
        match result {
            Ok((written, _)) => say!(
                "{}: wrote {} files to {}",
                super::shown(file),
                written.len(),
                super::shown(dir)
            ),
            Err(_) => failed.push(file.display().to_string()),
        }
    }
    let n = inputs.len();
    if failed.is_empty() {
        say!("built {n} of {n} organisations into {}", super::shown(out));
        return Ok(ExitCode::SUCCESS);
    }
    super::tell(&super::error_line(&format!(
        "{} of {n} inputs failed: {}",
        failed.len(),
        failed.join(", ")
    )));
    Ok(ExitCode::from(1))
}

/// Progress on stderr: a redrawn one-line bar on a terminal, one line per input otherwise.
struct Progress {
    total: usize,
    done: Mutex<(usize, usize)>,
    tty: bool,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress {
            total,
            done: Mutex::new((0, 0)),
            tty: std::io::stderr().is_terminal(),
        }
    }

    fn step(&self, file: &Path, ok: bool) {
        let Ok(mut d) = self.done.lock() else { return };
        d.0 += 1;
        if !ok {
            d.1 += 1;
        }
        let mut err = std::io::stderr().lock();
        if self.tty {
            const WIDTH: usize = 30;
            let filled = d.0 * WIDTH / self.total.max(1);
            let _ = write!(
                err,
                "\r[{}{}] {}/{} done, {} failed",
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                d.0,
                self.total,
                d.1
            );
            let _ = err.flush();
        } else {
            let what = if ok { "built" } else { "failed" };
            let line = format!("[{}/{}] {what} {}", d.0, self.total, file.display());
            let _ = writeln!(err, "{}", crate::diag::escape(&line));
        }
    }

    fn finish(&self) {
        if self.tty {
            eprintln!();
        }
    }
}
