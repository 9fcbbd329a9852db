//! One organisation's decisions: applicability and status of each control with the fields each
//! requires, its risks, its additional controls, and how it meets the management-system clauses.
//!
//! The types leave no room for what validation rejects: an excluded control has no status, a
//! planned one always has a target date, a not-implemented one always has a reason.

use super::{ControlId, Date, Evidence, Reason, StatusKey};

/// Implementation status of an applicable control, with what each status requires.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Implemented,
    Partial {
        target: Option<Date>,
        reason: Option<String>,
    },
    Planned {
        target: Date,
        reason: Option<String>,
    },
    NotImplemented {
        reason: String,
    },
}

impl Status {
    pub fn key(&self) -> StatusKey {
        match self {
            Status::Implemented => StatusKey::Implemented,
            Status::Partial { .. } => StatusKey::Partial,
            Status::Planned { .. } => StatusKey::Planned,
            Status::NotImplemented { .. } => StatusKey::NotImplemented,
        }
    }
}

/// The fields every applicable control (and additional control) carries once resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Inclusion {
    pub reasons: Vec<Reason>,
    pub risks: Vec<String>,
    pub status: Status,
    pub owner: Option<String>,
    pub implementation: Option<String>,
    pub evidence: Vec<Evidence>,
    pub last_review: Option<Date>,
}

/// A control is either applicable (with everything that needs) or excluded.
#[derive(Debug, Clone, PartialEq)]
pub enum Applicability {
    Applicable(Inclusion),
    Excluded,
}

/// One control's decision, resolved with defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub id: ControlId,
    pub applicability: Applicability,
    /// Why it is included, or (required) why it is excluded.
    pub justification: Option<String>,
    pub notes: Option<String>,
    pub ai_systems: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalControl {
    pub id: String,
    pub title: String,
    pub description: String,
    pub source: Option<String>,
    pub inclusion: Inclusion,
    pub justification: Option<String>,
    pub notes: Option<String>,
}

/// What the organisation does to meet one management-system clause (clauses 4–10), from
/// `management_system:` in the decisions file.
#[derive(Debug, Clone, PartialEq)]
pub struct ClauseEntry {
    /// The key as written: `6.1.2` (every standard in scope with that clause) or `42001:6.1.2`
    /// (that standard's clause only).
    pub key: String,
    /// The clause number, e.g. `6.1.2`.
    pub clause: String,
    /// The namespaces of the catalogs whose clause this entry meets, in catalog order.
    pub applies_to: Vec<String>,
    pub process: String,
    pub owner: String,
    pub evidence: Vec<String>,
    pub notes: Option<String>,
}
