//! The Annex A relations file → [`Relations`], and the check it makes possible.
//!
//! The file is an informative mapping (annexa ships one, 27001 → 42001, written by its authors;
//! `relations:` in the decisions file replaces it). Every ID in it must name a control of a
//! catalog in scope, so a typo is an error with a "did you mean", like a decision's key. The
//! shipped file is used only when every catalog it names is in scope: a 27001-only decisions
//! file simply has no relations. Once the decisions are read, [`super::support`] warns where a
//! control is applicable but every control said to support it is excluded.

use super::fields::{entries, no_explain, Fields};
use super::read::Ctx;
use crate::diag::{closest, Code, Diagnostic};
use crate::input::yaml::{Kind, Node, Pos};
use crate::input::{Named, BUILTIN_RELATIONS};
use crate::model::{Catalog, ControlId, Relation, Relations};

const FILE_FIELDS: &[&str] = &["title", "author", "statement", "relations"];
const ENTRY_FIELDS: &[&str] = &["supported_by", "rationale"];

fn explain_entry(name: &str) -> Option<String> {
    match name {
        "related" | "supports" | "controls" | "mapped_to" => Some(
            "list the controls that support this one under `supported_by:`, e.g. `supported_by: [27001:A.5.34]`".into(),
        ),
        "note" | "notes" | "why" | "reason" => Some("the explanation goes in `rationale:`".into()),
        _ => None,
    }
}

/// Reads the relations file `named` (already parsed by [`crate::input`]). `None` when there is
/// none in force, or when it has errors (they are in `ctx`).
pub fn relations(ctx: &mut Ctx<'_>, named: &Named, catalogs: &[Catalog]) -> Option<Relations> {
    let tree = named.tree.as_ref()?;
    let builtin = named.key == BUILTIN_RELATIONS;
    if builtin
        && !namespaces(&tree.root)
            .iter()
            .all(|ns| in_scope(catalogs, ns))
    {
        return None;
    }
    let decisions_file = ctx.file;
    ctx.file = tree.file;
    let before = ctx.diags.errors();
    let out = read(ctx, named, &tree.root, catalogs);
    let failed = ctx.diags.errors() > before;
    ctx.file = decisions_file;
    out.filter(|_| !failed)
}

/// Reads the file's fields and every entry of `relations:`, in catalog then ID order.
fn read(ctx: &mut Ctx<'_>, named: &Named, root: &Node, catalogs: &[Catalog]) -> Option<Relations> {
    let what = "the relations file";
    let f = Fields::open(ctx, root, what, root.pos, FILE_FIELDS, no_explain)?;
    let title = ctx.req_text(&f, "title", "add `title:`, what the mapping relates");
    let author = ctx.req_text(&f, "author", "add `author:`, who wrote the mapping");
    let statement = ctx.req_text(
        &f,
        "statement",
        "add `statement:`, what the mapping is (e.g. informative, written by whom, on what basis)",
    );
    if f.get("relations").is_none() {
        ctx.missing(
            &f,
            "relations",
            "add `relations:`, a map from a control to the controls that support it",
        );
    }
    let mut links: Vec<(Relation, Pos)> = Vec::new();
    for (key, key_node, value) in entries(ctx, f.get("relations"), "relations") {
        let id = resolve(ctx, key.trim(), key_node.pos, catalogs);
        let what = format!("the relations of `{}`", key.trim());
        let Some(e) = Fields::open(ctx, value, what, key_node.pos, ENTRY_FIELDS, explain_entry)
        else {
            continue;
        };
        let rationale = ctx.text(e.get("rationale"), "rationale");
        let supported_by = supported_by(ctx, &e, id.as_ref(), catalogs);
        let Some(control) = id else {
            continue;
        };
        if let Some((_, first)) = links.iter().find(|(l, _)| l.control == control) {
            ctx.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    ctx.file,
                    key_node.pos,
                    format!("`{control}` has relations given twice"),
                )
                .note(format!(
                    "first given at line {}, column {}",
                    first.line, first.col
                ))
                .help("merge the two entries into one"),
            );
            continue;
        }
        links.push((
            Relation {
                control,
                supported_by,
                rationale,
            },
            key_node.pos,
        ));
    }
    let order = |id: &ControlId| catalogs.iter().position(|c| c.namespace == id.namespace);
    let mut links: Vec<Relation> = links.into_iter().map(|(l, _)| l).collect();
    links.sort_by(|a, b| {
        order(&a.control)
            .cmp(&order(&b.control))
            .then_with(|| a.control.cmp(&b.control))
    });
    Some(Relations {
        file: named.key.clone(),
        title: title?,
        author: author?,
        statement: statement?,
        links,
    })
}

