//! Merge: validated catalogs + decisions → the [`Document`] view model templates receive.
//!
//! A pure function. Every figure a document shows (counts per standard and per theme or
//! objective, the chart) is computed here from the decisions, never typed in, and each control
//! row carries what it resolved to after defaults. `templates/README.md` documents every field:
//! it is the contract for users who write their own templates.

mod ai;
mod blank;
pub mod chart;
pub mod control;
pub mod heatmap;
mod mgmt;
mod relations;
mod risk_view;
mod risks;

mod view;

pub use blank::{blank, placeholder_key, PLACEHOLDERS, TODO};
pub use mgmt::{
    ClauseRow, ClauseSection, ManagementSystemView, MsCounts, MsStandard, ProcessView, SideClause,
};
pub use relations::{RelatedControl, RelationCounts, RelationRow, RelationsView};
pub use risk_view::*;
pub use view::*;

pub use control::ControlView;

pub use ai::{
    AiSystemView, AssessmentView, ControlRef, ImpactView, PolicyView, Responsibility, Scales,
    Scored,
};

use crate::merge::chart::Chart;
use crate::model::{Applicability, Catalog, Date, Decision, Inclusion, Soa, Status};
use serde::Serialize;

/// A keyword and its human label, e.g. `{key: "planned", label: "Planned"}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    pub key: String,
    pub label: String,
}

fn label(key: &str, text: &str) -> Label {
    Label {
        key: key.to_string(),
        label: text.to_string(),
    }
}

/// Build options that come from outside the decisions file.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// `SOURCE_DATE_EPOCH`, when set.
    pub source_date_epoch: Option<i64>,
    /// The previous version of the decisions file (`build --previous`): the SoA gains
    /// "Changes since version X".
    pub previous: Option<&'a Soa>,
    /// A draft (`annexa build --draft`): controls without a decision are listed as undecided.
    pub draft: bool,
}

/// The build date: `SOURCE_DATE_EPOCH` if given, else the document's own date.
pub fn build_date(soa: &Soa, opts: Options<'_>) -> Date {
    opts.source_date_epoch
        .map_or(soa.document.date, Date::from_unix)
}

/// Builds the view model.
pub fn merge(soa: &Soa, opts: Options<'_>) -> Document {
    let d = &soa.document;
    let standards: Vec<StandardView> = soa
        .catalogs
        .iter()
        .map(|c| standard(c, soa, opts.draft))
        .collect();
    let additional_controls: Vec<ControlRow> = soa
        .additional
        .iter()
        .map(|a| additional_row(a, soa))
        .collect();
    let all_rows: Vec<&ControlRow> = standards
        .iter()
        .flat_map(|s| s.groups.iter().flat_map(|g| g.controls.iter()))
        .chain(&additional_controls)
        .collect();
    let risks = risks::entries(soa, &all_rows);
    let risk_plan = risks::plan(soa, &risks, &all_rows);
    let totals = standards
        .iter()
        .fold(Counts::default(), |acc, s| acc.plus(s.counts));
    let mut bars = Vec::new();
    for s in &standards {
        bars.push(s.counts.bar(format!("{} (all)", s.standard)));
        for g in &s.summary {
            bars.push(g.counts.bar(format!("{} {}", g.id, g.title)));
        }
    }
    let mut doc = Document {
        annexa_version: env!("CARGO_PKG_VERSION").to_string(),
        generated: build_date(soa, opts).to_string(),
        organisation: OrganisationView {
            name: soa.organisation.name.clone(),
            isms_scope: soa.organisation.isms_scope.clone(),
            aims_scope: soa.organisation.aims_scope.clone(),
            ai_roles: soa
                .organisation
                .ai_roles
                .iter()
                .map(|r| label(r.key(), r.label()))
                .collect(),
        },
        document: DocumentView {
            id: d.id.clone(),
            title: d
                .title
                .clone()
                .unwrap_or_else(|| "Statement of Applicability".into()),
            version: d.version.clone(),
            date: d.date.to_string(),
            classification: d.classification.clone(),
            owner: d.owner.clone(),
            approver: d.approver.clone(),
            approval_date: d.approval_date.to_string(),
            approval_reference: d.approval_reference.clone(),
            effective_date: d.effective_date.map(|x| x.to_string()),
            review_cycle: d.review_cycle.clone(),
            next_review: d.next_review.map(|n| n.to_string()),
            revisions: control::revisions(&d.revisions),
        },
        totals,
        risks,
        risk_plan,
        additional_controls,
        ai_systems: ai::systems(soa, &standards),
        ai_policy: ai::policy(soa, &standards),
        scales: ai::scales(),
        blank: false,
        management_system: mgmt::management_system(soa),
        relations: relations::relations(soa, &standards),
        changes: opts.previous.map(|old| crate::diff::diff(old, soa)),
        draft: None,
        standards,
        chart: Chart {
            legend: Vec::new(),
            title: "Implementation status of Annex A controls".into(),
            bars,
        },
        documents: Vec::new(),
        titles_in_english: false,
        locale: crate::i18n::Locale::english(),
    };
    doc.documents = control::register(&doc);
    control::cite_in_matrix(&mut doc);
    doc
}

