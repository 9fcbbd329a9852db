//! Diff: two validated decisions files → the change log between them ([`Changes`]).
//!
//! A pure function of two [`Soa`]s, no I/O, used by `annexa diff` and by `annexa build
//! --previous` (the SoA's "Changes since version X" section). Controls are compared as the
//! documents show them, after defaults, so a changed default owner shows on every control it
//! reaches. A control whose applicability flips is reported once, under applicability, with
//! its justification change; its other fields are part of that change. Free text (a
//! justification, a scope, a process) is shown as a word-level change ([`words`]).
//!
//! Every list is in a stable order (catalog then natural ID order for controls, file order for
//! the rest), so the same two files always give the same report.

mod fields;
mod risks;
mod words;

pub use words::{words, Segment, SegmentKind, WordDiff};

use crate::model::{Applicability, Decision, Soa, Status};
use fields::{records, Field};
use serde::Serialize;

/// The change log from one decisions file to another.
#[derive(Debug, Clone, Serialize)]
pub struct Changes {
    pub from: Version,
    pub to: Version,
    /// How many changes are listed below, all sections together.
    pub total: usize,
    /// The sections with changes, in report order, each with its count.
    pub summary: Vec<SectionCount>,
    /// Document-control fields that changed (title, version, dates, owner, approver …).
    pub document: Vec<FieldChange>,
    /// Revision-history entries the new file adds.
    pub revisions_added: Vec<RevisionEntry>,
    /// Organisation name, scopes and AI roles.
    pub organisation: Vec<FieldChange>,
    /// Catalogs brought into or taken out of scope.
    pub catalogs: Changed,
    /// Controls that became applicable or were excluded.
    pub applicability: Vec<ApplicabilityChange>,
    /// Implementation status (with its target date) of controls applicable in both.
    pub status: Vec<FieldChange>,
    /// Justifications edited (word-level).
    pub justifications: Vec<FieldChange>,
    /// Owners (as resolved with defaults).
    pub owners: Vec<FieldChange>,
    /// Every other decision field: reasons, risks, implementation, evidence, status reason,
    /// last review, notes, AI systems.
    pub control_fields: Vec<FieldChange>,
    /// Controls present in one file only (a catalog entering or leaving scope).
    pub controls: Changed,
    pub additional_controls: Changed,
    pub risks: Changed,
    pub ai_systems: Changed,
    pub management_system: Changed,
    /// AI policy fields.
    pub ai_policy: Vec<FieldChange>,
}

/// Which version of which document.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    pub id: String,
    pub version: String,
    pub date: String,
}

/// One field of one record: before and after, and for free text the word-level change.
#[derive(Debug, Clone, Serialize)]
pub struct FieldChange {
    /// The record: a control ID, an AI system ID, a clause key; empty for the document.
    pub id: String,
    /// The record's title or name, when it has one.
    pub title: String,
    /// The field, as documents name it ("Owner", "Next review").
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
    /// For free text: the words removed and added. None for short values.
    pub diff: Option<WordDiff>,
}

/// Records added, removed, or changed field by field.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Changed {
    pub added: Vec<Item>,
    pub removed: Vec<Item>,
    pub changed: Vec<FieldChange>,
}

