//! Document control for every document of the set: its own ID, version, issue date,
//! classification, owner, approval and review, as its pages show it and as the others cite it.
//!
//! Clause 7.5.2 of both standards asks that each document be identified, versioned and
//! approved. The decisions file may give each document its own control (`ai_policy:`, an
//! assessment's `assessment:`, `documents:` for the risk treatment plan and the
//! management-system matrix); a field it leaves out is derived from the SoA's `document:`. The
//! set's register ([`register`]) is made from the same values, so a document is cited by the ID
//! and version it shows itself, and the renderers' running headers come from it too.

use super::{label, AiSystemView, Document, Label, RevisionView};
use crate::model::{AiSystem, ControlFields, Date, Revision, Soa};
use serde::Serialize;

/// One document's control.
#[derive(Debug, Clone, Serialize)]
pub struct ControlView {
    /// What the document is: `soa`, `risk_treatment_plan`, `ai_policy`,
    /// `management_system` or `ai_impact_assessment`.
    pub kind: String,
    pub id: String,
    pub title: String,
    /// The output file stem, e.g. `ai-impact-assessment-credit-scoring`.
    pub file: String,
    pub version: String,
    /// The issue date of this version.
    pub date: String,
    pub classification: String,
    pub owner: String,
    pub approver: Option<String>,
    pub approval_date: Option<String>,
    /// Where the approval is recorded (minutes, a ticket, an e-signature envelope).
    pub approval_reference: Option<String>,
    /// `approved` (it has an approval date) or `draft`.
    pub status: Label,
    pub effective_date: Option<String>,
    pub review_cycle: Option<String>,
    pub next_review: Option<String>,
    pub revisions: Vec<RevisionView>,
}

impl ControlView {
    /// Whether the document records its approval.
    pub fn approved(&self) -> bool {
        self.status.key == "approved"
    }
}

/// What a derived document is, for [`derived`].
pub struct Kind<'a> {
    pub key: &'a str,
    pub title: &'a str,
    pub file: &'a str,
    /// Appended to the SoA's ID when the document gives none: `-RTP`, `-MS`.
    pub suffix: &'a str,
}

/// A document issued with the SoA (the risk treatment plan, the matrix): each field it does
/// not give is the SoA's, its approval included unless it records an approval date of its own.
pub fn derived(soa: &Soa, c: &ControlFields, kind: &Kind<'_>) -> ControlView {
    let d = &soa.document;
    let (approval_date, reference) = match c.approval_date {
        Some(x) => (x, c.approval_reference.clone()),
        None => (
            d.approval_date,
            c.approval_reference
                .clone()
                .or(d.approval_reference.clone()),
        ),
    };
    ControlView {
        kind: kind.key.into(),
        id: c
            .id
            .clone()
            .unwrap_or_else(|| format!("{}{}", d.id, kind.suffix)),
        title: kind.title.into(),
        file: kind.file.into(),
        version: c.version.clone().unwrap_or_else(|| d.version.clone()),
        date: c.date.unwrap_or(d.date).to_string(),
        classification: or(&c.classification, &d.classification),
        owner: or(&c.owner, &d.owner),
        approver: Some(or(&c.approver, &d.approver)),
        approval_date: Some(approval_date.to_string()),
        approval_reference: reference,
        status: status(true),
        effective_date: c.effective_date.map(|x| x.to_string()),
        review_cycle: c.review_cycle.clone().or(d.review_cycle.clone()),
        next_review: c.next_review.or(d.next_review).map(|x| x.to_string()),
        revisions: revisions(&c.revisions),
    }
}

/// The AI policy: approved only when it records its own approval date, in force from its
/// `effective_date` or else that date.
pub fn policy(soa: &Soa, a22_owner: Option<String>) -> ControlView {
    let d = &soa.document;
    let c = &soa.ai_policy.control;
    ControlView {
        kind: "ai_policy".into(),
        id: c.id.clone().unwrap_or_else(|| format!("{}-AIPOL", d.id)),
        title: "AI Policy".into(),
        file: "ai-policy".into(),
        version: c.version.clone().unwrap_or_else(|| d.version.clone()),
        date: c.date.or(c.approval_date).unwrap_or(d.date).to_string(),
        classification: or(&c.classification, &d.classification),
        owner: c
            .owner
            .clone()
            .or(a22_owner)
            .unwrap_or_else(|| d.owner.clone()),
        approver: Some(or(&c.approver, &d.approver)),
        approval_date: c.approval_date.map(|x| x.to_string()),
        approval_reference: c.approval_reference.clone(),
        status: status(c.approval_date.is_some()),
        effective_date: c.effective_date.or(c.approval_date).map(|x| x.to_string()),
        review_cycle: c.review_cycle.clone().or(d.review_cycle.clone()),
        next_review: c.next_review.or(d.next_review).map(|x| x.to_string()),
        revisions: revisions(&c.revisions),
    }
}