fn standard(c: &Catalog, soa: &Soa, draft: bool) -> StandardView {
    // Decisions by local ID, looked up once per control (a linear search each was quadratic:
    // 80% of a 10,000-control build, see BENCHMARKS.md).
    let decided: std::collections::HashMap<&str, &Decision> = soa
        .decisions
        .iter()
        .filter(|d| d.id.namespace == c.namespace)
        .map(|d| (d.id.local.as_str(), d))
        .collect();
    // Controls bucketed by group in one pass (catalog order kept within a group).
    let mut by_group: std::collections::HashMap<&str, Vec<ControlRow>> =
        std::collections::HashMap::new();
    for x in &c.controls {
        if let Some(d) = decided.get(x.id.as_str()) {
            by_group
                .entry(x.group.as_str())
                .or_default()
                .push(control_row(c, x, d, soa));
        } else if draft {
            let d = Decision {
                id: crate::model::ControlId {
                    namespace: c.namespace.clone(),
                    local: x.id.clone(),
                },
                applicability: Applicability::Excluded,
                justification: None,
                notes: None,
                ai_systems: Vec::new(),
            };
            let mut row = control_row(c, x, &d, soa);
            row.undecided = true;
            by_group.entry(x.group.as_str()).or_default().push(row);
        }
    }
    let groups: Vec<GroupView> = c
        .groups
        .iter()
        .filter_map(|g| {
            let controls = by_group.remove(g.id.as_str())?;
            Some(GroupView {
                id: g.id.clone(),
                title: g.title.clone(),
                summary: g.summary.clone(),
                parent: g
                    .parent
                    .as_deref()
                    .and_then(|p| c.group(p))
                    .map(|p| format!("{} {}", p.id, p.title)),
                counts: Counts::sum(&controls),
                controls,
            })
        })
        .collect();
    // Each group's counts go to its top-level ancestor, found once per group.
    let mut top_counts: std::collections::HashMap<&str, Counts> = std::collections::HashMap::new();
    for g in &groups {
        if let Some(top) = c.group_chain(&g.id).last() {
            let t = top_counts.entry(top.id.as_str()).or_default();
            *t = t.plus(g.counts);
        }
    }
    let summary = c
        .groups
        .iter()
        .filter(|g| g.parent.is_none())
        .map(|top| GroupSummary {
            id: top.id.clone(),
            title: top.title.clone(),
            counts: top_counts.get(top.id.as_str()).copied().unwrap_or_default(),
        })
        .filter(|g| g.counts.total > 0)
        .collect();
    StandardView {
        namespace: c.namespace.clone(),
        key: c.key.clone(),
        name: c.name.clone(),
        standard: c.standard.clone().unwrap_or_else(|| c.name.clone()),
        group_label: c.group_label.clone(),
        counts: groups
            .iter()
            .fold(Counts::default(), |acc, g| acc.plus(g.counts)),
        summary,
        groups,
        clauses: c
            .clauses
            .iter()
            .map(|k| ClauseView {
                id: k.id.clone(),
                title: k.title.clone(),
            })
            .collect(),
        language: c.language.clone(),
    }
}

