//! Markdown rendered to PDF bytes and parsed back with lopdf: page sizes and orientation,
//! running headers, extracted text (CJK, right-to-left, missing glyphs), links, document info,
//! the nested outline and byte-for-byte reproducibility.

use super::{meta, page_size, page_text, parse};
use crate::support::sample;
use annexa::render::pdf::{render, PdfMeta};
use lopdf::Object;

#[test]
fn sample_soa_renders_with_landscape_table_pages() {
    let md = sample::markdown(131);
    let out = render(&md, &meta(), Some(&sample::chart()), None).expect("renders");
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    let doc = parse(&out.bytes);
    let pages = doc.get_pages().len() as u32;
    assert!(pages >= 10, "{pages} pages");
    let (w1, h1) = page_size(&doc, 1);
    assert!(h1 > w1, "first page portrait");
    let (w2, h2) = page_size(&doc, 2);
    assert!(w2 > h2, "summary table (6 columns) on a landscape page");
    let (wl, hl) = page_size(&doc, pages);
    assert!(hl > wl, "back to portrait after the wide tables");
    let all: String = (1..=pages).map(|n| page_text(&doc, n)).collect();
    for id in ["A.5.1", "A.5.37", "A.6.8", "A.7.14", "A.8.34", "A.8.72"] {
        assert!(all.contains(id), "{id} missing from the text");
    }
    for n in 1..=pages {
        let t = page_text(&doc, n);
        assert!(t.contains(&format!("Page {n} of {pages}")), "page {n}: {t}");
        assert!(
            t.contains("Statement of Applicability"),
            "running header on page {n}"
        );
    }
}

#[test]
fn cjk_rtl_and_missing_characters() {
    let md = "中文テキスト and 日本語\n\nשלום עולם\n\nbad \u{10FFFD} char \u{10FFFD}\n";
    let out = render(md, &meta(), None, None).expect("renders");
    assert_eq!(out.warnings.len(), 1, "{:?}", out.warnings);
    assert!(out.warnings[0].contains("U+10FFFD"), "{:?}", out.warnings);
    let doc = parse(&out.bytes);
    let text = page_text(&doc, 1);
    assert!(text.contains("中文テキスト"), "{text}");
    // Glyphs in display order (the text layer maps each to its letter); the run's
    // ActualText holds the logical text.
    assert!(
        text.contains("םלוע") && text.contains("םולש"),
        "Hebrew glyphs: {text}"
    );
    let actual = super::actual_texts(&doc, 1);
    assert!(
        actual.iter().any(|t| t.contains("שלום עולם")),
        "ActualText in logical order: {actual:?}"
    );
    assert!(text.contains('\u{FFFD}'), "{text}");
    let fonts: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"BaseFont").ok())
        .filter_map(|n| n.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    assert!(
        fonts.iter().any(|f| f.contains("DroidSansFallback")),
        "{fonts:?}"
    );
    let latin = render("plain text", &meta(), None, None).expect("renders");
    assert!(
        !String::from_utf8_lossy(&latin.bytes).contains("DroidSansFallback"),
        "fallback only when needed"
    );
}

#[test]
fn raw_html_is_text_and_unsafe_links_are_not_clickable() {
    let md = "<script>alert(1)</script>\n\nSee <b>bold</b>, [site](https://example.org/x) and [js](javascript:alert(2)).\n";
    let out = render(md, &meta(), None, None).expect("renders");
    let doc = parse(&out.bytes);
    let text = page_text(&doc, 1);
    assert!(text.contains("<script>alert(1)</script>"), "{text}");
    assert!(text.contains("<b>bold</b>"), "{text}");
    let page = doc.get_dictionary(doc.get_pages()[&1]).expect("page");
    let annots = page
        .get(b"Annots")
        .and_then(Object::as_array)
        .expect("annotations");
    let uris: Vec<Vec<u8>> = annots
        .iter()
        .filter_map(|a| match a {
            Object::Reference(id) => doc.get_dictionary(*id).ok(),
            other => other.as_dict().ok(),
        })
        .filter_map(|a| a.get(b"A").and_then(Object::as_dict).ok())
        .filter_map(|a| a.get(b"URI").and_then(Object::as_str).ok())
        .map(<[u8]>::to_vec)
        .collect();
    assert_eq!(uris, vec![b"https://example.org/x".to_vec()]);
}

#[test]
fn empty_input_gives_one_valid_page() {
    let meta = PdfMeta {
        date: (2026, 1, 1, 0, 0, 0),
        ..PdfMeta::default()
    };
    let out = render("", &meta, None, None).expect("renders");
    let doc = parse(&out.bytes);
    assert_eq!(doc.get_pages().len(), 1);
    assert!(page_text(&doc, 1).contains("Page 1 of 1"));
}

