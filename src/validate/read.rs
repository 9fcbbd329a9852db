//! Reading typed values out of YAML nodes, reporting every misfit as a diagnostic.
//!
//! [`Ctx`] turns nodes into text, dates, booleans and keywords, or records why it could not.
//! Nothing here returns early on a problem: a bad value becomes `None` and the walk goes on, so
//! one run reports everything. Records (mappings with known fields) are read with
//! [`super::fields::Fields`].
//!
//! Text is where a pasted control character hides: a NUL or an ESC sequence in a quoted string
//! would be written raw into every document, so [`Ctx::text`] refuses every control character
//! but tab and newline. Keys, IDs and keywords must also be free of invisible characters
//! ([`Ctx::hidden_in`]): `A.5.10` with a zero-width space after it looks like `A.5.10`.
//!
//! A direction override or isolate (U+202A–U+202E, U+2066–U+2069) in free text makes it show in
//! another order than it is stored ("Trojan Source"): a justification reviewed in the YAML
//! would read differently in the signed PDF. [`Ctx::text`] warns of it and returns the text
//! with each such character written as a visible marker (`[U+202E]`), so every document, workbook
//! and export built from the model shows what the file holds, whatever its format.

use crate::diag::escape::{bidi_control, describe, first_hidden, shown_bidi};
use crate::diag::{closest, Code, Diagnostic, Diagnostics};
use crate::input::yaml::{Kind, Node, Pos};
use crate::model::Date;

/// Where diagnostics go, and which file the nodes come from.
pub struct Ctx<'d> {
    pub file: usize,
    pub diags: &'d mut Diagnostics,
}

