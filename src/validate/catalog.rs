//! Catalog files and overlays → [`Catalog`]s, with every schema problem reported.
//!
//! The shipped catalogs pass through the same checks as a user's own, so a mistake in either is
//! caught the same way (a test holds the shipped ones to 93 and 38 controls).

use super::fields::{entries, id_title_list, list, no_explain, Fields};
use super::read::Ctx;
use crate::diag::{Code, Diagnostic};
use crate::input::Tree;
use crate::model::{natural_cmp, Catalog, Clause, Control, Group};

const CATALOG_FIELDS: &[&str] = &[
    "namespace",
    "name",
    "standard",
    "group_label",
    "groups",
    "controls",
    "clauses",
];

/// Reads one catalog tree. `None` when it has errors (they are in `ctx`).
pub fn catalog(ctx: &mut Ctx<'_>, key: &str, tree: &Tree) -> Option<Catalog> {
    let before = ctx.diags.errors();
    let root = &tree.root;
    let f = Fields::open(
        ctx,
        root,
        format!("catalog `{key}`"),
        root.pos,
        CATALOG_FIELDS,
        no_explain,
    )?;
    let namespace = ctx.req_text(
        &f,
        "namespace",
        "add `namespace: \"INT\"`: the prefix of every control ID",
    );
    if let Some(ns) = &namespace {
        if !ns
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            let pos = f.get("namespace").map_or(f.at, |n| n.pos);
            ctx.error(
                Code::InvalidId,
                pos,
                format!("namespace `{ns}` may hold only letters, digits, `-` and `_`"),
                None,
            );
        }
    }
    let name = ctx.req_text(
        &f,
        "name",
        "add `name:`, the catalog's name as documents show it",
    );
    let standard = ctx.text(f.get("standard"), "standard");
    let group_label = ctx
        .text(f.get("group_label"), "group_label")
        .unwrap_or_else(|| "Group".into());
    let groups = groups(ctx, &f);
    let controls = controls(ctx, &f, &groups);
    let clauses = clauses(ctx, &f);
    if f.get("controls").is_none() {
        ctx.missing(
            &f,
            "controls",
            "list the catalog's controls under `controls:`",
        );
    }
    if ctx.diags.errors() > before {
        return None;
    }
    Some(Catalog {
        key: key.to_string(),
        namespace: namespace?,
        name: name?,
        standard,
        group_label,
        groups,
        controls,
        clauses,
        language: None,
    })
}

fn groups(ctx: &mut Ctx<'_>, f: &Fields<'_>) -> Vec<Group> {
    let mut out: Vec<(Group, crate::input::yaml::Pos)> = Vec::new();
    for item in list(ctx, f.get("groups"), "groups") {
        let Some(g) = Fields::open(
            ctx,
            item,
            "a group",
            item.pos,
            &["id", "title", "summary", "parent"],
            no_explain,
        ) else {
            continue;
        };
        let (Some(id), Some(title)) = (
            ctx.req_text(&g, "id", "add `id:`, e.g. `A.5`"),
            ctx.req_text(&g, "title", "add `title:`"),
        ) else {
            continue;
        };
        if out.iter().any(|(o, _)| o.id == id) {
            ctx.error(
                Code::DuplicateId,
                item.pos,
                format!("group `{id}` is listed twice"),
                None,
            );
            continue;
        }
        let group = Group {
            id,
            title,
            summary: ctx.text(g.get("summary"), "summary"),
            parent: ctx.text(g.get("parent"), "parent"),
        };
        out.push((group, g.key_pos("parent").unwrap_or(item.pos)));
    }
    for (g, pos) in &out {
        if let Some(p) = &g.parent {
            if !out.iter().any(|(o, _)| &o.id == p) {
                ctx.error(
                    Code::UnknownGroup,
                    *pos,
                    format!("group `{}` names parent `{p}`, which is not a group", g.id),
                    None,
                );
            }
        }
    }
    if out.is_empty() && f.get("groups").is_none() {
        ctx.missing(
            f,
            "groups",
            "list at least one group (theme, objective or domain) under `groups:`",
        );
    }
    out.into_iter().map(|(g, _)| g).collect()
}

