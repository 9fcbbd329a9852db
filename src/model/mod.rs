//! The domain: catalogs, controls and one organisation's decisions, as validated types.
//!
//! Values of these types exist only after [`crate::validate`] accepted the input, and their shape
//! leaves no room for the mistakes it rejects: an excluded control has no status, a planned one
//! always has a target date, a date is a real calendar date ("parse, don't validate"). This file
//! holds the whole ([`Soa`]) and the document's own fields; each part has its own module.

#[macro_use]
mod keywords;
mod ai;
mod catalog;
mod date;
mod decisions;
mod evidence;
mod ids;
pub mod logo;
pub mod png;
mod relations;
mod risk;
pub mod theme;

pub use ai::{AiPolicy, AiSystem, AssessmentRecord, Impact};
pub use catalog::{Catalog, Clause, Control, Group};
pub use date::Date;
pub use decisions::{AdditionalControl, Applicability, ClauseEntry, Decision, Inclusion, Status};
pub use evidence::{Evidence, Location};
pub use ids::{natural_cmp, ControlId};
pub use keywords::{
    AiRole, Dimension, ImpactKind, ImpactSeverity, Lifecycle, Likelihood, Reason, StatusKey,
};
pub use relations::{Relation, Relations};
pub use risk::{
    Acceptance, Action, ActionState, Rating, RatingMethod, Risk, RiskCriteria, RiskKind, RiskLevel,
    ScaleStep, Treatment,
};

/// Who the statement is for, what its management systems cover and its roles toward AI.
#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub name: String,
    pub isms_scope: Option<String>,
    pub aims_scope: Option<String>,
    pub ai_roles: Vec<AiRole>,
}

/// One entry of the document's revision history.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub version: String,
    pub date: Date,
    pub author: Option<String>,
    pub changes: String,
}

/// The Statement of Applicability's document control: ID, version, approval and review. The
/// other documents of the set default to it ([`ControlFields`]).
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentControl {
    pub id: String,
    pub title: Option<String>,
    pub version: String,
    pub date: Date,
    pub classification: String,
    pub owner: String,
    pub approver: String,
    pub approval_date: Date,
    /// Where the approval is recorded (minutes, a ticket, an e-signature envelope).
    pub approval_reference: Option<String>,
    /// From when the version applies, when not its approval date.
    pub effective_date: Option<Date>,
    pub review_cycle: Option<String>,
    pub next_review: Option<Date>,
    pub revisions: Vec<Revision>,
    /// The language of every document (`language:`, a tag such as `de` or `fr-CA`); English
    /// when absent.
    pub language: Option<String>,
}

/// The document control one document of the set may give itself (the AI policy, an impact
/// assessment, the risk treatment plan, the management-system matrix). Every field is
/// optional: what is absent is derived from the SoA's when the documents are merged.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ControlFields {
    pub id: Option<String>,
    pub version: Option<String>,
    /// The issue date of this version.
    pub date: Option<Date>,
    pub classification: Option<String>,
    pub owner: Option<String>,
    pub approver: Option<String>,
    pub approval_date: Option<Date>,
    pub approval_reference: Option<String>,
    pub effective_date: Option<Date>,
    pub review_cycle: Option<String>,
    pub next_review: Option<Date>,
    pub revisions: Vec<Revision>,
}

/// `documents:`: the document control of the documents that have no section of their own.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Documents {
    pub risk_treatment_plan: ControlFields,
    pub management_system: ControlFields,
}

/// Everything a valid decisions file says, with its catalogs, ready to merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Soa {
    pub organisation: Organisation,
    pub document: DocumentControl,
    /// The document control of the risk treatment plan and the management-system matrix.
    pub documents: Documents,
    /// The catalogs in scope, in the order the file lists them.
    pub catalogs: Vec<Catalog>,
    pub risks: Vec<Risk>,
    /// How risks are rated and what is accepted (`risk_criteria:`, else annexa's defaults).
    pub risk_criteria: RiskCriteria,
    /// One per control of every catalog in scope, in catalog then natural ID order.
    pub decisions: Vec<Decision>,
    pub additional: Vec<AdditionalControl>,
    pub ai_systems: Vec<AiSystem>,
    pub ai_policy: AiPolicy,
    /// A folder of template overrides, relative to the decisions file.
    pub templates: Option<String>,
    /// A folder of message files (`locales:`), relative to the decisions file: languages
    /// beyond the shipped ones, or changed wording.
    pub locales: Option<String>,
    /// How the organisation meets clauses 4–10, in the file's order; `None` when the file has no
    /// `management_system:` section (then no management-system matrix is written).
    pub management_system: Option<Vec<ClauseEntry>>,
    /// The Annex A relations in force: the shipped 27001 → 42001 mapping when both catalogs are
    /// in scope, the file named by `relations:` when given, else none.
    pub relations: Option<Relations>,
}
