//! Shaped text in every script the bundled fonts cover: Arabic joined and right to left,
//! Hebrew right to left, combining marks placed, Korean drawn (no missing glyphs), and the text
//! layer giving the logical text back, with lopdf here and with `pdftotext` in the slow lane.

use super::{meta, page_text, parse};
use annexa::render::pdf::render;

const SCRIPTS: &str = "# Scripts\n\nArabic: مرحبا بالعالم\n\nHebrew: שלום עולם\n\n\
Combining: Cafe\u{301} nai\u{308}ve\n\nKorean: 한국어 텍스트\n";

#[test]
fn every_script_draws_without_missing_glyphs() {
    let out = render(SCRIPTS, &meta(), None, None).expect("renders");
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    let doc = parse(&out.bytes);
    let text = page_text(&doc, 1);
    for s in ["한국어", "텍스트", "Cafe\u{301}"] {
        assert!(text.contains(s), "{s} not in {text}");
    }
    // Right-to-left runs: glyphs in display order, the logical text as their ActualText.
    let actual = super::actual_texts(&doc, 1);
    for s in ["שלום עולם", "مرحبا بالعالم"] {
        assert!(
            actual.iter().any(|t| t.contains(s)),
            "{s} not in {actual:?}"
        );
    }
    // Arabic is drawn in joining forms; the text layer still maps them to its letters.
    let arabic: String = text
        .chars()
        .filter(|c| ('\u{600}'..='\u{6ff}').contains(c))
        .collect();
    assert!(arabic.chars().count() >= 10, "{text}");
    let fonts: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"BaseFont").ok()?.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    assert!(
        fonts.iter().any(|f| f.contains("Nanum")),
        "the Hangul face: {fonts:?}"
    );
}

#[test]
#[ignore = "slow lane: needs pdftotext (poppler-utils) and mutool (mupdf-tools)"]
fn other_readers_get_every_script_back() {
    let bytes = render(SCRIPTS, &meta(), None, None).expect("renders").bytes;
    let expected = ["مرحبا بالعالم", "שלום עולם", "Cafe\u{301}", "한국어 텍스트"];
    // MuPDF's text output follows the glyphs: right-to-left runs in display order.
    if let Some(text) = super::tools::run("mutool", &["draw", "-F", "txt", "-o", "-"], &bytes) {
        for s in expected {
            let shown: String = if s.chars().any(|c| ('\u{590}'..='\u{6ff}').contains(&c)) {
                s.chars().rev().collect()
            } else {
                s.to_string()
            };
            assert!(text.contains(&shown), "mutool: {shown:?} not in {text:?}");
        }
    }
    // Poppler writes a right-to-left run between U+202B and U+202C, characters in display
    // order: read back in logical order, each such run reversed.
    if let Some(text) = super::tools::run("pdftotext", &[], &bytes) {
        let logical = unembed(&text);
        for s in expected {
            assert!(logical.contains(s), "pdftotext: {s:?} not in {logical:?}");
        }
    }
}

/// Text with each U+202B … U+202C run reversed.
fn unembed(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('\u{202b}') {
        out.push_str(&rest[..start]);
        let after = &rest[start + '\u{202b}'.len_utf8()..];
        let end = after.find('\u{202c}').unwrap_or(after.len());
        out.extend(after[..end].chars().rev());
        rest = after.get(end + '\u{202c}'.len_utf8()..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}
