//! Inline Markdown → WordprocessingML runs: bold, italic, strike-through, code, links, the
//! template's status and applicability spans, and placeholders.
//!
//! Each run names a character style rather than carrying colours, so a reference document can
//! restyle statuses and placeholders. A placeholder is the toolkit's `[To complete]` (and, in
//! the blank toolkit set, every bracketed field such as `[Organisation name]`): it becomes a
//! content control (tag `annexa:placeholder`) showing the text in the
//! "Placeholder" style, so Word selects it whole on a click and the user's words replace it;
//! the hint that follows a `[To complete]` opening a paragraph or cell is set in
//! "Placeholder Hint". Both styles can be searched for in Word's Find (Format → Style).
//!
//! Links become hyperlinks only for `http:`, `https:` and `mailto:` targets a template wrote
//! (user text is escaped before it is Markdown, so it cannot make one); any other link is its
//! text.

use super::styles::{Resolved, Role};
use super::xml;
use crate::merge::TODO;

/// Hyperlink targets collected while writing, in order: `rIdL1`, `rIdL2` …
#[derive(Debug, Default)]
pub struct Links {
    pub targets: Vec<String>,
}

impl Links {
    fn id(&mut self, target: &str) -> String {
        let n = match self.targets.iter().position(|t| t == target) {
            Some(i) => i + 1,
            None => {
                self.targets.push(target.to_string());
                self.targets.len()
            }
        };
        format!("rIdL{n}")
    }
}

/// The inline state while a block's runs are written.
#[derive(Debug)]
pub struct Inline {
    bold: u32,
    italic: u32,
    strike: u32,
    /// The open hyperlink (its relationship ID), or a link kept as text.
    link: Option<Option<String>>,
    /// The status or applicability span being written.
    span: Option<Role>,
    /// The block began with `[To complete]`: the rest is its hint.
    hint: bool,
    /// Nothing visible has been written in this block yet.
    fresh: bool,
    /// The blank toolkit set: every bracketed field is a placeholder.
    blank: bool,
    /// The placeholder's words in the document's language, `[To complete]` in English.
    todo: String,
}

impl Inline {
    pub fn new(blank: bool) -> Inline {
        Inline::with_todo(blank, TODO)
    }

    /// [`Inline::new`] with the placeholder's words in the document's language.
    pub fn with_todo(blank: bool, todo: &str) -> Inline {
        let todo = if todo.is_empty() { TODO } else { todo };
        Inline {
            bold: 0,
            italic: 0,
            strike: 0,
            link: None,
            span: None,
            hint: false,
            fresh: true,
            blank,
            todo: todo.to_string(),
        }
    }

    /// A new paragraph or cell begins (styles that Markdown closes stay as they are).
    pub fn start_block(&mut self) {
        self.hint = false;
        self.fresh = true;
        self.span = None;
    }

    pub fn bold(&mut self, on: bool) {
        self.bold = step(self.bold, on);
    }

    pub fn italic(&mut self, on: bool) {
        self.italic = step(self.italic, on);
    }

    pub fn strike(&mut self, on: bool) {
        self.strike = step(self.strike, on);
    }

    pub fn span(&mut self, role: Option<Role>) {
        self.span = role;
    }

    /// Opens a link: a hyperlink for a web or mail target, else plain text.
    pub fn open_link(&mut self, out: &mut String, dest: &str, links: &mut Links) {
        self.close_link(out);
        let lower = dest.trim().to_ascii_lowercase();
        let web = ["http://", "https://", "mailto:"]
            .iter()
            .any(|p| lower.starts_with(p));
        if web {
            let id = links.id(dest.trim());
            out.push_str(&format!("<w:hyperlink r:id=\"{id}\" w:history=\"1\">"));
            self.link = Some(Some(id));
        } else {
            self.link = Some(None);
        }
    }

    pub fn close_link(&mut self, out: &mut String) {
        if let Some(Some(_)) = self.link.take() {
            out.push_str("</w:hyperlink>");
        }
    }

    /// A line break inside the block.
    pub fn line_break(out: &mut String) {
        out.push_str("<w:r><w:br/></w:r>");
    }

    /// Writes `text`, placeholders as content controls.
    pub fn text(&mut self, out: &mut String, text: &str, ids: &Resolved) {
        let mut rest = text;
        while let Some((at, len)) = self.next_placeholder(rest) {
            if at > 0 {
                self.plain(out, &rest[..at], ids, false);
            }
            let token = &rest[at..at + len];
            if self.fresh && token == self.todo {
                self.hint = true;
            }
            placeholder(out, token, ids);
            self.fresh = false;
            rest = &rest[at + len..];
        }
        if !rest.is_empty() {
            self.plain(out, rest, ids, false);
        }
    }

