//! Validate: YAML trees → the domain model ([`Soa`]), with every problem as a diagnostic.
//!
//! The walk never stops at the first problem: each part of the decisions file is read as far as
//! it can be, and cross-references (risks, AI systems, controls of every catalog in scope) are
//! checked once all parts are read. A [`Soa`] is returned only when there is no error; warnings
//! (an overdue review, a planned date already past) leave it usable.

mod catalog;
mod controls;
mod inventory;
mod mgmt;
mod read;
mod relations;
#[cfg(test)]
mod tests;
mod theme;

use crate::diag::{Code, Diagnostics, Sources};
use crate::input::yaml::{Node, Pos};
use crate::input::Loaded;
use crate::model::{Catalog, Date, DocumentControl, Organisation, Revision, Risk, Soa};
use read::{list, no_explain, Ctx, Fields};

pub use catalog::catalog as read_catalog;

/// The result of validation: the model when the input has no error, and every diagnostic.
#[derive(Debug, Clone)]
pub struct Validated {
    pub soa: Option<Soa>,
    pub diagnostics: Diagnostics,
    pub sources: Sources,
    /// The branding, when the decisions file has a valid `theme:`.
    pub theme: Option<crate::model::theme::Theme>,
}

const TOP_FIELDS: &[&str] = &[
    "organisation",
    "document",
    "catalogs",
    "overlays",
    "templates",
    "risks",
    "defaults",
    "controls",
    "additional_controls",
    "ai_systems",
    "ai_policy",
    "management_system",
    "relations",
    "theme",
];

fn explain_top(name: &str) -> Option<String> {
    match name {
        "organization" => Some("annexa spells it `organisation`".into()),
        "control" | "decisions" => Some("decisions go under `controls:`".into()),
        _ => None,
    }
}

/// Validates a theme read on its own ([`crate::input::load_theme`]); `soa` stays `None`.
pub fn validate_theme(loaded: Loaded) -> Validated {
    let Loaded {
        sources,
        mut diagnostics,
        theme: source,
        ..
    } = loaded;
    let theme = source.as_ref().and_then(|t| {
        let mut ctx = Ctx {
            file: t.tree.file,
            diags: &mut diagnostics,
        };
        theme::theme(&mut ctx, t)
    });
    Validated {
        soa: None,
        theme: theme.filter(|_| diagnostics.errors() == 0),
        diagnostics,
        sources,
    }
}

/// Validates everything [`crate::input::load`] read.
pub fn validate(loaded: Loaded) -> Validated {
    let Loaded {
        sources,
        mut diagnostics,
        decisions,
        catalogs: named_catalogs,
        overlays,
        relations,
        theme: theme_source,
        ..
    } = loaded;
    let Some(tree) = decisions else {
        return Validated {
            soa: None,
            diagnostics,
            sources,
            theme: None,
        };
    };
    let mut catalogs = Vec::new();
    // Without the catalogs in scope, every control ID would look unknown: when one cannot be
    // read, or none is named, control IDs are not checked (the reason is reported instead).
    let mut catalogs_ok = !named_catalogs.is_empty();
    for named in &named_catalogs {
        let Some(t) = &named.tree else {
            catalogs_ok = false;
            continue;
        };
        let mut ctx = Ctx {
            file: t.file,
            diags: &mut diagnostics,
        };
        match catalog::catalog(&mut ctx, &named.key, t) {
            Some(c)
                if catalogs
                    .iter()
                    .any(|o: &Catalog| o.namespace == c.namespace) =>
            {
                ctx.file = tree.file;
                ctx.error(
                    Code::DuplicateCatalog,
                    named.pos,
                    format!("catalog namespace `{}` is in scope twice", c.namespace),
                    Some("list each catalog once under `catalogs:`".into()),
                );
            }
            Some(c) => catalogs.push(c),
            None => catalogs_ok = false,
        }
    }
    for named in &overlays {
        if let Some(t) = &named.tree {
            let mut ctx = Ctx {
                file: t.file,
                diags: &mut diagnostics,
            };
            catalog::overlay(&mut ctx, t, &mut catalogs);
        }
    }
    let mut ctx = Ctx {
        file: tree.file,
        diags: &mut diagnostics,
    };
    let relations = match (&relations, catalogs_ok) {
        (Some(named), true) => relations::relations(&mut ctx, named, &catalogs),
        _ => None,
    };
    let soa = decisions_file(&mut ctx, &tree.root, catalogs, catalogs_ok, relations);
    let theme = theme_source.as_ref().and_then(|t| {
        let mut ctx = Ctx {
            file: t.tree.file,
            diags: &mut diagnostics,
        };
        theme::theme(&mut ctx, t)
    });
    let soa = soa.filter(|_| diagnostics.errors() == 0);
    Validated {
        soa,
        diagnostics,
        sources,
        theme,
    }
}

