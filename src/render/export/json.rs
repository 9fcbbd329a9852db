//! JSON: the merged SoA under the versioned schema [`SCHEMA`] (`annexa.soa/v2`).
//!
//! The export is a public contract, so it has its own structs instead of serialising the
//! template view model: a field added to `Document` for a template changes nothing here. Every
//! field is always present (`null` when absent) and keeps the order below. A change that
//! removes, renames or retypes a field is a new schema version; adding a field is not (v2 made
//! `evidence` a list of records and `risks` the full register, and added `risk_criteria`).
//! `docs/export.md` documents each field, `schema/soa-v2.schema.json` is its JSON Schema; the
//! risk register's part is in [`super::json_risks`].

use super::json_risks::{criteria, risk, Criteria, Evidence, Risk};
use crate::merge::{self, Document};
use serde::Serialize;

/// The value of the top-level `schema` key.
pub const SCHEMA: &str = "annexa.soa/v2";

/// The JSON Schema (draft 2020-12) of [`SCHEMA`], `schema/soa-v1.schema.json`, for shipping
/// beside the export.
pub const JSON_SCHEMA: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/schema/soa-v2.schema.json"
));

/// The SoA as pretty-printed JSON with a final newline (`statement-of-applicability.json`).
pub fn json(doc: &Document) -> Vec<u8> {
    // Strings, numbers, booleans and lists only: serialising cannot fail.
    let mut out = serde_json::to_vec_pretty(&Soa::from(doc)).unwrap_or_default();
    out.push(b'\n');
    out
}

#[derive(Serialize)]
struct Soa<'a> {
    schema: &'static str,
    generator: Generator<'a>,
    generated: &'a str,
    blank: bool,
    organisation: Organisation<'a>,
    document: DocumentControl<'a>,
    totals: Counts,
    standards: Vec<Standard<'a>>,
    additional_controls: Vec<Control<'a>>,
    risk_criteria: Criteria<'a>,
    risks: Vec<Risk<'a>>,
    ai_systems: Vec<AiSystem<'a>>,
}

#[derive(Serialize)]
struct Generator<'a> {
    name: &'static str,
    version: &'a str,
}

#[derive(Serialize)]
pub(super) struct Label<'a> {
    key: &'a str,
    label: &'a str,
}

pub(super) fn label(l: &merge::Label) -> Label<'_> {
    Label {
        key: &l.key,
        label: &l.label,
    }
}

#[derive(Serialize)]
struct Organisation<'a> {
    name: &'a str,
    isms_scope: Option<&'a str>,
    aims_scope: Option<&'a str>,
    ai_roles: Vec<Label<'a>>,
}

#[derive(Serialize)]
struct DocumentControl<'a> {
    id: &'a str,
    title: &'a str,
    version: &'a str,
    date: &'a str,
    classification: &'a str,
    owner: &'a str,
    approver: &'a str,
    approval_date: &'a str,
    review_cycle: Option<&'a str>,
    next_review: Option<&'a str>,
    revisions: Vec<Revision<'a>>,
}

#[derive(Serialize)]
struct Revision<'a> {
    version: &'a str,
    date: &'a str,
    author: Option<&'a str>,
    changes: &'a str,
}

#[derive(Serialize)]
struct Standard<'a> {
    namespace: &'a str,
    key: &'a str,
    name: &'a str,
    standard: &'a str,
    group_label: &'a str,
    counts: Counts,
    summary: Vec<GroupSummary<'a>>,
    groups: Vec<Group<'a>>,
}

#[derive(Serialize)]
struct GroupSummary<'a> {
    id: &'a str,
    title: &'a str,
    counts: Counts,
}

#[derive(Serialize)]
struct Group<'a> {
    id: &'a str,
    title: &'a str,
    parent: Option<&'a str>,
    counts: Counts,
    controls: Vec<Control<'a>>,
}

#[derive(Serialize)]
struct Control<'a> {
    id: &'a str,
    local_id: &'a str,
    title: &'a str,
    summary: &'a str,
    text: Option<&'a str>,
    /// `null` only in the blank toolkit set, where nothing is decided.
    applicable: Option<bool>,
    reasons: Vec<Label<'a>>,
    risks: Vec<RiskRef<'a>>,
    justification: Option<&'a str>,
    status: Option<Label<'a>>,
    target_date: Option<&'a str>,
    status_reason: Option<&'a str>,
    owner: Option<&'a str>,
    implementation: Option<&'a str>,
    evidence: Vec<Evidence<'a>>,
    last_review: Option<&'a str>,
    notes: Option<&'a str>,
    source: Option<&'a str>,
    ai_systems: Vec<SystemRef<'a>>,
}

#[derive(Serialize)]
struct RiskRef<'a> {
    id: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
pub(super) struct SystemRef<'a> {
    pub(super) id: &'a str,
    pub(super) name: &'a str,
}

/// Our own copy of the counts, so a field added to the view model's `Counts` does not change
/// the contract.
#[derive(Serialize)]
struct Counts {
    total: usize,
    applicable: usize,
    excluded: usize,
    implemented: usize,
    partial: usize,
    planned: usize,
    not_implemented: usize,
}

fn counts(c: &merge::Counts) -> Counts {
    Counts {
        total: c.total,
        applicable: c.applicable,
        excluded: c.excluded,
        implemented: c.implemented,
        partial: c.partial,
        planned: c.planned,
        not_implemented: c.not_implemented,
    }
}