impl Ctx<'_> {
    pub fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    pub fn error(&mut self, code: Code, pos: Pos, msg: impl Into<String>, help: Option<String>) {
        let mut d = Diagnostic::error(code, self.file, pos, msg);
        d.help = help;
        self.diags.push(d);
    }

    pub fn warning(&mut self, code: Code, pos: Pos, msg: impl Into<String>, help: Option<String>) {
        let mut d = Diagnostic::warning(code, self.file, pos, msg);
        d.help = help;
        self.diags.push(d);
    }

    /// Text of a scalar, trimmed; `None` (silently) for null or empty, an error otherwise. A
    /// control character other than tab and newline is an error (the text is still returned,
    /// so nothing else is reported as missing). A direction override or isolate is a warning,
    /// and comes back as a visible marker (`[U+202E]`).
    pub fn text(&mut self, node: Option<&Node>, what: &str) -> Option<String> {
        let text = self.raw_text(node, what)?;
        Some(match node {
            Some(node) => self.shown(node, text, what),
            None => text,
        })
    }

    /// Warns of the direction overrides and isolates in the text of `node`, and returns `text`
    /// with each written as a visible marker.
    fn shown(&mut self, node: &Node, text: String, what: &str) -> String {
        let Kind::Scalar { text: raw, .. } = &node.kind else {
            return text;
        };
        let mut found = (raw.chars().zip(1u32..)).filter(|(c, _)| bidi_control(*c));
        let Some((c, at)) = found.next() else {
            return text;
        };
        let more = match found.count() {
            0 => String::new(),
            n => format!(
                " (and {n} more direction {})",
                if n == 1 { "character" } else { "characters" }
            ),
        };
        self.warning(
            Code::BidiCharacter,
            char_pos(node, at),
            format!(
                "`{what}` holds {} at character {at}{more}: the text after it shows in another order than it is stored",
                describe(c)
            ),
            Some(format!(
                "delete it unless the text needs it (most editors do not show it); the documents show it as `{}`, so what they show is what the file holds",
                shown_bidi(&c.to_string())
            )),
        );
        shown_bidi(&text).into_owned()
    }

    /// [`Ctx::text`] without the markers: for keywords, dates and IDs, which report a
    /// character they may not hold as an error of their own.
    fn raw_text(&mut self, node: Option<&Node>, what: &str) -> Option<String> {
        let node = node.filter(|n| !n.is_null())?;
        match &node.kind {
            Kind::Scalar { text, .. } => {
                self.control_chars(node, text, what);
                Some(text.trim().to_string()).filter(|t| !t.is_empty())
            }
            _ => {
                self.error(
                    Code::WrongType,
                    node.pos,
                    format!("`{what}` must be text, not {}", node.type_name()),
                    Some("write it on one line, or as a `>-` block".into()),
                );
                None
            }
        }
    }

    /// Reports the first control character (not tab or newline) in the text of `node`.
    fn control_chars(&mut self, node: &Node, text: &str, what: &str) {
        let Some((c, at)) = text.chars().zip(1u32..).find(|(c, _)| control(*c)) else {
            return;
        };
        self.error(
            Code::ControlCharacter,
            node.pos,
            format!(
                "`{what}` holds a control character, {}, at character {at}",
                describe(c)
            ),
            Some("remove it: text may hold tabs and line breaks, no other control character (in a double-quoted string, look for an escape such as `\\0`, `\\e` or `\\x1b`)".into()),
        );
    }

    /// When the key, ID or keyword `node` holds a control or invisible character, reports it
    /// (which character, where) and returns true; the caller then reports nothing else for it.
    pub fn hidden_in(&mut self, node: &Node) -> bool {
        let Kind::Scalar { text, .. } = &node.kind else {
            return false;
        };
        let Some((at, message, help)) = hidden_message(text) else {
            return false;
        };
        self.error(
            Code::InvisibleCharacter,
            char_pos(node, at),
            message,
            Some(help),
        );
        true
    }

    /// A list of texts; a single text is accepted as a list of one.
    pub fn text_list(&mut self, node: Option<&Node>, what: &str) -> Vec<(String, Pos)> {
        self.list_with(node, what, Self::text)
    }

    /// A list (or a single scalar) read item by item with `read`.
    fn list_with(
        &mut self,
        node: Option<&Node>,
        what: &str,
        read: fn(&mut Self, Option<&Node>, &str) -> Option<String>,
    ) -> Vec<(String, Pos)> {
        let Some(node) = node.filter(|n| !n.is_null()) else {
            return Vec::new();
        };
        match &node.kind {
            Kind::Seq(items) => items
                .iter()
                .filter_map(|i| read(self, Some(i), what).map(|t| (t, i.pos)))
                .collect(),
            Kind::Scalar { .. } => read(self, Some(node), what)
                .map(|t| (t, node.pos))
                .into_iter()
                .collect(),
            Kind::Map(_) => {
                self.error(
                    Code::WrongType,
                    node.pos,
                    format!("`{what}` must be a list, not a mapping"),
                    Some(format!(
                        "write `{what}: [first, second]` or one `- item` per line"
                    )),
                );
                Vec::new()
            }
        }
    }

    pub fn texts(&mut self, node: Option<&Node>, what: &str) -> Vec<String> {
        self.text_list(node, what)
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    pub fn date(&mut self, node: Option<&Node>, what: &str) -> Option<Date> {
        let node = node.filter(|n| !n.is_null())?;
        let text = self.raw_text(Some(node), what)?;
        let date = Date::parse(&text);
        if date.is_none() {
            self.error(
                Code::InvalidDate,
                node.pos,
                format!("`{what}` is not a valid date: `{text}`"),
                Some("write dates as YYYY-MM-DD, e.g. 2026-03-31, with a day that exists".into()),
            );
        }
        date
    }

    pub fn bool(&mut self, node: Option<&Node>, what: &str) -> Option<bool> {
        let node = node.filter(|n| !n.is_null())?;
        match &node.kind {
            Kind::Scalar { text, plain: true }
                if matches!(text.as_str(), "true" | "True" | "TRUE") =>
            {
                Some(true)
            }
            Kind::Scalar { text, plain: true }
                if matches!(text.as_str(), "false" | "False" | "FALSE") =>
            {
                Some(false)
            }
            _ => {
                let shown = match &node.kind {
                    Kind::Scalar { text, plain: true } => format!("`{text}`"),
                    // `"true"` is text: saying "not `true`" would contradict itself.
                    Kind::Scalar { text, plain: false } => format!("quoted text `{text}`"),
                    _ => node.type_name().to_string(),
                };
                self.error(
                    Code::WrongType,
                    node.pos,
                    format!("`{what}` must be true or false, not {shown}"),
                    Some(format!(
                        "write `{what}: true` or `{what}: false` (unquoted)"
                    )),
                );
                None
            }
        }
    }

    /// One keyword from a closed set.
    pub fn keyword<T>(
        &mut self,
        node: Option<&Node>,
        what: &str,
        parse: fn(&str) -> Option<T>,
        keys: &[&str],
    ) -> Option<T> {
        let node = node.filter(|n| !n.is_null())?;
        let text = self.raw_text(Some(node), what)?;
        let value = parse(&text);
        // A control character is reported by `text`, an invisible one by `hidden_in`.
        if value.is_none() && !has_control(&text) && !self.hidden_in(node) {
            self.unknown_keyword(node.pos, what, &text, keys);
        }
        value
    }

    pub fn keywords<T>(
        &mut self,
        node: Option<&Node>,
        what: &str,
        parse: fn(&str) -> Option<T>,
        keys: &[&str],
    ) -> Vec<T> {
        let items = self.list_with(node, what, Self::raw_text);
        let mut out = Vec::new();
        for (text, pos) in items {
            match parse(&text) {
                Some(v) => out.push(v),
                None => self.unknown_keyword(pos, what, &text, keys),
            }
        }
        out
    }

    fn unknown_keyword(&mut self, pos: Pos, what: &str, text: &str, keys: &[&str]) {
        if has_control(text) {
            return; // reported by `text`
        }
        if let Some((_, message, help)) = hidden_message(text) {
            self.error(Code::InvisibleCharacter, pos, message, Some(help));
            return;
        }
        let help = super::vocabulary::help(text, keys).unwrap_or_else(|| {
            match closest(text, keys.iter().copied()) {
                Some(c) => format!("did you mean `{c}`? (one of: {})", keys.join(", ")),
                None => format!("use one of: {}", keys.join(", ")),
            }
        });
        self.error(
            Code::UnknownValue,
            pos,
            format!("`{text}` is not a valid value for `{what}`"),
            Some(help),
        );
    }
}

