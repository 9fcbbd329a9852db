//! Text from the user's files, made safe and visible on a terminal.
//!
//! Messages quote what the user wrote, and a terminal obeys control characters: an ESC
//! sequence in a `status` value could retitle the terminal or clear the screen, and a NUL or a
//! bell in a snippet of a binary file garbles the report. Invisible characters (a zero-width
//! space pasted into a control ID, a byte-order mark in mid-file) make two different texts look
//! the same, so "`A.5.10` is not a control: did you mean `A.5.10`?" would be all the user sees.
//! Everything printed goes through [`escape`], which writes such a character as `\u{200b}`, and
//! [`describe`] names it for messages that point at it.

use std::borrow::Cow;

/// Whether `c` is shown escaped: a control character (C0 but tab and newline, DEL, C1), or a
/// character that shows as nothing (zero-width spaces and joiners, direction marks, embeddings
/// and isolates, the byte-order mark, the soft hyphen, fillers, line and paragraph separators).
pub fn hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || invisible(c)
}

/// Whether `c` is a printable character that shows as nothing (see [`hidden`]).
pub fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{61c}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{17b4}'
            | '\u{17b5}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{3164}'
            | '\u{feff}'
            | '\u{ffa0}'
            | '\u{fff9}'..='\u{fffb}'
    )
}

/// Whether `c` overrides, embeds or isolates the display direction of the text after it
/// (U+202A–U+202E, U+2066–U+2069): text holding one shows in another order than it is stored,
/// as in the "Trojan Source" attacks. The text stays allowed (with a warning); documents show
/// each such character as [`shown_bidi`] writes it.
pub fn bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every [`bidi_control`] character written as a visible, inert marker, `[U+202E]`:
/// what every document, workbook and data export shows in its place. Plain ASCII, so every
/// font has it and no format gives it a meaning of its own.
pub fn shown_bidi(s: &str) -> Cow<'_, str> {
    if !s.chars().any(bidi_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bidi_control(c) {
            out.push_str(&format!("[U+{:04X}]", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` with every [`hidden`] character written as `\u{1b}` (tab and newline are kept).
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if hidden(c) {
            out.push_str(&escaped(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// JSON text with every [`hidden`] character inside its strings written as a JSON escape
/// (`\u001b`, `\u200b`): the same JSON to a parser, and nothing a terminal would obey or hide.
/// serde_json already escapes C0 controls; DEL, C1 controls and invisible characters it leaves.
pub fn json_safe(json: &str) -> Cow<'_, str> {
    if !json.chars().any(|c| hidden(c) && c != '\r') {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        if hidden(c) && c != '\r' {
            // Every hidden character is in the Basic Multilingual Plane: one `\uXXXX`.
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// How [`escape`] writes one hidden character: `\u{1b}`.
pub fn escaped(c: char) -> String {
    format!("\\u{{{:x}}}", u32::from(c))
}

/// The first [`hidden`] character of `s` and its column (from 1, in characters).
pub fn first_hidden(s: &str) -> Option<(u32, char)> {
    s.chars()
        .zip(1u32..)
        .find(|(c, _)| hidden(*c))
        .map(|(c, col)| (col, c))
}

/// The code point and name of a character, for messages: `U+200B ZERO WIDTH SPACE`.
pub fn describe(c: char) -> String {
    let name = match c {
        '\0' => "NUL",
        '\u{7}' => "BELL",
        '\u{8}' => "BACKSPACE",
        '\u{b}' => "VERTICAL TAB",
        '\u{c}' => "FORM FEED",
        '\r' => "CARRIAGE RETURN",
        '\u{1b}' => "ESCAPE",
        '\u{7f}' => "DELETE",
        '\u{85}' => "NEXT LINE",
        '\u{9b}' => "CONTROL SEQUENCE INTRODUCER",
        '\u{ad}' => "SOFT HYPHEN",
        '\u{200b}' => "ZERO WIDTH SPACE",
        '\u{200c}' => "ZERO WIDTH NON-JOINER",
        '\u{200d}' => "ZERO WIDTH JOINER",
        '\u{200e}' => "LEFT-TO-RIGHT MARK",
        '\u{200f}' => "RIGHT-TO-LEFT MARK",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        '\u{202a}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202b}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202c}' => "POP DIRECTIONAL FORMATTING",
        '\u{202d}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202e}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{feff}' => "BYTE ORDER MARK (ZERO WIDTH NO-BREAK SPACE)",
        c if c.is_control() => "CONTROL CHARACTER",
        _ => "INVISIBLE CHARACTER",
    };
    format!("U+{:04X} {name}", u32::from(c))
}

/// How many terminal columns [`escape`] gives `c` in a snippet (a tab is shown as four spaces).
pub fn shown_width(c: char) -> usize {
    if c == '\t' {
        4
    } else if hidden(c) {
        escaped(c).len()
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_overrides_and_isolates_are_shown_as_markers() {
        let all: Vec<char> = ('\u{2000}'..='\u{20ff}')
            .filter(|c| bidi_control(*c))
            .collect();
        assert_eq!(all.len(), 9);
        assert!(
            all.iter().all(|c| invisible(*c)),
            "escaped on a terminal too"
        );
        assert!(
            !bidi_control('\u{200f}'),
            "a mark reorders nothing around it"
        );
        assert_eq!(shown_bidi("ok \u{5d0}"), "ok \u{5d0}");
        assert!(matches!(shown_bidi("ok"), Cow::Borrowed(_)));
        assert_eq!(shown_bidi("a\u{202e}cba\u{2069}z"), "a[U+202E]cba[U+2069]z");
    }

    #[test]
    fn escapes_controls_and_invisibles_and_keeps_the_rest() {
        assert_eq!(escape("plain é 中"), "plain é 中");
        assert!(matches!(escape("plain"), Cow::Borrowed(_)));
        assert_eq!(
            escape("a\u{1b}]0;x\u{7}\u{1b}[2J b"),
            "a\\u{1b}]0;x\\u{7}\\u{1b}[2J b"
        );
        assert_eq!(escape("tab\tline\nnul\0"), "tab\tline\nnul\\u{0}");
        assert_eq!(escape("A.5.10\u{200b}"), "A.5.10\\u{200b}");
        assert_eq!(escape("\u{9b}31m\u{feff}"), "\\u{9b}31m\\u{feff}");
        assert_eq!(first_hidden("ab\u{200b}c"), Some((3, '\u{200b}')));
        assert_eq!(first_hidden("abc\t\n"), None);
        assert_eq!(describe('\u{200b}'), "U+200B ZERO WIDTH SPACE");
        assert_eq!(describe('\0'), "U+0000 NUL");
        assert_eq!(shown_width('\u{1b}'), 6);
        assert_eq!(describe('\u{202e}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(describe('\u{2066}'), "U+2066 LEFT-TO-RIGHT ISOLATE");
        let json = serde_json::to_string(&"a\u{9b}b\u{200b}\u{1b}").expect("JSON");
        let safe = json_safe(&json);
        assert_eq!(safe, r#""a\u009bb\u200b\u001b""#);
        assert_eq!(
            serde_json::from_str::<String>(&safe).ok(),
            serde_json::from_str(&json).ok()
        );
    }
}
