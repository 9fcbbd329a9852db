//! The messages a new user meets (issue "What a new user tripped over", items 5–11), through
//! the real binary: every ISO/IEC 27001:2013 number explained with the 2022 control(s) it
//! became, the 42001 impact-assessment warnings, and direction overrides warned of and shown as
//! markers in every output. The one-file cases with their goldens are in
//! `cli_invalid/newuser.rs`.

use crate::support::{lumora, repo_text, Test};
use serde_json::Value;
use std::collections::BTreeSet;

/// (2013 ID, the 2022 IDs it became) from `catalogs/iso27001-2013-to-2022.yaml`, whose lines
/// read `  A.9.2.3: { title: "…", now: [A.8.2] }`.
fn correspondence() -> Vec<(String, Vec<String>)> {
    repo_text("catalogs/iso27001-2013-to-2022.yaml")
        .lines()
        .filter_map(|l| {
            let (id, rest) = l.strip_prefix("  A.")?.split_once(": {")?;
            let now = rest.split_once("now: [")?.1.split_once(']')?.0;
            let now = now.split(", ").map(str::to_string).collect();
            Some((format!("A.{id}"), now))
        })
        .collect()
}

/// The 2022 IDs a help line names (`27001:A.8.2` → `A.8.2`).
fn named(help: &str) -> BTreeSet<String> {
    help.split('`')
        .filter_map(|part| part.strip_prefix("27001:A."))
        .filter(|id| id.split('.').count() == 2)
        .map(|id| format!("A.{id}"))
        .collect()
}

/// All 114 numbers of the 2013 Annex A, with and without the namespace, in a 27001-only file:
/// each is reported where it is written, and its help line names exactly the 2022 controls the
/// published correspondence gives, saying "merged into" or "split into" where it applies.
#[test]
fn every_2013_id_names_the_2022_controls_it_became() {
    let table = correspondence();
    assert_eq!(table.len(), 114);
    // Spot checks against the published correspondence itself.
    for (old, new) in [
        ("A.9.2.3", &["A.8.2"][..]),
        ("A.6.2.1", &["A.8.1"]),
        ("A.12.4.1", &["A.8.15"]),
        ("A.11.2.9", &["A.7.7"]),
        ("A.18.2.3", &["A.5.36", "A.8.8"]),
    ] {
        let row = table.iter().find(|(id, _)| id == old).expect(old);
        assert_eq!(row.1, new, "{old}");
    }
    let keys: String = table
        .iter()
        .flat_map(|(id, _)| [format!("27001:{id}"), id.clone()])
        .map(|key| format!("  {key}: {{applicable: false, justification: Old numbering.}}\n"))
        .collect();
    let text = repo_text("tests/fixtures/iso27001-only/soa.yaml").replacen(
        "\ncontrols:\n",
        &format!("\ncontrols:\n{keys}"),
        1,
    );
    let run = Test::new()
        .write("soa.yaml", text)
        .args(["validate", "soa.yaml", "--format", "json"])
        .failure();
    let report = run.json();
    let diags = report["diagnostics"].as_array().expect("list");
    let shown: Vec<&Value> = diags
        .iter()
        .filter(|d| d["code"] == "unknown-control" || d["code"] == "missing-namespace")
        .collect();
    assert_eq!(shown.len(), 228, "{report}");
    assert_eq!(
        diags.len(),
        228,
        "nothing else: the 93 controls are decided"
    );
    for d in shown {
        let message = d["message"].as_str().expect("message");
        let key = message.split('`').nth(1).expect("the key, quoted");
        let id = key.trim_start_matches("27001:");
        let (_, now) = table.iter().find(|(old, _)| old == id).expect(key);
        let help = d["help"].as_str().expect("a help line");
        let intro = format!("`{key}` is an ISO/IEC 27001:2013 number; in 2022 it is ");
        assert!(help.starts_with(&intro), "{help}");
        let expected: BTreeSet<String> = now.iter().cloned().collect();
        assert_eq!(named(help), expected, "{help}");
        let merged = now.len() == 1
            && table
                .iter()
                .any(|(other, n)| other != id && n.contains(&now[0]));
        assert_eq!(help.contains(" split into "), now.len() > 1, "{help}");
        assert_eq!(help.contains(" merged into "), merged, "{help}");
    }
}

