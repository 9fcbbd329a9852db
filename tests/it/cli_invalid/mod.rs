//! Every kind of invalid input, through the real binary.
//!
//! Each case is one small decisions file under `tests/invalid/<case>/` with one mistake: an
//! edit of `tests/invalid/valid/soa.yaml`, which decides the three controls of the tiny
//! catalog `tests/invalid/catalog.yaml` (namespace `T`) and is valid. Mistakes that concern the
//! shipped catalogs need all 131 controls decided: those files are made here from
//! `examples/lumora/soa.yaml` with a one-line edit, and their case folder holds only the golden.
//!
//! For every case, `annexa validate soa.yaml --format json` (run in a temp copy, so file names
//! are stable) must report exactly the expected diagnostics: code, file, line, column, message,
//! help and notes. The human-readable stderr of `annexa validate soa.yaml` is pinned in
//! `tests/invalid/<case>/expected.stderr`; `BLESS=1 cargo test --test it cli_invalid` rewrites
//! the goldens (the Lumora-based ones change whenever the example's line numbers do).

mod cases;
mod commands;
mod generated;
mod newuser;

use crate::support::{golden, Output, Test};
use cases::{warning, Case, Expect, Input};
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    crate::support::root().join("tests/invalid")
}

/// Runs annexa in `dir` (the `Test` builder fails on a hang, a signal or a panic).
fn annexa(dir: &Path, args: &[&str]) -> Output {
    Test::in_dir(dir).args(args).run()
}

/// Copies `from` (files only) into `to`.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create case dir");
    for entry in fs::read_dir(from).expect("read case dir") {
        let path = entry.expect("entry").path();
        if path.is_file() && path.file_name().is_some_and(|n| n != "expected.stderr") {
            fs::copy(&path, to.join(path.file_name().expect("name"))).expect("copy fixture");
        }
    }
}

/// Sets up a case in `tmp` and returns the folder to run annexa in.
fn set_up(tmp: &Path, case: &Case) -> PathBuf {
    fs::copy(fixtures().join("catalog.yaml"), tmp.join("catalog.yaml")).expect("catalog");
    let dir = tmp.join(case.name);
    match &case.input {
        Input::Fixture => copy_dir(&fixtures().join(case.name), &dir),
        Input::Bytes(bytes) => {
            fs::create_dir_all(&dir).expect("create case dir");
            fs::write(dir.join("soa.yaml"), bytes).expect("write soa.yaml");
        }
    }
    dir
}

/// Runs one case; `Err` lists what is wrong with it.
fn check(tmp: &Path, case: &Case) -> Result<(), String> {
    let dir = set_up(tmp, case);
    let mut problems = Vec::new();

    let run = annexa(&dir, &["validate", "soa.yaml", "--format", "json"]);
    if run.code != 1 {
        problems.push(format!("--format json: exit {} (expected 1)", run.code));
    }
    let report: Value = serde_json::from_str(&run.stdout)
        .map_err(|e| format!("--format json printed no JSON ({e}):\n{}", run.stdout))?;
    let expected: Vec<Value> = case.expect.iter().map(Expect::json).collect();
    let actual = report["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if actual != expected {
        problems.push(format!(
            "diagnostics differ.\n--- expected\n{}\n--- actual\n{}",
            serde_json::to_string_pretty(&expected).unwrap_or_default(),
            serde_json::to_string_pretty(&actual).unwrap_or_default()
        ));
    }
    let errors = case.expect.iter().filter(|e| e.severity == "error").count();
    if report["errors"] != json!(errors) || report["valid"] != json!(false) {
        problems.push(format!(
            "counts: errors {} valid {} (expected {errors}, false)",
            report["errors"], report["valid"]
        ));
    }

    let run = annexa(&dir, &["validate", "soa.yaml"]);
    if run.code != 1 {
        problems.push(format!("text: exit {} (expected 1)", run.code));
    }
    if !run.stdout.is_empty() {
        problems.push(format!("text: unexpected stdout {:?}", run.stdout));
    }
    let golden_path = fixtures().join(case.name).join("expected.stderr");
    if let Err(e) = golden::check(&golden_path, &run.stderr) {
        problems.push(e);
    }

    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn every_invalid_input_is_reported_precisely() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cases: Vec<Case> = cases::fixture_cases()
        .into_iter()
        .chain(generated::generated_cases())
        .chain(newuser::newuser_cases())
        .collect();
    let mut failures = Vec::new();
    for case in &cases {
        if let Err(e) = check(tmp.path(), case) {
            failures.push(format!("== case `{}`:\n{e}", case.name));
        }
    }
    // Every case folder is a case here (a forgotten one would be a fixture nobody checks).
    for entry in fs::read_dir(fixtures()).expect("fixtures") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir()
            && !["valid", "next-review-past"].contains(&name)
            && !cases.iter().any(|c| c.name == name)
        {
            failures.push(format!("== folder tests/invalid/{name} is not a case"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn the_valid_file_passes() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = set_up(
        tmp.path(),
        &Case {
            name: "valid",
            input: Input::Fixture,
            expect: Vec::new(),
        },
    );
    let run = annexa(&dir, &["validate", "soa.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    assert_eq!(
        run.stdout,
        "soa.yaml: valid, 3 controls decided (Test Controls)\n"
    );
    let run = annexa(&dir, &["validate", "soa.yaml", "--format", "json"]);
    assert_eq!(run.code, 0);
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        report,
        json!({"diagnostics": [], "errors": 0, "warnings": 0, "valid": true})
    );
}

/// A warning alone passes; `--deny-warnings` makes it fail.
#[test]
fn a_past_next_review_warns_and_fails_only_with_deny_warnings() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let case = Case {
        name: "next-review-past",
        input: Input::Fixture,
        expect: Vec::new(),
    };
    let dir = set_up(tmp.path(), &case);
    let expected = warning(
        "review-overdue",
        13,
        16,
        "`next_review` (2025-03-01) is already past on the document's date (2026-03-01)",
    )
    .help("review the document and set the next review date, or correct `date`")
    .json();

    let run = annexa(&dir, &["validate", "soa.yaml", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(report["diagnostics"], json!([expected]));
    assert_eq!(
        (&report["errors"], &report["warnings"], &report["valid"]),
        (&json!(0), &json!(1), &json!(true))
    );

    let run = annexa(
        &dir,
        &[
            "validate",
            "soa.yaml",
            "--format",
            "json",
            "--deny-warnings",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(report["diagnostics"], json!([expected]));
    assert_eq!(report["valid"], json!(false));

    let run = annexa(&dir, &["validate", "soa.yaml"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        "soa.yaml: valid, 3 controls decided (Test Controls)\n"
    );
    let golden_path = fixtures().join("next-review-past/expected.stderr");
    golden::check(&golden_path, &run.stderr).unwrap_or_else(|e| panic!("{e}"));

    let run = annexa(&dir, &["validate", "soa.yaml", "--deny-warnings"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    golden::check(&golden_path, &run.stderr).unwrap_or_else(|e| panic!("{e}"));
}
