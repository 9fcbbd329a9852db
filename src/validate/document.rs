//! The parts of the decisions file that describe the organisation and its documents:
//! `organisation:` (with the scope statements each standard in scope needs), `document:` (the
//! document control every output carries, with its revision history) and `ai_policy:`.
//!
//! Two warnings live here because they concern the document itself: a `next_review` already past
//! on the document's date, and a revision history that does not end with the current version.

use super::fields::{list, no_explain, pos_of, Fields};
use super::read::Ctx;
use crate::diag::Code;
use crate::input::yaml::Pos;
use crate::model::{AiPolicy, AiRole, Catalog, Date, DocumentControl, Organisation, Revision};

/// Reads `organisation:`, requiring the scope statement of each standard in scope.
pub fn organisation(
    ctx: &mut Ctx<'_>,
    top: &Fields<'_>,
    catalogs: &[Catalog],
) -> Option<Organisation> {
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
    let (isms, aims) = scope(ctx, &f, scope_at);
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

/// The `isms` and `aims` statements of `organisation.scope`.
fn scope(ctx: &mut Ctx<'_>, f: &Fields<'_>, at: Pos) -> (Option<String>, Option<String>) {
    let Some(node) = f.get("scope") else {
        return (None, None);
    };
    match Fields::open(ctx, node, "`scope`", at, &["isms", "aims"], no_explain) {
        Some(s) => (
            ctx.text(s.get("isms"), "isms"),
            ctx.text(s.get("aims"), "aims"),
        ),
        None => (None, None),
    }
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

/// Reads `document:`, the document control of the statement.
pub fn document(ctx: &mut Ctx<'_>, top: &Fields<'_>) -> Option<DocumentControl> {
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
    if f.blank("approval_date") {
        ctx.missing(&f, "approval_date", "add `approval_date: YYYY-MM-DD`");
    }
    let date = ctx.date(f.get("date"), "date");
    let review_cycle = ctx.text(f.get("review_cycle"), "review_cycle");
    let next_review = ctx.date(f.get("next_review"), "next_review");
    if review_cycle.is_none() && f.blank("next_review") {
        ctx.error(
            Code::MissingField,
            at,
            "`document` says neither `review_cycle` nor `next_review`",
            Some("add `next_review: YYYY-MM-DD` or `review_cycle: Annually` (or both)".into()),
        );
    }
    let revisions = revisions(ctx, &f);
    let doc_date = date.or(approval_date);
    review_warnings(
        ctx,
        &f,
        next_review,
        doc_date,
        &revisions,
        version.as_deref(),
    );
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

/// A `next_review` already past, and a revision history that does not end with the version.
fn review_warnings(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    next_review: Option<Date>,
    doc_date: Option<Date>,
    revisions: &[Revision],
    version: Option<&str>,
) {
    if let (Some(next), Some(d)) = (next_review, doc_date) {
        if next < d {
            ctx.warning(
                Code::ReviewOverdue,
                pos_of(f, "next_review"),
                format!("`next_review` ({next}) is already past on the document's date ({d})"),
                Some("review the document and set the next review date, or correct `date`".into()),
            );
        }
    }
    if let (Some(last), Some(v)) = (revisions.last(), version) {
        if last.version != v {
            ctx.warning(
                Code::RevisionMissing,
                f.key_pos("revisions").unwrap_or(f.at),
                format!("the revision history does not end with version {v}"),
                Some(format!(
                    "add a `revisions:` entry for version \"{v}\" saying what changed"
                )),
            );
        }
    }
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
        if r.blank("date") {
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

const POLICY_FIELDS: &[&str] = &[
    "id",
    "version",
    "owner",
    "approver",
    "approval_date",
    "next_review",
    "purpose",
    "principles",
    "objectives",
    "related_policies",
    "communication",
    "exceptions",
];

/// Reads the optional `ai_policy:` block.
pub fn ai_policy(ctx: &mut Ctx<'_>, top: &Fields<'_>) -> AiPolicy {
    let Some(node) = top.get("ai_policy") else {
        return AiPolicy::default();
    };
    let at = top.key_pos("ai_policy").unwrap_or(node.pos);
    let Some(f) = Fields::open(ctx, node, "`ai_policy`", at, POLICY_FIELDS, no_explain) else {
        return AiPolicy::default();
    };
    AiPolicy {
        id: ctx.text(f.get("id"), "id"),
        version: ctx.text(f.get("version"), "version"),
        owner: ctx.text(f.get("owner"), "owner"),
        approver: ctx.text(f.get("approver"), "approver"),
        approval_date: ctx.date(f.get("approval_date"), "approval_date"),
        next_review: ctx.date(f.get("next_review"), "next_review"),
        purpose: ctx.text(f.get("purpose"), "purpose"),
        principles: ctx.texts(f.get("principles"), "principles"),
        objectives: ctx.texts(f.get("objectives"), "objectives"),
        related_policies: ctx.texts(f.get("related_policies"), "related_policies"),
        communication: ctx.text(f.get("communication"), "communication"),
        exceptions: ctx.text(f.get("exceptions"), "exceptions"),
    }
}