fn controls(ctx: &mut Ctx<'_>, f: &Fields<'_>, groups: &[Group]) -> Vec<Control> {
    let mut out: Vec<Control> = Vec::new();
    // Hashed, not a linear search of `out`: large catalogs would make this quadratic.
    let mut ids: std::collections::HashSet<String> = std::collections::HashSet::new();
    for item in list(ctx, f.get("controls"), "controls") {
        let Some(c) = Fields::open(
            ctx,
            item,
            "a control",
            item.pos,
            &["id", "title", "group", "summary"],
            no_explain,
        ) else {
            continue;
        };
        let id = ctx.req_text(&c, "id", "add `id:`, e.g. `A.5.1`");
        let title = ctx.req_text(&c, "title", "add `title:`");
        let group = ctx.req_text(
            &c,
            "group",
            "add `group:` naming one of the catalog's groups",
        );
        let summary = ctx.req_text(
            &c,
            "summary",
            "add `summary:`: one or two sentences in your own words",
        );
        let (Some(id), Some(title), Some(group), Some(summary)) = (id, title, group, summary)
        else {
            continue;
        };
        if id.contains(':') || id.chars().any(char::is_whitespace) {
            ctx.error(
                Code::InvalidId,
                item.pos,
                format!("control ID `{id}` may not hold `:` or spaces"),
                None,
            );
        }
        if !groups.iter().any(|g| g.id == group) {
            let pos = c.get("group").map_or(item.pos, |n| n.pos);
            let help = crate::diag::closest(&group, groups.iter().map(|g| g.id.as_str()))
                .map(|g| format!("did you mean `{g}`?"));
            ctx.error(
                Code::UnknownGroup,
                pos,
                format!("control `{id}` names group `{group}`, which is not in `groups:`"),
                help,
            );
        }
        if !ids.insert(id.clone()) {
            ctx.error(
                Code::DuplicateId,
                item.pos,
                format!("control `{id}` is listed twice"),
                None,
            );
            continue;
        }
        out.push(Control {
            id,
            title,
            group,
            summary,
            text: None,
        });
    }
    out.sort_by(|a, b| natural_cmp(&a.id, &b.id));
    out
}

fn clauses(ctx: &mut Ctx<'_>, f: &Fields<'_>) -> Vec<Clause> {
    let mut out: Vec<Clause> = id_title_list(ctx, f.get("clauses"), "clauses", "clause", "\"4.1\"")
        .into_iter()
        .map(|(id, title)| Clause { id, title })
        .collect();
    out.sort_by(|a, b| natural_cmp(&a.id, &b.id));
    out
}

/// What an overlay gives one control: its text (`A.5.1: "…"`), or its licensed title, summary
/// and text in the overlay's language (`A.5.1: {title: …, summary: …, text: …}`).
#[derive(Default)]
struct OverlayWords {
    title: Option<String>,
    summary: Option<String>,
    text: Option<String>,
}

fn overlay_words(ctx: &mut Ctx<'_>, value: &crate::input::yaml::Node) -> OverlayWords {
    if !matches!(value.kind, crate::input::yaml::Kind::Map(_)) {
        return OverlayWords {
            text: ctx.text(Some(value), "control text"),
            ..OverlayWords::default()
        };
    }
    let fields = ["title", "summary", "text"];
    match Fields::open(
        ctx,
        value,
        "an overlay control",
        value.pos,
        &fields,
        no_explain,
    ) {
        Some(f) => OverlayWords {
            title: ctx.text(f.get("title"), "title"),
            summary: ctx.text(f.get("summary"), "summary"),
            text: ctx.text(f.get("text"), "text"),
        },
        None => OverlayWords::default(),
    }
}

/// Applies an overlay (licensed control text; with `language:`, licensed titles and summaries
/// in that language) to the catalogs it names.
pub fn overlay(ctx: &mut Ctx<'_>, tree: &Tree, catalogs: &mut [Catalog]) {
    let root = &tree.root;
    let Some(f) = Fields::open(
        ctx,
        root,
        "the overlay",
        root.pos,
        &["namespace", "language", "controls"],
        no_explain,
    ) else {
        return;
    };
    let language = ctx.text(f.get("language"), "language");
    let Some(ns) = ctx.req_text(
        &f,
        "namespace",
        "add `namespace:` naming the catalog, e.g. \"27001\"",
    ) else {
        return;
    };
    let Some(catalog) = catalogs.iter_mut().find(|c| c.namespace == ns) else {
        let pos = f.get("namespace").map_or(f.at, |n| n.pos);
        let known: Vec<String> = catalogs
            .iter()
            .map(|c| format!("`{}`", c.namespace))
            .collect();
        ctx.error(
            Code::UnknownCatalog,
            pos,
            format!("the overlay is for namespace `{ns}`, which no catalog in scope has"),
            Some(format!("catalogs in scope: {}", known.join(", "))),
        );
        return;
    };
    if language.is_some() {
        catalog.language.clone_from(&language);
    }
    for (id, key, value) in entries(ctx, f.get("controls"), "controls") {
        let words = overlay_words(ctx, value);
        match catalog.controls.iter_mut().find(|c| c.id == id) {
            Some(control) => {
                control.text = words.text;
                if let Some(t) = words.title {
                    control.title = t;
                }
                if let Some(s) = words.summary {
                    control.summary = s;
                }
            }
            None => {
                let full = format!("{ns}:{id}");
                let help = super::old_ids::help_2013(&full, std::slice::from_ref(&*catalog))
                    .or_else(|| {
                        crate::diag::closest(id, catalog.controls.iter().map(|c| c.id.as_str()))
                            .map(|c| format!("did you mean `{c}`?"))
                    });
                ctx.push(Diagnostic {
                    help,
                    ..Diagnostic::error(
                        Code::UnknownControl,
                        ctx.file,
                        key.pos,
                        format!("the overlay names `{ns}:{id}`, which the catalog does not have"),
                    )
                });
            }
        }
    }
}
