//! The toolkit set (`annexa build --blank`): every document with no organisation data.
//!
//! Toolkit vendors ship these to customers to fill in. Every control of the shipped catalogs is
//! listed undecided, every organisation-specific field is a visible placeholder, and one
//! impact-assessment template stands for "each AI system". Nothing from any decisions file can
//! reach these documents: they are built from the catalogs alone.

use super::{merge, Document, Options};
use crate::model::{
    Applicability, Catalog, ControlId, Date, Decision, DocumentControl, Lifecycle, Organisation,
    Relations, Soa,
};

/// The text shown where the organisation must write something.
pub const TODO: &str = "[To complete]";

fn todo(what: &str) -> String {
    format!("{TODO} {what}")
}

/// The view model of the toolkit set over the given catalogs and the relations between them.
pub fn blank(catalogs: Vec<Catalog>, relations: Option<Relations>) -> Document {
    let decisions = catalogs
        .iter()
        .flat_map(|c| {
            c.controls.iter().map(|x| Decision {
                id: ControlId {
                    namespace: c.namespace.clone(),
                    local: x.id.clone(),
                },
                applicability: Applicability::Excluded,
                justification: None,
                notes: None,
                ai_systems: Vec::new(),
            })
        })
        .collect();
    let placeholder_date = Date {
        year: 2000,
        month: 1,
        day: 1,
    };
    let has = |ns: &str| catalogs.iter().any(|c| c.namespace == ns);
    let soa = Soa {
        organisation: Organisation {
            name: "[Organisation name]".into(),
            isms_scope: has("27001")
                .then(|| todo("The boundaries of the information security management system: organisation units, locations, services, systems and interfaces in scope, and what is outside it.")),
            aims_scope: has("42001")
                .then(|| todo("The boundaries of the AI management system: the AI systems, activities and roles it covers.")),
            ai_roles: Vec::new(),
        },
        documents: Default::default(),
        document: DocumentControl {
            id: "[Document ID]".into(),
            title: None,
            version: "[Version]".into(),
            date: placeholder_date,
            classification: "[Classification]".into(),
            owner: "[Owner role]".into(),
            approver: "[Approver role]".into(),
            approval_date: placeholder_date,
            approval_reference: None,
            effective_date: None,
            review_cycle: Some("[Review cycle, e.g. annually and after significant change]".into()),
            next_review: None,
            revisions: Vec::new(),
        },
        catalogs,
        risks: Vec::new(),
        risk_criteria: crate::model::RiskCriteria::standard(),
        decisions,
        additional: Vec::new(),
        ai_systems: vec![crate::model::AiSystem {
            id: "template".into(),
            name: "[AI system name]".into(),
            purpose: todo("What the system is for and its intended use."),
            description: None,
            intended_users: Vec::new(),
            affected_parties: Vec::new(),
            vulnerable_groups: Vec::new(),
            roles: Vec::new(),
            data: Vec::new(),
            models: Vec::new(),
            autonomy: todo("How far the system acts without a person deciding."),
            human_oversight: todo("Who can monitor, intervene in and override the system, how, and with what training and authority."),
            lifecycle_stage: Lifecycle::Inception,
            jurisdictions: Vec::new(),
            foreseeable_misuse: Vec::new(),
            owner: None,
            impacts: Vec::new(),
            assessment: None,
        }],
        ai_policy: Default::default(),
        templates: None,
        management_system: Some(Vec::new()),
        relations,
    };
    let mut doc = merge(&soa, Options::default());
    doc.blank = true;
    doc.generated = String::new();
    let d = &mut doc.document;
    d.date = "[YYYY-MM-DD]".into();
    d.approval_date = "[YYYY-MM-DD]".into();
    d.next_review = Some("[YYYY-MM-DD]".into());
    d.revisions = vec![super::RevisionView {
        version: "[Version]".into(),
        date: "[YYYY-MM-DD]".into(),
        author: Some("[Author]".into()),
        changes: "[What changed]".into(),
    }];
    for s in &mut doc.ai_systems {
        s.document_id = "[Document ID]".into();
        s.lifecycle_stage = super::label("", TODO);
        s.file = "ai-impact-assessment-template".into();
        placeholders(&mut s.document);
        s.document.title = "AI system impact assessment".into();
        s.document.file = s.file.clone();
    }
    doc.ai_policy.id = "[Document ID]".into();
    doc.ai_policy.version = "[Version]".into();
    doc.ai_policy.owner = "[Owner role]".into();
    doc.ai_policy.approver = "[Approver role]".into();
    doc.ai_policy.next_review = None;
    doc.ai_policy.responsibilities.clear();
    placeholders(&mut doc.ai_policy.document);
    doc.chart.bars.clear();
    if let Some(m) = &mut doc.management_system {
        m.document_id = "[Document ID]".into();
        placeholders(&mut m.document);
    }
    doc.risk_plan.document_id = "[Document ID]".into();
    placeholders(&mut doc.risk_plan.document);
    doc.documents = super::control::register(&doc);
    if let Some(soa) = doc.documents.first_mut() {
        soa.status = super::label("blank", "[Draft or approved]");
    }
    super::control::cite_in_matrix(&mut doc);
    doc
}

/// A document's control as fields to fill in: each value a bracketed hint, the status either.
fn placeholders(c: &mut super::ControlView) {
    c.id = "[Document ID]".into();
    c.version = "[Version]".into();
    c.date = "[YYYY-MM-DD]".into();
    c.classification = "[Classification]".into();
    c.owner = "[Owner role]".into();
    c.approver = Some("[Approver role]".into());
    c.approval_date = Some("[YYYY-MM-DD]".into());
    c.approval_reference = None;
    c.status = super::label("blank", "[Draft or approved]");
    c.effective_date = None;
    c.review_cycle = Some("[Review cycle, e.g. annually and after significant change]".into());
    c.next_review = Some("[YYYY-MM-DD]".into());
    c.revisions = vec![super::RevisionView {
        version: "[Version]".into(),
        date: "[YYYY-MM-DD]".into(),
        author: Some("[Author]".into()),
        changes: "[What changed]".into(),
    }];
}
