//! The documents as a reader checks them: every required element present, every control in
//! place, the toolkit set free of any organisation's data, output reproducible and safe.

use crate::support::rows::control_rows;
use crate::support::{leftovers, lumora, lumora_path, read, root, Output, Test};

/// The example built into `out/` of a new temporary folder.
fn build_example(formats: &str) -> Output {
    Test::new()
        .arg("build")
        .arg(lumora_path())
        .args(["--out", "out", "--format", formats])
        .success()
}

fn ids(namespace: &str) -> Vec<String> {
    let json = Test::new()
        .args(["catalog", "show", namespace, "--format", "json"])
        .run()
        .json();
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
    let md = tmp.read("out/statement-of-applicability.md");
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
    let md = tmp.read("out/ai-policy.md");
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
        placeholders, 0,
        "an approved policy shows no placeholder (placeholder-in-approved warns of one)"
    );
    for id in ids("42001") {
        assert!(md.contains(&format!("| {id} |")), "policy annex lacks {id}");
    }
}

#[test]
fn one_impact_assessment_per_ai_system() {
    let example = build_example("md");
    let in_progress = read(
        &example.path().join("out"),
        "ai-impact-assessment-support-assistant.md",
    );
    assert!(in_progress.contains("| Assessment status | Impacts recorded, approval outstanding |"));
    assert!(in_progress.contains("| Status | Draft |"));
    // Without the impacts identified so far, Lumora Assist's assessment is a template.
    let lumora = lumora();
    let cut = lumora
        .find("    # The assessment LUM-AIIA-2026-02 was opened")
        .expect("Lumora Assist's impacts");
    let tmp = Test::new()
        .write("soa.yaml", &lumora[..cut])
        .args(["build", "soa.yaml", "--out", "out", "--format", "md"])
        .success();
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
    assert!(completed.contains("| Assessment status | Completed and approved |"));
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
    let tmp = Test::new()
        .args(["build", "--blank", "--out", "kit", "--format", "md,html"])
        .success();
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
            "risk-treatment-plan.html",
            "risk-treatment-plan.md",
            "statement-of-applicability.html",
            "statement-of-applicability.md"
        ]
    );
    // Distinctive words of the bundled example: none may leak into the toolkit.
    let example = lumora();
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
        let name = format!("out/{name}");
        assert_eq!(
            a.bytes(&name),
            b.bytes(&name),
            "{name} differs between two builds"
        );
    }
    // An invalid input afterwards: exit 1, nothing written, the last good output intact.
    let text = lumora().replacen("    applicable: false\n", "    applicable: maybe\n", 1);
    let before = a.bytes("out/statement-of-applicability.md");
    let a = a
        .then()
        .write("bad.yaml", text)
        .args(["build", "bad.yaml", "--out", "out", "--format", "md"])
        .stderr_has("nothing was written")
        .failure();
    left_alone(&a, &before);
}

/// `out/` holds the SoA Markdown `before` had, and no temporary file.
fn left_alone(run: &Output, before: &[u8]) {
    assert_eq!(before, run.bytes("out/statement-of-applicability.md"));
    assert!(
        leftovers(&run.path().join("out")).is_empty(),
        "temporary files left behind"
    );
}

/// Files are written to temporary names as each is made; a build that fails after some were
/// (here: a warning from the PDFs, denied) removes them and leaves the last good set as it was.
#[test]
fn a_build_failing_after_files_were_made_leaves_output_alone() {
    let a = build_example("md,pdf");
    let before = a.bytes("out/statement-of-applicability.md");
    let text = lumora().replacen(
        "  name: Lumora Finance Ltd",
        "  name: Lumora Finance Ltd 𓀀",
        1,
    );
    assert_ne!(text, lumora(), "the organisation's name is in the example");
    let b = a
        .then()
        .write("glyph.yaml", text)
        .args(["build", "glyph.yaml", "--out", "out", "--format", "md,pdf"])
        .arg("--deny-warnings")
        .stderr_has("no bundled font has U+13000")
        .stderr_has("nothing was written")
        .failure();
    left_alone(&b, &before);
    // Into a new folder: the folder made for the files goes with them.
    b.then()
        .args(["build", "glyph.yaml", "--out", "new", "--format", "md,pdf"])
        .arg("--deny-warnings")
        .expect_absent("new")
        .failure();
}

#[test]
fn hostile_text_is_never_markup_in_html() {
    let out = Test::new()
        .arg("build")
        .arg(root().join("tests/fixtures/hostile/soa.yaml"))
        .args(["--out", "out", "--format", "html"])
        .success();
    let html = out.read("out/statement-of-applicability.html");
    // Long tokens in table cells carry break points.
    let text = html.replace("<wbr>", "");
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
        text.contains("&lt;script&gt;alert('justification')&lt;/script&gt;")
            || text.contains("&lt;script&gt;alert(&#39;justification&#39;)&lt;/script&gt;")
    );
    assert!(html.contains("中文的理由和日本語の説明"));
}