/// An AI system's impact assessment: its record's control (issued on its approval date, else
/// its latest revision's, else the assessment's), else the SoA's version and date for an
/// assessment not yet recorded.
pub fn assessment(soa: &Soa, s: &AiSystem) -> ControlView {
    let d = &soa.document;
    let empty = ControlFields::default();
    let (c, made) = match &s.assessment {
        Some(a) => (&a.control, Some(a)),
        None => (&empty, None),
    };
    // An approved assessment is issued when approved; one in progress with its latest
    // revision, else as of the assessment's date.
    let revised = c.revisions.last().map(|r| r.date);
    let date: Date = (c.approval_date.or(revised))
        .or(made.map(|a| a.date))
        .unwrap_or(d.date);
    let owner = (c.owner.clone())
        .or(made.map(|a| a.assessor.clone()))
        .or(s.owner.clone())
        .unwrap_or_else(|| d.owner.clone());
    ControlView {
        kind: "ai_impact_assessment".into(),
        id: c
            .id
            .clone()
            .unwrap_or_else(|| format!("{}-AIIA-{}", d.id, s.id.to_uppercase())),
        title: format!("AI system impact assessment: {}", s.name),
        file: format!("ai-impact-assessment-{}", s.id),
        version: c.version.clone().unwrap_or_else(|| d.version.clone()),
        date: date.to_string(),
        classification: or(&c.classification, &d.classification),
        owner,
        approver: c.approver.clone(),
        approval_date: c.approval_date.map(|x| x.to_string()),
        approval_reference: c.approval_reference.clone(),
        status: status(c.approval_date.is_some()),
        effective_date: c.effective_date.map(|x| x.to_string()),
        review_cycle: c.review_cycle.clone(),
        next_review: c.next_review.map(|x| x.to_string()),
        revisions: revisions(&c.revisions),
    }
}

/// The SoA's own control as the register lists it.
fn soa_entry(doc: &Document) -> ControlView {
    let d = &doc.document;
    ControlView {
        kind: "soa".into(),
        id: d.id.clone(),
        title: d.title.clone(),
        file: "statement-of-applicability".into(),
        version: d.version.clone(),
        date: d.date.clone(),
        classification: d.classification.clone(),
        owner: d.owner.clone(),
        approver: Some(d.approver.clone()),
        approval_date: Some(d.approval_date.clone()),
        approval_reference: d.approval_reference.clone(),
        status: status(true),
        effective_date: d.effective_date.clone(),
        review_cycle: d.review_cycle.clone(),
        next_review: d.next_review.clone(),
        revisions: d.revisions.clone(),
    }
}

/// Every document the set holds, in the order they are written: the SoA; the risk treatment
/// plan (a register with a risk, or the toolkit set); the AI policy (ISO/IEC 42001 in scope);
/// the management-system matrix (clauses in scope); one impact assessment per AI system.
pub fn register(doc: &Document) -> Vec<ControlView> {
    let mut out = vec![soa_entry(doc)];
    if doc.blank || !doc.risks.is_empty() {
        out.push(doc.risk_plan.document.clone());
    }
    if doc.standards.iter().any(|s| s.namespace == "42001") {
        out.push(doc.ai_policy.document.clone());
    }
    if let Some(m) = &doc.management_system {
        out.push(m.document.clone());
    }
    out.extend(
        doc.ai_systems
            .iter()
            .map(|s: &AiSystemView| s.document.clone()),
    );
    out
}

/// A document of the set as another cites it.
#[derive(Debug, Clone, Serialize)]
pub struct DocRef {
    pub id: String,
    pub title: String,
    pub file: String,
    pub version: String,
}

/// Which documents of the set a management-system clause asks for: (clause, the standard
/// whose clause it is, the kinds of document). A 27001-only matrix cites no AI document.
const CITED: &[(&str, &str, &[&str])] = &[
    ("5.2", "42001", &["ai_policy"]),
    ("6.1.3", "", &["soa", "risk_treatment_plan"]),
    ("6.1.4", "42001", &["ai_impact_assessment"]),
    ("8.4", "42001", &["ai_impact_assessment"]),
];

/// Gives the matrix's rows the documents of the set their clause asks for, by the ID and
/// version each document shows itself.
pub fn cite_in_matrix(doc: &mut Document) {
    let register = doc.documents.clone();
    let Some(m) = doc.management_system.as_mut() else {
        return;
    };
    for row in m.sections.iter_mut().flat_map(|s| s.rows.iter_mut()) {
        let Some((_, ns, kinds)) = CITED.iter().find(|(id, _, _)| *id == row.id) else {
            continue;
        };
        if !ns.is_empty() && !row.standards.iter().any(|s| s == ns) {
            continue;
        }
        row.documents = (register.iter())
            .filter(|d| kinds.contains(&d.kind.as_str()))
            .map(|d| DocRef {
                id: d.id.clone(),
                title: d.title.clone(),
                file: d.file.clone(),
                version: d.version.clone(),
            })
            .collect();
    }
}

fn or(mine: &Option<String>, soa: &str) -> String {
    mine.clone().unwrap_or_else(|| soa.to_string())
}

fn status(approved: bool) -> Label {
    if approved {
        label("approved", "Approved")
    } else {
        label("draft", "Draft")
    }
}

pub(super) fn revisions(r: &[Revision]) -> Vec<RevisionView> {
    r.iter()
        .map(|r| RevisionView {
            version: r.version.clone(),
            date: r.date.to_string(),
            author: r.author.clone(),
            changes: r.changes.clone(),
        })
        .collect()
}
