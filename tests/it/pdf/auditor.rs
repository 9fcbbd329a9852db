//! What an auditor sees first in the PDFs (issue 18), read back from the files with lopdf:
//! control IDs and header words whole on the page however long the tokens beside them (the
//! long-token variant of the example: a file name, a SHA-256 and a long classification), the
//! marking whole in every running header, the SoA's pages at least a third full except where
//! a section ends, and every control table of the SoA drawn on one set of column positions.

use super::page_size;
use crate::support::rows::control_rows;
use crate::support::{lumora, root, Test};
use lopdf::content::Content;
use lopdf::{Document, Object};
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

const LONG_CLASSIFICATION: &str = "Confidential – Lumora Finance Ltd and named lender partners \
only; handling rules LUM-STD-03 section 4 apply to every copy";
const FILE_NAME: &str = "LUM-REG-01_Information_Asset_Register_Export_2026-10-14.xlsx";
const SHA: &str = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

/// The example with a long classification, an evidence file name and a hash as evidence.
fn long_tokens() -> String {
    let mut s = lumora();
    for (from, to) in [
        (
            "  classification: Internal\n".to_string(),
            format!("  classification: \"{LONG_CLASSIFICATION}\"\n"),
        ),
        (
            "      - LUM-REG-01 export with owners and classification, October 2026\n".into(),
            format!("      - {FILE_NAME}\n"),
        ),
        (
            "      - Acknowledgement records for LUM-POL-02 v3.0\n".into(),
            format!("      - {SHA}\n"),
        ),
    ] {
        assert_eq!(
            s.matches(&from).count(),
            1,
            "the example still has {from:?}"
        );
        s = s.replace(&from, &to);
    }
    s
}

fn build(input: &Path, out: &Path) {
    Test::in_dir(out)
        .arg("build")
        .arg(input)
        .args(["--out", ".", "--format", "md,pdf"])
        .success();
}

fn load(path: &Path) -> Document {
    Document::load(path).expect("PDF parses")
}

/// The control IDs of a built SoA, from its Markdown.
fn control_ids(md: &str) -> Vec<String> {
    control_rows(md)
        .iter()
        .filter_map(|r| r.trim_start_matches('|').split('|').next())
        .map(|c| c.trim().replace('\\', ""))
        .filter(|id| id.contains(':'))
        .collect()
}

/// A PDF's text laid out as on the page (`pdftotext -layout`), one string per page; `None`
/// when pdftotext is not installed. lopdf's extraction joins a text object's runs without
/// breaks, so it cannot tell a word broken across lines from a whole one.
fn layout_pages(path: &Path) -> Option<Vec<String>> {
    let bytes = std::fs::read(path).expect("read");
    let text = super::tools::run("pdftotext", &["-layout"], &bytes)?;
    Some(text.split('\u{c}').map(str::to_string).collect())
}

/// Whitespace-separated words of a page (`pdftotext -layout` puts a cell's lines on lines
/// of their own, so a broken word shows as two).
fn words(page: &str) -> BTreeSet<&str> {
    page.split_whitespace().collect()
}

