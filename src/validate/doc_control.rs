//! Document control, read the same way for every document of the set: the SoA's `document:`,
//! the AI policy's `ai_policy:`, an impact assessment's `assessment:` and the `documents:`
//! section (the risk treatment plan and the management-system matrix, which have no section
//! of their own).
//!
//! Each may give its own ID, version, issue date, classification, owner, approval (approver,
//! date, reference), effective date, review and revision history; what it leaves out is
//! derived from the SoA's when the documents are merged. The two warnings about a document's
//! own control live here too, so every document gets them: a `next_review` already past, and
//! a revision history that does not end with the current version.

use super::fields::{list, no_explain, pos_of, Fields};
use super::read::Ctx;
use crate::diag::Code;
use crate::input::yaml::{Kind, Node, Pos};
use crate::model::{ControlFields, Date, Documents, Revision};

/// The fields every document's control may have (`assessment:` reads `date` as the date of the
/// assessment, which is also its issue date).
pub const CONTROL_FIELDS: &[&str] = &[
    "id",
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
];

/// The documents `documents:` may describe, as the file names them.
const DOCUMENTS: &[&str] = &["risk_treatment_plan", "management_system"];

/// Reads the document-control fields of an opened record, every one optional.
pub fn read(ctx: &mut Ctx<'_>, f: &Fields<'_>) -> ControlFields {
    ControlFields {
        id: ctx.text(f.get("id"), "id"),
        version: ctx.text(f.get("version"), "version"),
        date: ctx.date(f.get("date"), "date"),
        classification: ctx.text(f.get("classification"), "classification"),
        owner: ctx.text(f.get("owner"), "owner"),
        approver: ctx.text(f.get("approver"), "approver"),
        approval_date: ctx.date(f.get("approval_date"), "approval_date"),
        approval_reference: ctx.text(f.get("approval_reference"), "approval_reference"),
        effective_date: ctx.date(f.get("effective_date"), "effective_date"),
        review_cycle: ctx.text(f.get("review_cycle"), "review_cycle"),
        next_review: ctx.date(f.get("next_review"), "next_review"),
        revisions: revisions(ctx, f),
    }
}

/// Reads `documents:`: `risk_treatment_plan:` and `management_system:`, each a document
/// control record.
pub fn documents(ctx: &mut Ctx<'_>, top: &Fields<'_>, soa: SoaFacts<'_>) -> Documents {
    let Some(node) = top.get("documents") else {
        return Documents::default();
    };
    let at = top.key_pos("documents").unwrap_or(node.pos);
    let Some(f) = Fields::open(ctx, node, "`documents`", at, DOCUMENTS, no_explain) else {
        return Documents::default();
    };
    let mut one = |name: &str| {
        let Some(node) = f.get(name) else {
            return ControlFields::default();
        };
        let at = f.key_pos(name).unwrap_or(node.pos);
        let what = format!("`documents.{name}`");
        let Some(d) = Fields::open(ctx, node, what, at, CONTROL_FIELDS, no_explain) else {
            return ControlFields::default();
        };
        let c = read(ctx, &d);
        let version = c.version.as_deref().unwrap_or(soa.version);
        warnings(ctx, &d, c.next_review, soa.date, &c.revisions, version);
        c
    };
    Documents {
        risk_treatment_plan: one("risk_treatment_plan"),
        management_system: one("management_system"),
    }
}

/// What a document's control falls back to: the SoA's version, and its date (the date a
/// `next_review` is judged on, for every document of the set).
#[derive(Debug, Clone, Copy)]
pub struct SoaFacts<'a> {
    pub version: &'a str,
    pub date: Option<Date>,
}

/// A `next_review` already past on the document's date, and a revision history that does not
/// end with the version.
pub fn warnings(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    next_review: Option<Date>,
    doc_date: Option<Date>,
    revisions: &[Revision],
    version: &str,
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
    if let Some(last) = revisions.last() {
        if last.version != version {
            ctx.warning(
                Code::RevisionMissing,
                f.key_pos("revisions").unwrap_or(f.at),
                format!("the revision history does not end with version {version}"),
                Some(format!(
                    "add a `revisions:` entry for version \"{version}\" saying what changed"
                )),
            );
        }
    }
}

/// A `revisions:` list: version, date and changes required, author optional.
pub fn revisions(ctx: &mut Ctx<'_>, f: &Fields<'_>) -> Vec<Revision> {
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

/// Where a key of a mapping node is written, without reporting anything (the record was read,
/// and reported on, already).
pub fn key_pos(node: &Node, name: &str) -> Option<Pos> {
    match &node.kind {
        Kind::Map(entries) => entries
            .iter()
            .find(|(k, _)| k.scalar() == Some(name))
            .map(|(k, _)| k.pos),
        _ => None,
    }
}
