//! Records as named fields, and the comparison of two versions of a record field by field.
//!
//! Each record (the document control, a decision, an AI system …) is flattened into a list of
//! [`Field`]s with the names documents use; comparing two lists gives one [`FieldChange`] per
//! field whose value differs, with a word-level diff for free text.

use super::{status_text, words, Changed, FieldChange, Item};
use crate::model::{Applicability, Decision, Inclusion, Soa};

/// A field's name, its value as text (none when absent), and whether it is free text (shown
/// as a word-level change) or a short value (shown before and after).
pub struct Field {
    pub name: &'static str,
    pub value: Option<String>,
    pub text: bool,
}

pub(super) fn short(name: &'static str, value: Option<String>) -> Field {
    Field {
        name,
        value,
        text: false,
    }
}

pub(super) fn text(name: &'static str, value: Option<String>) -> Field {
    Field {
        name,
        value,
        text: true,
    }
}

pub(super) fn list(name: &'static str, items: &[String]) -> Field {
    short(name, (!items.is_empty()).then(|| items.join("; ")))
}

/// A list of sentences (principles, objectives): compared as free text.
fn sentences(name: &'static str, items: &[String]) -> Field {
    text(name, (!items.is_empty()).then(|| items.join(" · ")))
}

pub(super) fn date(name: &'static str, d: Option<crate::model::Date>) -> Field {
    short(name, d.map(|d| d.to_string()))
}

/// One [`FieldChange`] per field whose value differs (fields are matched by name).
pub fn compare(id: &str, title: &str, before: &[Field], after: &[Field]) -> Vec<FieldChange> {
    let mut out = Vec::new();
    for a in after {
        let b = before.iter().find(|b| b.name == a.name);
        let old = b.and_then(|b| b.value.clone());
        if old == a.value {
            continue;
        }
        let diff = (a.text || b.is_some_and(|b| b.text)).then(|| {
            words(
                old.as_deref().unwrap_or_default(),
                a.value.as_deref().unwrap_or_default(),
            )
        });
        out.push(FieldChange {
            id: id.to_string(),
            title: title.to_string(),
            field: a.name.to_string(),
            before: old,
            after: a.value.clone(),
            diff,
        });
    }
    out
}

/// Records keyed by ID: added, removed, and changed field by field.
pub fn records(
    old: &[(String, String, Vec<Field>)],
    new: &[(String, String, Vec<Field>)],
) -> Changed {
    let mut c = Changed::default();
    for (id, title, fields) in new {
        match old.iter().find(|(o, _, _)| o == id) {
            None => c.added.push(Item {
                id: id.clone(),
                title: title.clone(),
            }),
            Some((_, _, before)) => c.changed.extend(compare(id, title, before, fields)),
        }
    }
    for (id, title, _) in old {
        if !new.iter().any(|(n, _, _)| n == id) {
            c.removed.push(Item {
                id: id.clone(),
                title: title.clone(),
            });
        }
    }
    c
}

/// The field names of a document's control, prefixed with the document's name.
macro_rules! control_names {
    ($p:literal) => {
        [
            concat!($p, " ID"),
            concat!($p, " version"),
            concat!($p, " date"),
            concat!($p, " classification"),
            concat!($p, " owner"),
            concat!($p, " approver"),
            concat!($p, " approval date"),
            concat!($p, " approval reference"),
            concat!($p, " effective date"),
            concat!($p, " review cycle"),
            concat!($p, " next review"),
        ]
    };
}

pub fn document(s: &Soa) -> Vec<Field> {
    let d = &s.document;
    let mut out = vec![
        short("Document ID", Some(d.id.clone())),
        short("Title", d.title.clone()),
        short("Version", Some(d.version.clone())),
        short("Date", Some(d.date.to_string())),
        short("Classification", Some(d.classification.clone())),
        short("Owner", Some(d.owner.clone())),
        short("Approved by", Some(d.approver.clone())),
        short("Approval date", Some(d.approval_date.to_string())),
        short("Approval reference", d.approval_reference.clone()),
        date("Effective date", d.effective_date),
        text("Review cycle", d.review_cycle.clone()),
        date("Next review", d.next_review),
    ];
    out.extend(control(
        &control_names!("Risk treatment plan"),
        &s.documents.risk_treatment_plan,
    ));
    out.extend(control(
        &control_names!("Management-system matrix"),
        &s.documents.management_system,
    ));
    out
}