/// The controls an entry lists as supporting `id` (its own control, when that resolved): each
/// resolved, none twice, not the control itself.
fn supported_by(
    ctx: &mut Ctx<'_>,
    e: &Fields<'_>,
    id: Option<&ControlId>,
    catalogs: &[Catalog],
) -> Vec<ControlId> {
    let mut supported_by: Vec<ControlId> = Vec::new();
    for (text, pos) in ctx.text_list(e.get("supported_by"), "supported_by") {
        let Some(other) = resolve(ctx, &text, pos, catalogs) else {
            continue;
        };
        if id == Some(&other) {
            ctx.error(
                Code::SelfRelation,
                pos,
                format!("`{other}` is listed as supporting itself"),
                Some("remove it from `supported_by:`".into()),
            );
        } else if supported_by.contains(&other) {
            ctx.error(
                Code::DuplicateId,
                pos,
                format!("`{other}` is listed twice in `supported_by`"),
                None,
            );
        } else {
            supported_by.push(other);
        }
    }
    if e.get("supported_by").is_none() {
        ctx.missing(
            e,
            "supported_by",
            "list the controls that support this one, e.g. `supported_by: [27001:A.5.34]`",
        );
    }
    supported_by
}

fn in_scope(catalogs: &[Catalog], ns: &str) -> bool {
    catalogs.iter().any(|c| c.namespace == ns)
}

/// The namespaces a relations tree names, in keys and lists (for deciding whether the shipped
/// file applies at all).
fn namespaces(root: &Node) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: &str| {
        if let Some((ns, _)) = s.split_once(':') {
            let ns = ns.trim().to_string();
            if !out.contains(&ns) {
                out.push(ns);
            }
        }
    };
    let Kind::Map(top) = &root.kind else {
        return Vec::new();
    };
    for (_, v) in top.iter().filter(|(k, _)| k.scalar() == Some("relations")) {
        let Kind::Map(items) = &v.kind else { continue };
        for (k, entry) in items {
            k.scalar().into_iter().for_each(&mut add);
            let Kind::Map(fields) = &entry.kind else {
                continue;
            };
            for (_, list) in fields
                .iter()
                .filter(|(k, _)| k.scalar() == Some("supported_by"))
            {
                match &list.kind {
                    Kind::Seq(ids) => ids.iter().filter_map(Node::scalar).for_each(&mut add),
                    Kind::Scalar { text, .. } => add(text),
                    Kind::Map(_) => {}
                }
            }
        }
    }
    out
}

/// Resolves a namespaced control ID against the catalogs in scope, or explains why not.
fn resolve(ctx: &mut Ctx<'_>, text: &str, pos: Pos, catalogs: &[Catalog]) -> Option<ControlId> {
    // Every namespaced ID in scope, for the messages only (not made for an ID that resolves).
    let every = || -> Vec<String> {
        catalogs
            .iter()
            .flat_map(|c| {
                c.controls
                    .iter()
                    .map(move |x| format!("{}:{}", c.namespace, x.id))
            })
            .collect()
    };
    let suggest = |candidates: &[String]| {
        closest(text, candidates.iter().map(String::as_str)).map(|c| format!("did you mean `{c}`?"))
    };
    let Some(id) = ControlId::parse(text) else {
        let all = every();
        let same: Vec<String> = all
            .iter()
            .filter(|full| full.split_once(':').is_some_and(|(_, l)| l == text))
            .map(|full| format!("`{full}`"))
            .collect();
        let help = match same.as_slice() {
            [] => (super::old_ids::help_2013(text, catalogs))
                .or_else(|| suggest(&all))
                .unwrap_or_else(|| {
                    "write the control with its catalog's namespace, e.g. `27001:A.5.34`".into()
                }),
            [one] => format!("write {one}"),
            many => format!(
                "it exists in more than one catalog: write {}",
                many.join(" or ")
            ),
        };
        let help = Some(help);
        ctx.error(
            Code::MissingNamespace,
            pos,
            format!("control ID `{text}` has no catalog namespace"),
            help,
        );
        return None;
    };
    let Some(catalog) = catalogs.iter().find(|c| c.namespace == id.namespace) else {
        let known: Vec<&str> = catalogs.iter().map(|c| c.namespace.as_str()).collect();
        let help = super::old_ids::help_2013(text, catalogs).unwrap_or_else(|| {
            format!(
                "catalogs in scope: {}; a relation can only name controls of those",
                known.join(", ")
            )
        });
        ctx.error(
            Code::UnknownControl,
            pos,
            format!("no catalog in scope has the namespace of `{text}`"),
            Some(help),
        );
        return None;
    };
    if catalog.control(&id.local).is_none() {
        let own: Vec<String> = every()
            .into_iter()
            .filter(|full| full.starts_with(&format!("{}:", catalog.namespace)))
            .collect();
        ctx.error(
            Code::UnknownControl,
            pos,
            format!("`{text}` is not a control of {}", catalog.name),
            super::old_ids::help_2013(text, catalogs).or_else(|| suggest(&own)),
        );
        return None;
    }
    Some(id)
}
