//! The documents as a reader checks them: every required element present, every control in
//! place, the toolkit set free of any organisation's data, output reproducible and safe.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::rows::control_rows;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn annexa(args: &[&str], dir: &Path, epoch: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_annexa"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH");
    if let Some(e) = epoch {
        cmd.env("SOURCE_DATE_EPOCH", e);
    }
    let out = cmd.output().expect("run annexa");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    out
}

fn build_example(formats: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    let example = root().join("examples/lumora/soa.yaml");
    let out = annexa(
        &[
            "build",
            example.to_str().expect("utf8"),
            "--out",
            "out",
            "--format",
            formats,
        ],
        tmp.path(),
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    tmp
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn ids(namespace: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_annexa"))
        .args(["catalog", "show", namespace, "--format", "json"])
        .output()
        .expect("catalog show");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    json["controls"]
        .as_array()
        .expect("controls")
        .iter()
        .map(|c| c["id"].as_str().expect("id").to_string())
        .collect()
}

#[test]
fn soa_lists_every_control_once() {
    let tmp = build_example("md");
    let md = read(&tmp.path().join("out"), "statement-of-applicability.md");
    let all: Vec<String> = ids("27001").into_iter().chain(ids("42001")).collect();
    assert_eq!(all.len(), 131);
    let table_rows = control_rows(&md);
    for id in &all {
        let rows = table_rows
            .iter()
            .filter(|l| l.starts_with(&format!("| {id} |")))
            .count();
        assert_eq!(rows, 1, "{id} has {rows} rows");
    }
    for a5 in ["42001:A.5.2", "42001:A.5.3", "42001:A.5.4", "42001:A.5.5"] {
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| {a5} |")))
            .expect("row");
        assert!(
            row.contains("*Impact assessments:* LUM-AIIA-2026-01 (Lumora Credit Score)"),
            "{row}"
        );
        assert!(row.contains("Lumora Assist"), "{row}");
    }
}

#[test]
fn ai_policy_has_every_required_element() {
    let tmp = build_example("md");
    let md = read(&tmp.path().join("out"), "ai-policy.md");
    for heading in [
        "## Document control",
        "## 1. Purpose",
        "## 2. Scope",
        "## 3. Principles",
        "## 4. Framework for setting AI objectives",
        "## 5. Commitment to applicable requirements",
        "## 6. Commitment to continual improvement",
        "## 7. Relation to other policies",
        "## 8. Roles and responsibilities",
        "## 9. Communication and availability",
        "## 10. Deviations and exceptions",
        "## 11. Review",
        "## Annex: the ISO/IEC 42001 decisions this policy relies on",
    ] {
        assert!(md.contains(&format!("\n{heading}\n")), "missing {heading}");
    }
    // Filled from the data.
    for filled in [
        "| Document ID | LUM-POL-09 |",
        "| Lumora Credit Score |",
        "| Lumora Assist |",
        "Decisions stay with people",
        "LUM-POL-03 Data Protection Policy",
        "| AI Governance Lead | 42001:A.2.2,",
    ] {
        assert!(md.contains(filled), "missing {filled:?}");
    }
    // Placeholders where only the organisation can write, each with a hint.
    let placeholders = md
        .lines()
        .filter(|l| l.starts_with("> **[To complete]** "))
        .count();
    assert_eq!(
        placeholders, 3,
        "purpose, objectives and exceptions are left to write"
    );
    for id in ids("42001") {
        assert!(md.contains(&format!("| {id} |")), "policy annex lacks {id}");
    }
}

#[test]
fn one_impact_assessment_per_ai_system() {
    let tmp = build_example("md");
    let out = tmp.path().join("out");
    let sections = [
        "## Document control",
        "## 1. Scope of the assessment",
        "## 2. The AI system",
        "**Reasonably foreseeable misuse.**",
        "## 3. Data",
        "## 4. Algorithms and models",
        "## 5. Interested parties affected",
        "| Vulnerable groups |",
        "## 6. Rating scale",
        "## 7. Impacts",
        "## 8. Measures and the ISO/IEC 42001 controls that carry them",
        "## 9. Human oversight",
        "## 10. Monitoring and review",
        "## 11. Approval",
    ];
    let completed = read(&out, "ai-impact-assessment-credit-scoring.md");
    let template = read(&out, "ai-impact-assessment-support-assistant.md");
    for md in [&completed, &template] {
        for s in sections {
            assert!(md.contains(s), "missing {s}");
        }
        for dim in [
            "Fairness",
            "Transparency and explainability",
            "Privacy",
            "Safety",
            "Security",
            "Accountability",
            "Human rights",
            "Environment",
            "Society",
        ] {
            assert!(
                md.contains(&format!("| {dim} |")),
                "impacts table lacks {dim}"
            );
        }
    }
    assert!(completed.contains("| Assessment status | Completed |"));
    assert!(completed.contains("| Document ID | LUM-AIIA-2026-01 |"));
    assert!(
        completed.contains("High (12)"),
        "ratings are likelihood × severity"
    );
    assert!(
        !completed.contains("[To complete]"),
        "a completed assessment has no placeholder"
    );
    assert!(template.contains("| Assessment status | Template: to be completed |"));
    assert!(template.contains("Lumora Assist"));
    assert!(template.contains("**[To complete]**"));
    let names: Vec<String> = std::fs::read_dir(&out)
        .expect("ls")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("ai-impact-assessment-"))
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn blank_toolkit_set_has_no_organisation_data() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = annexa(
        &["build", "--blank", "--out", "kit", "--format", "md,html"],
        tmp.path(),
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let kit = tmp.path().join("kit");
    let mut names: Vec<String> = std::fs::read_dir(&kit)
        .expect("ls")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "ai-impact-assessment-template.html",
            "ai-impact-assessment-template.md",
            "ai-policy.html",
            "ai-policy.md",
            "management-system.html",
            "management-system.md",
            "statement-of-applicability.html",
            "statement-of-applicability.md"
        ]
    );
    // Distinctive words of the bundled example: none may leak into the toolkit.
    let example = read(&root(), "examples/lumora/soa.yaml");
    let leaks = [
        "Lumora",
        "LUM-",
        "Orrin",
        "Calder",
        "R-01",
        "credit-scoring",
        "Head of Information Security",
    ];
    for name in &names {
        let text = read(&kit, name);
        for leak in leaks {
            assert!(example.contains(leak), "{leak} is not in the example");
            assert!(!text.contains(leak), "{name} contains {leak}");
        }
        assert!(
            text.contains("Organisation name"),
            "{name} has no organisation placeholder"
        );
    }
    let soa = read(&kit, "statement-of-applicability.md");
    for id in ids("27001").into_iter().chain(ids("42001")) {
        assert!(soa.contains(&format!("| {id} |")), "{id}");
    }
    assert_eq!(control_rows(&soa).len(), 131);
    for row in control_rows(&soa) {
        let cells: Vec<&str> = row.split(" | ").collect();
        assert!(
            cells[2].trim().is_empty() && cells[5].trim().is_empty(),
            "decision pre-filled: {row}"
        );
    }
}