/// A document's own control fields, named after the document (`Policy version`).
fn control(names: &[&'static str; 11], c: &crate::model::ControlFields) -> Vec<Field> {
    vec![
        short(names[0], c.id.clone()),
        short(names[1], c.version.clone()),
        date(names[2], c.date),
        short(names[3], c.classification.clone()),
        short(names[4], c.owner.clone()),
        short(names[5], c.approver.clone()),
        date(names[6], c.approval_date),
        short(names[7], c.approval_reference.clone()),
        date(names[8], c.effective_date),
        text(names[9], c.review_cycle.clone()),
        date(names[10], c.next_review),
    ]
}

pub fn organisation(s: &Soa) -> Vec<Field> {
    let o = &s.organisation;
    let roles: Vec<String> = o.ai_roles.iter().map(|r| r.label().to_string()).collect();
    vec![
        short("Name", Some(o.name.clone())),
        text("ISMS scope", o.isms_scope.clone()),
        text("AIMS scope", o.aims_scope.clone()),
        list("AI roles", &roles),
    ]
}

/// A control decision's fields (applicability itself is compared by the caller).
pub fn decision(d: &Decision) -> Vec<Field> {
    let mut out = vec![text("Justification", d.justification.clone())];
    if let Applicability::Applicable(inc) = &d.applicability {
        out.extend(inclusion(inc));
    }
    out.push(text("Notes", d.notes.clone()));
    out.push(list("AI systems", &d.ai_systems));
    out
}

fn inclusion(inc: &Inclusion) -> Vec<Field> {
    let reasons: Vec<String> = inc.reasons.iter().map(|r| r.label().to_string()).collect();
    let reason = match &inc.status {
        crate::model::Status::Implemented => None,
        crate::model::Status::Partial { reason, .. }
        | crate::model::Status::Planned { reason, .. } => reason.clone(),
        crate::model::Status::NotImplemented { reason } => Some(reason.clone()),
    };
    vec![
        list("Reasons", &reasons),
        list("Risks", &inc.risks),
        short("Status", Some(status_text(&inc.status))),
        text("Status reason", reason),
        short("Owner", inc.owner.clone()),
        text("Implementation", inc.implementation.clone()),
        list("Evidence", &super::risks::evidence(&inc.evidence)),
        date("Last review", inc.last_review),
    ]
}

pub fn additional(s: &Soa) -> Vec<(String, String, Vec<Field>)> {
    s.additional
        .iter()
        .map(|a| {
            let mut f = vec![
                short("Title", Some(a.title.clone())),
                text("Description", Some(a.description.clone())),
                short("Source", a.source.clone()),
                text("Justification", a.justification.clone()),
            ];
            f.extend(inclusion(&a.inclusion));
            f.push(text("Notes", a.notes.clone()));
            (a.id.clone(), a.title.clone(), f)
        })
        .collect()
}

pub fn ai_systems(s: &Soa) -> Vec<(String, String, Vec<Field>)> {
    s.ai_systems
        .iter()
        .map(|a| {
            let roles: Vec<String> = a.roles.iter().map(|r| r.label().to_string()).collect();
            let impacts: Vec<String> = a
                .impacts
                .iter()
                .map(|i| {
                    format!(
                        "{} ({}, {} × {}): {}",
                        i.dimension.label(),
                        i.kind.label().to_lowercase(),
                        i.likelihood.label().to_lowercase(),
                        i.severity.label().to_lowercase(),
                        i.description
                    )
                })
                .collect();
            let assessment = a.assessment.as_ref().map(|r| {
                let mut t = format!("by {} on {}", r.assessor, r.date);
                let c = &r.control;
                if let Some(v) = &c.version {
                    t = format!("version {v}, {t}");
                }
                if let Some(id) = &c.id {
                    t = format!("{id}, {t}");
                }
                if let (Some(who), Some(when)) = (&c.approver, c.approval_date) {
                    t.push_str(&format!("; approved by {who} on {when}"));
                }
                if let Some(next) = c.next_review {
                    t.push_str(&format!("; next review {next}"));
                }
                t
            });
            let f = vec![
                short("Name", Some(a.name.clone())),
                text("Purpose", Some(a.purpose.clone())),
                text("Description", a.description.clone()),
                list("Intended users", &a.intended_users),
                list("Affected parties", &a.affected_parties),
                list("Vulnerable groups", &a.vulnerable_groups),
                list("Role", &roles),
                list("Data", &a.data),
                list("Models", &a.models),
                text("Autonomy", Some(a.autonomy.clone())),
                text("Human oversight", Some(a.human_oversight.clone())),
                short(
                    "Life-cycle stage",
                    Some(a.lifecycle_stage.label().to_string()),
                ),
                list("Jurisdictions", &a.jurisdictions),
                list("Foreseeable misuse", &a.foreseeable_misuse),
                short("Owner", a.owner.clone()),
                text("Impacts", (!impacts.is_empty()).then(|| impacts.join("; "))),
                short("Assessment", assessment),
            ];
            (a.id.clone(), a.name.clone(), f)
        })
        .collect()
}

pub fn clauses(s: &Soa) -> Vec<(String, String, Vec<Field>)> {
    s.management_system
        .iter()
        .flatten()
        .map(|e| {
            let f = vec![
                text("Process", Some(e.process.clone())),
                short("Owner", Some(e.owner.clone())),
                list("Evidence", &e.evidence),
                text("Notes", e.notes.clone()),
            ];
            let title = s
                .catalogs
                .iter()
                .filter(|c| e.applies_to.contains(&c.namespace))
                .find_map(|c| c.clauses.iter().find(|k| k.id == e.clause))
                .map_or_else(String::new, |k| k.title.clone());
            (e.key.clone(), title, f)
        })
        .collect()
}

pub fn ai_policy(s: &Soa) -> Vec<Field> {
    let p = &s.ai_policy;
    let mut out = control(&control_names!("Policy"), &p.control);
    out.extend([
        text("Purpose", p.purpose.clone()),
        sentences("Principles", &p.principles),
        sentences("Objectives", &p.objectives),
        list("Related policies", &p.related_policies),
        text("Communication", p.communication.clone()),
        text("Exceptions", p.exceptions.clone()),
    ]);
    out
}
