//! The AI side of a decisions file: the AI system inventory with its impact assessments, and
//! the words of the AI policy.
//!
//! These are read only when ISO/IEC 42001 is in scope or an `ai_systems:` list is given; an
//! AI system's ID names its impact-assessment files.

use super::{
    AiRole, ControlId, Date, Dimension, ImpactKind, ImpactSeverity, Lifecycle, Likelihood,
};

#[derive(Debug, Clone, PartialEq)]
pub struct Impact {
    pub dimension: Dimension,
    pub kind: ImpactKind,
    pub description: String,
    pub affected: Vec<String>,
    pub likelihood: Likelihood,
    pub severity: ImpactSeverity,
    pub measures: Option<String>,
    pub controls: Vec<ControlId>,
    /// The risks of the register this impact informs (clause 6.1.4 feeds 6.1.2).
    pub risks: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentRecord {
    /// The assessment's document ID; defaults to `<SoA id>-AIIA-<system id>`.
    pub id: Option<String>,
    pub assessor: String,
    pub date: Date,
    pub approver: Option<String>,
    pub approval_date: Option<Date>,
    pub next_review: Option<Date>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AiSystem {
    pub id: String,
    pub name: String,
    pub purpose: String,
    pub description: Option<String>,
    pub intended_users: Vec<String>,
    pub affected_parties: Vec<String>,
    pub vulnerable_groups: Vec<String>,
    pub roles: Vec<AiRole>,
    pub data: Vec<String>,
    pub models: Vec<String>,
    pub autonomy: String,
    pub human_oversight: String,
    pub lifecycle_stage: Lifecycle,
    pub jurisdictions: Vec<String>,
    pub foreseeable_misuse: Vec<String>,
    pub owner: Option<String>,
    pub impacts: Vec<Impact>,
    pub assessment: Option<AssessmentRecord>,
}

/// The AI policy's own document control and the words only the organisation can write.
/// Everything is optional: what is missing becomes a marked placeholder in the skeleton.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AiPolicy {
    pub id: Option<String>,
    pub version: Option<String>,
    pub owner: Option<String>,
    pub approver: Option<String>,
    pub approval_date: Option<Date>,
    pub next_review: Option<Date>,
    pub purpose: Option<String>,
    pub principles: Vec<String>,
    pub objectives: Vec<String>,
    pub related_policies: Vec<String>,
    pub communication: Option<String>,
    pub exceptions: Option<String>,
}
