//! Archival and accessible, checked with an independent reader (lopdf), not the writer: every
//! document of the example (and the branded blank set) is tagged (`/MarkInfo /Marked true`),
//! has a structure tree with headings, paragraphs, lists, tables whose header cells are `TH`
//! with a scope, a `Figure` with alternative text stating the chart's figures; every piece of
//! content on every page sits inside a tagged or artifact marked-content sequence; the XMP
//! packet declares PDF/A-2a and PDF/UA-1; `/Lang`, the displayed title and an outline are there.

use crate::support::{root, Test};
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object};
use std::collections::BTreeMap;
use std::path::Path;

/// Follows a reference (or returns the object itself).
fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(o),
        other => other,
    }
}

fn dict<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Dictionary> {
    deref(doc, o).as_dict().ok()
}

/// What the structure tree holds: count per type, TH scopes, figure alternative texts, MCIDs.
#[derive(Default, Debug)]
pub(crate) struct Tree {
    pub(crate) types: BTreeMap<String, usize>,
    pub(crate) th_scopes: Vec<String>,
    pub(crate) figure_alts: Vec<String>,
    pub(crate) heading_titles: Vec<String>,
    pub(crate) mcids: usize,
    /// Object references: annotations placed in the tree.
    pub(crate) objrs: usize,
}

fn walk(doc: &Document, o: &Object, tree: &mut Tree, depth: usize) {
    assert!(depth < 200, "structure tree too deep");
    match deref(doc, o) {
        Object::Array(kids) => kids.iter().for_each(|k| walk(doc, k, tree, depth + 1)),
        Object::Integer(_) => tree.mcids += 1,
        Object::Dictionary(d) => {
            if let Ok(s) = d.get(b"S").and_then(Object::as_name) {
                let s = String::from_utf8_lossy(s).into_owned();
                *tree.types.entry(s.clone()).or_default() += 1;
                if s == "TH" {
                    let scope = d
                        .get(b"A")
                        .ok()
                        .and_then(|a| scope(doc, a))
                        .unwrap_or_default();
                    tree.th_scopes.push(scope);
                }
                if s == "Figure" {
                    let alt = d.get(b"Alt").and_then(Object::as_str).unwrap_or_default();
                    tree.figure_alts.push(text(alt));
                }
                if s.starts_with('H') && s.len() == 2 {
                    let t = d.get(b"T").and_then(Object::as_str).unwrap_or_default();
                    tree.heading_titles.push(text(t));
                }
            } else if d.get(b"MCID").is_ok() {
                tree.mcids += 1;
            } else if d.get(b"Type").and_then(Object::as_name).ok() == Some(b"OBJR") {
                tree.objrs += 1;
            }
            if let Ok(k) = d.get(b"K") {
                walk(doc, k, tree, depth + 1);
            }
        }
        _ => {}
    }
}

/// A `/Scope` in an attribute object (or an array of them).
fn scope(doc: &Document, a: &Object) -> Option<String> {
    match deref(doc, a) {
        Object::Array(items) => items.iter().find_map(|i| scope(doc, i)),
        Object::Dictionary(d) => d
            .get(b"Scope")
            .and_then(Object::as_name)
            .ok()
            .map(|n| String::from_utf8_lossy(n).into_owned()),
        _ => None,
    }
}

/// A PDF text string (UTF-16BE with a byte-order mark, or PDFDocEncoding ≈ Latin-1).
pub(crate) fn text(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        bytes.iter().map(|b| char::from(*b)).collect()
    }
}

pub(crate) fn structure(doc: &Document) -> Tree {
    let catalog = doc.catalog().expect("catalog");
    let root = catalog.get(b"StructTreeRoot").expect("a structure tree");
    let root = dict(doc, root).expect("StructTreeRoot is a dictionary");
    let mut tree = Tree::default();
    walk(
        doc,
        root.get(b"K").expect("the tree has kids"),
        &mut tree,
        0,
    );
    tree
}

/// Operators that put something on the page, found outside any marked-content sequence.
pub(crate) fn unmarked_content(doc: &Document) -> Vec<String> {
    let mut bad = Vec::new();
    for (n, id) in doc.get_pages() {
        let content = Content::decode(&doc.get_page_content(id)).expect("content decodes");
        let mut depth = 0usize;
        for op in &content.operations {
            match op.operator.as_str() {
                "BDC" | "BMC" => depth += 1,
                "EMC" => depth = depth.saturating_sub(1),
                "Tj" | "TJ" | "'" | "\"" | "f" | "F" | "f*" | "S" | "s" | "B" | "b" | "Do"
                | "sh"
                    if depth == 0 =>
                {
                    bad.push(format!("page {n}: {}", op.operator));
                }
                _ => {}
            }
        }
        assert_eq!(depth, 0, "page {n}: unbalanced marked content");
    }
    bad
}

