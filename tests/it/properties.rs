//! Property tests with a small seeded generator (no extra dependency): any text survives
//! Markdown escaping (pulldown-cmark sees exactly that text and no markup, in a paragraph and
//! in a table cell), and the PDF layout never places text outside the page. `PROPTEST_SEED`
//! replays a run; `PROPTEST_CASES` changes the number of cases.

use crate::pdf::off_page;
use annexa::render::markdown::{escape_cell, escape_text};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn seed() -> u64 {
    std::env::var("PROPTEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED_A77E)
}

fn cases(default: usize) -> usize {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// Pieces that mean something to Markdown or HTML, and ordinary text around them.
const PIECES: &[&str] = &[
    "*",
    "_",
    "`",
    "~",
    "~~",
    "#",
    "##",
    "-",
    "+",
    "=",
    "1.",
    "2)",
    ">",
    "<",
    "&",
    "&amp;",
    "&#x41;",
    "|",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "\\",
    "!",
    "$",
    "{#id}",
    "[^1]",
    "[ ]",
    "<script>",
    "</p>",
    "<!--",
    "-->",
    "http://x.y",
    "javascript:alert(1)",
    "---",
    "===",
    "```",
    "    ",
    "\t",
    " ",
    "  ",
    "\n",
    "word",
    "Text",
    "42",
    "é",
    "中文",
    "עברית",
    "🙂",
    ":",
    ";",
    "'",
    "\"",
    "%",
    "^",
    "@",
    "a_b_c",
    "**x**",
    "\u{a0}",
    "\u{200b}",
];

fn text(rng: &mut Rng, max: usize) -> String {
    let n = rng.below(max) + 1;
    (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect()
}

/// What a Markdown parser sees: the text, and any event that is not plain text.
fn seen(md: &str) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut markup = Vec::new();
    for ev in Parser::new_ext(md, annexa::render::html::options()) {
        match ev {
            Event::Text(t) => text.push_str(&t),
            Event::SoftBreak => text.push('\n'),
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => text.push('\n'),
            Event::Start(Tag::TableCell) => text.push(' '),
            Event::Start(Tag::Table(_) | Tag::TableHead | Tag::TableRow)
            | Event::End(
                TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell,
            ) => {}
            other => markup.push(format!("{other:?}")),
        }
    }
    (text, markup)
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

#[test]
fn any_text_survives_escaping() {
    let mut rng = Rng(seed());
    for case in 0..cases(3000) {
        let s = text(&mut rng, 24);
        let md = escape_text(&s);
        let (got, markup) = seen(&md);
        assert!(
            markup.is_empty(),
            "case {case}: markup from {s:?} (escaped {md:?}): {markup:?}"
        );
        assert_eq!(words(&got), words(&s), "case {case}: {s:?} escaped {md:?}");
    }
}

#[test]
fn any_text_survives_escaping_in_a_table_cell() {
    let mut rng = Rng(seed() ^ 1);
    for case in 0..cases(3000) {
        let s = text(&mut rng, 24);
        let cell = escape_cell(&s);
        let md = format!("| a | b |\n|---|---|\n| {cell} | x |\n");
        let (got, markup) = seen(&md);
        assert!(
            markup.is_empty(),
            "case {case}: markup from {s:?}: {markup:?}"
        );
        let mut want = words("a b");
        want.extend(words(&s));
        want.push("x");
        assert_eq!(words(&got), want, "case {case}: {s:?} escaped {cell:?}");
    }
}

/// A random document: headings, paragraphs, lists, quotes and tables of random (escaped and
/// raw) text, including unbreakable runs far wider than a column.
fn document(rng: &mut Rng) -> String {
    let mut md = String::new();
    for _ in 0..rng.below(12) + 1 {
        let t = |rng: &mut Rng| {
            let raw = text(rng, 30);
            if rng.below(4) == 0 {
                "W".repeat(rng.below(400) + 1)
            } else if rng.below(2) == 0 {
                escape_cell(&raw)
            } else {
                raw.replace('\n', " ")
            }
        };
        match rng.below(6) {
            0 => md.push_str(&format!("{} {}\n\n", "#".repeat(rng.below(4) + 1), t(rng))),
            1 => md.push_str(&format!("- {}\n  - {}\n1. {}\n\n", t(rng), t(rng), t(rng))),
            2 => md.push_str(&format!("> {}\n\n", t(rng))),
            3 => {
                let cols = rng.below(8) + 1;
                md.push_str(&format!(
                    "|{}\n|{}\n",
                    " h |".repeat(cols),
                    "---|".repeat(cols)
                ));
                for _ in 0..rng.below(6) + 1 {
                    md.push('|');
                    for _ in 0..cols {
                        md.push_str(&format!(" {} |", t(rng).replace('|', "\\|")));
                    }
                    md.push('\n');
                }
                md.push('\n');
            }
            _ => md.push_str(&format!("{}\n\n", t(rng))),
        }
    }
    md
}

#[test]
fn layout_never_places_text_off_the_page() {
    let mut rng = Rng(seed() ^ 2);
    let meta = annexa::render::pdf::PdfMeta {
        title: "Property".into(),
        author: "Prop Ltd".into(),
        subject: "Property".into(),
        header_right: "P-1 · Version 1 · Internal".into(),
        footer_left: "Prop Ltd · Property".into(),
        date: (2026, 1, 1, 0, 0, 0),
        lang: "en-GB".into(),
        page_of: "Page {n} of {total}".into(),
        rtl: false,
        draft: None,
    };
    for case in 0..cases(150) {
        let md = document(&mut rng);
        let layout = annexa::render::pdf::layout(&md, &meta, None).expect("layout");
        let bad = off_page(&layout);
        assert!(
            bad.is_empty(),
            "case {case}: off the page: {bad:?}\n--- markdown:\n{md}"
        );
    }
}
