//! The view model of the risk treatment plan: each risk of the register as the documents show
//! it, the criteria it is rated on, and the plan's summary (counts, heat maps, what is late).
//! What a template can read is exactly what these types serialise to (`templates/README.md`).

use super::heatmap::Heatmap;
use super::{AiSystemRef, Label};
use serde::Serialize;

/// One risk of the register, with everything the treatment plan shows.
#[derive(Debug, Clone, Serialize)]
pub struct RiskEntry {
    pub id: String,
    pub title: String,
    /// IDs of the controls (and additional controls) whose reasons name this risk.
    pub controls: Vec<String>,
    pub description: Option<String>,
    /// `information_security` or `ai`.
    pub kind: Label,
    pub owner: Option<String>,
    /// Before treatment; none when not rated.
    pub inherent: Option<RatingView>,
    /// After treatment; none when not rated (a retained risk shows its inherent rating).
    pub residual: Option<RatingView>,
    /// `modify`, `retain`, `avoid`, `share`; none when not chosen yet.
    pub treatment: Option<Label>,
    pub rationale: Option<String>,
    pub actions: Vec<ActionView>,
    pub acceptance: Option<AcceptanceView>,
    /// Whether the residual rating is within the acceptance criteria; none when not rated.
    pub within_acceptance: Option<bool>,
    pub ai_systems: Vec<AiSystemRef>,
    pub next_review: Option<String>,
    /// The controls that treat the risk, derived from the SoA: every control whose reasons
    /// cite it, with its status as the SoA records it.
    pub treated_by: Vec<TreatingControl>,
}

/// A rating on the organisation's criteria.
#[derive(Debug, Clone, Serialize)]
pub struct RatingView {
    pub likelihood: StepView,
    pub impact: StepView,
    /// likelihood × impact (or +); none with a matrix.
    pub score: Option<u32>,
    pub level: Label,
    /// 1 for the lowest level.
    pub rank: usize,
    /// "Likely × Major = 16" (or "Likely × Major" with a matrix).
    pub text: String,
}

/// A step of a likelihood or impact scale.
#[derive(Debug, Clone, Serialize)]
pub struct StepView {
    /// 1 for the lowest step.
    pub score: usize,
    pub key: String,
    pub label: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionView {
    pub id: Option<String>,
    pub action: String,
    /// The action's owner, else the risk's.
    pub owner: Option<String>,
    pub due: String,
    /// `open`, `in_progress`, `done`, `cancelled`.
    pub state: Label,
    /// Due before the document's date and neither done nor cancelled.
    pub overdue: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct AcceptanceView {
    pub by: String,
    pub date: String,
    pub reference: Option<String>,
}

/// A control treating a risk, as the SoA records it.
#[derive(Debug, Clone, Serialize)]
pub struct TreatingControl {
    pub id: String,
    pub title: String,
    /// None when excluded (a control cannot cite a risk then; kept for user catalogs).
    pub status: Option<Label>,
    pub target_date: Option<String>,
    pub owner: Option<String>,
    /// Planned or partial with a target date before the document's date.
    pub late: bool,
}

/// The risk treatment plan as a whole.
#[derive(Debug, Clone, Serialize)]
pub struct RiskPlanView {
    /// `document.id`: `documents.risk_treatment_plan.id`, else `<SoA document ID>-RTP`.
    pub document_id: String,
    /// The plan's document control.
    pub document: super::ControlView,
    pub criteria: CriteriaView,
    pub counts: RiskCounts,
    /// Actions due before the document's date and not done, in register order.
    pub overdue_actions: Vec<OverdueAction>,
    /// Controls that treat a risk, planned or partial, whose target date is before the
    /// document's date.
    pub late_controls: Vec<LateControl>,
    /// Before and after treatment, in that order (drawn at `<!-- annexa:heatmap … -->`).
    pub heatmaps: Vec<Heatmap>,
}

/// The risk criteria as documents print them.
#[derive(Debug, Clone, Serialize)]
pub struct CriteriaView {
    /// False when the decisions file has no `risk_criteria:` (annexa's defaults apply).
    pub defined: bool,
    pub likelihood: Vec<StepView>,
    pub impact: Vec<StepView>,
    /// `product`, `sum` or `matrix`.
    pub method: Label,
    pub levels: Vec<LevelView>,
    /// The highest level accepted without a recorded acceptance.
    pub acceptance: Label,
    /// With a matrix: one row per likelihood step, highest first, each cell a level.
    pub matrix: Vec<MatrixRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelView {
    pub key: String,
    pub label: String,
    /// Scores in the band, "1–4", "17–25"; empty with a matrix.
    pub range: String,
    /// The highest score in the band; none for the last band and with a matrix.
    pub up_to: Option<u32>,
    /// Whether a residual risk at this level needs a recorded acceptance.
    pub needs_acceptance: bool,
    /// How many risks of the register are at this level before treatment.
    pub inherent: usize,
    /// How many are at this level after treatment.
    pub residual: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixRow {
    pub likelihood: String,
    pub cells: Vec<Label>,
}

/// Figures over the register.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct RiskCounts {
    pub risks: usize,
    pub information_security: usize,
    pub ai: usize,
    pub modify: usize,
    pub retain: usize,
    pub avoid: usize,
    pub share: usize,
    /// No treatment option chosen.
    pub undecided: usize,
    /// Residual rating within the acceptance criteria.
    pub within_acceptance: usize,
    /// Residual rating above them.
    pub above_acceptance: usize,
    /// Above them, with an acceptance recorded.
    pub accepted: usize,
    /// No residual rating.
    pub unrated: usize,
    pub actions: usize,
    pub open_actions: usize,
    pub overdue_actions: usize,
    pub late_controls: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct OverdueAction {
    pub risk: String,
    pub risk_title: String,
    pub action: ActionView,
}

#[derive(Debug, Clone, Serialize)]
pub struct LateControl {
    pub id: String,
    pub title: String,
    pub status: Option<Label>,
    pub target_date: Option<String>,
    pub owner: Option<String>,
    /// The risks it treats.
    pub risks: Vec<String>,
}
