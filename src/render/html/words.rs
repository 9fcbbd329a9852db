//! Where a line may break inside a word, and where it may not.
//!
//! A table is as wide as its columns' longest unbreakable words, so one long token (an evidence
//! file name, a path, a URL, a SHA-256) in one cell widens the whole table. In table cells such
//! a token gets `<wbr>` break points after `/`, `_`, `-`, `.`, `:` and `?&=#`, and every
//! [`HEX_RUN`] characters of a run of letters and digits with a digit in it (a hash), so it
//! breaks where a reader expects and only in its own cell; a word of prose is never split. `ISO/IEC` is set in a `nobr` span there: it is one name, never split
//! across lines however narrow the column. (Running text wraps normally: the page's width
//! bounds it, and the stylesheet lets an overlong word break.)

use pulldown_cmark::{CowStr, Event};

/// A word this long or longer gets break points.
const LONG: usize = 20;
/// In a run of this many characters without a break point, one is added.
const HEX_RUN: usize = 16;
/// The name never broken.
const NOBR: &str = "ISO/IEC";

/// A table cell's text event: as it is, or as HTML with break points and `ISO/IEC` kept whole.
pub(super) fn in_cell(text: CowStr<'_>) -> Event<'_> {
    if needs_help(&text) {
        Event::InlineHtml(CowStr::from(marked_up(&text)))
    } else {
        Event::Text(text)
    }
}

fn needs_help(text: &str) -> bool {
    text.contains(NOBR) || text.split_whitespace().any(|w| w.chars().count() >= LONG)
}

/// The text as HTML: escaped, `ISO/IEC` in a `nobr` span, long words with `<wbr>`.
fn marked_up(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(at) = rest.find(NOBR) {
        words(&mut out, &rest[..at]);
        out.push_str("<span class=\"nobr\">ISO/IEC</span>");
        rest = &rest[at + NOBR.len()..];
    }
    words(&mut out, rest);
    out
}

/// Escapes text as pulldown-cmark does for element content.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Appends `text` escaped, with break points in its long words.
fn words(out: &mut String, text: &str) {
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.chars().count() < LONG {
            out.push_str(&escape(word));
            continue;
        }
        let chars: Vec<char> = word.chars().collect();
        let mut run_start = 0;
        for (j, c) in chars.iter().enumerate() {
            out.push_str(&escape(c.encode_utf8(&mut [0; 4])));
            if j + 1 == chars.len() {
                break;
            }
            let run = &chars[run_start..=j];
            if "/_-.:?&=#".contains(*c) || (run.len() >= HEX_RUN && is_code(run)) {
                out.push_str("<wbr>");
                run_start = j + 1;
            }
        }
    }
}

/// A run of letters and digits with a digit in it: a hash or a key, not a word of prose
/// (which is never broken inside).
fn is_code(run: &[char]) -> bool {
    run.iter().all(char::is_ascii_alphanumeric) && run.iter().any(char::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_tokens_break_at_their_separators() {
        assert_eq!(
            marked_up("see LUM-REG-01_Asset_Register.xlsx now"),
            "see LUM-<wbr>REG-<wbr>01_<wbr>Asset_<wbr>Register.<wbr>xlsx now"
        );
        let hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        let broken = marked_up(hash);
        assert_eq!(broken.matches("<wbr>").count(), 3);
        assert_eq!(broken.replace("<wbr>", ""), hash);
        assert_eq!(marked_up("short words <b>"), "short words &lt;b&gt;");
        let word = "Antidisestablishmentarianism";
        assert_eq!(marked_up(word), word, "a word of prose is never split");
    }

    #[test]
    fn iso_iec_is_one_unbreakable_name() {
        assert_eq!(
            marked_up("ISO/IEC 42005:2025 & ISO/IEC"),
            "<span class=\"nobr\">ISO/IEC</span> 42005:2025 &amp; <span class=\"nobr\">ISO/IEC</span>"
        );
        assert!(matches!(in_cell("ISO/IEC".into()), Event::InlineHtml(h) if h.contains("nobr")));
        assert_eq!(in_cell("short".into()), Event::Text("short".into()));
    }
}
