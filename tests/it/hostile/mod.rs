//! Files that are not what they seem, and mistakes that mislead (issue 20), through the real
//! binary: named pipes and devices where files belong, inputs over their size caps, image
//! decompression bombs, control and invisible characters, cascades of errors from one cause.
//!
//! Every case of the table in [`cases`] starts from a good build in `out/`, then breaks the
//! folder (a FIFO where the logo was, a symlink to `/dev/zero` …) and runs annexa again. Each
//! asserts the exit code, a message with file, line and column, that stderr carries no raw
//! control character, no OS error number and one `error:` prefix, bounded time (a short
//! watchdog: a FIFO that blocks `open()` fails the test instead of hanging it) and memory (the
//! builder samples the resident set), and that `out/` is byte for byte what the good build
//! left. [`images`] has the logo cases that succeed (a large PNG scaled down); [`slow`] the
//! heavy cases measured with `/usr/bin/time -v`, and the linear scaling of diagnostics.

mod cases;
mod images;
mod slow;

use crate::support::{skip, Output, Test};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

/// The small valid decisions file (three controls of `catalog.yaml`).
pub(super) fn valid() -> String {
    crate::support::repo_text("tests/invalid/valid/soa.yaml")
        .replace("../catalog.yaml", "catalog.yaml")
}

/// How many lines `valid()` has: a line appended to it is line `VALID_LINES + 1`.
pub(super) fn valid_lines() -> usize {
    valid().lines().count()
}

/// A folder with the valid file and its catalog, built once into `out/` (Markdown and HTML).
pub(super) fn good_build() -> Output {
    Test::new()
        .copy("tests/invalid/catalog.yaml", "catalog.yaml")
        .write("soa.yaml", valid())
        .args(["build", "soa.yaml", "--out", "out", "--format", "md,html"])
        .success()
}

/// Every file under `dir` with its bytes.
pub(super) fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("read output folder") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        out.insert(name, std::fs::read(&path).expect("read output file"));
    }
    out
}

/// Makes a named pipe at `path`; false (with a note) when `mkfifo` is not there.
pub(super) fn mkfifo(path: &Path) -> bool {
    match std::process::Command::new("mkfifo").arg(path).status() {
        Ok(s) if s.success() => true,
        _ => {
            skip("a named-pipe case", "`mkfifo` is not available");
            false
        }
    }
}

/// A symlink at `path` to `/dev/zero`.
pub(super) fn link_to_dev_zero(path: &Path) {
    std::os::unix::fs::symlink("/dev/zero", path).expect("symlink to /dev/zero");
}

/// Appends `text` to `soa.yaml` in `dir`.
pub(super) fn append(dir: &Path, text: &str) {
    let path = dir.join("soa.yaml");
    let mut s = std::fs::read_to_string(&path).expect("soa.yaml");
    s.push_str(text);
    std::fs::write(path, s).expect("write soa.yaml");
}

/// One hostile case: how it breaks the folder after the good build, the command, the exit
/// code, and what stderr must contain (a `file:line:col` among it).
pub(super) struct Case {
    pub name: &'static str,
    /// Breaks the folder; false when the case cannot be set up here (it then says why).
    pub setup: Box<dyn Fn(&Path) -> bool>,
    pub args: Vec<String>,
    pub code: i32,
    pub expect: Vec<String>,
}

/// What no report may contain: raw control characters, OS error numbers, `error: error:`.
pub(super) fn assert_clean(name: &str, stderr: &str) {
    let raw = stderr
        .chars()
        .find(|c| c.is_control() && *c != '\n' && *c != '\t');
    assert!(raw.is_none(), "{name}: raw {raw:?} in stderr:\n{stderr}");
    assert!(!stderr.contains("os error"), "{name}: {stderr}");
    assert!(!stderr.contains("error: error:"), "{name}: {stderr}");
}

/// Runs one case; `Err` says what went wrong (so every case runs and all failures show).
fn run(case: &Case) -> Result<(), String> {
    let first = good_build();
    let before = snapshot(&first.path().join("out"));
    if !(case.setup)(first.path()) {
        return Ok(());
    }
    let mut test = first
        .then()
        .args(&case.args)
        .timeout(Duration::from_secs(30))
        .max_memory_mb(400);
    for e in &case.expect {
        test = test.stderr_has(e.as_str());
    }
    let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| test.status(case.code)))
        .map_err(|e| {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_string()));
            msg.unwrap_or_default()
        })?;
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        assert_clean(case.name, &out.stderr)
    }))
    .map_err(|_| format!("stderr is not clean:\n{}", out.stderr))?;
    if snapshot(&out.path().join("out")) != before {
        return Err("the previous output changed".into());
    }
    Ok(())
}

#[test]
fn every_hostile_case_is_refused_cleanly_and_leaves_the_output_alone() {
    let cases = cases::all();
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| run(c).err().map(|e| format!("== {}:\n{e}", c.name)))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn json_reports_escape_what_a_terminal_would_obey_or_hide() {
    let o = good_build();
    // YAML escapes in a quoted key: a zero-width space and a C1 control (CSI).
    let text = valid().replacen("  T:C.3:", "  \"T:C.3\\u200b\\x9b\":", 1);
    std::fs::write(o.path().join("soa.yaml"), text).expect("write");
    let o = o
        .then()
        .args(["validate", "soa.yaml", "--format", "json"])
        .failure();
    assert!(
        !o.stdout.contains('\u{200b}') && !o.stdout.contains('\u{9b}'),
        "{}",
        o.stdout
    );
    assert!(o.stdout.contains("T:C.3\\u200b\\u009b"), "{}", o.stdout);
    let message = o.json()["diagnostics"][0]["message"].clone();
    assert!(
        message
            .as_str()
            .is_some_and(|m| m.starts_with("`T:C.3\u{200b}\u{9b}` holds")),
        "the JSON means the same: {message}"
    );
}
