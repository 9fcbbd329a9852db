//! The risk treatment plan as a reader and a script get it: every risk of the example with its
//! controls derived from the SoA, the heat maps with their text alternative, the SoA's risk
//! references linking to the plan in HTML and PDF, the register as CSV, the toolkit's template,
//! and `annexa diff` reporting risk changes.

use crate::support::{lumora, lumora_path, Test};
use annexa::render::export::RISK_COLUMNS;
use lopdf::{Document, Object};

fn build_example() -> crate::support::Output {
    Test::new()
        .arg("build")
        .arg(lumora_path())
        .args(["--out", "out", "--format", "md,html,pdf,csv"])
        .success()
}

#[test]
fn the_plan_shows_every_risk_with_the_controls_the_soa_cites_it_for() {
    let out = build_example();
    let md = out.read("out/risk-treatment-plan.md");
    for i in 1..=17 {
        assert!(
            md.contains(&format!("\n### R-{i:02} ")),
            "R-{i:02} has no entry"
        );
    }
    // R-17 is retained and accepted; A.5.13 (not implemented) cites it.
    let r17 = &md[md.find("\n### R-17 ").expect("R-17")..];
    assert!(r17.contains("| Treatment | Retain (accept) |"), "{r17}");
    assert!(r17.contains("Accepted by Risk Committee on 2026-05-14 (RA-2026-03)"));
    assert!(r17.contains("| 27001:A.5.13 | Labelling of information | Not implemented |"));
    // The summary's figures and the residual High risks with their acceptances.
    assert!(md.contains("- Risks in the register: 17 (12 information security, 5 AI)"));
    assert!(md.contains("2 above them (2 with a recorded acceptance)"));
    assert!(md.contains("<!-- annexa:heatmap inherent -->"));
    assert!(md.contains("No action is overdue"));

    let html = out.read("out/risk-treatment-plan.html");
    assert_eq!(
        html.matches("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" role=\"img\"")
            .count(),
        2
    );
    let desc = &html[html.find("<desc>").expect("desc")..];
    assert!(
        desc.contains("likelihood Almost certain, impact Major (Very high): 1 (R-01)"),
        "{}",
        &desc[..400]
    );
    assert!(html.contains("<a href=\"statement-of-applicability.html\">LUM-ISMS-SOA-001</a>"));

    // The SoA's risk references go to the plan's entries: every anchor exists there.
    let soa = out.read("out/statement-of-applicability.html");
    let anchors: std::collections::BTreeSet<&str> = soa
        .split("href=\"risk-treatment-plan.html#")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    assert_eq!(anchors.len(), 17, "every risk is linked");
    for a in anchors {
        assert!(
            html.contains(&format!("id=\"{a}\"")),
            "no heading {a} in the plan"
        );
    }
    assert!(out
        .read("out/statement-of-applicability.md")
        .contains("[R-17](risk-treatment-plan.md#r-17-"));

    // The PDFs link to each other by relative URI.
    assert!(uris(&out.path().join("out/statement-of-applicability.pdf"))
        .contains(&"risk-treatment-plan.pdf".to_string()));
    assert!(uris(&out.path().join("out/risk-treatment-plan.pdf"))
        .contains(&"statement-of-applicability.pdf".to_string()));
    let text = pdf_text(&out.path().join("out/risk-treatment-plan.pdf"));
    for needle in [
        "Risks before treatment (inherent)",
        "Risks after treatment (residual)",
        "R-06",
        "RA-2026-05",
    ] {
        assert!(text.contains(needle), "{needle} is not in the PDF");
    }

    let csv = out.read("out/risk-treatment-plan.csv");
    let mut rows = csv.split("\r\n").filter(|l| !l.is_empty());
    assert_eq!(rows.next(), Some(RISK_COLUMNS.join(",").as_str()));
    assert_eq!(rows.count(), 17);
}

/// Every URI of the link actions in a PDF (nested dictionaries included).
fn uris(path: &std::path::Path) -> Vec<String> {
    fn walk(o: &Object, out: &mut Vec<String>) {
        match o {
            Object::Dictionary(d) => {
                for (k, v) in d.iter() {
                    match (k.as_slice(), v) {
                        (b"URI", Object::String(bytes, _)) => {
                            out.push(String::from_utf8_lossy(bytes).into_owned());
                        }
                        _ => walk(v, out),
                    }
                }
            }
            Object::Array(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let doc = Document::load(path).expect("PDF parses");
    let mut out = Vec::new();
    doc.objects.values().for_each(|o| walk(o, &mut out));
    out
}

fn pdf_text(path: &std::path::Path) -> String {
    let doc = Document::load(path).expect("PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text")
}

#[test]
fn the_toolkit_set_has_a_risk_treatment_plan_template() {
    let out = Test::new()
        .args([
            "build",
            "--blank",
            "--out",
            "kit",
            "--format",
            "md,html,csv",
        ])
        .success();
    let md = out.read("kit/risk-treatment-plan.md");
    assert!(md.contains("### [Risk ID] [Risk title]"));
    assert!(md.contains("| Risk owner | [Owner role] |"));
    assert!(md.contains("| Document ID | \\[Document ID\\] |"), "{md}");
    assert!(md.contains("<!-- annexa:heatmap residual -->"));
    let html = out.read("kit/risk-treatment-plan.html");
    assert_eq!(
        html.matches("class=\"heatmap\" role=\"img\"").count(),
        2,
        "empty grids to fill"
    );
    let csv = out.read("kit/risk-treatment-plan.csv");
    assert_eq!(csv, format!("{}\r\n", RISK_COLUMNS.join(",")));
}

#[test]
fn the_change_log_reports_risk_changes() {
    let old = lumora();
    let new = old
        .replacen("    residual: {likelihood: unlikely, impact: severe}", "    residual: {likelihood: rare, impact: severe}", 1)
        .replacen("        action: Automate fail-over of Lumora Originate to eu-west-1 and test it (27001 A.5.30)\n        owner: Head of Platform Engineering\n        due: 2027-03-31\n        state: in_progress", "        action: Automate fail-over of Lumora Originate to eu-west-1 and test it (27001 A.5.30)\n        owner: Head of Platform Engineering\n        due: 2027-03-31\n        state: done", 1)
        .replacen("  acceptance: medium\n", "  acceptance: high\n", 1);
    assert_ne!(new, old);
    let out = Test::new()
        .write("old.yaml", &old)
        .write("new.yaml", &new)
        .args(["diff", "old.yaml", "new.yaml", "--format", "json"])
        .run();
    let risks = &out.json()["risks"]["changed"];
    let change = |id: &str, field: &str| {
        risks
            .as_array()
            .expect("changed")
            .iter()
            .find(|c| c["id"] == id && c["field"] == field)
            .unwrap_or_else(|| panic!("no change of {id} {field}: {risks}"))
            .clone()
    };
    let after = change("R-06", "After treatment");
    assert_eq!(after["before"], "Unlikely × Severe = 10, High");
    assert_eq!(after["after"], "Rare × Severe = 5, Medium");
    let actions = change("R-06", "Actions");
    assert!(actions["after"]
        .as_str()
        .expect("after")
        .ends_with("due 2027-03-31, done)"));
    let criteria = change("risk_criteria", "Acceptance");
    assert_eq!(
        (&criteria["before"], &criteria["after"]),
        (&"Medium".into(), &"High".into())
    );
}