/// The XMP packet as text.
pub(crate) fn xmp(doc: &Document) -> String {
    let catalog = doc.catalog().expect("catalog");
    let m = catalog.get(b"Metadata").expect("a Metadata stream");
    let stream = deref(doc, m).as_stream().expect("Metadata is a stream");
    let bytes = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Every check of this module on one PDF; returns its structure for more.
pub(crate) fn check_accessible(path: &Path) -> Tree {
    let name = path.display();
    let doc = Document::load(path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let catalog = doc.catalog().expect("catalog");
    let mark = catalog.get(b"MarkInfo").ok().and_then(|m| dict(&doc, m));
    let marked = mark
        .and_then(|m| m.get(b"Marked").ok())
        .and_then(|m| m.as_bool().ok());
    assert_eq!(marked, Some(true), "{name}: /MarkInfo /Marked true");
    let lang = catalog
        .get(b"Lang")
        .and_then(Object::as_str)
        .expect("/Lang");
    assert!(!lang.is_empty(), "{name}: /Lang");
    let prefs = catalog
        .get(b"ViewerPreferences")
        .ok()
        .and_then(|p| dict(&doc, p));
    let shows_title = prefs
        .and_then(|p| p.get(b"DisplayDocTitle").ok())
        .and_then(|b| b.as_bool().ok());
    assert_eq!(shows_title, Some(true), "{name}: DisplayDocTitle");
    assert!(catalog.get(b"Outlines").is_ok(), "{name}: an outline");
    let x = xmp(&doc);
    for needle in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>A</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>",
        "<dc:title>",
    ] {
        assert!(x.contains(needle), "{name}: XMP lacks {needle}");
    }
    assert_eq!(unmarked_content(&doc), Vec::<String>::new(), "{name}");
    let tree = structure(&doc);
    assert!(tree.mcids > 0, "{name}: content under the tree");
    assert!(tree.types.contains_key("H1"), "{name}: {:?}", tree.types);
    assert!(tree.types.contains_key("P"), "{name}: {:?}", tree.types);
    tree
}

#[test]
fn every_document_is_tagged_archival_and_accessible() {
    let tmp = tempfile::tempdir().expect("tempdir");
    Test::in_dir(tmp.path())
        .arg("build")
        .arg(root().join("examples/lumora/soa.yaml"))
        .args(["--out", ".", "--format", "pdf"])
        .success();
    let mut pdfs = 0;
    for entry in std::fs::read_dir(tmp.path()).expect("out") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "pdf") {
            let tree = check_accessible(&path);
            assert!(tree.types.contains_key("Table"), "{}", path.display());
            let ths = tree.types.get("TH").copied().unwrap_or(0);
            assert!(ths > 0, "{}: TH cells", path.display());
            assert!(
                tree.th_scopes.iter().all(|s| s == "Column"),
                "{}: {:?}",
                path.display(),
                tree.th_scopes
            );
            pdfs += 1;
        }
    }
    assert!(pdfs >= 6, "{pdfs} PDFs");
    // The risk treatment plan's heat maps are figures too, their cells in words.
    let plan = check_accessible(&tmp.path().join("risk-treatment-plan.pdf"));
    assert!(
        plan.figure_alts.iter().any(|a| a.contains("Likelihood")),
        "{:?}",
        plan.figure_alts
    );
    let soa = check_accessible(&tmp.path().join("statement-of-applicability.pdf"));
    for t in [
        "H2", "H3", "THead", "TBody", "TR", "TD", "Caption", "L", "LI", "Lbl", "LBody",
    ] {
        assert!(soa.types.contains_key(t), "SoA has no {t}: {:?}", soa.types);
    }
    // The summary chart: one figure whose alternative text states its figures.
    assert_eq!(soa.figure_alts.len(), 1, "{:?}", soa.figure_alts);
    let alt = &soa.figure_alts[0];
    assert!(
        alt.contains("in total") && alt.contains("implemented"),
        "{alt}"
    );
    assert!(alt.chars().any(|c| c.is_ascii_digit()), "{alt}");
    assert!(soa.heading_titles.iter().all(|t| !t.is_empty()));
}

#[test]
fn repeated_header_rows_are_artifacts_and_tables_are_tagged_once() {
    use annexa::render::pdf::render;
    let mut md = String::from("# Register\n\n| ID | Control | Applicable | Status | Justification | Owner |\n|---|---|---|---|---|---|\n");
    for i in 0..90 {
        md.push_str(&format!(
            "| C-{i} | Control {i} | Yes | Implemented | Reason {i}. | CISO |\n"
        ));
    }
    let out = render(&md, &super::meta(), None, None).expect("renders");
    let doc = super::parse(&out.bytes);
    assert!(doc.get_pages().len() >= 3);
    let tree = structure(&doc);
    assert_eq!(tree.types.get("TH"), Some(&6), "one header row in the tree");
    assert_eq!(tree.types.get("TR"), Some(&91));
    for n in 1..=doc.get_pages().len() as u32 {
        assert!(
            super::page_text(&doc, n).contains("Justification"),
            "page {n}"
        );
    }
    assert_eq!(unmarked_content(&doc), Vec::<String>::new());
}

#[test]
fn links_are_tagged_with_their_annotation() {
    use annexa::render::pdf::render;
    let md = "See [the site](https://example.org/x) and [the top](#top).\n\n# Top\n";
    let out = render(md, &super::meta(), None, None).expect("renders");
    let doc = super::parse(&out.bytes);
    let tree = structure(&doc);
    assert_eq!(tree.types.get("Link"), Some(&2), "{:?}", tree.types);
    assert_eq!(
        tree.objrs, 2,
        "each link annotation is in the structure tree"
    );
    let annots = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Link"));
    for a in annots {
        let contents = a
            .get(b"Contents")
            .and_then(Object::as_str)
            .expect("a description");
        assert!(text(contents).starts_with("the "), "{:?}", text(contents));
    }
}

#[test]
fn a_document_without_title_language_or_headings_still_conforms() {
    use annexa::render::pdf::{render, PdfMeta};
    let meta = PdfMeta {
        date: (2026, 1, 1, 0, 0, 0),
        ..PdfMeta::default()
    };
    let out = render("just words", &meta, None, None).expect("renders");
    let doc = super::parse(&out.bytes);
    let catalog = doc.catalog().expect("catalog");
    assert_eq!(
        catalog.get(b"Lang").and_then(Object::as_str).ok(),
        Some(&b"en"[..])
    );
    assert!(
        catalog.get(b"Outlines").is_ok(),
        "PDF/UA-1 asks for an outline"
    );
    assert!(xmp(&doc).contains("<pdfuaid:part>1</pdfuaid:part>"));
}