fn control_row(c: &Catalog, x: &crate::model::Control, d: &Decision, soa: &Soa) -> ControlRow {
    let mut row = ControlRow {
        id: format!("{}:{}", c.namespace, x.id),
        local_id: x.id.clone(),
        title: x.title.clone(),
        summary: x.summary.clone(),
        text: x.text.clone(),
        applicable: false,
        reasons: Vec::new(),
        risks: Vec::new(),
        justification: d.justification.clone(),
        status: None,
        target_date: None,
        status_reason: None,
        owner: None,
        implementation: None,
        evidence: Vec::new(),
        evidence_items: Vec::new(),
        last_review: None,
        notes: d.notes.clone(),
        source: None,
        ai_systems: d
            .ai_systems
            .iter()
            .filter_map(|id| soa.ai_systems.iter().find(|s| &s.id == id))
            .map(|s| AiSystemRef {
                id: s.id.clone(),
                name: s.name.clone(),
            })
            .collect(),
        undecided: false,
    };
    if let Applicability::Applicable(inc) = &d.applicability {
        fill(&mut row, inc, soa);
    }
    row
}

fn fill(row: &mut ControlRow, inc: &Inclusion, soa: &Soa) {
    row.applicable = true;
    row.reasons = inc
        .reasons
        .iter()
        .map(|r| label(r.key(), r.label()))
        .collect();
    row.risks = inc
        .risks
        .iter()
        .map(|id| RiskView {
            id: id.clone(),
            title: soa
                .risks
                .iter()
                .find(|r| &r.id == id)
                .map(|r| r.title.clone())
                .unwrap_or_default(),
        })
        .collect();
    let key = inc.status.key();
    row.status = Some(label(key.key(), key.label()));
    (row.target_date, row.status_reason) = match &inc.status {
        Status::Implemented => (None, None),
        Status::Partial { target, reason } => (target.map(|t| t.to_string()), reason.clone()),
        Status::Planned { target, reason } => (Some(target.to_string()), reason.clone()),
        Status::NotImplemented { reason } => (None, Some(reason.clone())),
    };
    row.owner = inc.owner.clone();
    row.implementation = inc.implementation.clone();
    row.evidence = inc.evidence.iter().map(|e| e.display()).collect();
    row.evidence_items = (inc.evidence.iter())
        .map(|e| EvidenceView {
            id: e.id.clone(),
            title: e.title.clone(),
            location: e.location.as_ref().map(|l| l.as_str().to_string()),
            url: matches!(e.location, Some(crate::model::Location::Url(_))),
            owner: e.owner.clone(),
            collected: e.collected.map(|d| d.to_string()),
            expires: e.expires.map(|d| d.to_string()),
            expired: e.expires.is_some_and(|x| x < soa.document.date),
        })
        .collect();
    row.last_review = inc.last_review.map(|d| d.to_string());
}

fn additional_row(a: &crate::model::AdditionalControl, soa: &Soa) -> ControlRow {
    let mut row = ControlRow {
        id: a.id.clone(),
        local_id: a.id.clone(),
        title: a.title.clone(),
        summary: a.description.clone(),
        text: None,
        applicable: true,
        reasons: Vec::new(),
        risks: Vec::new(),
        justification: a.justification.clone(),
        status: None,
        target_date: None,
        status_reason: None,
        owner: None,
        implementation: None,
        evidence: Vec::new(),
        evidence_items: Vec::new(),
        last_review: None,
        notes: a.notes.clone(),
        source: a.source.clone(),
        ai_systems: Vec::new(),
        undecided: false,
    };
    fill(&mut row, &a.inclusion, soa);
    row
}