/// A 2013 number in an overlay (licensed text keyed by the catalog's own IDs) and in a
/// relations file gets the same help as a `controls:` key.
#[test]
fn a_2013_id_is_explained_in_overlays_and_relations() {
    let text = lumora().replacen(
        "\ncatalogs:\n",
        "\noverlays: [overlay.yaml]\nrelations: relations.yaml\ncatalogs:\n",
        1,
    );
    let run = Test::new()
        .write("soa.yaml", text)
        .write(
            "overlay.yaml",
            "namespace: \"27001\"\ncontrols:\n  A.5.1: Our licensed text.\n  A.10.1.2: Key management text.\n",
        )
        .write(
            "relations.yaml",
            "title: Ours\nauthor: Us\nstatement: Informative.\nrelations:\n  42001:A.2.2:\n    supported_by: [27001:A.5.1, A.9.1.1]\n",
        )
        .args(["validate", "soa.yaml", "--format", "json"])
        .failure();
    let report = run.json();
    let helps: Vec<(&str, &str)> = (report["diagnostics"].as_array().expect("list").iter())
        .map(|d| {
            let file = d["file"].as_str().unwrap_or_default();
            (file, d["help"].as_str().unwrap_or_default())
        })
        .collect();
    assert_eq!(
        helps,
        [
            (
                "overlay.yaml",
                "`27001:A.10.1.2` is an ISO/IEC 27001:2013 number; in 2022 it is merged into `27001:A.8.24` Use of cryptography, with A.10.1.1"
            ),
            (
                "relations.yaml",
                "`A.9.1.1` is an ISO/IEC 27001:2013 number; in 2022 it is merged into `27001:A.5.15` Access control, with A.9.1.2"
            ),
        ],
        "{report}"
    );
}

/// Lumora with `42001:A.5.4` implemented: its `support-assistant` has impacts and an
/// `assessment:` record but no approval yet, so the SoA contradicts that system's impact
/// assessment, which reads "in progress".
#[test]
fn an_implemented_assessment_control_needs_the_assessment() {
    let text = lumora();
    let at = text.find("  42001:A.5.4:\n").expect("A.5.4");
    let status = at + text[at..].find("    status: partial\n").expect("status");
    let next = at + 1 + text[at + 1..].find("\n  42001:A.5.5:").expect("A.5.5");
    let with = |extra: &str| {
        format!(
            "{}    status: implemented\n{extra}{}",
            &text[..status],
            &text[next..]
        )
    };
    let implemented = with("");
    let status_line = u64::try_from(text[..status].lines().count() + 1).expect("small");

    let run = Test::new()
        .write("soa.yaml", &implemented)
        .args(["validate", "soa.yaml", "--format", "json"])
        .success();
    let report = run.json();
    let diags = report["diagnostics"].as_array().expect("list");
    assert_eq!(diags.len(), 1, "{report}");
    let d = &diags[0];
    assert_eq!(
        (&d["code"], &d["severity"], &d["line"], &d["column"]),
        (
            &Value::from("assessment-not-recorded"),
            &Value::from("warning"),
            &Value::from(status_line),
            &Value::from(13)
        )
    );
    let message = d["message"].as_str().expect("message");
    assert!(
        message.contains("AI system `support-assistant` has no approval yet"),
        "{message}"
    );
    Test::new()
        .write("soa.yaml", &implemented)
        .args(["build", "soa.yaml", "--deny-warnings", "--format", "md"])
        .stderr_has("warning[assessment-not-recorded]")
        .expect_absent("output")
        .failure();

    // Naming only the system whose assessment is recorded: nothing to say.
    let credit_only = with("    ai_systems: [credit-scoring]\n");
    let run = Test::new()
        .write("soa.yaml", credit_only)
        .args(["validate", "soa.yaml", "--format", "json"])
        .success();
    assert_eq!(run.json()["warnings"], 0, "{}", run.stdout);
}