#[test]
fn same_input_same_bytes_after_other_documents() {
    let a = sample::markdown(20);
    let chart = sample::chart();
    let first = render(&a, &meta(), Some(&chart), None).expect("A").bytes;
    let other = render("# B\n\nAnother document 中文.", &meta(), None, None)
        .expect("B")
        .bytes;
    let again = render(&a, &meta(), Some(&chart), None)
        .expect("A again")
        .bytes;
    assert_ne!(first, other);
    assert!(first == again, "A rendered twice differs");
}

#[test]
fn same_bytes_whether_pages_are_finished_on_the_pool_or_inline() {
    // Outside a task graph every core counts as idle, so each page's content is finished on
    // krilla's thread pool; inside a graph with a task on every core, on the drawing thread
    // (annexa::par::idle_core), until the other tasks end.
    let md = sample::markdown(60);
    let chart = sample::chart();
    let pooled = render(&md, &meta(), Some(&chart), None)
        .expect("renders")
        .bytes;
    let n = annexa::par::cores();
    let all_running = std::sync::Barrier::new(n);
    let inline = annexa::par::graph((0..n).collect(), n, |t: usize| {
        all_running.wait();
        let busy = !annexa::par::idle_core();
        let out = render(&md, &meta(), Some(&chart), None).expect("renders");
        ((t, busy, out.bytes), Vec::new())
    });
    assert!(inline.iter().any(|(_, busy, _)| *busy));
    for (t, _, bytes) in &inline {
        assert!(
            *bytes == pooled,
            "task {t}: the PDF differs from the pooled one"
        );
    }
}

#[test]
fn the_date_changes_only_the_dates() {
    let md = sample::markdown(5);
    let mut m2 = meta();
    m2.date = (2027, 1, 15, 23, 59, 58);
    let a = render(&md, &meta(), None, None).expect("A").bytes;
    let b = render(&md, &m2, None, None).expect("B").bytes;
    assert_eq!(a.len(), b.len());
    let find = |needle: &[u8]| -> Vec<std::ops::Range<usize>> {
        (0..a.len())
            .filter(|&i| a[i..].starts_with(needle))
            .map(|i| i..i + needle.len())
            .collect()
    };
    let info_dates = find(b"D:20261102093000Z");
    assert_eq!(info_dates.len(), 2, "CreationDate and ModDate");
    let xmp_dates = find(b"2026-11-02T09:30:00+00:00");
    assert!(xmp_dates.len() >= 2, "XMP CreateDate and ModifyDate");
    // The instance id is a hash of the file's bytes (dates included): it changes with them,
    // in the XMP packet and the trailer. The document id does not.
    let text = String::from_utf8_lossy(&a);
    let instance = text
        .split("<xmpMM:InstanceID>")
        .nth(1)
        .and_then(|t| t.split('<').next())
        .expect("an instance id");
    let allowed: Vec<_> = [info_dates, xmp_dates, find(instance.as_bytes())].concat();
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        if x != y {
            assert!(
                allowed.iter().any(|r| r.contains(&i)),
                "byte {i} differs outside a date or the instance id"
            );
        }
    }
}

#[test]
fn document_info_language_and_nested_outline() {
    let md = "# One\n\n## One.a\n\n### One.a.i\n\n## One.b\n\n# Two\n";
    let out = render(md, &meta(), None, None).expect("renders");
    let doc = parse(&out.bytes);
    let catalog = doc.catalog().expect("catalog");
    assert_eq!(
        catalog.get(b"Lang").and_then(Object::as_str).expect("Lang"),
        b"en-GB"
    );
    let outlines = catalog
        .get(b"Outlines")
        .and_then(Object::as_reference)
        .expect("outline");
    let root = doc.get_dictionary(outlines).expect("root");
    let first = doc
        .get_dictionary(
            root.get(b"First")
                .and_then(Object::as_reference)
                .expect("first"),
        )
        .expect("item");
    let kid = doc
        .get_dictionary(
            first
                .get(b"First")
                .and_then(Object::as_reference)
                .expect("nested"),
        )
        .expect("kid");
    assert!(kid.get(b"Title").is_ok());
    let next = doc
        .get_dictionary(
            first
                .get(b"Next")
                .and_then(Object::as_reference)
                .expect("next top-level"),
        )
        .expect("two");
    assert!(next.get(b"First").is_err(), "Two has no children");
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .expect("info");
    let info = doc.get_dictionary(info).expect("info dict");
    assert!(info.get(b"Author").is_ok() && info.get(b"Subject").is_ok());
}

#[test]
fn list_markers_and_typography_need_no_fallback() {
    let md = "- [x] done\n- [ ] todo\n- a\n  - b\n    - c\n\nQuotes “x” ‘y’ – — … · € £ ≤ ≥ → ✓ © ® ™ § ¶ ±\n";
    let out = render(md, &meta(), None, None).expect("renders");
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    assert!(!String::from_utf8_lossy(&out.bytes).contains("DroidSansFallback"));
}
