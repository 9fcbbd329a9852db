//! The view model of the two ISO/IEC 42001 documents: the AI policy skeleton and one AI system
//! impact assessment per system.
//!
//! Both draw on the same decisions as the SoA, so the three documents agree: the policy lists
//! the SoA's 42001 decisions it relies on, and each assessment links its measures to the
//! applicable 42001 controls, with their status and owner.

use super::{label, ControlRow, Label, StandardView};
use crate::model::{AiSystem, Dimension, ImpactKind, ImpactSeverity, Likelihood, Soa};
use serde::Serialize;

/// One AI system, with everything its impact assessment shows.
#[derive(Debug, Clone, Serialize)]
pub struct AiSystemView {
    pub id: String,
    pub name: String,
    pub purpose: String,
    pub description: Option<String>,
    pub intended_users: Vec<String>,
    pub affected_parties: Vec<String>,
    pub vulnerable_groups: Vec<String>,
    /// The organisation's roles toward this system.
    pub roles: Vec<Label>,
    pub data: Vec<String>,
    pub models: Vec<String>,
    pub autonomy: String,
    pub human_oversight: String,
    pub lifecycle_stage: Label,
    pub jurisdictions: Vec<String>,
    pub foreseeable_misuse: Vec<String>,
    pub owner: Option<String>,
    pub impacts: Vec<ImpactView>,
    /// `None` until the assessment is recorded as made.
    pub assessment: Option<AssessmentView>,
    /// The assessment's document ID (given, or `<SoA id>-AIIA-<system id>`).
    pub document_id: String,
    /// The assessment's document control.
    pub document: super::ControlView,
    /// The output file stem: `ai-impact-assessment-<id>`.
    pub file: String,
    /// The 42001 decisions that concern this system: every control of objective A.5 (impact
    /// assessment) and every decision that names the system in `ai_systems:`.
    pub controls: Vec<ControlRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImpactView {
    pub dimension: Label,
    pub kind: Label,
    pub description: String,
    pub affected: Vec<String>,
    pub likelihood: Scored,
    pub severity: Scored,
    /// likelihood × severity, 1–25.
    pub rating: u8,
    /// low (1–4), medium (5–9), high (10–16), very_high (17–25).
    pub level: Label,
    pub measures: Option<String>,
    pub controls: Vec<ControlRef>,
}

/// A keyword with its label and its 1–5 score on the rating scale.
#[derive(Debug, Clone, Serialize)]
pub struct Scored {
    pub key: String,
    pub label: String,
    pub score: u8,
}

/// A control named from another document, with its decision as the SoA records it.
#[derive(Debug, Clone, Serialize)]
pub struct ControlRef {
    pub id: String,
    pub title: String,
    /// The status label, or "Excluded".
    pub status: String,
    pub owner: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AssessmentView {
    pub assessor: String,
    pub date: String,
    pub approver: Option<String>,
    pub approval_date: Option<String>,
    pub next_review: Option<String>,
}

/// The rating scales and dimensions, for templates that print them or a blank table.
#[derive(Debug, Clone, Serialize)]
pub struct Scales {
    pub likelihood: Vec<Scored>,
    pub severity: Vec<Scored>,
    pub dimensions: Vec<Label>,
    pub levels: Vec<Label>,
}

/// The AI policy's document control and the organisation's own words (or `none`, shown as
/// placeholders).
#[derive(Debug, Clone, Serialize)]
pub struct PolicyView {
    /// The policy's document control; `id` … `next_review` below repeat it.
    pub document: super::ControlView,
    pub id: String,
    pub version: String,
    pub owner: String,
    pub approver: String,
    pub approval_date: Option<String>,
    pub next_review: Option<String>,
    pub purpose: Option<String>,
    pub principles: Vec<String>,
    pub objectives: Vec<String>,
    pub related_policies: Vec<String>,
    pub communication: Option<String>,
    pub exceptions: Option<String>,
    /// Owners of the applicable 42001 controls, each with the control IDs they own.
    pub responsibilities: Vec<Responsibility>,
    /// IDs of the applicable 42001 controls with a legal or contractual reason.
    pub requirement_controls: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Responsibility {
    pub owner: String,
    pub controls: Vec<String>,
}

fn scored<T: Copy + PartialEq>(
    all: &[T],
    v: T,
    key: fn(T) -> &'static str,
    lab: fn(T) -> &'static str,
) -> Scored {
    let score = all.iter().position(|x| *x == v).map_or(0, |i| i + 1);
    Scored {
        key: key(v).to_string(),
        label: lab(v).to_string(),
        score: u8::try_from(score).unwrap_or(0),
    }
}

fn level(rating: u8) -> Label {
    match rating {
        0..=4 => label("low", "Low"),
        5..=9 => label("medium", "Medium"),
        10..=16 => label("high", "High"),
        _ => label("very_high", "Very high"),
    }
}

/// The scales every assessment uses.
pub fn scales() -> Scales {
    Scales {
        likelihood: Likelihood::ALL
            .iter()
            .map(|l| scored(Likelihood::ALL, *l, Likelihood::key, Likelihood::label))
            .collect(),
        severity: ImpactSeverity::ALL
            .iter()
            .map(|s| {
                scored(
                    ImpactSeverity::ALL,
                    *s,
                    ImpactSeverity::key,
                    ImpactSeverity::label,
                )
            })
            .collect(),
        dimensions: Dimension::ALL
            .iter()
            .map(|d| label(d.key(), d.label()))
            .collect(),
        levels: [1, 5, 10, 17].into_iter().map(level).collect(),
    }
}

fn rows_42001(standards: &[StandardView]) -> impl Iterator<Item = &ControlRow> {
    standards
        .iter()
        .filter(|s| s.namespace == "42001")
        .flat_map(|s| s.groups.iter().flat_map(|g| g.controls.iter()))
}

fn control_ref(row: &ControlRow) -> ControlRef {
    ControlRef {
        id: row.id.clone(),
        title: row.title.clone(),
        status: row
            .status
            .as_ref()
            .map_or_else(|| "Excluded".to_string(), |s| s.label.clone()),
        owner: row.owner.clone(),
    }
}

/// The view of every AI system in the inventory.
pub fn systems(soa: &Soa, standards: &[StandardView]) -> Vec<AiSystemView> {
    soa.ai_systems
        .iter()
        .map(|s| system(s, soa, standards))
        .collect()
}

fn system(s: &AiSystem, soa: &Soa, standards: &[StandardView]) -> AiSystemView {
    let all_rows = || {
        standards
            .iter()
            .flat_map(|st| st.groups.iter().flat_map(|g| g.controls.iter()))
    };
    let controls = rows_42001(standards)
        .filter(|r| r.local_id.starts_with("A.5.") || r.ai_systems.iter().any(|a| a.id == s.id))
        .cloned()
        .collect();
    let impacts = s
        .impacts
        .iter()
        .map(|i| {
            let likelihood = scored(
                Likelihood::ALL,
                i.likelihood,
                Likelihood::key,
                Likelihood::label,
            );
            let severity = scored(
                ImpactSeverity::ALL,
                i.severity,
                ImpactSeverity::key,
                ImpactSeverity::label,
            );
            let rating = likelihood.score * severity.score;
            ImpactView {
                dimension: label(i.dimension.key(), i.dimension.label()),
                kind: label(i.kind.key(), i.kind.label()),
                description: i.description.clone(),
                affected: i.affected.clone(),
                likelihood,
                severity,
                rating,
                level: if i.kind == ImpactKind::Beneficial {
                    label("benefit", "Benefit")
                } else {
                    level(rating)
                },
                measures: i.measures.clone(),
                controls: i
                    .controls
                    .iter()
                    .filter_map(|id| all_rows().find(|r| r.id == id.to_string()).map(control_ref))
                    .collect(),
            }
        })
        .collect();
    let document = super::control::assessment(soa, s);
    AiSystemView {
        id: s.id.clone(),
        name: s.name.clone(),
        purpose: s.purpose.clone(),
        description: s.description.clone(),
        intended_users: s.intended_users.clone(),
        affected_parties: s.affected_parties.clone(),
        vulnerable_groups: s.vulnerable_groups.clone(),
        roles: s.roles.iter().map(|r| label(r.key(), r.label())).collect(),
        data: s.data.clone(),
        models: s.models.clone(),
        autonomy: s.autonomy.clone(),
        human_oversight: s.human_oversight.clone(),
        lifecycle_stage: label(s.lifecycle_stage.key(), s.lifecycle_stage.label()),
        jurisdictions: s.jurisdictions.clone(),
        foreseeable_misuse: s.foreseeable_misuse.clone(),
        owner: s.owner.clone(),
        impacts,
        assessment: s.assessment.as_ref().map(|a| AssessmentView {
            assessor: a.assessor.clone(),
            date: a.date.to_string(),
            approver: a.control.approver.clone(),
            approval_date: a.control.approval_date.map(|d| d.to_string()),
            next_review: a.control.next_review.map(|d| d.to_string()),
        }),
        document_id: document.id.clone(),
        file: document.file.clone(),
        document,
        controls,
    }
}

/// The AI policy's view: its own document control (defaulting to the SoA's) and the owners of
/// the applicable 42001 controls.
pub fn policy(soa: &Soa, standards: &[StandardView]) -> PolicyView {
    let p = &soa.ai_policy;
    let a22_owner = rows_42001(standards)
        .find(|r| r.local_id == "A.2.2")
        .and_then(|r| r.owner.clone());
    let mut responsibilities: Vec<Responsibility> = Vec::new();
    for row in rows_42001(standards).filter(|r| r.applicable) {
        let owner = row
            .owner
            .clone()
            .unwrap_or_else(|| "Owner not assigned".to_string());
        match responsibilities.iter_mut().find(|r| r.owner == owner) {
            Some(r) => r.controls.push(row.id.clone()),
            None => responsibilities.push(Responsibility {
                owner,
                controls: vec![row.id.clone()],
            }),
        }
    }
    let document = super::control::policy(soa, a22_owner);
    PolicyView {
        id: document.id.clone(),
        version: document.version.clone(),
        owner: document.owner.clone(),
        approver: document.approver.clone().unwrap_or_default(),
        approval_date: document.approval_date.clone(),
        next_review: document.next_review.clone(),
        document,
        purpose: p.purpose.clone(),
        principles: p.principles.clone(),
        objectives: p.objectives.clone(),
        related_policies: p.related_policies.clone(),
        communication: p.communication.clone(),
        exceptions: p.exceptions.clone(),
        responsibilities,
        requirement_controls: rows_42001(standards)
            .filter(|r| {
                r.reasons
                    .iter()
                    .any(|x| x.key == "legal" || x.key == "contractual")
            })
            .map(|r| r.id.clone())
            .collect(),
    }
}