fn decisions_file(
    ctx: &mut Ctx<'_>,
    root: &Node,
    catalogs: Vec<Catalog>,
    catalogs_ok: bool,
    relations: Option<crate::model::Relations>,
) -> Option<Soa> {
    let f = Fields::open(
        ctx,
        root,
        "the decisions file",
        root.pos,
        TOP_FIELDS,
        explain_top,
    )?;
    let organisation = organisation(ctx, &f, &catalogs);
    let document = document(ctx, &f);
    let listed = list(ctx, f.get("catalogs"), "catalogs")
        .iter()
        .filter(|item| ctx.text(Some(item), "catalogs").is_some())
        .count();
    let wrong_type = f
        .get("catalogs")
        .is_some_and(|n| !matches!(n.kind, crate::input::yaml::Kind::Seq(_)));
    if listed == 0 && !wrong_type {
        ctx.missing(
            &f,
            "catalogs",
            "list the catalogs in scope, e.g. `catalogs: [iso27001-2022, iso42001-2023]`",
        );
    }
    if !f.has("controls") {
        ctx.missing(
            &f,
            "controls",
            "add `controls:` with one decision per control (`annexa init` writes them all)",
        );
    }
    let _ = list(ctx, f.get("overlays"), "overlays");
    let templates = ctx.text(f.get("templates"), "templates");
    let risks = risks(ctx, &f);
    let ai_systems = inventory::ai_systems(
        ctx,
        &f,
        Some(catalogs.as_slice()).filter(|_| catalogs_ok),
        document.as_ref().map(|d| d.date),
    );
    let refs = controls::Refs {
        risks: &risks,
        ai_systems: &ai_systems,
        doc_date: document.as_ref().map(|d| d.date),
    };
    let decisions = if catalogs_ok {
        controls::controls(ctx, &f, &catalogs, &refs)
    } else {
        Vec::new()
    };
    let additional = inventory::additional(ctx, &f, &catalogs, &refs);
    let ai_policy = inventory::ai_policy(ctx, &f);
    let management_system = if catalogs_ok {
        mgmt::management_system(ctx, &f, &catalogs)
    } else {
        Vec::new()
    };
    let _ = ctx.text(f.get("relations"), "relations");
    if let Some(r) = &relations {
        let keys = relations::decision_keys(f.get("controls"));
        relations::excluded_support(ctx, r, &decisions, &keys);
    }
    Some(Soa {
        organisation: organisation?,
        document: document?,
        catalogs,
        risks,
        decisions,
        additional,
        ai_systems,
        ai_policy,
        templates,
        management_system,
        relations,
    })
}

