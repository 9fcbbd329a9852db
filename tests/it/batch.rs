//! `annexa build` with many decisions files in one command, one of them broken: the broken one
//! is reported by name and position, nothing is written for it, and every other folder is
//! complete. The fast lane runs 3 organisations (more inputs than cores, so the batch still
//! runs in parallel); the slow lane the same with 50.

use crate::support::{leftovers, lumora, Test};

const DOCS: &[&str] = &[
    "statement-of-applicability",
    "ai-policy",
    "ai-impact-assessment-credit-scoring",
    "ai-impact-assessment-support-assistant",
    "management-system",
];

/// `count` generated organisations (`orgs/orgNN.yaml`), `broken` with a misspelt key.
fn organisations(count: usize, broken: usize) {
    let example = lumora();
    let mut test = Test::new();
    for i in 1..=count {
        let mut text = example
            .replace("Lumora Finance Ltd", &format!("Org {i:02} Ltd"))
            .replace("LUM-ISMS-SOA-001", &format!("ORG{i:02}-SOA-001"));
        if i == broken {
            text = text.replace("\norganisation:", "\norganisaton:");
        }
        test = test.write(format!("orgs/org{i:02}.yaml"), text);
    }
    let line = example
        .lines()
        .position(|l| l == "organisation:")
        .expect("line")
        + 1;
    let out = test
        .args(["build", "orgs", "--out", "out"])
        .stderr_has(format!("org{broken:02}.yaml:{line}:1"))
        .stderr_has(format!("error: 1 of {count} inputs failed: "))
        .expect_absent(format!("out/org{broken:02}"))
        .failure();
    assert!(
        out.stderr.contains(&format!("org{broken:02}.yaml")),
        "{}",
        out.stderr
    );
    for i in (1..=count).filter(|i| *i != broken) {
        let dir = out.path().join(format!("out/org{i:02}"));
        for doc in DOCS {
            for ext in ["md", "html", "pdf"] {
                let path = dir.join(format!("{doc}.{ext}"));
                let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
                assert!(!bytes.is_empty(), "{path:?}");
                if ext == "pdf" {
                    let pdf = lopdf::Document::load_mem(&bytes).expect("PDF parses");
                    assert!(!pdf.get_pages().is_empty(), "{path:?}");
                }
            }
        }
        let md = crate::support::read(&dir, "statement-of-applicability.md");
        assert!(
            md.contains(&format!("Org {i:02} Ltd")),
            "org{i:02}: wrong organisation"
        );
        assert_eq!(leftovers(&dir), Vec::<String>::new());
    }
}

#[test]
fn three_organisations_one_broken() {
    organisations(3, 2);
}

#[test]
#[ignore = "slow lane: 50 organisations, 245 PDFs in a debug build"]
fn fifty_organisations_one_broken() {
    organisations(50, 17);
}

/// A render timeout fails its own input only (exit 2 alone, reported by name in a batch); the
/// other inputs are built all the same.
#[test]
fn a_render_timeout_fails_one_input_and_the_batch_carries_on() {
    let looping = "{% for a in range(end=100000) %}{% for b in range(end=100000) %}\
                   {% set x = b %}{% endfor %}{% endfor %}\n";
    let out = Test::new()
        .write("orgs/a.yaml", lumora() + "\ntemplates: tpl\n")
        .write("orgs/tpl/soa.md", looping)
        .write("orgs/b.yaml", lumora())
        .env("ANNEXA_RENDER_TIMEOUT", "1")
        .args(["build", "orgs", "--out", "out", "--format", "md"])
        .stderr_has("loops for ever")
        .stderr_has("error: 1 of 2 inputs failed: ")
        .expect_absent("out/a")
        .expect_file("out/b/statement-of-applicability.md")
        .failure();
    assert!(out.stderr.contains("a.yaml"), "{}", out.stderr);
    // The same input on its own: exit code 2, nothing written.
    out.then()
        .env("ANNEXA_RENDER_TIMEOUT", "1")
        .args(["build", "orgs/a.yaml", "--out", "single", "--format", "md"])
        .stderr_has("loops for ever")
        .expect_absent("single")
        .status(2);
}
