//! Placeholders a draft puts into the decisions file's tree (never into the file) so that the
//! model can be assembled: a required text left empty (the organisation's name, the document's
//! owner, a risk's title, the reason an applicable control is not implemented) becomes
//! `[To complete]`, a required date a placeholder date the documents never show. Each is put
//! where the diagnostic that asked for it points, so only what is missing is filled.

use crate::input::yaml::{Kind, Node, Pos};

/// Text fields a draft may fill with [`super::TO_COMPLETE`] (in the document's language) (their model type is text).
pub(super) const TEXT: &[&str] = &[
    "name",
    "id",
    "title",
    "owner",
    "approver",
    "classification",
    "version",
    "isms",
    "aims",
    "purpose",
    "autonomy",
    "human_oversight",
    "action",
    "process",
    "description",
    "by",
    "changes",
];

/// The date a missing date field is given so the model can be assembled; never shown (the
/// document control says [`super::TO_COMPLETE`] (in the document's language) instead).
pub const PLACEHOLDER_DATE: &str = "2000-01-01";

/// Date fields a draft may fill (shown as [`super::TO_COMPLETE`] (in the document's language) in the document control).
pub(super) const DATES: &[&str] = &["approval_date", "date"];

/// The field a "… has no `NAME`" message names.
pub(super) fn missing_name(message: &str) -> Option<&str> {
    let rest = &message[message.find("has no `")? + 8..];
    let name = &rest[..rest.find('`')?];
    (TEXT.contains(&name) || DATES.contains(&name)).then_some(name)
}

/// Gives field `name` a placeholder in the record the diagnostic at `pos` points into: the
/// field's own key (its value is empty), or the record's key (the field is absent).
pub(super) fn fill(node: &mut Node, name: &str, pos: (u32, u32), todo: &str) -> bool {
    let at = |p: &Pos| (p.line, p.col) == pos;
    let value = |p: Pos| {
        let text = if DATES.contains(&name) {
            PLACEHOLDER_DATE
        } else {
            todo
        };
        Node {
            pos: p,
            kind: Kind::Scalar {
                text: text.into(),
                plain: false,
            },
        }
    };
    match &mut node.kind {
        Kind::Map(entries) => {
            for (k, v) in entries.iter_mut() {
                if at(&k.pos) && k.scalar() == Some(name) && v.is_null() {
                    *v = value(k.pos);
                    return true;
                }
                if at(&k.pos) {
                    if let Kind::Map(inner) = &mut v.kind {
                        if !inner.iter().any(|(ik, _)| ik.scalar() == Some(name)) {
                            let key = Node {
                                pos: k.pos,
                                kind: Kind::Scalar {
                                    text: name.into(),
                                    plain: true,
                                },
                            };
                            inner.push((key, value(k.pos)));
                            return true;
                        }
                    }
                }
                if fill(v, name, pos, todo) {
                    return true;
                }
            }
            false
        }
        Kind::Seq(items) => items.iter_mut().any(|i| {
            if at(&i.pos) {
                if let Kind::Map(inner) = &mut i.kind {
                    if !inner.iter().any(|(ik, _)| ik.scalar() == Some(name)) {
                        let p = i.pos;
                        let key = Node {
                            pos: p,
                            kind: Kind::Scalar {
                                text: name.into(),
                                plain: true,
                            },
                        };
                        inner.push((key, value(p)));
                        return true;
                    }
                }
            }
            fill(i, name, pos, todo)
        }),
        Kind::Scalar { .. } => false,
    }
}

/// Gives field `name` a placeholder beside the entry at `pos` (a control's `status:`, its key
/// or its value): in the mapping that holds it, when the field is absent or empty.
pub(super) fn fill_beside(node: &mut Node, name: &str, pos: (u32, u32), todo: &str) -> bool {
    let Kind::Map(entries) = &mut node.kind else {
        return match &mut node.kind {
            Kind::Seq(items) => items.iter_mut().any(|i| fill_beside(i, name, pos, todo)),
            _ => false,
        };
    };
    let here = |p: &Pos| (p.line, p.col) == pos;
    let Some(at) = entries
        .iter()
        .find(|(k, v)| here(&k.pos) || here(&v.pos))
        .map(|(k, _)| k.pos)
    else {
        return entries
            .iter_mut()
            .any(|(_, v)| fill_beside(v, name, pos, todo));
    };
    let text = Node {
        pos: at,
        kind: Kind::Scalar {
            text: todo.into(),
            plain: false,
        },
    };
    match entries.iter_mut().find(|(k, _)| k.scalar() == Some(name)) {
        Some((_, v)) if v.is_null() => *v = text,
        Some(_) => return false,
        None => {
            let key = Node {
                pos: at,
                kind: Kind::Scalar {
                    text: name.into(),
                    plain: true,
                },
            };
            entries.push((key, text));
        }
    }
    true
}