fn organisation(ctx: &mut Ctx<'_>, top: &Fields<'_>, catalogs: &[Catalog]) -> Option<Organisation> {
    let Some(node) = top.get("organisation") else {
        ctx.missing(
            top,
            "organisation",
            "add `organisation:` with `name:`, `scope:` and `ai_roles:`",
        );
        return None;
    };
    let at = top.key_pos("organisation").unwrap_or(node.pos);
    let f = Fields::open(
        ctx,
        node,
        "`organisation`",
        at,
        &["name", "scope", "ai_roles"],
        no_explain,
    )?;
    let name = ctx.req_text(&f, "name", "add `name:`, the organisation's name");
    let scope_at = f.key_pos("scope").unwrap_or(at);
    let (isms, aims) = match f.get("scope") {
        Some(node) => match Fields::open(
            ctx,
            node,
            "`scope`",
            scope_at,
            &["isms", "aims"],
            no_explain,
        ) {
            Some(s) => (
                ctx.text(s.get("isms"), "isms"),
                ctx.text(s.get("aims"), "aims"),
            ),
            None => (None, None),
        },
        None => (None, None),
    };
    let in_scope = |ns: &str| catalogs.iter().any(|c| c.namespace == ns);
    if in_scope("27001") && isms.is_none() {
        ctx.error(
            Code::MissingField,
            scope_at,
            "ISO/IEC 27001 is in scope but `scope` has no `isms` statement",
            Some("add `isms:` under `scope:`: the boundaries of the information security management system".into()),
        );
    }
    if in_scope("42001") && aims.is_none() {
        ctx.error(
            Code::MissingField,
            scope_at,
            "ISO/IEC 42001 is in scope but `scope` has no `aims` statement",
            Some("add `aims:` under `scope:`: the boundaries of the AI management system".into()),
        );
    }
    use crate::model::AiRole;
    let ai_roles = ctx.keywords(f.get("ai_roles"), "ai_roles", AiRole::parse, AiRole::KEYS);
    if in_scope("42001") && ai_roles.is_empty() {
        ctx.error(
            Code::MissingField,
            f.key_pos("ai_roles").unwrap_or(at),
            "ISO/IEC 42001 is in scope but `organisation` has no `ai_roles`",
            Some(format!(
                "list the organisation's roles toward AI, from: {}",
                AiRole::KEYS.join(", ")
            )),
        );
    }
    Some(Organisation {
        name: name?,
        isms_scope: isms,
        aims_scope: aims,
        ai_roles,
    })
}

const DOCUMENT_FIELDS: &[&str] = &[
    "id",
    "title",
    "version",
    "date",
    "classification",
    "owner",
    "approver",
    "approval_date",
    "review_cycle",
    "next_review",
    "revisions",
];

fn document(ctx: &mut Ctx<'_>, top: &Fields<'_>) -> Option<DocumentControl> {
    let Some(node) = top.get("document") else {
        ctx.missing(
            top,
            "document",
            "add `document:` with the document-control fields (see examples/README.md)",
        );
        return None;
    };
    let at = top.key_pos("document").unwrap_or(node.pos);
    let f = Fields::open(ctx, node, "`document`", at, DOCUMENT_FIELDS, no_explain)?;
    let id = ctx.req_text(
        &f,
        "id",
        "add `id:`, the document's reference, e.g. ISMS-SOA-001",
    );
    let title = ctx.text(f.get("title"), "title");
    let version = ctx.req_text(
        &f,
        "version",
        "add `version: \"1.0\"` (quoted, so YAML keeps it as text)",
    );
    let classification = ctx.req_text(
        &f,
        "classification",
        "add `classification:`, e.g. Internal or Confidential",
    );
    let owner = ctx.req_text(&f, "owner", "add `owner:`, the role that owns the document");
    let approver = ctx.req_text(&f, "approver", "add `approver:`, the role that approved it");
    let approval_date = ctx.date(f.get("approval_date"), "approval_date");
    if f.get("approval_date").is_none() {
        ctx.missing(&f, "approval_date", "add `approval_date: YYYY-MM-DD`");
    }
    let date = ctx.date(f.get("date"), "date");
    let review_cycle = ctx.text(f.get("review_cycle"), "review_cycle");
    let next_review = ctx.date(f.get("next_review"), "next_review");
    if review_cycle.is_none() && f.get("next_review").is_none() {
        ctx.error(
            Code::MissingField,
            at,
            "`document` says neither `review_cycle` nor `next_review`",
            Some("add `next_review: YYYY-MM-DD` or `review_cycle: Annually` (or both)".into()),
        );
    }
    let revisions = revisions(ctx, &f);
    let doc_date = date.or(approval_date);
    if let (Some(next), Some(d)) = (next_review, doc_date) {
        if next < d {
            ctx.warning(
                Code::ReviewOverdue,
                f.get("next_review").map_or(at, |n| n.pos),
                format!("`next_review` ({next}) is already past on the document's date ({d})"),
                Some("review the document and set the next review date, or correct `date`".into()),
            );
        }
    }
    if let (Some(last), Some(v)) = (revisions.last(), &version) {
        if &last.version != v {
            ctx.warning(
                Code::RevisionMissing,
                f.key_pos("revisions").unwrap_or(at),
                format!("the revision history does not end with version {v}"),
                Some(format!(
                    "add a `revisions:` entry for version \"{v}\" saying what changed"
                )),
            );
        }
    }
    Some(DocumentControl {
        id: id?,
        title,
        version: version?,
        date: doc_date?,
        classification: classification?,
        owner: owner?,
        approver: approver?,
        approval_date: approval_date?,
        review_cycle,
        next_review,
        revisions,
    })
}

