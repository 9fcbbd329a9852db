//! Reading typed values out of YAML nodes, reporting every misfit as a diagnostic.
//!
//! [`Ctx`] turns nodes into text, dates, booleans and keywords, or records why it could not.
//! Nothing here returns early on a problem: a bad value becomes `None` and the walk goes on, so
//! one run reports everything. Records (mappings with known fields) are read with
//! [`super::fields::Fields`].

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

    /// Text of a scalar, trimmed; `None` (silently) for null or empty, an error otherwise.
    pub fn text(&mut self, node: Option<&Node>, what: &str) -> Option<String> {
        let node = node.filter(|n| !n.is_null())?;
        match &node.kind {
            Kind::Scalar { text, .. } => Some(text.trim().to_string()).filter(|t| !t.is_empty()),
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

    /// A list of texts; a single text is accepted as a list of one.
    pub fn text_list(&mut self, node: Option<&Node>, what: &str) -> Vec<(String, Pos)> {
        let Some(node) = node.filter(|n| !n.is_null()) else {
            return Vec::new();
        };
        match &node.kind {
            Kind::Seq(items) => items
                .iter()
                .filter_map(|i| self.text(Some(i), what).map(|t| (t, i.pos)))
                .collect(),
            Kind::Scalar { .. } => self
                .text(Some(node), what)
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
        let text = self.text(Some(node), what)?;
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
        let text = self.text(Some(node), what)?;
        let value = parse(&text);
        if value.is_none() {
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
        let items = self.text_list(node, what);
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
        let help = match closest(text, keys.iter().copied()) {
            Some(c) => format!("did you mean `{c}`? (one of: {})", keys.join(", ")),
            None => format!("use one of: {}", keys.join(", ")),
        };
        self.error(
            Code::UnknownValue,
            pos,
            format!("`{text}` is not a valid value for `{what}`"),
            Some(help),
        );
    }
}
