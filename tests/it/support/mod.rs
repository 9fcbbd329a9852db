//! Helpers shared by the test modules: where the repository and its example are, the `Test`
//! builder that runs the real binary ([`test`]), golden files ([`golden`]), and readers of the
//! documents ([`rows`], [`sample`]).
#![allow(dead_code)]

pub mod golden;
pub mod rows;
pub mod sample;
pub mod test;

pub use test::{Output, Test};

use std::path::{Path, PathBuf};

/// The crate root: fixtures, examples and catalogs are found from here.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `examples/lumora/soa.yaml`, the bundled example that decides all 131 controls.
pub fn lumora_path() -> PathBuf {
    root().join("examples/lumora/soa.yaml")
}

/// The text of the bundled example.
pub fn lumora() -> String {
    std::fs::read_to_string(lumora_path()).expect("read the Lumora example")
}

/// A file of the repository, as text.
pub fn repo_text(path: &str) -> String {
    read(&root(), path)
}

/// `dir/name` as text, or a panic naming the file.
pub fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The names in `dir` that `keep` accepts, sorted; none when `dir` does not exist.
pub fn names(dir: &Path, keep: impl Fn(&str) -> bool) -> std::collections::BTreeSet<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| keep(n))
                .collect()
        })
        .unwrap_or_default()
}

/// Temporary files (`*.tmp`) left in `dir`.
pub fn leftovers(dir: &Path) -> Vec<String> {
    names(dir, |n| n.ends_with(".tmp")).into_iter().collect()
}

/// Says why a test (or part of one) did not run. Written to stderr directly, not through
/// `eprintln!`, so that libtest's output capture does not hide it in a passing run.
pub fn skip(what: &str, why: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "note: {what} skipped: {why}");
}
