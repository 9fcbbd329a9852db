//! Merge: validated catalogs + decisions → the [`Document`] view model templates receive.
//!
//! A pure function. Every figure a document shows (counts per standard and per theme or
//! objective, the chart) is computed here from the decisions, never typed in, and each control
//! row carries what it resolved to after defaults. `templates/README.md` documents every field:
//! it is the contract for users who write their own templates.

mod ai;
mod blank;
pub mod chart;
mod mgmt;
mod relations;

pub use blank::blank;
pub use mgmt::{
    ClauseRow, ClauseSection, ManagementSystemView, MsCounts, MsStandard, ProcessView, SideClause,
};
pub use relations::{RelatedControl, RelationCounts, RelationRow, RelationsView};

pub use ai::{
    AiSystemView, AssessmentView, ControlRef, ImpactView, PolicyView, Responsibility, Scales,
    Scored,
};

use crate::merge::chart::{Bar, Chart, SegmentKind};
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

/// The whole view model.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// annexa's version, e.g. "0.1.0".
    pub annexa_version: String,
    /// The build date (`SOURCE_DATE_EPOCH`, else the document's date), YYYY-MM-DD.
    pub generated: String,
    pub organisation: OrganisationView,
    pub document: DocumentView,
    pub standards: Vec<StandardView>,
    /// Totals over all standards.
    pub totals: Counts,
    pub additional_controls: Vec<ControlRow>,
    /// The risk register entries, each with the IDs of the controls that cite it.
    pub risks: Vec<RiskEntry>,
    /// The AI system inventory, each system with its impact assessment's content.
    pub ai_systems: Vec<AiSystemView>,
    /// The AI policy's document control and content.
    pub ai_policy: PolicyView,
    /// Likelihood and severity scales, impact dimensions and rating levels.
    pub scales: Scales,
    /// True for the toolkit set (`annexa build --blank`): no organisation data, placeholders.
    pub blank: bool,
    /// The status chart (also drawn from `<!-- annexa:chart -->` in HTML and PDF).
    pub chart: Chart,
    /// The integrated management-system matrix (clauses 4–10 side by side), when a catalog in
    /// scope lists clauses.
    pub management_system: Option<ManagementSystemView>,
    /// The Annex A relations in force (the shipped 27001 → 42001 mapping, or the user's).
    pub relations: Option<RelationsView>,
    /// What changed since a previous version (`annexa build --previous OLD.yaml`).
    pub changes: Option<crate::diff::Changes>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrganisationView {
    pub name: String,
    pub isms_scope: Option<String>,
    pub aims_scope: Option<String>,
    pub ai_roles: Vec<Label>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    pub id: String,
    pub title: String,
    pub version: String,
    pub date: String,
    pub classification: String,
    pub owner: String,
    pub approver: String,
    pub approval_date: String,
    pub review_cycle: Option<String>,
    pub next_review: Option<String>,
    pub revisions: Vec<RevisionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RevisionView {
    pub version: String,
    pub date: String,
    pub author: Option<String>,
    pub changes: String,
}

/// How many controls are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub total: usize,
    pub applicable: usize,
    pub excluded: usize,
    pub implemented: usize,
    pub partial: usize,
    pub planned: usize,
    pub not_implemented: usize,
}

impl Counts {
    fn add(&mut self, row: &ControlRow) {
        self.total += 1;
        match row.status.as_ref().map(|s| s.key.as_str()) {
            None => self.excluded += 1,
            Some(k) => {
                self.applicable += 1;
                match k {
                    "implemented" => self.implemented += 1,
                    "partial" => self.partial += 1,
                    "planned" => self.planned += 1,
                    _ => self.not_implemented += 1,
                }
            }
        }
    }

    fn sum(rows: &[ControlRow]) -> Counts {
        let mut c = Counts::default();
        rows.iter().for_each(|r| c.add(r));
        c
    }

    fn plus(self, o: Counts) -> Counts {
        Counts {
            total: self.total + o.total,
            applicable: self.applicable + o.applicable,
            excluded: self.excluded + o.excluded,
            implemented: self.implemented + o.implemented,
            partial: self.partial + o.partial,
            planned: self.planned + o.planned,
            not_implemented: self.not_implemented + o.not_implemented,
        }
    }

    fn bar(self, label: String) -> Bar {
        let segments = [
            (SegmentKind::Implemented, self.implemented),
            (SegmentKind::Partial, self.partial),
            (SegmentKind::Planned, self.planned),
            (SegmentKind::NotImplemented, self.not_implemented),
            (SegmentKind::Excluded, self.excluded),
        ];
        Bar {
            label,
            segments: segments.into_iter().filter(|(_, n)| *n > 0).collect(),
        }
    }
}

