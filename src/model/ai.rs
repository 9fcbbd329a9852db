//! The AI side of a decisions file: the AI system inventory with its impact assessments, and
//! the words of the AI policy.
//!
//! These are read only when ISO/IEC 42001 is in scope or an `ai_systems:` list is given; an
//! AI system's ID names its impact-assessment files.

use super::{
    AiRole, ControlFields, ControlId, Date, Dimension, ImpactKind, ImpactSeverity, Lifecycle,
    Likelihood,
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

/// The record of an impact assessment: who makes it, from when, and its document control (its
/// ID, defaulting to `<SoA id>-AIIA-<system id>`, version, approval and review). `control.date`
/// is always `None`: the assessment's `date` is its issue date.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentRecord {
    pub assessor: String,
    pub date: Date,
    pub control: ControlFields,
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
    pub control: ControlFields,
    pub purpose: Option<String>,
    pub principles: Vec<String>,
    pub objectives: Vec<String>,
    pub related_policies: Vec<String>,
    pub communication: Option<String>,
    pub exceptions: Option<String>,
}