/// ISO/IEC 42001 in scope and no AI system: a warning at `ai_systems:` when the file has the
/// key, else at the catalog's entry in `catalogs:`.
#[test]
fn an_ai_management_system_without_ai_systems_warns() {
    let run = Test::new().args(["init", "--catalog", "42001"]).success();
    let text = run.read("soa.yaml");
    let catalog_line = text
        .lines()
        .position(|l| l == "  - iso42001-2023")
        .expect("the catalog entry")
        + 1;
    let run = run
        .then()
        .args(["validate", "soa.yaml", "--format", "json"])
        .failure();
    let report = run.json();
    let warnings: Vec<&Value> = (report["diagnostics"].as_array().expect("list").iter())
        .filter(|d| d["severity"] == "warning")
        .collect();
    assert_eq!(warnings.len(), 1, "{report}");
    assert_eq!(warnings[0]["code"], "no-ai-system");
    assert_eq!(warnings[0]["line"], catalog_line);
    assert_eq!(warnings[0]["column"], 5);

    let with_key = format!("{text}\nai_systems: []\n");
    let key_line = with_key.lines().count();
    let run = Test::new()
        .write("soa.yaml", with_key)
        .args(["validate", "soa.yaml", "--format", "json"])
        .failure();
    let report = run.json();
    let warning = (report["diagnostics"].as_array().expect("list").iter())
        .find(|d| d["code"] == "no-ai-system")
        .expect("the warning");
    assert_eq!(
        (&warning["line"], &warning["column"]),
        (&Value::from(key_line), &Value::from(1))
    );
}

/// The characters that reorder the text shown after them (U+202A–U+202E, U+2066–U+2069).
const BIDI: [char; 9] = [
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

/// A justification with a right-to-left override and an isolate: `validate` warns, naming the
/// character and where it is, and every output of `build --format all` shows a visible marker
/// where the file has the character, and holds none of them.
#[test]
fn direction_overrides_warn_and_show_as_markers_in_every_output() {
    let valid =
        repo_text("tests/invalid/valid/soa.yaml").replace("../catalog.yaml", "catalog.yaml");
    let text = valid.replacen(
        "    justification: Required by regulation.",
        "    justification: \"Approved by \\u202Edraob eht\\u202C; see \\u2067policy\\u2069.\"",
        1,
    );
    let run = Test::new()
        .write("catalog.yaml", repo_text("tests/invalid/catalog.yaml"))
        .write("soa.yaml", text)
        .args(["validate", "soa.yaml"])
        .stderr_has("warning[bidi-character]: `justification` holds U+202E RIGHT-TO-LEFT OVERRIDE at character 13 (and 3 more direction characters)")
        .stderr_has("--> soa.yaml:22:33")
        .stderr_has("the documents show it as `[U+202E]`")
        .success();
    let run = run
        .then()
        .args(["build", "soa.yaml", "--format", "all", "--out", "out"])
        .success();
    let shown = "Approved by [U+202E]draob eht[U+202C]; see [U+2067]policy[U+2069].";
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(run.path().join("out")).expect("out") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("name")
            .to_string();
        if !name.starts_with("statement-of-applicability") {
            continue;
        }
        let text = match path.extension().and_then(|e| e.to_str()) {
            Some("pdf") => {
                let doc = lopdf::Document::load(&path).expect("PDF");
                let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
                squeeze(&doc.extract_text(&pages).expect("text"))
            }
            Some("xlsx" | "docx") => {
                let bytes = std::fs::read(&path).expect("zip file");
                let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
                let mut all = String::new();
                for i in 0..zip.len() {
                    let mut part = zip.by_index(i).expect("part");
                    std::io::Read::read_to_string(&mut part, &mut all).expect("text");
                }
                all
            }
            _ => std::fs::read_to_string(&path).expect("text"),
        };
        assert!(!text.contains(BIDI), "{name} holds a direction character");
        let want = if name.ends_with(".pdf") {
            squeeze(shown)
        } else {
            shown.to_string()
        };
        let want = if name.ends_with(".md") {
            want.replace('[', "\\[").replace(']', "\\]")
        } else {
            want
        };
        assert!(text.contains(&want), "{name} does not show {want:?}");
        checked.push(name);
    }
    checked.sort();
    assert_eq!(
        checked,
        ["md", "html", "pdf", "docx", "xlsx", "csv", "json"]
            .map(|e| format!("statement-of-applicability.{e}"))
            .into_iter()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
    );
}
