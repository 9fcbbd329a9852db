//! YAML mappings read as records, and lists and maps of entries, with every misfit reported.
//!
//! [`Fields`] is a mapping seen as a record: it reports unknown and repeated keys once, when it
//! is opened (with the closest known name), and hands out known fields by name. A required field
//! that is missing is reported where the record is named, and not at all when an unknown field
//! of the record was already reported as a misspelling of it.

use super::read::Ctx;
use crate::diag::{closest, Code, Diagnostic};
use crate::input::yaml::{Kind, Node, Pos};

impl Ctx<'_> {
    /// A required text field that is missing or empty. Not reported when an unknown field of
    /// the record was already reported as a misspelling of it (`organization`).
    pub fn missing(&mut self, fields: &Fields<'_>, name: &str, hint: &str) {
        if fields.misspelt(name) {
            return;
        }
        let msg = format!("{} has no `{name}`", fields.what);
        let pos = fields.key_pos(name).unwrap_or(fields.at);
        self.error(Code::MissingField, pos, msg, Some(hint.to_string()));
    }

    /// A text field that must be given: missing, null or blank is reported.
    pub fn req_text(&mut self, fields: &Fields<'_>, name: &str, hint: &str) -> Option<String> {
        let value = self.text(fields.get(name), name);
        if value.is_none() && fields.blank(name) {
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
                if ctx.hidden_in(k) {
                    // The field is there, misspelt: it is not also missing.
                    fields.misspelt.push(super::read::without_hidden(name));
                    continue;
                }
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

    /// Whether the field is absent, null or blank text: what a required field may not be. A
    /// value of the wrong type is not blank (it is reported as such).
    pub fn blank(&self, name: &str) -> bool {
        self.get(name)
            .is_none_or(|n| n.scalar().is_some_and(|t| t.trim().is_empty()))
    }

    /// Whether an unknown field of the record was reported as a misspelling of `name`.
    fn misspelt(&self, name: &str) -> bool {
        self.misspelt.iter().any(|m| m == name)
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
    // Hashed: a linear look-up per item made 40,000 risks take 11 s.
    let mut seen = std::collections::HashSet::new();
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
        if !seen.insert(id.clone()) {
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

/// The position of a field's value, or of its record.
pub(super) fn pos_of(f: &Fields<'_>, name: &str) -> Pos {
    f.get(name).map_or(f.at, |n| n.pos)
}
