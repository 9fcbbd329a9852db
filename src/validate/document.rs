//! The parts of the decisions file that describe the organisation and its documents:
//! `organisation:` (with the scope statements each standard in scope needs), `document:` (the
//! SoA's document control, with its revision history, which the other documents default to)
//! and `ai_policy:` (the policy's own document control and words).
//!
//! Document control is read the same way for every document ([`doc_control`]), with its two
//! warnings: a `next_review` already past on the document's date, and a revision history that
//! does not end with the current version.

use super::doc_control;
use super::fields::{no_explain, Fields};
use super::read::Ctx;
use crate::diag::Code;
use crate::input::yaml::Pos;
use crate::model::{AiPolicy, AiRole, Catalog, DocumentControl, Organisation};

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
    "approval_reference",
    "effective_date",
    "review_cycle",
    "next_review",
    "revisions",
    "language",
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
    let revisions = doc_control::revisions(ctx, &f);
    let doc_date = date.or(approval_date);
    if let Some(v) = version.as_deref() {
        doc_control::warnings(ctx, &f, next_review, doc_date, &revisions, v);
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
        approval_reference: ctx.text(f.get("approval_reference"), "approval_reference"),
        effective_date: ctx.date(f.get("effective_date"), "effective_date"),
        review_cycle,
        next_review,
        revisions,
        language: language(ctx, &f),
    })
}

/// `language:`: a language tag (`de`, `fr-CA`): letters, digits and hyphens, starting with a
/// two- or three-letter language code. Whether messages exist for it is judged when the
/// message files are read.
fn language(ctx: &mut Ctx<'_>, f: &Fields<'_>) -> Option<String> {
    let tag = ctx.text(f.get("language"), "language")?;
    let primary = tag.split('-').next().unwrap_or_default();
    let ok = (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && tag
            .split('-')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if !ok {
        let at = f
            .get("language")
            .map_or_else(|| f.key_pos("language").unwrap_or_default(), |n| n.pos);
        ctx.error(
            Code::UnknownValue,
            at,
            format!("`language: {tag}` is not a language tag"),
            Some(format!(
                "write a language code such as {} (optionally with a region, e.g. `de-AT`)",
                crate::i18n::shipped_codes().join(", ")
            )),
        );
        return None;
    }
    Some(tag)
}

/// The AI policy's own words; its document control is [`doc_control::CONTROL_FIELDS`].
const POLICY_WORDS: &[&str] = &[
    "purpose",
    "principles",
    "objectives",
    "related_policies",
    "communication",
    "exceptions",
];

/// Reads the optional `ai_policy:` block: its document control and its words. `soa` gives
/// what its control falls back to, for the review and revision warnings.
pub fn ai_policy(ctx: &mut Ctx<'_>, top: &Fields<'_>, soa: doc_control::SoaFacts<'_>) -> AiPolicy {
    let Some(node) = top.get("ai_policy") else {
        return AiPolicy::default();
    };
    let at = top.key_pos("ai_policy").unwrap_or(node.pos);
    let known: Vec<&str> = (doc_control::CONTROL_FIELDS.iter())
        .chain(POLICY_WORDS)
        .copied()
        .collect();
    let Some(f) = Fields::open(ctx, node, "`ai_policy`", at, &known, no_explain) else {
        return AiPolicy::default();
    };
    let control = doc_control::read(ctx, &f);
    let version = control.version.as_deref().unwrap_or(soa.version);
    let (next, revisions) = (control.next_review, &control.revisions);
    doc_control::warnings(ctx, &f, next, soa.date, revisions, version);
    AiPolicy {
        control,
        purpose: ctx.text(f.get("purpose"), "purpose"),
        principles: ctx.texts(f.get("principles"), "principles"),
        objectives: ctx.texts(f.get("objectives"), "objectives"),
        related_policies: ctx.texts(f.get("related_policies"), "related_policies"),
        communication: ctx.text(f.get("communication"), "communication"),
        exceptions: ctx.text(f.get("exceptions"), "exceptions"),
    }
}
