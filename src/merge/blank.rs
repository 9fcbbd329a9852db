//! The toolkit set (`annexa build --blank`): every document with no organisation data.
//!
//! Toolkit vendors ship these to customers to fill in. Every control of the shipped catalogs is
//! listed undecided, every organisation-specific field is a visible placeholder, and one
//! impact-assessment template stands for "each AI system". Nothing from any decisions file can
//! reach these documents: they are built from the catalogs alone.

use super::{merge, Document, Options};
use crate::i18n::Locale;
use crate::model::{
    Applicability, Catalog, ControlId, Date, Decision, DocumentControl, Lifecycle, Organisation,
    Relations, Soa,
};

/// The text shown where the organisation must write something.
pub const TODO: &str = "[To complete]";

/// "[To complete] what", in the locale's words.
fn todo(l: &Locale, what: &str) -> String {
    format!("{} {}", ph(l, TODO), ph(l, what))
}

/// A placeholder in the locale's words: message `blank-<slug of the English>`, the English
/// when the locale has none (every English placeholder is in [`PLACEHOLDERS`]; a test keeps
/// each defined, so a shipped language lacking one fails the missing-key test).
fn ph(l: &Locale, english: &str) -> String {
    l.format(&placeholder_key(english), None)
        .unwrap_or_else(|| english.to_string())
}

/// The message key of an English placeholder.
pub fn placeholder_key(english: &str) -> String {
    crate::render::export::word_key(english).replacen("xl-", "blank-", 1)
}

/// The view model of the toolkit set over the given catalogs and the relations between them.
pub fn blank(catalogs: Vec<Catalog>, relations: Option<Relations>, l: &Locale) -> Document {
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
            name: ph(l, "[Organisation name]"),
            isms_scope: has("27001")
                .then(|| todo(l, "The boundaries of the information security management system: organisation units, locations, services, systems and interfaces in scope, and what is outside it.")),
            aims_scope: has("42001")
                .then(|| todo(l, "The boundaries of the AI management system: the AI systems, activities and roles it covers.")),
            ai_roles: Vec::new(),
        },
        documents: Default::default(),
        document: DocumentControl {
            id: ph(l, "[Document ID]"),
            title: None,
            version: ph(l, "[Version]"),
            date: placeholder_date,
            classification: ph(l, "[Classification]"),
            owner: ph(l, "[Owner role]"),
            approver: ph(l, "[Approver role]"),
            approval_date: placeholder_date,
            approval_reference: None,
            effective_date: None,
            review_cycle: Some(ph(l, "[Review cycle, e.g. annually and after significant change]")),
            next_review: None,
            revisions: Vec::new(),
            language: None,
        },
        catalogs,
        risks: Vec::new(),
        risk_criteria: crate::model::RiskCriteria::standard(),
        decisions,
        additional: Vec::new(),
        ai_systems: vec![crate::model::AiSystem {
            id: "template".into(),
            name: ph(l, "[AI system name]"),
            purpose: todo(l, "What the system is for and its intended use."),
            description: None,
            intended_users: Vec::new(),
            affected_parties: Vec::new(),
            vulnerable_groups: Vec::new(),
            roles: Vec::new(),
            data: Vec::new(),
            models: Vec::new(),
            autonomy: todo(l, "How far the system acts without a person deciding."),
            human_oversight: todo(l, "Who can monitor, intervene in and override the system, how, and with what training and authority."),
            lifecycle_stage: Lifecycle::Inception,
            jurisdictions: Vec::new(),
            foreseeable_misuse: Vec::new(),
            owner: None,
            impacts: Vec::new(),
            assessment: None,
        }],
        ai_policy: Default::default(),
        templates: None,
        locales: None,
        management_system: Some(Vec::new()),
        relations,
    };
    let mut doc = merge(&soa, Options::default());
    doc.blank = true;
    doc.generated = String::new();
    let d = &mut doc.document;
    d.date = ph(l, "[YYYY-MM-DD]");
    d.approval_date = ph(l, "[YYYY-MM-DD]");
    d.next_review = Some(ph(l, "[YYYY-MM-DD]"));
    d.revisions = vec![super::RevisionView {
        version: ph(l, "[Version]"),
        date: ph(l, "[YYYY-MM-DD]"),
        author: Some(ph(l, "[Author]")),
        changes: ph(l, "[What changed]"),
    }];
    for s in &mut doc.ai_systems {
        s.document_id = ph(l, "[Document ID]");
        s.lifecycle_stage = super::label("", &ph(l, TODO));
        s.file = "ai-impact-assessment-template".into();
        placeholders(&mut s.document, l);
        s.document.title = "AI system impact assessment".into();
        s.document.file = s.file.clone();
    }
    doc.ai_policy.id = ph(l, "[Document ID]");
    doc.ai_policy.version = ph(l, "[Version]");
    doc.ai_policy.owner = ph(l, "[Owner role]");
    doc.ai_policy.approver = ph(l, "[Approver role]");
    doc.ai_policy.next_review = None;
    doc.ai_policy.responsibilities.clear();
    placeholders(&mut doc.ai_policy.document, l);
    doc.chart.bars.clear();
    if let Some(m) = &mut doc.management_system {
        m.document_id = ph(l, "[Document ID]");
        placeholders(&mut m.document, l);
    }
    doc.risk_plan.document_id = ph(l, "[Document ID]");
    placeholders(&mut doc.risk_plan.document, l);
    doc.documents = super::control::register(&doc);
    if let Some(soa) = doc.documents.first_mut() {
        soa.status = super::label("blank", &ph(l, "[Draft or approved]"));
    }
    super::control::cite_in_matrix(&mut doc);
    doc
}

/// A document's control as fields to fill in: each value a bracketed hint, the status either.
fn placeholders(c: &mut super::ControlView, l: &Locale) {
    c.id = ph(l, "[Document ID]");
    c.version = ph(l, "[Version]");
    c.date = ph(l, "[YYYY-MM-DD]");
    c.classification = ph(l, "[Classification]");
    c.owner = ph(l, "[Owner role]");
    c.approver = Some(ph(l, "[Approver role]"));
    c.approval_date = Some(ph(l, "[YYYY-MM-DD]"));
    c.approval_reference = None;
    c.status = super::label("blank", &ph(l, "[Draft or approved]"));
    c.effective_date = None;
    c.review_cycle = Some(ph(
        l,
        "[Review cycle, e.g. annually and after significant change]",
    ));
    c.next_review = Some(ph(l, "[YYYY-MM-DD]"));
    c.revisions = vec![super::RevisionView {
        version: ph(l, "[Version]"),
        date: ph(l, "[YYYY-MM-DD]"),
        author: Some(ph(l, "[Author]")),
        changes: ph(l, "[What changed]"),
    }];
}

/// Every English placeholder of the toolkit set (each is its own message `blank-…`).
pub const PLACEHOLDERS: &[&str] = &[
    "How far the system acts without a person deciding.",
    "The boundaries of the AI management system: the AI systems, activities and roles it covers.",
    "The boundaries of the information security management system: organisation units, locations, services, systems and interfaces in scope, and what is outside it.",
    "What the system is for and its intended use.",
    "Who can monitor, intervene in and override the system, how, and with what training and authority.",
    "[AI system name]",
    "[Approver role]",
    "[Author]",
    "[Classification]",
    "[Document ID]",
    "[Draft or approved]",
    "[Organisation name]",
    "[Owner role]",
    "[Review cycle, e.g. annually and after significant change]",
    "[To complete]",
    "[Version]",
    "[What changed]",
    "[YYYY-MM-DD]",
];