#[test]
#[ignore = "slow lane: needs pdftotext (poppler-utils)"]
fn ids_header_words_and_the_marking_come_back_whole() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("soa.yaml");
    std::fs::write(&input, long_tokens()).expect("write");
    build(&input, tmp.path());
    let md = std::fs::read_to_string(tmp.path().join("statement-of-applicability.md")).expect("md");
    let pdf = tmp.path().join("statement-of-applicability.pdf");
    let Some(pages) = layout_pages(&pdf) else {
        return;
    };
    let pages: Vec<String> = pages.into_iter().filter(|p| !p.trim().is_empty()).collect();
    let all: BTreeSet<&str> = pages.iter().flat_map(|p| words(p)).collect();
    let ids = control_ids(&md);
    assert!(ids.len() > 100, "{}", ids.len());
    for id in &ids {
        assert!(all.contains(id.as_str()), "{id} is not whole on any page");
    }
    // Header words are whole on every page of the control tables (additional controls
    // have a Source column where the others say Applicable).
    let head = [
        "Justification",
        "Implementation",
        "Evidence",
        "Reasons",
        "Status",
        "Owner",
    ];
    for (n, p) in pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.contains("Justification"))
    {
        let w = words(p);
        for word in head {
            assert!(w.contains(word), "page {}: {word} broken", n + 1);
        }
        assert!(
            w.contains("Applicable") || w.contains("Source"),
            "page {}",
            n + 1
        );
    }
    // Long tokens break between their parts: the file name after its underscores, the hash
    // into pieces of one line each.
    for part in ["LUM-REG-01_", "Register_Export_", "2026-10-14.xlsx;"] {
        assert!(all.contains(part), "{part}: {FILE_NAME} broken elsewhere");
    }
    assert!(all.contains("sha256:"), "the hash starts a line");
    // The marking, wrapped or not, is whole on every page, with the issue date.
    for (n, p) in pages.iter().enumerate() {
        let head: String = p.lines().take(3).collect::<Vec<_>>().join(" ");
        let head: Vec<&str> = head.split_whitespace().collect();
        let want: Vec<&str> = LONG_CLASSIFICATION.split_whitespace().collect();
        let found = head.windows(want.len()).any(|w| w == want.as_slice())
            || want.iter().all(|w| head.contains(w));
        assert!(found, "page {}: marking cut: {head:?}", n + 1);
        assert!(head.contains(&"2026-11-02"), "page {}: issue date", n + 1);
        assert!(
            !head.iter().any(|w| w.ends_with('…')),
            "page {}: {head:?}",
            n + 1
        );
    }
    // One long word no longer reshapes the document.
    let plain = tempfile::tempdir().expect("tempdir");
    build(&root().join("examples/lumora/soa.yaml"), plain.path());
    let example = load(&plain.path().join("statement-of-applicability.pdf"));
    let (a, b) = (example.get_pages().len(), load(&pdf).get_pages().len());
    assert!(
        b <= a + 1,
        "{a} pages for the example, {b} with long tokens"
    );
}

#[test]
#[ignore = "slow lane: needs pdftotext (poppler-utils)"]
fn hostile_ids_come_back_whole() {
    let tmp = tempfile::tempdir().expect("tempdir");
    build(&root().join("tests/fixtures/hostile/soa.yaml"), tmp.path());
    let md = std::fs::read_to_string(tmp.path().join("statement-of-applicability.md")).expect("md");
    let Some(pages) = layout_pages(&tmp.path().join("statement-of-applicability.pdf")) else {
        return;
    };
    let all: BTreeSet<&str> = pages.iter().flat_map(|p| words(p)).collect();
    let ids = control_ids(&md);
    assert!(!ids.is_empty());
    for id in ids {
        assert!(all.contains(id.as_str()), "{id} is not whole on any page");
    }
}

/// What a page's content draws inside the text frame: the lowest y (from the top) of any
/// text or path, and the x of every vertical rule.
struct Drawn {
    landscape: bool,
    bottom: f32,
    rules: BTreeSet<i32>,
}

fn num(o: &Object) -> f32 {
    o.as_float().unwrap_or(0.0)
}

fn drawn(doc: &Document, page: u32) -> Drawn {
    let id = doc.get_pages()[&page];
    let (w, h) = page_size(doc, page);
    let (top, foot) = (62.0, h - 56.0);
    let content = Content::decode(&doc.get_page_content(id)).expect("decode");
    let mut out = Drawn {
        landscape: w > h,
        bottom: top,
        rules: BTreeSet::new(),
    };
    let (mut line_y, mut last_m) = (0.0, None);
    let see = |y: f32, out: &mut Drawn| {
        if y > top && y < foot {
            out.bottom = out.bottom.max(y);
        }
    };
    for op in &content.operations {
        let a = &op.operands;
        match op.operator.as_str() {
            "Tm" if a.len() == 6 => {
                line_y = num(&a[5]);
                see(line_y, &mut out);
            }
            "Td" if a.len() == 2 => {
                line_y += num(&a[1]);
                see(line_y, &mut out);
            }
            "m" if a.len() == 2 => {
                last_m = Some((num(&a[0]), num(&a[1])));
                see(num(&a[1]), &mut out);
            }
            "l" if a.len() == 2 => {
                let (x, y) = (num(&a[0]), num(&a[1]));
                if let Some((mx, my)) = last_m {
                    if (mx - x).abs() < 0.01 && (my - y).abs() > 1.0 && my > top && my < foot {
                        out.rules.insert((x * 10.0).round() as i32);
                    }
                }
                see(y, &mut out);
            }
            _ => {}
        }
    }
    out
}

