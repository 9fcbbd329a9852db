//! The example's PDFs, parsed back as an outside reader would: every control ID, title and
//! justification is in the extracted text; identical input gives identical bytes whatever else
//! the run built; `SOURCE_DATE_EPOCH` changes only the dates; hostile text stays text.

use crate::support::rows::control_rows;
use crate::support::{root, Test};
use lopdf::Document;
use std::path::Path;

/// `annexa build <input> --out <out> --format <formats>`, succeeding.
fn build(input: &Path, out: &Path, formats: &str, epoch: Option<&str>) {
    let mut test = Test::in_dir(out)
        .arg("build")
        .arg(input)
        .args(["--out", ".", "--format", formats]);
    if let Some(e) = epoch {
        test = test.env("SOURCE_DATE_EPOCH", e);
    }
    test.success();
}

/// All text of a PDF, whitespace removed (lines wrap anywhere a space was).
fn squeezed_text(path: &Path) -> String {
    let doc = Document::load(path).expect("PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    assert!(!pages.is_empty());
    let text = doc.extract_text(&pages).expect("text extracts");
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn soa_pdf_holds_every_control_title_and_justification() {
    let tmp = tempfile::tempdir().expect("tempdir");
    build(
        &root().join("examples/lumora/soa.yaml"),
        tmp.path(),
        "pdf",
        None,
    );
    let text = squeezed_text(&tmp.path().join("statement-of-applicability.pdf"));
    Test::in_dir(root())
        .args(["validate", "examples/lumora/soa.yaml", "--format", "json"])
        .success();
    // The rows, as the Markdown has them: ID, title and justification cells.
    build(
        &root().join("examples/lumora/soa.yaml"),
        tmp.path(),
        "md",
        None,
    );
    let md = std::fs::read_to_string(tmp.path().join("statement-of-applicability.md")).expect("md");
    let rows: Vec<Vec<String>> = control_rows(&md)
        .into_iter()
        .filter(|l| l.starts_with("| 27001:") || l.starts_with("| 42001:"))
        .map(|l| {
            l.split(" | ")
                .map(|c| c.trim_matches('|').trim().replace('\\', ""))
                .collect()
        })
        .collect();
    assert_eq!(rows.len(), 131);
    let mut missing = Vec::new();
    for cells in &rows {
        let (id, title) = (&cells[0], &cells[1]);
        // The justification cell without the *Note:*/*AI systems:* additions, markup removed.
        let justification = cells[4].split(" *").next().unwrap_or_default().to_string();
        for (what, value) in [
            ("id", id),
            ("title", title),
            ("justification", &justification),
        ] {
            if !text.contains(&squeeze(value)) {
                missing.push(format!("{id} {what}: {value}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in the PDF text:\n{}",
        missing.join("\n")
    );
}

#[test]
fn pdfs_are_reproducible_and_epoch_changes_only_dates() {
    let input = root().join("examples/lumora/soa.yaml");
    let (a, b, c) = (
        tempfile::tempdir().expect("a"),
        tempfile::tempdir().expect("b"),
        tempfile::tempdir().expect("c"),
    );
    build(&input, a.path(), "md,html,pdf", None);
    // Only the PDFs this time: a different set of documents built in the same process before.
    build(&input, b.path(), "pdf", None);
    build(&input, c.path(), "md,html,pdf", Some("1798761600")); // 2027-01-01
    let names = [
        "statement-of-applicability.pdf",
        "ai-policy.pdf",
        "ai-impact-assessment-credit-scoring.pdf",
    ];
    for name in names {
        let pa = std::fs::read(a.path().join(name)).expect("a");
        let pb = std::fs::read(b.path().join(name)).expect("b");
        let pc = std::fs::read(c.path().join(name)).expect("c");
        assert_eq!(pa, pb, "{name} differs between two builds");
        assert_ne!(pa, pc, "{name}: SOURCE_DATE_EPOCH changed nothing");
        let da = Document::load_mem(&pa).expect("a parses");
        let dc = Document::load_mem(&pc).expect("c parses");
        let info = |d: &Document, key: &[u8]| -> Vec<u8> {
            let id = d
                .trailer
                .get(b"Info")
                .and_then(lopdf::Object::as_reference)
                .expect("Info");
            let dict = d.get_dictionary(id).expect("info dict");
            dict.get(key)
                .and_then(lopdf::Object::as_str)
                .map(<[u8]>::to_vec)
                .unwrap_or_default()
        };
        assert!(String::from_utf8_lossy(&info(&da, b"CreationDate")).starts_with("D:20261102"));
        assert!(String::from_utf8_lossy(&info(&dc, b"CreationDate")).starts_with("D:20270101"));
        assert_eq!(info(&da, b"Title"), info(&dc, b"Title"));
        let pages = |d: &Document| d.get_pages().len();
        assert_eq!(pages(&da), pages(&dc));
        let all: Vec<u32> = da.get_pages().keys().copied().collect();
        assert_eq!(
            da.extract_text(&all).expect("a"),
            dc.extract_text(&all).expect("c"),
            "{name}: page text changed"
        );
    }
    for md in [
        "statement-of-applicability.md",
        "statement-of-applicability.html",
    ] {
        assert_eq!(
            std::fs::read(a.path().join(md)).expect("a"),
            std::fs::read(c.path().join(md)).expect("c"),
            "{md} depends on SOURCE_DATE_EPOCH"
        );
    }
}

#[test]
fn hostile_text_is_text_in_the_pdf() {
    let tmp = tempfile::tempdir().expect("tempdir");
    build(
        &root().join("tests/fixtures/hostile/soa.yaml"),
        tmp.path(),
        "pdf",
        None,
    );
    let path = tmp.path().join("statement-of-applicability.pdf");
    let text = squeezed_text(&path);
    for s in [
        "<script>alert('justification')</script>",
        "|broken|cells",
        "](javascript:alert(1))",
        "Hostile<imgsrc=xonerror=alert(1)>Ltd|&Co",
    ] {
        assert!(text.contains(&squeeze(s)), "{s} is not in the PDF text");
    }
    // The 10,000-character word is all there, wrapped (and split over pages), never cut.
    let long_runs: usize = text
        .split(|c| c != 'A')
        .map(str::len)
        .filter(|n| *n >= 10)
        .sum();
    assert_eq!(long_runs, 10_000);
    // Each script on its own: a phrase wrapped inside a mixed-direction line has the other
    // direction's words between its halves in the extracted text.
    let script = |s: &str| -> String {
        let cjk = s.chars().any(|c| c >= '\u{3000}');
        text.chars()
            .filter(|c| (*c >= '\u{3000}') == cjk && c.is_alphabetic() && !c.is_ascii())
            .collect()
    };
    for s in ["שלום", "مرحبا", "中文", "テキスト", "日本語"] {
        let only = script(s);
        let found = only.contains(s) || only.contains(&s.chars().rev().collect::<String>());
        assert!(found, "{s} is not in the PDF text");
    }
    let doc = Document::load(&path).expect("parses");
    assert!(doc.get_pages().len() >= 2);
}