/// One catalog in scope.
#[derive(Debug, Clone, Serialize)]
pub struct StandardView {
    /// Catalog namespace, e.g. "27001".
    pub namespace: String,
    /// How the decisions file names the catalog, e.g. "iso27001-2022".
    pub key: String,
    /// e.g. "ISO/IEC 27001:2022 Annex A".
    pub name: String,
    /// e.g. "ISO/IEC 27001:2022" (falls back to `name`).
    pub standard: String,
    /// What a group is called: "Theme", "Objective".
    pub group_label: String,
    pub counts: Counts,
    /// Top-level groups with counts that include their sub-groups (for summaries).
    pub summary: Vec<GroupSummary>,
    /// Every group holding controls, in catalog order (sub-groups included), with its rows.
    pub groups: Vec<GroupView>,
    pub clauses: Vec<ClauseView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupSummary {
    pub id: String,
    pub title: String,
    pub counts: Counts,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    /// The parent group's "ID title", for sub-groups.
    pub parent: Option<String>,
    pub counts: Counts,
    pub controls: Vec<ControlRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClauseView {
    pub id: String,
    pub title: String,
}

/// One control (or additional control) as decided.
#[derive(Debug, Clone, Serialize)]
pub struct ControlRow {
    /// Namespaced, e.g. "27001:A.5.1"; additional controls keep their own ID.
    pub id: String,
    /// Within the catalog, e.g. "A.5.1".
    pub local_id: String,
    pub title: String,
    /// The catalog's summary (our words) or the additional control's description.
    pub summary: String,
    /// Licensed control text from an overlay, if any.
    pub text: Option<String>,
    pub applicable: bool,
    pub reasons: Vec<Label>,
    pub risks: Vec<RiskView>,
    pub justification: Option<String>,
    /// `None` when excluded.
    pub status: Option<Label>,
    pub target_date: Option<String>,
    pub status_reason: Option<String>,
    pub owner: Option<String>,
    pub implementation: Option<String>,
    pub evidence: Vec<String>,
    pub last_review: Option<String>,
    pub notes: Option<String>,
    /// For additional controls: where they come from.
    pub source: Option<String>,
    pub ai_systems: Vec<AiSystemRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RiskEntry {
    pub id: String,
    pub title: String,
    /// IDs of the controls (and additional controls) whose reasons name this risk.
    pub controls: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RiskView {
    pub id: String,
    pub title: String,
}

/// An AI system as referred to from other documents.
#[derive(Debug, Clone, Serialize)]
pub struct AiSystemRef {
    pub id: String,
    pub name: String,
}

/// Build options that come from outside the decisions file.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// `SOURCE_DATE_EPOCH`, when set.
    pub source_date_epoch: Option<i64>,
    /// The previous version of the decisions file (`build --previous`): the SoA gains
    /// "Changes since version X".
    pub previous: Option<&'a Soa>,
}

/// The build date: `SOURCE_DATE_EPOCH` if given, else the document's own date.
pub fn build_date(soa: &Soa, opts: Options<'_>) -> Date {
    opts.source_date_epoch
        .map_or(soa.document.date, Date::from_unix)
}

/// Builds the view model.
pub fn merge(soa: &Soa, opts: Options<'_>) -> Document {
    let d = &soa.document;
    let standards: Vec<StandardView> = soa.catalogs.iter().map(|c| standard(c, soa)).collect();
    let additional_controls: Vec<ControlRow> = soa
        .additional
        .iter()
        .map(|a| additional_row(a, soa))
        .collect();
    let all_rows = || {
        standards
            .iter()
            .flat_map(|s| s.groups.iter().flat_map(|g| g.controls.iter()))
            .chain(&additional_controls)
    };
    let risks = soa
        .risks
        .iter()
        .map(|r| RiskEntry {
            id: r.id.clone(),
            title: r.title.clone(),
            controls: all_rows()
                .filter(|row| row.risks.iter().any(|k| k.id == r.id))
                .map(|row| row.id.clone())
                .collect(),
        })
        .collect();
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
    Document {
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
            review_cycle: d.review_cycle.clone(),
            next_review: d.next_review.map(|n| n.to_string()),
            revisions: d
                .revisions
                .iter()
                .map(|r| RevisionView {
                    version: r.version.clone(),
                    date: r.date.to_string(),
                    author: r.author.clone(),
                    changes: r.changes.clone(),
                })
                .collect(),
        },
        totals,
        additional_controls,
        risks,
        ai_systems: ai::systems(soa, &standards),
        ai_policy: ai::policy(soa, &standards),
        scales: ai::scales(),
        blank: false,
        management_system: mgmt::management_system(soa),
        relations: relations::relations(soa, &standards),
        changes: opts.previous.map(|old| crate::diff::diff(old, soa)),
        standards,
        chart: Chart {
            title: "Implementation status of Annex A controls".into(),
            bars,
        },
    }
}

fn standard(c: &Catalog, soa: &Soa) -> StandardView {
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
    row.evidence = inc.evidence.clone();
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
        last_review: None,
        notes: a.notes.clone(),
        source: a.source.clone(),
        ai_systems: Vec::new(),
    };
    fill(&mut row, &a.inclusion, soa);
    row
}
