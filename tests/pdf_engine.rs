//! The PDF renderer, checked from outside: render, parse the bytes back with lopdf, and
//! look at pages, sizes and extracted text; plus layout-level checks (header repetition,
//! nothing off the page, headings never alone at a page bottom) and reproducibility.

mod support;

use annexa::fonts::Fonts;
use annexa::render::pdf::layout::{Item, Layout};
use annexa::render::pdf::{layout, render, PdfMeta};
use lopdf::{Document, Object};
use support::sample;

fn parse(bytes: &[u8]) -> Document {
    Document::load_mem(bytes).expect("output parses as PDF")
}

fn page_text(doc: &Document, n: u32) -> String {
    doc.extract_text(&[n]).expect("text extracts")
}

fn page_size(doc: &Document, n: u32) -> (f32, f32) {
    let id = doc.get_pages()[&n];
    let page = doc.get_dictionary(id).expect("page dict");
    let mb = page
        .get(b"MediaBox")
        .and_then(Object::as_array)
        .expect("media box");
    let f = |i: usize| mb[i].as_float().expect("number");
    (f(2) - f(0), f(3) - f(1))
}

fn meta() -> PdfMeta {
    sample::meta()
}

/// Text items whose ink would leave the page (or the area between the margins' edges).
fn off_page(layout: &Layout) -> Vec<String> {
    let fonts = Fonts::get().expect("fonts");
    let mut bad = Vec::new();
    for (n, p) in layout.pages.iter().enumerate() {
        for item in &p.items {
            if let Item::Text {
                x,
                y,
                size,
                face,
                text,
                ..
            } = item
            {
                let right = x + fonts.width(*face, *size, text.trim_end());
                let inside = *x >= 0.0
                    && right <= p.width + 0.01
                    && *y - size >= 0.0
                    && *y + size * 0.3 <= p.height;
                if !inside {
                    bad.push(format!("page {}: {x},{y} {text:?}", n + 1));
                }
            }
        }
    }
    bad
}

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
fn long_table_repeats_its_header_on_every_page() {
    let mut md = String::from("# Register\n\n| ID | Control | Applicable | Status | Justification | Owner |\n|---|---|---|---|---|---|\n");
    for i in 0..90 {
        md.push_str(&format!(
            "| C-{i} | Control {i} | Yes | Implemented | Reason number {i}, kept short. | CISO |\n"
        ));
    }
    let l = layout(&md, &meta(), None).expect("layout");
    assert!(l.pages.len() >= 3, "{} pages", l.pages.len());
    for (n, p) in l.pages.iter().enumerate() {
        assert!(p.is_landscape(), "page {}", n + 1);
        let header = p.items.iter().any(|i| matches!(i, Item::Text { text, face, .. } if text == "Justification" && face.short() == "B"));
        assert!(header, "header row on page {}", n + 1);
    }
    let out = render(&md, &meta(), None, None).expect("renders");
    let doc = parse(&out.bytes);
    for n in 1..=doc.get_pages().len() as u32 {
        assert!(page_text(&doc, n).contains("Justification"), "page {n}");
    }
}

#[test]
fn huge_word_wraps_and_nothing_leaves_the_page() {
    let word = "w".repeat(10_000);
    let md = format!("# T\n\n{word}\n\n| a | b |\n|---|---|\n| {word} | x |\n\n- {word}\n\n> {word}\n\n```\n{word}\n```\n");
    let l = layout(&md, &meta(), None).expect("layout");
    assert!(l.pages.len() >= 4);
    assert_eq!(off_page(&l), Vec::<String>::new());
    let sample = layout(&sample::markdown(131), &meta(), Some(&sample::chart())).expect("layout");
    assert_eq!(off_page(&sample), Vec::<String>::new());
    let long = PdfMeta {
        title: "Title ".repeat(100),
        header_right: "中文 ".repeat(100),
        footer_left: "x".repeat(1000),
        ..meta()
    };
    let l = layout(
        "# T\n\n| a | b | c | d | e | f |\n|--|--|--|--|--|--|\n| 1 | 2 | 3 | 4 | 5 | 6 |\n",
        &long,
        None,
    )
    .expect("layout");
    assert_eq!(off_page(&l), Vec::<String>::new());
    let head: Vec<&str> = l.pages[0]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text { text, y, .. } if *y < 40.0 => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert!(
        head.iter().any(|t| t.ends_with('…')),
        "long running header cut with an ellipsis: {head:?}"
    );
    render(&md, &meta(), None, None).expect("renders");
}

