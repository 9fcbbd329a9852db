//! `evidence:` of a control: free text, or references `{id, title, location, owner, collected,
//! expires}`, in one list.
//!
//! A location is a URL (`https://…`, `mailto:…`) or a path relative to the decisions file's folder; an
//! absolute path or a `file:` URL would make the file mean something else on the auditor's
//! machine, so it is an error. Paths are handed to [`crate::input::evidence`], which checks on
//! disk that they exist (the only stage that reads files), and evidence that expired before
//! the document's date is a warning.

use super::fields::{pos_of, Fields};
use super::read::Ctx;
use crate::diag::Code;
use crate::input::evidence::EvidenceRef;
use crate::input::yaml::{Kind, Node};
use crate::model::{Date, Evidence, Location};

const FIELDS: &[&str] = &["id", "title", "location", "owner", "collected", "expires"];

fn explain(name: &str) -> Option<String> {
    match name {
        "path" | "url" | "file" | "link" => Some("a path or a URL goes in `location:`".into()),
        "name" | "description" => Some("what the evidence is goes in `title:`".into()),
        "expiry" | "valid_until" => Some("did you mean `expires`?".into()),
        _ => None,
    }
}

/// Reads an `evidence:` value; relative paths are added to `paths` (checked on disk later).
pub fn evidence(
    ctx: &mut Ctx<'_>,
    node: Option<&Node>,
    doc_date: Option<Date>,
    paths: &mut Vec<EvidenceRef>,
) -> Vec<Evidence> {
    let Some(node) = node.filter(|n| !n.is_null()) else {
        return Vec::new();
    };
    let items: Vec<&Node> = match &node.kind {
        Kind::Seq(items) => items.iter().collect(),
        _ => vec![node],
    };
    items
        .into_iter()
        .filter_map(|item| match &item.kind {
            Kind::Map(_) => record(ctx, item, doc_date, paths),
            _ => ctx.text(Some(item), "evidence").map(Evidence::text),
        })
        .collect()
}

fn record(
    ctx: &mut Ctx<'_>,
    item: &Node,
    doc_date: Option<Date>,
    paths: &mut Vec<EvidenceRef>,
) -> Option<Evidence> {
    let f = Fields::open(ctx, item, "an evidence item", item.pos, FIELDS, explain)?;
    let id = ctx.text(f.get("id"), "id");
    let title = ctx.req_text(&f, "title", "add `title:`, what the evidence is");
    let location = ctx
        .text(f.get("location"), "location")
        .and_then(|l| location(ctx, &f, l));
    let collected = ctx.date(f.get("collected"), "collected");
    let expires = ctx.date(f.get("expires"), "expires");
    let name = id
        .as_ref()
        .or(title.as_ref())
        .map_or_else(String::new, |n| format!(" `{n}`"));
    if let (Some(e), Some(d)) = (expires, doc_date) {
        if e < d {
            ctx.warning(
                Code::EvidenceExpired,
                pos_of(&f, "expires"),
                format!("evidence{name} expired on {e}, before the document's date ({d})"),
                Some("collect it again and update `collected:` and `expires:`".into()),
            );
        }
    }
    let title = title?;
    if let Some(Location::Path(p)) = &location {
        paths.push(EvidenceRef {
            path: p.clone(),
            file: ctx.file,
            pos: pos_of(&f, "location"),
            id: id.clone(),
            title: title.clone(),
        });
    }
    Some(Evidence {
        id,
        title,
        location,
        owner: ctx.text(f.get("owner"), "owner"),
        collected,
        expires,
    })
}

/// A URL, or a relative path; anything else is reported.
fn location(ctx: &mut Ctx<'_>, f: &Fields<'_>, text: String) -> Option<Location> {
    // A URL starts with a scheme of two or more letters (`C:` is a drive, not a scheme).
    let scheme = text.split_once(':').map(|(s, _)| s).filter(|s| {
        s.len() >= 2
            && s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    let why = if text.chars().any(char::is_control) {
        Some("holds a control character")
    } else if scheme.is_some_and(|s| s.eq_ignore_ascii_case("file")) {
        Some("is a `file:` URL, which names a file on one machine only")
    } else if scheme.is_some() {
        return Some(Location::Url(text));
    } else if text.starts_with(['/', '\\', '~']) || text.as_bytes().get(1) == Some(&b':') {
        Some("is an absolute path, which names a file on one machine only")
    } else {
        None
    };
    match why {
        Some(why) => {
            ctx.error(
                Code::BadEvidenceLocation,
                pos_of(f, "location"),
                format!("the evidence location `{}` {why}", text.escape_debug()),
                Some(
                    "give a URL (https://…) or a path relative to the decisions file's folder"
                        .into(),
                ),
            );
            None
        }
        None => Some(Location::Path(text)),
    }
}