fn revisions(ctx: &mut Ctx<'_>, f: &Fields<'_>) -> Vec<Revision> {
    let mut out = Vec::new();
    for item in list(ctx, f.get("revisions"), "revisions") {
        let known = ["version", "date", "author", "changes"];
        let Some(r) = Fields::open(ctx, item, "a revision", item.pos, &known, no_explain) else {
            continue;
        };
        let version = ctx.req_text(&r, "version", "add `version:`");
        let date = ctx.date(r.get("date"), "date");
        if r.get("date").is_none() {
            ctx.missing(&r, "date", "add `date: YYYY-MM-DD`");
        }
        let changes = ctx.req_text(&r, "changes", "add `changes:`, what this version changed");
        let author = ctx.text(r.get("author"), "author");
        if let (Some(version), Some(date), Some(changes)) = (version, date, changes) {
            out.push(Revision {
                version,
                date,
                author,
                changes,
            });
        }
    }
    out
}

fn risks(ctx: &mut Ctx<'_>, f: &Fields<'_>) -> Vec<Risk> {
    read::id_title_list(ctx, f.get("risks"), "risks", "risk", "R-01")
        .into_iter()
        .map(|(id, title)| Risk { id, title })
        .collect()
}

/// A date-shaped value used in a check, for messages.
pub(crate) fn past(date: Date, reference: Option<Date>) -> bool {
    reference.is_some_and(|r| date < r)
}

/// The position of a field's value, or of its record.
pub(crate) fn pos_of(f: &Fields<'_>, name: &str) -> Pos {
    f.get(name).map_or(f.at, |n| n.pos)
}

/// The shipped Annex A relations over `catalogs`, for the toolkit set (no decisions file);
/// `None` when a catalog it names is not among them.
pub fn shipped_relations(catalogs: &[Catalog]) -> Option<crate::model::Relations> {
    let mut sources = Sources::default();
    let (name, text) = crate::input::RELATIONS;
    let file = sources.add(name, text);
    let root = crate::input::yaml::parse(text).ok()?;
    let named = crate::input::Named {
        key: crate::input::BUILTIN_RELATIONS.to_string(),
        pos: Pos::default(),
        tree: Some(crate::input::Tree { file, root }),
    };
    let mut diags = Diagnostics::default();
    let mut ctx = Ctx {
        file,
        diags: &mut diags,
    };
    relations::relations(&mut ctx, &named, catalogs)
}

/// Validates catalogs loaded on their own (for `annexa catalog`); invalid ones are left out.
pub fn validate_catalogs(loaded: Loaded) -> Vec<Catalog> {
    let mut diags = Diagnostics::default();
    loaded
        .catalogs
        .iter()
        .filter_map(|named| {
            let tree = named.tree.as_ref()?;
            let mut ctx = Ctx {
                file: tree.file,
                diags: &mut diags,
            };
            catalog::catalog(&mut ctx, &named.key, tree)
        })
        .collect()
}
