//! The rest of the command line around validation: an unreadable decisions file, `annexa
//! init` (never overwriting, and what a fresh file leaves to decide) and the shipped catalogs as
//! `annexa catalog show` prints them.

use crate::support::Test;
use serde_json::{json, Value};

#[test]
fn a_decisions_file_that_cannot_be_read_is_exit_2() {
    Test::new()
        .args(["validate", "missing.yaml"])
        .stdout("")
        .stderr("error: cannot read missing.yaml: no such file or folder\n")
        .status(2);
}

/// Arguments are resolved before any input is read: a bad `--format` is reported first, even
/// when the inputs themselves are broken, and nothing is built.
#[test]
fn a_bad_format_is_reported_before_any_input_is_read() {
    Test::new()
        .write("broken.yaml", "organisation: [\n")
        .args([
            "build",
            "broken.yaml",
            "missing.yaml",
            "--format",
            "md,docs",
        ])
        .stderr("error: unknown format `docs` (use md, html, pdf, docx, xlsx, csv, json or all)\n")
        .expect_absent("output")
        .status(2);
}

#[test]
fn init_does_not_overwrite_without_force() {
    let mine = "# my decisions, not to be lost\norganisation: {name: Mine}\n";
    let run = Test::new()
        .write("soa.yaml", mine)
        .arg("init")
        .stderr(
            "error: ./soa.yaml already exists; annexa init does not overwrite it\n  = help: pass --force to replace it, or choose another folder\n",
        )
        .status(2);
    assert_eq!(run.bytes("soa.yaml"), mine.as_bytes());

    let run = run.then().args(["init", "--force"]).success();
    let written = run.read("soa.yaml");
    assert!(
        written.starts_with("# annexa decisions file, written by `annexa init`."),
        "{written}"
    );
}

/// `annexa init` then `annexa validate`: exactly the 131 controls and the empty fields are left.
#[test]
fn a_fresh_init_lists_what_is_left_to_decide() {
    let run = Test::new()
        .arg("init")
        .stdout("wrote ./soa.yaml with 131 controls to decide; run `annexa validate ./soa.yaml` to see what is left\n")
        .success();
    let run = run
        .then()
        .args(["validate", "soa.yaml", "--format", "json"])
        .failure();
    let report = run.json();
    let diags = report["diagnostics"].as_array().expect("list");
    let undecided: Vec<&str> = diags
        .iter()
        .filter(|d| d["code"] == "undecided")
        .map(|d| d["message"].as_str().expect("message"))
        .collect();
    assert_eq!(undecided.len(), 131);
    assert!(undecided
        .iter()
        .all(|m| m.ends_with("is not decided: `applicable` is not set")));
    let mut ids: Vec<&str> = undecided
        .iter()
        .filter_map(|m| m.split('`').nth(1))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 131);
    assert_eq!(ids.iter().filter(|i| i.starts_with("27001:A.")).count(), 93);
    assert_eq!(ids.iter().filter(|i| i.starts_with("42001:A.")).count(), 38);

    let rest: Vec<(&str, &str)> = diags
        .iter()
        .filter(|d| d["code"] != "undecided")
        .map(|d| {
            (
                d["code"].as_str().expect("code"),
                d["message"].as_str().expect("message"),
            )
        })
        .collect();
    assert_eq!(
        rest,
        [
            ("missing-field", "`organisation` has no `name`"),
            (
                "missing-field",
                "ISO/IEC 27001 is in scope but `scope` has no `isms` statement"
            ),
            (
                "missing-field",
                "ISO/IEC 42001 is in scope but `scope` has no `aims` statement"
            ),
            (
                "missing-field",
                "ISO/IEC 42001 is in scope but `organisation` has no `ai_roles`"
            ),
            ("missing-field", "`document` has no `id`"),
            ("missing-field", "`document` has no `owner`"),
            ("missing-field", "`document` has no `approver`"),
            ("missing-field", "`document` has no `approval_date`"),
            // The `ai_systems:` stub is commented out: the inventory is also left to fill.
            (
                "no-ai-system",
                "ISO/IEC 42001:2023 is in scope, but `ai_systems:` lists no AI system"
            ),
        ]
    );
    assert_eq!(report["errors"], json!(139));
    assert_eq!(report["warnings"], json!(1));
}

fn catalog_json(name: &str) -> Value {
    Test::new()
        .args(["catalog", "show", name, "--format", "json"])
        .success()
        .json()
}

fn title_of<'a>(catalog: &'a Value, id: &str) -> &'a str {
    catalog["controls"]
        .as_array()
        .expect("controls")
        .iter()
        .find(|c| c["id"] == id)
        .and_then(|c| c["title"].as_str())
        .unwrap_or_else(|| panic!("no control {id}"))
}

#[test]
fn the_shipped_catalogs_have_93_and_38_controls() {
    let iso27001 = catalog_json("iso27001-2022");
    let controls = iso27001["controls"].as_array().expect("controls");
    assert_eq!(controls.len(), 93);
    assert_eq!(controls[0]["id"], "27001:A.5.1");
    assert_eq!(controls[92]["id"], "27001:A.8.34");
    assert!(controls
        .iter()
        .all(|c| c["id"].as_str().is_some_and(|i| i.starts_with("27001:A."))));
    assert_eq!(
        title_of(&iso27001, "27001:A.5.1"),
        "Policies for information security"
    );
    assert_eq!(
        title_of(&iso27001, "27001:A.5.28"),
        "Collection of evidence"
    );
    assert_eq!(
        title_of(&iso27001, "27001:A.8.34"),
        "Protection of information systems during audit testing"
    );

    let iso42001 = catalog_json("42001");
    let controls = iso42001["controls"].as_array().expect("controls");
    assert_eq!(controls.len(), 38);
    assert_eq!(iso42001["name"], "iso42001-2023");
    assert_eq!(controls[0]["id"], "42001:A.2.2");
    assert!(controls
        .iter()
        .all(|c| c["id"].as_str().is_some_and(|i| i.starts_with("42001:A."))));
    assert_eq!(
        title_of(&iso42001, "42001:A.6.2.8"),
        "AI system recording of event logs"
    );
    assert_eq!(
        title_of(&iso42001, "42001:A.9.2"),
        "Processes for responsible use of AI systems"
    );
    assert_eq!(
        title_of(&iso42001, "42001:A.5.2"),
        "AI system impact assessment process"
    );
}