#[test]
fn a_row_taller_than_a_page_is_split_not_lost() {
    let tall = "lorem ipsum dolor ".repeat(3000);
    let md = format!("| a | b |\n|---|---|\n| x | {tall} |\n| y | z |\n");
    let l = layout(&md, &meta(), None).expect("layout");
    assert!(l.pages.len() >= 2);
    assert_eq!(off_page(&l), Vec::<String>::new());
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
    assert!(text.contains("םלוע םולש"), "Hebrew in visual order: {text}");
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
        .filter_map(|a| a.as_dict().ok())
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
fn headings_are_never_alone_at_a_page_bottom() {
    let mut md = String::new();
    for i in 0..60 {
        md.push_str(&format!("## Heading {i}\n\n"));
        md.push_str(&"Some words to fill the line. ".repeat(i % 7 + 1));
        md.push_str("\n\n");
    }
    let l = layout(&md, &meta(), None).expect("layout");
    assert!(l.pages.len() > 2);
    for o in &l.outline {
        let page = &l.pages[o.page];
        let below = page
            .items
            .iter()
            .any(|i| matches!(i, Item::Text { y, size, .. } if *y > o.y + 25.0 && *size > 8.0));
        assert!(below, "{:?} has nothing under it on its page", o.title);
    }
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
fn the_date_changes_only_the_dates() {
    let md = sample::markdown(5);
    let mut m2 = meta();
    m2.date = (2027, 1, 15, 23, 59, 58);
    let a = render(&md, &meta(), None, None).expect("A").bytes;
    let b = render(&md, &m2, None, None).expect("B").bytes;
    assert_eq!(a.len(), b.len());
    let needle = b"D:20261102093000+00'00'";
    let dates: Vec<usize> = (0..a.len())
        .filter(|&i| a[i..].starts_with(needle))
        .collect();
    assert_eq!(dates.len(), 2, "CreationDate and ModDate");
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        if x != y {
            assert!(
                dates.iter().any(|d| (*d..d + 16).contains(&i)),
                "byte {i} differs outside a date"
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
fn layout_dump_snapshot() {
    let md = "# Title\n\nA *short* paragraph with `code` and a [link](#title).\n\n- one\n- two\n\n| A | B |\n|---|--:|\n| x | 1 |\n";
    let meta = PdfMeta {
        title: "Doc".into(),
        header_right: "ID-1".into(),
        footer_left: "Org".into(),
        ..PdfMeta::default()
    };
    let l = layout(md, &meta, None).expect("layout");
    insta::assert_snapshot!(annexa::render::pdf::dump(&l));
}

/// A small deterministic generator of hostile Markdown.
fn hostile(seed: u64) -> String {
    const PIECES: [&str; 24] = [
        "# h\n",
        "> ",
        "- ",
        "1. ",
        "  ",
        "| a | b |\n|---|:-:|\n| 1 |\n",
        "| x |\n|---|\n| 1 | 2 | 3 |\n",
        "```\ncode\n",
        "<div>",
        "</div>\n",
        "**b",
        "*i*",
        "`c",
        "[l](javascript:x)",
        "[a](#nowhere)",
        "\n\n",
        "中文",
        "שלום",
        "\u{10FFFD}",
        "\u{200F}\u{202E}",
        "\t",
        "---\n",
        "Table: cap\n\n",
        "[^1]\n\n[^1]: note\n",
    ];
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut s = String::new();
    for _ in 0..(x % 60 + 5) {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        s.push_str(PIECES[(x >> 33) as usize % PIECES.len()]);
    }
    s
}

#[test]
fn hostile_input_never_panics_or_leaves_the_page() {
    for seed in 0..300 {
        let md = hostile(seed);
        let l = layout(&md, &meta(), None).expect("layout");
        assert_eq!(off_page(&l), Vec::<String>::new(), "seed {seed}: {md:?}");
    }
    for seed in 0..20 {
        render(&hostile(seed), &meta(), Some(&sample::chart()), None).expect("renders");
    }
    let deep = format!("{}deep\n\n{}x\n", ">".repeat(5000), "- ".repeat(3000));
    render(&deep, &meta(), None, None).expect("deep nesting renders");
}

#[test]
fn chart_is_drawn_at_its_marker_with_segment_colours() {
    use annexa::merge::chart::{Bar, Chart, SegmentKind};
    use annexa::render::pdf::layout::Rgb;
    let chart = sample::chart();
    let md = "Before.\n\n<!-- annexa:chart -->\n\nAfter.\n";
    let l = layout(md, &meta(), Some(&chart)).expect("layout");
    let items = &l.pages[0].items;
    let y_of = |s: &str| {
        items.iter().find_map(|i| match i {
            Item::Text { text, y, .. } if text.starts_with(s) => Some(*y),
            _ => None,
        })
    };
    let (before, after) = (
        y_of("Before").expect("before"),
        y_of("After").expect("after"),
    );
    for kind in SegmentKind::ALL {
        let (r, g, b) = kind.rgb();
        let fills: Vec<f32> = items
            .iter()
            .filter_map(|i| match i {
                Item::Fill { y, color, .. } if *color == Rgb(r, g, b) => Some(*y),
                _ => None,
            })
            .collect();
        assert!(!fills.is_empty(), "{kind:?} drawn");
        assert!(
            fills.iter().all(|y| *y > before && *y < after),
            "{kind:?} between the paragraphs"
        );
        assert!(y_of(kind.label()).is_some(), "legend names {kind:?}");
    }
    assert!(
        y_of("A.5 Organizational controls").is_some() && y_of("37").is_some(),
        "label and total"
    );
    let odd = Chart {
        title: String::new(),
        bars: vec![
            Bar {
                label: "x".repeat(5000),
                segments: vec![],
            },
            Bar {
                label: "big".into(),
                segments: vec![(SegmentKind::Planned, usize::MAX / 4)],
            },
        ],
    };
    let l = layout(md, &meta(), Some(&odd)).expect("odd chart");
    assert_eq!(off_page(&l), Vec::<String>::new());
    let no_chart = layout(md, &meta(), None).expect("marker without chart");
    assert!(no_chart.pages[0]
        .items
        .iter()
        .all(|i| !matches!(i, Item::Text { text, .. } if text.contains("annexa"))));
}

#[test]
fn list_markers_and_typography_need_no_fallback() {
    let md = "- [x] done\n- [ ] todo\n- a\n  - b\n    - c\n\nQuotes “x” ‘y’ – — … · € £ ≤ ≥ → ✓ © ® ™ § ¶ ±\n";
    let out = render(md, &meta(), None, None).expect("renders");
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    assert!(!String::from_utf8_lossy(&out.bytes).contains("DroidSansFallback"));
}

#[test]
fn a_very_long_table_stays_fast() {
    let md = sample::markdown(3000);
    let t = std::time::Instant::now();
    let l = layout(&md, &meta(), None).expect("layout");
    assert!(l.pages.len() > 200);
    // Generous for a debug build on a busy machine; the point is "not quadratic".
    assert!(t.elapsed().as_secs() < 60, "{:?}", t.elapsed());
}