#[derive(Serialize)]
struct AiSystem<'a> {
    id: &'a str,
    name: &'a str,
    purpose: &'a str,
    description: Option<&'a str>,
    owner: Option<&'a str>,
    roles: Vec<Label<'a>>,
    lifecycle_stage: Label<'a>,
    autonomy: &'a str,
    human_oversight: &'a str,
    jurisdictions: &'a [String],
    impact_assessment: ImpactAssessment<'a>,
    controls: Vec<&'a str>,
}

#[derive(Serialize)]
struct ImpactAssessment<'a> {
    document_id: &'a str,
    assessor: Option<&'a str>,
    date: Option<&'a str>,
    approver: Option<&'a str>,
    approval_date: Option<&'a str>,
    next_review: Option<&'a str>,
}

pub(super) fn s(o: &Option<String>) -> Option<&str> {
    o.as_deref()
}

impl<'a> From<&'a Document> for Soa<'a> {
    fn from(doc: &'a Document) -> Self {
        let o = &doc.organisation;
        let d = &doc.document;
        Soa {
            schema: SCHEMA,
            generator: Generator {
                name: "annexa",
                version: &doc.annexa_version,
            },
            generated: &doc.generated,
            blank: doc.blank,
            organisation: Organisation {
                name: &o.name,
                isms_scope: s(&o.isms_scope),
                aims_scope: s(&o.aims_scope),
                ai_roles: o.ai_roles.iter().map(label).collect(),
            },
            document: DocumentControl {
                id: &d.id,
                title: &d.title,
                version: &d.version,
                date: &d.date,
                classification: &d.classification,
                owner: &d.owner,
                approver: &d.approver,
                approval_date: &d.approval_date,
                review_cycle: s(&d.review_cycle),
                next_review: s(&d.next_review),
                revisions: d
                    .revisions
                    .iter()
                    .map(|r| Revision {
                        version: &r.version,
                        date: &r.date,
                        author: s(&r.author),
                        changes: &r.changes,
                    })
                    .collect(),
            },
            totals: counts(&doc.totals),
            standards: doc.standards.iter().map(|x| standard(doc, x)).collect(),
            additional_controls: doc
                .additional_controls
                .iter()
                .map(|r| control(doc, r))
                .collect(),
            risk_criteria: criteria(&doc.risk_plan.criteria),
            risks: doc.risks.iter().map(risk).collect(),
            ai_systems: doc.ai_systems.iter().map(ai_system).collect(),
        }
    }
}

fn standard<'a>(doc: &'a Document, x: &'a merge::StandardView) -> Standard<'a> {
    Standard {
        namespace: &x.namespace,
        key: &x.key,
        name: &x.name,
        standard: &x.standard,
        group_label: &x.group_label,
        counts: counts(&x.counts),
        summary: x
            .summary
            .iter()
            .map(|g| GroupSummary {
                id: &g.id,
                title: &g.title,
                counts: counts(&g.counts),
            })
            .collect(),
        groups: x
            .groups
            .iter()
            .map(|g| Group {
                id: &g.id,
                title: &g.title,
                parent: s(&g.parent),
                counts: counts(&g.counts),
                controls: g.controls.iter().map(|r| control(doc, r)).collect(),
            })
            .collect(),
    }
}

fn control<'a>(doc: &Document, r: &'a merge::ControlRow) -> Control<'a> {
    Control {
        id: &r.id,
        local_id: &r.local_id,
        title: &r.title,
        summary: &r.summary,
        text: s(&r.text),
        applicable: (!doc.blank && !r.undecided).then_some(r.applicable),
        reasons: r.reasons.iter().map(label).collect(),
        risks: r
            .risks
            .iter()
            .map(|k| RiskRef {
                id: &k.id,
                title: &k.title,
            })
            .collect(),
        justification: s(&r.justification),
        status: r.status.as_ref().map(label),
        target_date: s(&r.target_date),
        status_reason: s(&r.status_reason),
        owner: s(&r.owner),
        implementation: s(&r.implementation),
        evidence: r.evidence_items.iter().map(Evidence::from).collect(),
        last_review: s(&r.last_review),
        notes: s(&r.notes),
        source: s(&r.source),
        ai_systems: r
            .ai_systems
            .iter()
            .map(|a| SystemRef {
                id: &a.id,
                name: &a.name,
            })
            .collect(),
    }
}

fn ai_system(a: &merge::AiSystemView) -> AiSystem<'_> {
    let made = a.assessment.as_ref();
    AiSystem {
        id: &a.id,
        name: &a.name,
        purpose: &a.purpose,
        description: s(&a.description),
        owner: s(&a.owner),
        roles: a.roles.iter().map(label).collect(),
        lifecycle_stage: label(&a.lifecycle_stage),
        autonomy: &a.autonomy,
        human_oversight: &a.human_oversight,
        jurisdictions: &a.jurisdictions,
        impact_assessment: ImpactAssessment {
            document_id: &a.document_id,
            assessor: made.map(|m| m.assessor.as_str()),
            date: made.map(|m| m.date.as_str()),
            approver: made.and_then(|m| s(&m.approver)),
            approval_date: made.and_then(|m| s(&m.approval_date)),
            next_review: made.and_then(|m| s(&m.next_review)),
        },
        controls: a.controls.iter().map(|c| c.id.as_str()).collect(),
    }
}
