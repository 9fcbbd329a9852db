//! Reading typed values out of YAML nodes, reporting every misfit as a diagnostic.
//!
//! [`Fields`] is a mapping seen as a record: it reports unknown and repeated keys once, when it
//! is opened, and hands out known fields by name. [`Ctx`] turns nodes into text, dates,
//! booleans and keywords, or records why it could not. Nothing here returns early on a
//! problem: a bad field becomes `None` and the walk goes on, so one run reports everything.

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

    /// A required text field that is missing or empty. Not reported when an unknown field of
    /// the record was already reported as a misspelling of it (`organization`).
    pub fn missing(&mut self, fields: &Fields<'_>, name: &str, hint: &str) {
        if fields.misspelt.iter().any(|m| m == name) {
            return;
        }
        let msg = format!("{} has no `{name}`", fields.what);
        let pos = fields.key_pos(name).unwrap_or(fields.at);
        self.error(Code::MissingField, pos, msg, Some(hint.to_string()));
    }

    pub fn req_text(&mut self, fields: &Fields<'_>, name: &str, hint: &str) -> Option<String> {
        let value = self.text(fields.get(name), name);
        if value.is_none() && !fields.has_non_null(name) {
            self.missing(fields, name, hint);
        }
        value
    }
}

/// A YAML mapping read as a record with known field names.
pub struct Fields<'n> {
    /// How messages name the record, e.g. "`document`" or "AI system `chatbot`".
    pub what: String,
    /// Where the record is named (the key holding it, or the list item).
    pub at: Pos,
    entries: Vec<(&'n str, Pos, &'n Node)>,
    /// Known fields that an unknown field looks like a misspelling of.
    misspelt: Vec<String>,
}

impl<'n> Fields<'n> {
    /// Opens `node` as a record, reporting non-mappings, unknown fields (with the closest known
    /// name) and fields given twice. `explain` may add a help for a known misuse of a field name.
    pub fn open(
        ctx: &mut Ctx<'_>,
        node: &'n Node,
        what: impl Into<String>,
        at: Pos,
        known: &[&str],
        explain: fn(&str) -> Option<String>,
    ) -> Option<Fields<'n>> {
        let what = what.into();
        let entries = match &node.kind {
            _ if node.is_null() => &[][..],
            Kind::Map(entries) => entries.as_slice(),
            _ => {
                ctx.error(
                    Code::WrongType,
                    node.pos,
                    format!(
                        "{what} must be a mapping of fields, not {}",
                        node.type_name()
                    ),
                    Some(format!(
                        "expected fields such as `{}: ...` indented below",
                        known.first().unwrap_or(&"name")
                    )),
                );
                return None;
            }
        };
        let mut fields = Fields {
            what,
            at,
            entries: Vec::new(),
            misspelt: Vec::new(),
        };
        for (k, v) in entries {
            let Some(name) = k.scalar() else {
                ctx.error(Code::WrongType, k.pos, "a field name must be text", None);
                continue;
            };
            if let Some((_, first, _)) = fields.entries.iter().find(|(n, _, _)| *n == name) {
                ctx.push(
                    Diagnostic::error(
                        Code::DuplicateField,
                        ctx.file,
                        k.pos,
                        format!("`{name}` is given twice in {}", fields.what),
                    )
                    .note(format!(
                        "first given at line {}, column {}",
                        first.line, first.col
                    ))
                    .help("keep one of them: YAML does not allow a key twice in one mapping"),
                );
                continue;
            }
            if !known.contains(&name) {
                let near = closest(name, known.iter().copied());
                if let Some(c) = near {
                    fields.misspelt.push(c.to_string());
                }
                let help = explain(name).or_else(|| near.map(|c| format!("did you mean `{c}`?")));
                let help =
                    help.unwrap_or_else(|| format!("known fields here: {}", known.join(", ")));
                ctx.error(
                    Code::UnknownField,
                    k.pos,
                    format!("unknown field `{name}` in {}", fields.what),
                    Some(help),
                );
                continue;
            }
            fields.entries.push((name, k.pos, v));
        }
        Some(fields)
    }

    /// The value of a field, if present and not null.
    pub fn get(&self, name: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, _, v)| *v)
            .filter(|v| !v.is_null())
    }

    /// Where the field's key is written.
    pub fn key_pos(&self, name: &str) -> Option<Pos> {
        self.entries
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, p, _)| *p)
    }

    pub fn has(&self, name: &str) -> bool {
        self.entries.iter().any(|(n, _, _)| *n == name)
    }

    fn has_non_null(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

/// No special explanation for any field name.
pub fn no_explain(_: &str) -> Option<String> {
    None
}

/// The items of a list node; anything else is reported.
pub fn list<'n>(ctx: &mut Ctx<'_>, node: Option<&'n Node>, what: &str) -> &'n [Node] {
    match node {
        None => &[],
        Some(n) if n.is_null() => &[],
        Some(Node {
            kind: Kind::Seq(items),
            ..
        }) => items,
        Some(n) => {
            ctx.error(
                Code::WrongType,
                n.pos,
                format!("`{what}` must be a list, not {}", n.type_name()),
                Some("write one `- ` item per entry".into()),
            );
            &[]
        }
    }
}

/// The entries of a mapping node keyed by text, duplicates kept (the caller judges them).
pub fn entries<'n>(
    ctx: &mut Ctx<'_>,
    node: Option<&'n Node>,
    what: &str,
) -> Vec<(&'n str, &'n Node, &'n Node)> {
    match node {
        None => Vec::new(),
        Some(n) if n.is_null() => Vec::new(),
        Some(Node {
            kind: Kind::Map(entries),
            ..
        }) => entries
            .iter()
            .filter_map(|(k, v)| match k.scalar() {
                Some(s) => Some((s, k, v)),
                None => {
                    ctx.error(
                        Code::WrongType,
                        k.pos,
                        format!("a key in `{what}` must be text"),
                        None,
                    );
                    None
                }
            })
            .collect(),
        Some(n) => {
            ctx.error(
                Code::WrongType,
                n.pos,
                format!("`{what}` must be a mapping, not {}", n.type_name()),
                None,
            );
            Vec::new()
        }
    }
}

/// A list of `{id, title}` records (risks, clauses): each complete, no ID twice. `what` names
/// one record in messages ("risk"), `example` is an ID to show in the help.
pub fn id_title_list(
    ctx: &mut Ctx<'_>,
    node: Option<&Node>,
    field: &str,
    what: &str,
    example: &str,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for item in list(ctx, node, field) {
        let Some(r) = Fields::open(
            ctx,
            item,
            format!("a {what}"),
            item.pos,
            &["id", "title"],
            no_explain,
        ) else {
            continue;
        };
        let (Some(id), Some(title)) = (
            ctx.req_text(&r, "id", &format!("add `id:`, e.g. {example}")),
            ctx.req_text(&r, "title", "add `title:`"),
        ) else {
            continue;
        };
        if out.iter().any(|(o, _)| *o == id) {
            ctx.error(
                Code::DuplicateId,
                item.pos,
                format!("{what} `{id}` is listed twice"),
                None,
            );
            continue;
        }
        out.push((id, title));
    }
    out
}
