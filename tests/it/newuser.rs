//! What a new user meets first (issue "What a new user tripped over"): the starter file for
//! each choice of catalogs, a one-standard organisation's build, the catalogs on the command
//! line and the schema from the binary.

use crate::support::{repo_text, Test};
use serde_json::Value;

const ONLY_27001: &str = "tests/fixtures/iso27001-only/soa.yaml";

/// `annexa init --catalog …` then `annexa validate`: the codes left are exactly "decide this"
/// and "fill this in", whatever catalogs were chosen, and the file speaks of those only.
#[test]
fn the_starter_file_fits_each_choice_of_catalogs() {
    let cases: [(&[&str], usize, bool); 4] = [
        (&["--catalog", "27001"], 93, false),
        (&["--catalog", "iso42001-2023"], 38, true),
        (
            &["--catalog", "iso27001-2022", "--catalog", "42001"],
            131,
            true,
        ),
        (&[], 131, true),
    ];
    for (catalogs, controls, ai) in cases {
        let run = Test::new()
            .arg("init")
            .args(catalogs.iter().copied())
            .success();
        let text = run.read("soa.yaml");
        assert!(text.contains("`annexa help decisions`"), "{text}");
        assert!(
            !text.contains("examples/README.md"),
            "points at the sources"
        );
        assert!(text.contains("\n# defaults:\n"), "a defaults stub");
        assert!(!text.contains("Annex A A."), "no doubled A");
        assert_eq!(text.contains("\n# ai_systems:\n"), ai, "{catalogs:?}");
        assert_eq!(text.contains("42001"), ai, "{catalogs:?}: 42001 named");
        if ai && controls == 131 {
            // A shared clause names both standards' titles where they differ.
            assert!(
                text.contains("\"6.1.2\":  # 27001: Information security risk assessment; 42001: AI risk assessment"),
                "{text}"
            );
        }
        let run = run
            .then()
            .args(["validate", "soa.yaml", "--format", "json"])
            .failure();
        let report = run.json();
        let diags = report["diagnostics"].as_array().expect("list");
        let undecided = diags.iter().filter(|d| d["code"] == "undecided").count();
        assert_eq!(undecided, controls, "{catalogs:?}");
        for d in diags {
            assert!(
                ["undecided", "missing-field"].contains(&d["code"].as_str().unwrap_or(""))
                    || ai && d["code"] == "no-ai-system",
                "{catalogs:?}: {d}"
            );
        }
        let no_system = diags.iter().filter(|d| d["code"] == "no-ai-system");
        assert_eq!(no_system.count(), usize::from(ai), "{catalogs:?}");
    }
}

/// A 27001-only organisation: the SoA and its risk treatment plan (no AI policy, assessments or
/// management-system matrix), a note saying how to add the matrix, and one standard in the
/// bundle's README.
#[test]
fn a_one_standard_organisation_gets_its_own_documents() {
    let run = Test::new()
        .write("soa.yaml", repo_text(ONLY_27001))
        .args(["build", "soa.yaml", "--out", "out"])
        .stderr_has("note: no `management_system:` section")
        .success();
    let mut written: Vec<&str> = run.stdout.lines().collect();
    written.sort_unstable();
    assert_eq!(
        written,
        [
            "wrote out/risk-treatment-plan.html",
            "wrote out/risk-treatment-plan.md",
            "wrote out/risk-treatment-plan.pdf",
            "wrote out/statement-of-applicability.html",
            "wrote out/statement-of-applicability.md",
            "wrote out/statement-of-applicability.pdf",
        ]
    );
    let plan = run.read("out/risk-treatment-plan.md");
    assert!(
        plan.contains("clause 6.1.3 of ISO/IEC 27001:2022 requires"),
        "{plan}"
    );
    // (The review cycle the plan takes from the SoA is the organisation's own words.)
    let ours: String = (plan.lines())
        .filter(|l| !l.starts_with("| Review cycle |"))
        .collect();
    assert!(
        !ours.contains("42001") && !ours.contains("AI system"),
        "{plan}"
    );
    let soa = run.read("out/statement-of-applicability.md");
    assert!(!soa.contains("## Management system"), "no matrix section");
    assert!(!soa.contains("run as one management system"));

    let run = run
        .then()
        .args(["bundle", "soa.yaml", "-o", "kit.zip"])
        .success();
    let zip = run.bytes("kit.zip");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).expect("zip");
    let mut readme = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("README.txt").expect("README"),
        &mut readme,
    )
    .expect("text");
    assert!(readme.contains("(ISO/IEC 27001:2022)."), "{readme}");
    assert!(!readme.contains("42001"), "{readme}");
}

/// With both standards, the shipped relations file is one of the bundle's inputs.
#[test]
fn the_built_in_relations_are_a_bundle_input_when_used() {
    let run = Test::new()
        .copy("examples/lumora/soa.yaml", "soa.yaml")
        .args(["bundle", "soa.yaml", "-o", "kit.zip"])
        .success();
    let zip = run.bytes("kit.zip");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).expect("zip");
    let mut text = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("manifest.json").expect("manifest"),
        &mut text,
    )
    .expect("text");
    let manifest: Value = serde_json::from_str(&text).expect("json");
    let names: Vec<&str> = manifest["inputs"]
        .as_array()
        .expect("inputs")
        .iter()
        .filter_map(|i| i["name"].as_str())
        .collect();
    assert!(
        names.contains(&"built-in:relations-27001-42001"),
        "{names:?}"
    );
}

/// `catalog show` answers for clauses and groups as well as controls, and accepts a namespace
/// wherever a catalog name is asked for.
#[test]
fn catalog_show_finds_clauses_groups_and_controls() {
    let cases = [
        (
            "27001:4.1",
            "27001:4.1    Understanding the organization and its context",
        ),
        ("27001:5.3", "Clause 5.3 of ISO/IEC 27001:2022"),
        (
            "27001:A.5.3",
            "27001:A.5.3  Segregation of duties\nTheme A.5 Organizational controls\n",
        ),
        ("27001:A.7", "Theme A.7 Physical controls (14 controls)"),
        (
            "42001:A.6",
            "Objective A.6 AI system life cycle (9 controls)",
        ),
        (
            "42001:A.6.2.4",
            "Objective A.6 AI system life cycle › A.6.2 ",
        ),
        ("42001:6.1.4", "42001:6.1.4  AI system impact assessment"),
        ("27001", "\nTheme A.5 Organizational controls (37)\n"),
    ];
    for (id, expected) in cases {
        Test::new()
            .args(["catalog", "show", id])
            .stdout_has(expected)
            .success();
    }
    Test::new()
        .args(["catalog", "show", "27001:9.9"])
        .stderr_has("`27001:9.9` is not a control, theme or clause of ISO/IEC 27001:2022 Annex A")
        .status(2);
}

/// The decisions file's schema comes from the binary itself.
#[test]
fn help_decisions_prints_the_schema() {
    Test::new()
        .args(["help", "decisions"])
        .stdout_has("# The decisions file (`soa.yaml`)")
        .stdout_has("## `defaults`")
        .success();
    Test::new()
        .args(["help", "build"])
        .stdout_has("Usage: annexa build")
        .success();
}
