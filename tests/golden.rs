//! Golden documents: each case is built with the real binary and its Markdown and HTML
//! compared byte for byte with `tests/fixtures/<case>/expected/`. `BLESS=1 cargo test --test
//! golden` rewrites the expected files so a change shows as a reviewable diff. A case fails when
//! an expected file is no longer produced, or a produced file has no expected twin.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// (case, decisions file relative to the crate root).
const CASES: &[(&str, &str)] = &[
    ("lumora", "examples/lumora/soa.yaml"),
    ("hostile", "tests/fixtures/hostile/soa.yaml"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn build(input: &Path, out: &Path, formats: &str) {
    let output = Command::new(env!("CARGO_BIN_EXE_annexa"))
        .arg("build")
        .arg(input)
        .arg("--out")
        .arg(out)
        .arg("--format")
        .arg(formats)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("run annexa");
    assert!(
        output.status.success(),
        "annexa build {} failed:\n{}",
        input.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn names(dir: &Path, keep: impl Fn(&str) -> bool) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| keep(n))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn golden_documents() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for (case, input) in CASES {
        let tmp = tempfile::tempdir().expect("tempdir");
        build(&root().join(input), tmp.path(), "md,html");
        let expected_dir = root().join("tests/fixtures").join(case).join("expected");
        let textual = |n: &str| n.ends_with(".md") || n.ends_with(".html");
        let produced = names(tmp.path(), textual);
        let expected = names(&expected_dir, textual);
        if bless {
            std::fs::create_dir_all(&expected_dir).expect("mkdir");
            for stale in expected.difference(&produced) {
                std::fs::remove_file(expected_dir.join(stale)).expect("remove stale");
            }
            for name in &produced {
                std::fs::copy(tmp.path().join(name), expected_dir.join(name)).expect("bless");
            }
            continue;
        }
        for missing in expected.difference(&produced) {
            failures.push(format!(
                "{case}: {missing} is expected but no longer produced"
            ));
        }
        for extra in produced.difference(&expected) {
            failures.push(format!(
                "{case}: {extra} is produced but has no expected file (BLESS=1 to add)"
            ));
        }
        for name in produced.intersection(&expected) {
            let got = std::fs::read_to_string(tmp.path().join(name)).expect("read produced");
            let want = std::fs::read_to_string(expected_dir.join(name)).expect("read expected");
            if got != want {
                let line = got
                    .lines()
                    .zip(want.lines())
                    .position(|(a, b)| a != b)
                    .map_or(got.lines().count().min(want.lines().count()) + 1, |i| i + 1);
                failures.push(format!(
                    "{case}: {name} differs from the golden file at line {line} (BLESS=1 cargo test --test golden to accept)"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
