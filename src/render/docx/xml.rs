//! The small XML writer the DOCX parts are made with: escaping, and text runs that keep every
//! character the user typed as text.
//!
//! WordprocessingML is written as strings, element by element, because every part is small and
//! regular and a streaming writer with an element stack would only add allocations. What must
//! be right is the escaping, so it lives here: `&`, `<`, `>` (and `"` in attributes) become
//! entities, and the characters XML 1.0 cannot carry at all (C0 controls other than tab, line
//! feed and carriage return; U+FFFE, U+FFFF) become their visible Unicode control pictures
//! (U+2400 + code) or U+FFFD, so a control character in the input still shows where it was.
//! Text only ever lands in `<w:t>`: Word never reads a field, a hyperlink or markup from there.

/// Appends `text` to `out` escaped for element content.
pub fn text(out: &mut String, text: &str) {
    escape(out, text, false);
}

/// Appends `text` to `out` escaped for a double-quoted attribute value.
pub fn attr(out: &mut String, text: &str) {
    escape(out, text, true);
}

/// `text` escaped for a double-quoted attribute value.
pub fn attr_string(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    attr(&mut s, text);
    s
}

fn escape(out: &mut String, text: &str, in_attr: bool) {
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let rep: Option<&str> = match c {
            '&' => Some("&amp;"),
            '<' => Some("&lt;"),
            '>' => Some("&gt;"),
            '"' if in_attr => Some("&quot;"),
            '\t' | '\n' | '\r' if in_attr => Some(" "),
            '\t' | '\n' | '\r' => None,
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                out.push_str(&text[start..i]);
                out.push(visible(c));
                start = i + c.len_utf8();
                continue;
            }
            _ => None,
        };
        if let Some(rep) = rep {
            out.push_str(&text[start..i]);
            out.push_str(rep);
            start = i + c.len_utf8();
        }
    }
    out.push_str(&text[start..]);
}

/// The visible stand-in for a character XML cannot hold.
fn visible(c: char) -> char {
    char::from_u32(0x2400 + c as u32)
        .filter(|_| (c as u32) < 0x20)
        .unwrap_or('\u{FFFD}')
}

/// Appends the run content for `text`: `<w:t>` pieces, with a tab as `<w:tab/>` and a line
/// break (LF, CR or CRLF) as `<w:br/>`.
pub fn run_text(out: &mut String, text: &str) {
    let mut rest = text;
    while !rest.is_empty() {
        let cut = rest.find(['\t', '\n', '\r']).unwrap_or(rest.len());
        if cut > 0 {
            out.push_str("<w:t xml:space=\"preserve\">");
            self::text(out, &rest[..cut]);
            out.push_str("</w:t>");
        }
        let tail = &rest[cut..];
        if let Some(after) = tail.strip_prefix('\t') {
            out.push_str("<w:tab/>");
            rest = after;
        } else if let Some(after) = tail.strip_prefix("\r\n") {
            out.push_str("<w:br/>");
            rest = after;
        } else if let Some(after) = tail.strip_prefix(['\n', '\r']) {
            out.push_str("<w:br/>");
            rest = after;
        } else {
            rest = tail;
        }
    }
}

/// The XML declaration every part starts with.
pub const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The WordprocessingML main namespace.
pub const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// The relationships namespace (attributes such as `r:id`).
pub const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_controls_stay_text() {
        let mut s = String::new();
        text(&mut s, "<w:fldSimple w:instr=\"DDEAUTO\"/> & \u{1}\u{202E}");
        assert_eq!(
            s,
            "&lt;w:fldSimple w:instr=\"DDEAUTO\"/&gt; &amp; \u{2401}\u{202E}"
        );
        assert_eq!(attr_string("a\"b\nc"), "a&quot;b c");
        let mut r = String::new();
        run_text(&mut r, "a\tb\r\nc\n");
        assert_eq!(
            r,
            "<w:t xml:space=\"preserve\">a</w:t><w:tab/><w:t xml:space=\"preserve\">b</w:t><w:br/>\
             <w:t xml:space=\"preserve\">c</w:t><w:br/>"
        );
    }
}
