//! `annexa build a.yaml b.yaml …` (or a folder): one output folder per organisation.
//!
//! Each input is built on its own ([`super::build::build_one`], which prints nothing) by a small
//! pool of threads taking the next input from a shared counter; the main thread prints each
//! report whole, in input order once all are done, and shows progress meanwhile (a one-line bar
//! when stderr is a terminal, a line per finished input otherwise). One failing input does not
//! stop the others: its report names its file, and the exit code is the worst of all.

use super::build::{build_one, BuildArgs, Outcome};
use std::collections::BTreeSet;
use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};

/// Expands the arguments: a file stays itself; a folder holding a `soa.yaml` is that file;
/// any other folder gives its own `*.yaml`/`*.yml` files and its subfolders' `soa.yaml`, sorted.
pub fn inputs(args: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for a in args {
        if !a.is_dir() {
            out.push(a.clone());
            continue;
        }
        if a.join("soa.yaml").is_file() {
            out.push(a.join("soa.yaml"));
            continue;
        }
        let mut found = BTreeSet::new();
        let entries =
            std::fs::read_dir(a).map_err(|e| format!("cannot read {}: {e}", a.display()))?;
        for entry in entries {
            let p = entry
                .map_err(|e| format!("cannot read {}: {e}", a.display()))?
                .path();
            let ext = p.extension().and_then(|e| e.to_str());
            if p.is_file() && matches!(ext, Some("yaml" | "yml")) {
                found.insert(p);
            } else if p.join("soa.yaml").is_file() {
                found.insert(p.join("soa.yaml"));
            }
        }
        if found.is_empty() {
            return Err(format!(
                "{} holds no decisions file (*.yaml, or a subfolder with soa.yaml)",
                a.display()
            ));
        }
        out.extend(found);
    }
    Ok(out)
}

/// The output folder name of each input: the file's stem, or its folder's name when the file
/// is `soa.yaml`; a name already taken gets `-2`, `-3` … in input order.
pub fn folder_names(inputs: &[PathBuf]) -> Vec<String> {
    let mut taken = BTreeSet::new();
    inputs
        .iter()
        .map(|p| {
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("soa");
            let folder = p
                .parent()
                .and_then(Path::file_name)
                .and_then(|s| s.to_str())
                .filter(|_| stem == "soa");
            let base = folder.unwrap_or(stem).to_string();
            let mut name = base.clone();
            let mut n = 1;
            while !taken.insert(name.clone()) {
                n += 1;
                name = format!("{base}-{n}");
            }
            name
        })
        .collect()
}

/// Builds every input into `args.out/<name>/`.
pub fn build_many(files: &[PathBuf], args: &BuildArgs<'_>) -> Result<ExitCode, String> {
    let inputs = inputs(files)?;
    let names = folder_names(&inputs);
    let outs: Vec<PathBuf> = names.iter().map(|n| args.out.join(n)).collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(inputs.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> =
        Mutex::new((0..inputs.len()).map(|_| None).collect());
    let (tx, rx) = mpsc::channel::<(usize, u8)>();
    let progress = Progress::new(inputs.len());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, results, inputs, outs) = (&next, &results, &inputs, &outs);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = inputs.get(i) else { break };
                let one = BuildArgs {
                    out: &outs[i],
                    ..*args
                };
                let outcome = build_one(file, &one);
                let code = outcome.code;
                if let Ok(mut r) = results.lock() {
                    r[i] = Some(outcome);
                }
                let _ = tx.send((i, code));
            });
        }
        drop(tx);
        for (i, code) in rx {
            progress.step(&inputs[i], code);
        }
    });
    progress.finish();
    let results = results.into_inner().map_err(|e| e.to_string())?;
    let mut worst = 0u8;
    let mut failed = Vec::new();
    for ((file, out), result) in inputs.iter().zip(&outs).zip(results) {
        let r = result.unwrap_or_else(|| Outcome {
            stderr: "error: the build did not finish\n".into(),
            code: 2,
            ..Outcome::default()
        });
        if !r.stderr.is_empty() {
            eprintln!("── {} ──", file.display());
            eprint!("{}", r.stderr);
        }
        if r.code == 0 {
            say!(
                "{}: wrote {} files to {}",
                file.display(),
                r.written.len(),
                out.display()
            );
        } else {
            failed.push(file.display().to_string());
        }
        worst = worst.max(r.code);
    }
    let n = inputs.len();
    if failed.is_empty() {
        say!("built {n} of {n} organisations into {}", args.out.display());
    } else {
        eprintln!(
            "error: {} of {n} inputs failed: {}",
            failed.len(),
            failed.join(", ")
        );
    }
    Ok(ExitCode::from(worst.min(1)))
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

    fn step(&self, file: &Path, code: u8) {
        let Ok(mut d) = self.done.lock() else { return };
        d.0 += 1;
        if code != 0 {
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
            let what = if code == 0 { "built" } else { "failed" };
            let _ = writeln!(err, "[{}/{}] {what} {}", d.0, self.total, file.display());
        }
    }

    fn finish(&self) {
        if self.tty {
            eprintln!();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_names_are_stems_or_folders_deduplicated() {
        let inputs: Vec<PathBuf> = [
            "a/soa.yaml",
            "b/acme.yaml",
            "c/acme.yml",
            "acme/soa.yaml",
            "soa.yaml",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        assert_eq!(
            folder_names(&inputs),
            ["a", "acme", "acme-2", "acme-3", "soa"]
        );
    }
}
