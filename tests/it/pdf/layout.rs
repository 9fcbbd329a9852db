//! The laid-out pages, before any PDF writer: a long table's header on every page, huge words
//! and rows wrapped and split instead of lost, no text off the page for any input (hostile
//! included), headings kept with what follows, the chart at its marker, a pinned dump
//! (`tests/fixtures/layout-dump/expected.txt`) and a 3,000-row table in bounded time.

use super::{meta, off_page, page_text, parse};
use crate::support::{golden, root, sample};
use annexa::render::pdf::layout::Item;
use annexa::render::pdf::{layout, render, PdfMeta};

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
fn layout_dump_is_pinned() {
    let md = "# Title\n\nA *short* paragraph with `code` and a [link](#title).\n\n- one\n- two\n\n| A | B |\n|---|--:|\n| x | 1 |\n";
    let meta = PdfMeta {
        title: "Doc".into(),
        header_right: "ID-1".into(),
        footer_left: "Org".into(),
        ..PdfMeta::default()
    };
    let l = layout(md, &meta, None).expect("layout");
    let dump = annexa::render::pdf::dump(&l);
    let path = root().join("tests/fixtures/layout-dump/expected.txt");
    golden::check(&path, &format!("{}\n", dump.trim_end())).unwrap_or_else(|e| panic!("{e}"));
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
        legend: Vec::new(),
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
fn a_very_long_table_stays_fast() {
    let md = sample::markdown(3000);
    let t = std::time::Instant::now();
    let l = layout(&md, &meta(), None).expect("layout");
    assert!(l.pages.len() > 200);
    // Generous for a debug build on a busy machine; the point is "not quadratic".
    assert!(t.elapsed().as_secs() < 60, "{:?}", t.elapsed());
}