impl Changed {
    fn len(&self) -> usize {
        self.added.len() + self.removed.len() + self.changed.len()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionCount {
    pub section: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct RevisionEntry {
    pub version: String,
    pub date: String,
    pub changes: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ApplicabilityChange {
    pub id: String,
    pub title: String,
    /// e.g. "Excluded", "Applicable: Planned, target 2027-03-31".
    pub before: String,
    pub after: String,
    /// The justification's change, when it changed.
    pub justification: Option<WordDiff>,
}

/// The change log from `old` to `new`.
pub fn diff(old: &Soa, new: &Soa) -> Changes {
    let version = |s: &Soa| Version {
        id: s.document.id.clone(),
        version: s.document.version.clone(),
        date: s.document.date.to_string(),
    };
    let mut c = Changes {
        from: version(old),
        to: version(new),
        total: 0,
        summary: Vec::new(),
        document: fields::compare("", "", &fields::document(old), &fields::document(new)),
        revisions_added: new
            .document
            .revisions
            .iter()
            .filter(|r| {
                !old.document
                    .revisions
                    .iter()
                    .any(|o| o.version == r.version)
            })
            .map(|r| RevisionEntry {
                version: r.version.clone(),
                date: r.date.to_string(),
                changes: r.changes.clone(),
            })
            .collect(),
        organisation: fields::compare(
            "",
            "",
            &fields::organisation(old),
            &fields::organisation(new),
        ),
        catalogs: records(&catalogs(old), &catalogs(new)),
        applicability: Vec::new(),
        status: Vec::new(),
        justifications: Vec::new(),
        owners: Vec::new(),
        control_fields: Vec::new(),
        controls: Changed::default(),
        additional_controls: records(&fields::additional(old), &fields::additional(new)),
        risks: risks::changes(old, new),
        ai_systems: records(&fields::ai_systems(old), &fields::ai_systems(new)),
        management_system: records(&fields::clauses(old), &fields::clauses(new)),
        ai_policy: fields::compare("", "", &fields::ai_policy(old), &fields::ai_policy(new)),
    };
    controls(old, new, &mut c);
    let sections = [
        ("Document control", c.document.len()),
        ("Revisions added", c.revisions_added.len()),
        ("Organisation and scope", c.organisation.len()),
        ("Catalogs in scope", c.catalogs.len()),
        ("Applicability", c.applicability.len()),
        ("Implementation status", c.status.len()),
        ("Justifications", c.justifications.len()),
        ("Owners", c.owners.len()),
        ("Other decision fields", c.control_fields.len()),
        ("Controls added or removed", c.controls.len()),
        ("Additional controls", c.additional_controls.len()),
        ("Risks", c.risks.len()),
        ("AI systems", c.ai_systems.len()),
        ("Management system", c.management_system.len()),
        ("AI policy", c.ai_policy.len()),
    ];
    c.summary = sections
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| SectionCount {
            section: (*s).to_string(),
            count: *n,
        })
        .collect();
    c.total = sections.iter().map(|(_, n)| n).sum();
    c
}

fn catalogs(s: &Soa) -> Vec<(String, String, Vec<Field>)> {
    s.catalogs
        .iter()
        .map(|c| (c.namespace.clone(), c.name.clone(), Vec::new()))
        .collect()
}

/// The title of a control, from whichever file's catalogs know it.
fn title(id: &crate::model::ControlId, soas: [&Soa; 2]) -> String {
    soas.iter()
        .find_map(|s| {
            s.catalogs
                .iter()
                .find(|c| c.namespace == id.namespace)
                .and_then(|c| c.control(&id.local))
        })
        .map_or_else(String::new, |x| x.title.clone())
}

/// "Excluded", or "Applicable: <status>".
fn decision_text(d: &Decision) -> String {
    match &d.applicability {
        Applicability::Excluded => "Excluded".into(),
        Applicability::Applicable(inc) => format!("Applicable: {}", status_text(&inc.status)),
    }
}

/// A status with its target date, e.g. "Planned, target 2027-03-31".
pub fn status_text(s: &Status) -> String {
    let label = s.key().label();
    match s {
        Status::Partial {
            target: Some(t), ..
        }
        | Status::Planned { target: t, .. } => format!("{label}, target {t}"),
        _ => label.to_string(),
    }
}

fn controls(old: &Soa, new: &Soa, c: &mut Changes) {
    for n in &new.decisions {
        let title = title(&n.id, [new, old]);
        let id = n.id.to_string();
        let Some(o) = old.decisions.iter().find(|o| o.id == n.id) else {
            c.controls.added.push(Item {
                id,
                title: format!("{title} ({})", decision_text(n)),
            });
            continue;
        };
        let justification = (o.justification != n.justification).then(|| {
            words(
                o.justification.as_deref().unwrap_or_default(),
                n.justification.as_deref().unwrap_or_default(),
            )
        });
        let flipped = matches!(
            (&o.applicability, &n.applicability),
            (Applicability::Excluded, Applicability::Applicable(_))
                | (Applicability::Applicable(_), Applicability::Excluded)
        );
        if flipped {
            c.applicability.push(ApplicabilityChange {
                id,
                title,
                before: decision_text(o),
                after: decision_text(n),
                justification,
            });
            continue;
        }
        let before = fields::decision(o);
        let after = fields::decision(n);
        for ch in fields::compare(&id, &title, &before, &after) {
            match ch.field.as_str() {
                "Status" => c.status.push(ch),
                "Justification" => c.justifications.push(ch),
                "Owner" => c.owners.push(ch),
                _ => c.control_fields.push(ch),
            }
        }
    }
    for o in &old.decisions {
        if !new.decisions.iter().any(|n| n.id == o.id) {
            c.controls.removed.push(Item {
                id: o.id.to_string(),
                title: title(&o.id, [old, new]),
            });
        }
    }
}

impl Changes {
    /// True when the two files say the same thing.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
}
