//! An approved document shows no **[To complete]**, and `placeholder-in-approved` says so when
//! it would: the validator's rules and the built-in templates, held to each other field by
//! field on the Lumora example (its approved AI policy and its approved credit-scoring
//! assessment), and `validate --deny-warnings` failing on such a document.

use crate::support::{lumora, Test};

const TODO: &str = "[To complete]";

/// The example without the block that starts with `head` after `from` (the key line and the
/// more indented lines after it).
fn without(text: &str, from: &str, head: &str) -> String {
    let start = text.find(from).expect("section");
    let at = start + text[start..].find(head).expect("block");
    let indent = head.len() - head.trim_start().len();
    let mut end = at + text[at..].find('\n').map_or(text.len() - at, |n| n + 1);
    for line in text[end..].split_inclusive('\n') {
        if line.len() - line.trim_start().len() <= indent && !line.trim().is_empty() {
            break;
        }
        end += line.len();
    }
    format!("{}{}", &text[..at], &text[end..])
}

/// Builds `text` as Markdown: (the stderr, the document `file` as written).
fn build(text: &str, file: &str) -> (String, String) {
    let run = Test::new()
        .write("soa.yaml", text)
        .args(["build", "soa.yaml", "--out", "out", "--format", "md"])
        .success();
    (run.stderr.clone(), run.read(&format!("out/{file}")))
}

#[test]
fn approved_documents_of_the_example_show_no_placeholder() {
    let run = Test::new()
        .write("soa.yaml", lumora())
        .args([
            "build",
            "soa.yaml",
            "--out",
            "out",
            "--format",
            "md",
            "--deny-warnings",
        ])
        .success();
    for file in [
        "statement-of-applicability.md",
        "risk-treatment-plan.md",
        "ai-policy.md",
        "management-system.md",
        "ai-impact-assessment-credit-scoring.md",
    ] {
        let md = run.read(&format!("out/{file}"));
        assert!(md.contains("| Status | Approved |"), "{file} is approved");
        assert!(!md.contains(TODO), "{file} shows a placeholder");
    }
    // The assessment still in progress is a draft, and may show them.
    let draft = run.read("out/ai-impact-assessment-support-assistant.md");
    assert!(draft.contains("| Status | Draft |") && draft.contains(TODO));
}

#[test]
fn each_placeholder_in_an_approved_document_is_a_warning() {
    let text = lumora();
    let policy = [
        "  purpose: >-\n",
        "  principles:\n",
        "  objectives:\n",
        "  related_policies:\n",
        "  communication: >-\n",
        "  exceptions: >-\n",
    ];
    for head in policy {
        let edited = without(&text, "\nai_policy:\n", head);
        let (stderr, md) = build(&edited, "ai-policy.md");
        let field = head.trim().split(':').next().unwrap_or_default();
        assert!(
            stderr.contains("warning[placeholder-in-approved]: the AI policy")
                && stderr.contains(&format!("no `{field}`")),
            "{field}: {stderr}"
        );
        assert!(md.contains(TODO), "{field}: the policy shows a placeholder");
    }
    let system = [
        "    description: >-\n",
        "    vulnerable_groups:\n",
        "    models:\n",
        "    jurisdictions: ",
        "    foreseeable_misuse:\n",
        "    owner: ",
        "      next_review: ",
        "      approver: ",
    ];
    for head in system {
        let edited = without(&text, "\nai_systems:\n", head);
        let (stderr, md) = build(&edited, "ai-impact-assessment-credit-scoring.md");
        let field = head.trim().split(':').next().unwrap_or_default();
        assert!(
            stderr.contains("the impact assessment of `credit-scoring` is marked approved")
                && stderr.contains(&format!("no `{field}`")),
            "{field}: {stderr}"
        );
        assert!(
            md.contains(TODO),
            "{field}: the assessment shows a placeholder"
        );
    }
}

#[test]
fn deny_warnings_fails_on_a_placeholder_in_an_approved_document() {
    let edited = without(&lumora(), "\nai_policy:\n", "  objectives:\n");
    Test::new()
        .write("soa.yaml", &edited)
        .args(["validate", "soa.yaml", "--deny-warnings"])
        .stderr_has("warning[placeholder-in-approved]")
        .stderr_has(
            "\"4. Framework for setting AI objectives\" still shows [To complete]: no `objectives`",
        )
        .failure();
}