/// The pages that start a section: where an H1 or H2 bookmark points.
fn section_starts(doc: &Document) -> BTreeSet<u32> {
    let pages: HashMap<lopdf::ObjectId, u32> =
        doc.get_pages().into_iter().map(|(n, id)| (id, n)).collect();
    let mut out = BTreeSet::new();
    let Ok(root) = doc
        .catalog()
        .and_then(|c| c.get(b"Outlines"))
        .and_then(Object::as_reference)
    else {
        return out;
    };
    let mut stack = vec![(root, 0)];
    while let Some((id, depth)) = stack.pop() {
        let Ok(d) = doc.get_dictionary(id) else {
            continue;
        };
        if depth > 0 && depth <= 2 {
            let dest = d
                .get(b"Dest")
                .ok()
                .map(|o| o.as_reference().map_or(Ok(o), |r| doc.get_object(r)))
                .and_then(|o| o.ok()?.as_array().ok());
            let page = dest
                .and_then(|a| a.first())
                .and_then(|o| o.as_reference().ok());
            if let Some(n) = page.and_then(|p| pages.get(&p)) {
                out.insert(*n);
            }
        }
        if let Ok(next) = d.get(b"Next").and_then(Object::as_reference) {
            stack.push((next, depth));
        }
        if let Ok(first) = d.get(b"First").and_then(Object::as_reference) {
            stack.push((first, depth + 1));
        }
    }
    out
}

#[test]
fn soa_pages_are_filled_and_control_tables_share_columns() {
    let tmp = tempfile::tempdir().expect("tempdir");
    build(&root().join("examples/lumora/soa.yaml"), tmp.path());
    let doc = load(&tmp.path().join("statement-of-applicability.pdf"));
    let n = doc.get_pages().len() as u32;
    let starts = section_starts(&doc);
    assert!(starts.len() > 5, "{starts:?}");
    let pages: Vec<Drawn> = (1..=n).map(|p| drawn(&doc, p)).collect();
    for p in 1..n {
        let (w, h) = page_size(&doc, p);
        let next = page_size(&doc, p + 1);
        let ends_section = starts.contains(&(p + 1)) || (next.0 > next.1) != (w > h);
        let fill = (pages[p as usize - 1].bottom - 62.0) / (h - 56.0 - 62.0);
        assert!(
            ends_section || fill >= 1.0 / 3.0,
            "page {p} is {:.0}% full",
            fill * 100.0
        );
    }
    // Every landscape page holding an Annex A control table (nine columns: ten rules) draws it
    // on one grid; the additional controls (IDs ADD-…) have a grid of their own.
    let additional: BTreeSet<usize> = (1..=n)
        .filter(|p| super::page_text(&doc, *p).contains("ADD-0"))
        .map(|p| p as usize - 1)
        .collect();
    let control =
        |(i, d): &(usize, &Drawn)| d.landscape && d.rules.len() == 10 && !additional.contains(i);
    let grids: BTreeSet<&BTreeSet<i32>> = pages
        .iter()
        .enumerate()
        .filter(control)
        .map(|(_, d)| &d.rules)
        .collect();
    let tables = pages.iter().enumerate().filter(control).count();
    assert!(tables > 20, "{tables} pages of control tables");
    assert_eq!(
        grids.len(),
        1,
        "control tables on {} grids: {grids:?}",
        grids.len()
    );
}
