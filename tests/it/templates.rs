//! What users change around the built-in documents: a template that extends a built-in one and
//! overrides one block (and a broken template named with its position), licensed control text
//! from an overlay, and exported templates that reproduce the built-in output byte for byte.

use crate::support::{lumora, lumora_path, read, Output, Test};
use std::path::Path;

fn annexa(args: &[&str], dir: &Path) -> Output {
    Test::in_dir(dir).args(args).run()
}

#[test]
fn template_override_changes_one_block() {
    let example = lumora_path();
    let out = Test::new()
        .write(
            "tpl/soa.md",
            "{% extends \"builtin/soa.md\" %}{% block legend %}\n## Reading guide\n\nOur own words.\n{% endblock legend %}",
        )
        .arg("build")
        .arg(&example)
        .args(["--out", "out", "--format", "md", "--templates", "tpl"])
        .success();
    let md = out.read("out/statement-of-applicability.md");
    assert!(md.contains("## Reading guide\n\nOur own words."));
    assert!(!md.contains("## How to read this statement"));
    assert!(
        md.contains("| 27001:A.5.1 |"),
        "the rest of the built-in template stays"
    );

    // A template error names the template, line and column, and nothing is written.
    let out = out
        .then()
        .write("tpl/soa.md", "# ok\n\n{{ doc.no_such_field }}\n")
        .arg("build")
        .arg(&example)
        .args(["--out", "out2", "--templates", "tpl"])
        .failure();
    assert!(out.stderr.contains("soa.md:3:"), "{}", out.stderr);
    assert!(!out.path().join("out2").exists());
}

#[test]
fn overlay_text_appears_with_its_control() {
    let example = lumora();
    let with_overlay = example.replacen(
        "\ncatalogs:\n",
        "\noverlays: [licensed.yaml]\ncatalogs:\n",
        1,
    );
    assert_ne!(with_overlay, example, "the example has a catalogs: line");
    let out = Test::new()
        .write("soa.yaml", with_overlay)
        .write(
            "licensed.yaml",
            "namespace: \"27001\"\ncontrols:\n  A.5.1: Text from the user's own licensed copy | with a pipe.\n",
        )
        .args(["build", "soa.yaml", "--out", "out", "--format", "md"])
        .success();
    let md = out.read("out/statement-of-applicability.md");
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
    let out = Test::new().args(["templates", "export", "tpl"]).success();
    for name in [
        "soa.md",
        "ai-policy.md",
        "ai-impact-assessment.md",
        "page.html",
        "style.css",
        "README.md",
    ] {
        assert!(
            out.path().join("tpl").join(name).exists(),
            "{name} not exported"
        );
    }
    let dir = out.path();
    let again = annexa(&["templates", "export", "tpl"], dir);
    assert_eq!(again.code, 1, "export must not overwrite without --force");
    let example = lumora_path();
    let ex = example.to_str().expect("utf8");
    let a = annexa(&["build", ex, "--out", "a", "--format", "md,html"], dir);
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
        dir,
    );
    assert!(a.code == 0 && b.code == 0);
    for name in [
        "statement-of-applicability.md",
        "statement-of-applicability.html",
        "ai-policy.md",
        "ai-impact-assessment-credit-scoring.html",
    ] {
        assert_eq!(
            read(&dir.join("a"), name),
            read(&dir.join("b"), name),
            "{name}"
        );
    }
}