#[test]
fn same_input_same_bytes_and_failed_runs_leave_output_alone() {
    let a = build_example("md,html");
    let b = build_example("md,html");
    for name in [
        "statement-of-applicability.md",
        "statement-of-applicability.html",
        "ai-policy.html",
    ] {
        assert_eq!(
            std::fs::read(a.path().join("out").join(name)).expect("a"),
            std::fs::read(b.path().join("out").join(name)).expect("b"),
            "{name} differs between two builds"
        );
    }
    // An invalid input afterwards: exit 1, nothing written, the last good output intact.
    let bad = a.path().join("bad.yaml");
    let text = read(&root(), "examples/lumora/soa.yaml").replacen(
        "    applicable: false\n",
        "    applicable: maybe\n",
        1,
    );
    std::fs::write(&bad, text).expect("write bad");
    let before = std::fs::read(a.path().join("out/statement-of-applicability.md")).expect("before");
    let out = annexa(
        &["build", "bad.yaml", "--out", "out", "--format", "md"],
        a.path(),
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing was written"));
    let after = std::fs::read(a.path().join("out/statement-of-applicability.md")).expect("after");
    assert_eq!(before, after);
    let leftovers: Vec<_> = std::fs::read_dir(a.path().join("out"))
        .expect("ls")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind");
}

#[test]
fn template_override_changes_one_block() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("tpl");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::write(
        dir.join("soa.md"),
        "{% extends \"builtin/soa.md\" %}{% block legend %}\n## Reading guide\n\nOur own words.\n{% endblock legend %}",
    )
    .expect("write");
    let example = root().join("examples/lumora/soa.yaml");
    let args = [
        "build",
        example.to_str().expect("utf8"),
        "--out",
        "out",
        "--format",
        "md",
        "--templates",
        "tpl",
    ];
    let out = annexa(&args, tmp.path(), None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = read(&tmp.path().join("out"), "statement-of-applicability.md");
    assert!(md.contains("## Reading guide\n\nOur own words."));
    assert!(!md.contains("## How to read this statement"));
    assert!(
        md.contains("| 27001:A.5.1 |"),
        "the rest of the built-in template stays"
    );

    // A template error names the template, line and column, and nothing is written.
    std::fs::write(dir.join("soa.md"), "# ok\n\n{{ doc.no_such_field }}\n").expect("write");
    let out = annexa(
        &[
            "build",
            example.to_str().expect("utf8"),
            "--out",
            "out2",
            "--templates",
            "tpl",
        ],
        tmp.path(),
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("soa.md:3:"), "{err}");
    assert!(!tmp.path().join("out2").exists());
}

#[test]
fn overlay_text_appears_with_its_control() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let example = read(&root(), "examples/lumora/soa.yaml");
    let with_overlay = example.replacen(
        "\ncatalogs:\n",
        "\noverlays: [licensed.yaml]\ncatalogs:\n",
        1,
    );
    assert_ne!(with_overlay, example, "the example has a catalogs: line");
    std::fs::write(tmp.path().join("soa.yaml"), with_overlay).expect("write soa");
    std::fs::write(
        tmp.path().join("licensed.yaml"),
        "namespace: \"27001\"\ncontrols:\n  A.5.1: Text from the user's own licensed copy | with a pipe.\n",
    )
    .expect("write overlay");
    let out = annexa(
        &["build", "soa.yaml", "--out", "out", "--format", "md"],
        tmp.path(),
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = read(&tmp.path().join("out"), "statement-of-applicability.md");
    let row = md
        .lines()
        .find(|l| l.starts_with("| 27001:A.5.1 |"))
        .expect("row");
    assert!(
        row.contains("*Control text:* Text from the user's own licensed copy \\| with a pipe."),
        "{row}"
    );
}

#[test]
fn exported_templates_reproduce_the_builtin_output() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = annexa(&["templates", "export", "tpl"], tmp.path(), None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for name in [
        "soa.md",
        "ai-policy.md",
        "ai-impact-assessment.md",
        "page.html",
        "style.css",
        "README.md",
    ] {
        assert!(
            tmp.path().join("tpl").join(name).exists(),
            "{name} not exported"
        );
    }
    let again = annexa(&["templates", "export", "tpl"], tmp.path(), None);
    assert_eq!(
        again.status.code(),
        Some(1),
        "export must not overwrite without --force"
    );
    let example = root().join("examples/lumora/soa.yaml");
    let ex = example.to_str().expect("utf8");
    let a = annexa(
        &["build", ex, "--out", "a", "--format", "md,html"],
        tmp.path(),
        None,
    );
    let b = annexa(
        &[
            "build",
            ex,
            "--out",
            "b",
            "--format",
            "md,html",
            "--templates",
            "tpl",
        ],
        tmp.path(),
        None,
    );
    assert!(a.status.success() && b.status.success());
    for name in [
        "statement-of-applicability.md",
        "statement-of-applicability.html",
        "ai-policy.md",
        "ai-impact-assessment-credit-scoring.html",
    ] {
        assert_eq!(
            read(&tmp.path().join("a"), name),
            read(&tmp.path().join("b"), name),
            "{name}"
        );
    }
}

#[test]
fn hostile_text_is_never_markup_in_html() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = root().join("tests/fixtures/hostile/soa.yaml");
    let out = annexa(
        &[
            "build",
            input.to_str().expect("utf8"),
            "--out",
            "out",
            "--format",
            "html",
        ],
        tmp.path(),
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = read(&tmp.path().join("out"), "statement-of-applicability.html");
    let lower = html.to_lowercase();
    for bad in ["<script", "<img", "<style>body", "<a href=\"http://example"] {
        assert!(!lower.contains(bad), "{bad} reached the HTML as markup");
    }
    // Event handlers appear only as escaped text, never inside a tag.
    for tag in lower
        .split('<')
        .skip(1)
        .filter_map(|t| t.split_once('>').map(|(inside, _)| inside))
    {
        let hostile = ["onerror", "onmouseover", "javascript:"];
        assert!(
            !hostile.iter().any(|h| tag.contains(h)),
            "hostile markup in a tag: <{tag}>"
        );
    }
    assert!(
        html.contains("&lt;script&gt;alert('justification')&lt;/script&gt;")
            || html.contains("&lt;script&gt;alert(&#39;justification&#39;)&lt;/script&gt;")
    );
    assert!(html.contains("中文的理由和日本語の説明"));
}
