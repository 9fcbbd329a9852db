//! Where a line may break inside a word, and where it may not.
//!
//! Table cells let a word break anywhere rather than widen the page (`overflow-wrap:
//! anywhere`), so two kinds of word need help. A long token (an evidence file name, a path, a
//! URL, a SHA-256) gets `<wbr>` break points after `/`, `_`, `-`, `.`, `:` and `?&=#`, and
//! every [`HEX_RUN`] characters in a run with none of them, so it breaks where a reader
//! expects and only in its own cell. `ISO/IEC` is set in a `nobr` span: it is one name and is
//! never split across lines. Code is left as written.

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::escape;

/// A word this long or longer gets break points.
const LONG: usize = 20;
/// In a run of this many characters without a break point, one is added.
const HEX_RUN: usize = 16;
/// The name never broken.
const NOBR: &str = "ISO/IEC";

/// Rewrites text events (outside code blocks) that hold a long token or `ISO/IEC`.
pub(super) fn break_points(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut code = 0usize;
    for event in events {
        match &event {
            Event::Start(Tag::CodeBlock(_)) => code += 1,
            Event::End(TagEnd::CodeBlock) => code = code.saturating_sub(1),
            Event::Text(t) if code == 0 && needs_help(t) => {
                out.push(Event::InlineHtml(CowStr::from(marked_up(t))));
                continue;
            }
            _ => {}
        }
        out.push(event);
    }
    out
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
        let mut run = 0;
        let chars: Vec<char> = word.chars().collect();
        for (j, c) in chars.iter().enumerate() {
            out.push_str(&escape(c.encode_utf8(&mut [0; 4])));
            run += 1;
            let last = j + 1 == chars.len();
            if last {
                break;
            }
            if "/_-.:?&=#".contains(*c) || run >= HEX_RUN {
                out.push_str("<wbr>");
                run = 0;
            }
        }
    }
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
    }

    #[test]
    fn iso_iec_is_one_unbreakable_name() {
        assert_eq!(
            marked_up("ISO/IEC 42005:2025 & ISO/IEC"),
            "<span class=\"nobr\">ISO/IEC</span> 42005:2025 &amp; <span class=\"nobr\">ISO/IEC</span>"
        );
        let events = vec![
            Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Indented)),
            Event::Text("ISO/IEC".into()),
            Event::End(TagEnd::CodeBlock),
            Event::Text("ISO/IEC".into()),
        ];
        let out = break_points(events);
        assert_eq!(out[1], Event::Text("ISO/IEC".into()));
        assert!(matches!(&out[3], Event::InlineHtml(h) if h.contains("nobr")));
    }
}