    /// Writes inline code.
    pub fn code(&mut self, out: &mut String, text: &str, ids: &Resolved) {
        self.plain(out, text, ids, true);
    }

    fn plain(&mut self, out: &mut String, text: &str, ids: &Resolved, code: bool) {
        if !text.trim().is_empty() {
            self.fresh = false;
        }
        let style = if let Some(role) = self.span {
            Some(role)
        } else if code {
            Some(Role::Code)
        } else if matches!(self.link, Some(Some(_))) {
            Some(Role::Hyperlink)
        } else if self.hint {
            Some(Role::PlaceholderHint)
        } else {
            None
        };
        out.push_str("<w:r>");
        let mut rpr = String::new();
        if let Some(role) = style {
            rpr.push_str(&format!(
                "<w:rStyle w:val=\"{}\"/>",
                xml::attr_string(ids.id(role))
            ));
        }
        if self.bold > 0 {
            rpr.push_str("<w:b/><w:bCs/>");
        }
        if self.italic > 0 {
            rpr.push_str("<w:i/><w:iCs/>");
        }
        if self.strike > 0 {
            rpr.push_str("<w:strike/>");
        }
        if !rpr.is_empty() {
            out.push_str("<w:rPr>");
            out.push_str(&rpr);
            out.push_str("</w:rPr>");
        }
        xml::run_text(out, text);
        out.push_str("</w:r>");
    }

    /// Where the next placeholder in `text` starts, and its length.
    fn next_placeholder(&self, text: &str) -> Option<(usize, usize)> {
        if !self.blank {
            return (text.find(&self.todo)).map(|at| (at, self.todo.len()));
        }
        let mut from = 0;
        while let Some(open) = text[from..].find('[').map(|i| i + from) {
            let after = &text[open + 1..];
            let close = after
                .find([']', '['])
                .filter(|&c| after.as_bytes()[c] == b']');
            match close {
                Some(c)
                    if c > 0
                        && c <= 80
                        && after.starts_with(|ch: char| ch.is_ascii_uppercase()) =>
                {
                    return Some((open, c + 2));
                }
                _ => from = open + 1,
            }
        }
        None
    }
}

fn step(n: u32, on: bool) -> u32 {
    if on {
        n.saturating_add(1)
    } else {
        n.saturating_sub(1)
    }
}

/// A placeholder as a content control showing its text as placeholder text.
fn placeholder(out: &mut String, token: &str, ids: &Resolved) {
    let inner = token.trim_start_matches('[').trim_end_matches(']');
    out.push_str("<w:sdt><w:sdtPr><w:alias w:val=\"");
    xml::attr(out, inner);
    out.push_str("\"/><w:tag w:val=\"annexa:placeholder\"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val=\"");
    xml::attr(out, ids.id(Role::Placeholder));
    out.push_str("\"/></w:rPr>");
    xml::run_text(out, token);
    out.push_str("</w:r></w:sdtContent></w:sdt>");
}

#[cfg(test)]
mod tests {
    use super::super::styles::{resolve, Look};
    use super::*;

    #[test]
    fn placeholders_and_their_hints() {
        let ids = resolve(None, &Look::default());
        let mut i = Inline::new(false);
        let mut out = String::new();
        i.start_block();
        i.text(&mut out, "[To complete] the date", &ids);
        assert!(
            out.contains("<w:tag w:val=\"annexa:placeholder\"/>"),
            "{out}"
        );
        assert!(
            out.contains("<w:rStyle w:val=\"PlaceholderHint\"/>"),
            "{out}"
        );
        let mut out = String::new();
        i.start_block();
        i.text(&mut out, "Due on [To complete]. [Organisation name]", &ids);
        assert_eq!(out.matches("<w:sdt>").count(), 1, "{out}");
        assert!(!out.contains("PlaceholderHint"), "{out}");
        let mut blank = Inline::new(true);
        let mut out = String::new();
        blank.text(&mut out, "[Organisation name] and [1] and [a]", &ids);
        assert_eq!(out.matches("<w:sdt>").count(), 1, "{out}");
    }

    #[test]
    fn only_web_links_are_hyperlinks() {
        let ids = resolve(None, &Look::default());
        let mut links = Links::default();
        let mut i = Inline::new(false);
        let mut out = String::new();
        i.open_link(&mut out, "javascript:alert(1)", &mut links);
        i.text(&mut out, "x", &ids);
        i.close_link(&mut out);
        i.open_link(&mut out, "https://example.org/?a=1&b=2", &mut links);
        i.text(&mut out, "y", &ids);
        i.close_link(&mut out);
        assert_eq!(out.matches("<w:hyperlink").count(), 1, "{out}");
        assert_eq!(links.targets, ["https://example.org/?a=1&b=2"]);
    }
}