/// Where character `at` (from 1) of the scalar `node` is: the character itself (after the
/// opening quote of a quoted scalar) when the scalar is on one line, else the scalar.
fn char_pos(node: &Node, at: u32) -> Pos {
    let plain = matches!(node.kind, Kind::Scalar { plain: true, .. });
    if node.pos.len > 0 {
        Pos {
            line: node.pos.line,
            col: node.pos.col + at - u32::from(plain),
            len: 1,
        }
    } else {
        node.pos
    }
}

/// A control character text may not hold (all but tab and newline).
fn control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

fn has_control(text: &str) -> bool {
    text.chars().any(control)
}

/// `text` without its control and invisible characters, trimmed.
pub fn without_hidden(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(|c| !crate::diag::escape::hidden(*c))
        .collect();
    clean.trim().to_string()
}

/// For a key, ID or keyword holding a control or invisible character: where it is (in
/// characters, from 1), the message naming it, and the help.
pub fn hidden_message(text: &str) -> Option<(u32, String, String)> {
    let (at, c) = first_hidden(text)?;
    let clean = without_hidden(text);
    let kind = if c.is_control() {
        "control character"
    } else {
        "invisible character"
    };
    let article = if c.is_control() { "a" } else { "an" };
    let message = format!(
        "`{text}` holds {article} {kind}, {}, at character {at}",
        describe(c)
    );
    let help = format!("delete it and type it again: without the {kind} it reads `{clean}`");
    Some((at, message, help))
}
