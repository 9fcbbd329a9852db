//! The checks an auditor makes between the risk register, the Statement of Applicability and
//! the AI impact assessments (clause 6.1.3 of both standards, 42001 6.1.4), once all three are
//! read: every risk treated, a `modify` treatment carried by controls, residual risk above the
//! acceptance criteria accepted by someone, an AI risk tied to its AI systems and their
//! impact assessments.
//!
//! A risk cited by a control but not in the register is reported where the control cites it
//! (`unknown-risk`, in `inclusion`); the rest is reported at the risk's own lines. The checks
//! that count the controls citing a risk run only when every control decision could be read:
//! with a broken decision, its citations are unknown, and a risk would look untreated for a
//! mistake already reported elsewhere.

use super::read::Ctx;
use super::risks::RiskPlace;
use crate::diag::{closest, Code};
use crate::model::{
    ActionState, AdditionalControl, AiSystem, Applicability, Decision, Risk, RiskCriteria,
    RiskKind, Treatment,
};

/// What the checks compare the register with.
pub struct Against<'a> {
    pub decisions: &'a [Decision],
    pub additional: &'a [AdditionalControl],
    pub ai_systems: &'a [AiSystem],
    pub criteria: &'a RiskCriteria,
    /// False when a control decision could not be read: the counting checks are skipped.
    pub controls_read: bool,
}

/// Runs every check on every risk of the register (`places` in the same order as `risks`).
pub fn check(ctx: &mut Ctx<'_>, risks: &[Risk], places: &[RiskPlace], with: &Against<'_>) {
    for (risk, place) in risks.iter().zip(places) {
        ai_systems(ctx, risk, place, with.ai_systems);
        accepted(ctx, risk, place, with.criteria);
        if with.controls_read {
            treated(ctx, risk, place, citing(risk, with));
        }
    }
}

/// How many controls (applicable decisions and additional controls) cite the risk.
fn citing(risk: &Risk, with: &Against<'_>) -> usize {
    let decisions = with.decisions.iter().filter(|d| match &d.applicability {
        Applicability::Applicable(inc) => inc.risks.contains(&risk.id),
        Applicability::Excluded => false,
    });
    let additional = (with.additional.iter()).filter(|a| a.inclusion.risks.contains(&risk.id));
    decisions.count() + additional.count()
}

/// `modify` needs a control; any risk needs a control, a live action, or to be retained.
fn treated(ctx: &mut Ctx<'_>, risk: &Risk, place: &RiskPlace, controls: usize) {
    if controls > 0 {
        return;
    }
    let id = &risk.id;
    if risk.treatment == Some(Treatment::Modify) {
        ctx.error(
            Code::ModifyWithoutControl,
            place.treatment,
            format!("risk `{id}` is to be modified, but no control cites it"),
            Some(format!(
                "add `{id}` to the `risks:` of the controls that reduce it (with the `risk` reason), or choose another treatment"
            )),
        );
        return;
    }
    let live = risk
        .actions
        .iter()
        .any(|a| a.state != ActionState::Cancelled);
    if !live && risk.treatment != Some(Treatment::Retain) {
        ctx.warning(
            Code::UntreatedRisk,
            place.id,
            format!("risk `{id}` is treated by no control and no action"),
            Some(format!(
                "cite `{id}` from the controls that treat it, add `actions:`, or record `treatment: retain` with its acceptance"
            )),
        );
    }
}

/// A residual rating above the acceptance level needs an acceptance record.
fn accepted(ctx: &mut Ctx<'_>, risk: &Risk, place: &RiskPlace, c: &RiskCriteria) {
    let Some(rating) = risk.judged() else {
        return;
    };
    if c.acceptable(rating) || risk.acceptance.is_some() {
        return;
    }
    let at = if risk.residual.is_some() {
        place.residual
    } else {
        place.treatment
    };
    let accepted = c.levels.get(c.acceptance).map_or("", |l| l.label.as_str());
    ctx.error(
        Code::ResidualNotAccepted,
        at,
        format!(
            "risk `{}`'s residual rating ({}) is above the acceptance criteria ({accepted}) and no acceptance is recorded",
            risk.id,
            c.describe(rating)
        ),
        Some("record who accepted it, `acceptance: {by: …, date: …, reference: …}`, or treat the risk further".into()),
    );
}

/// The AI systems a risk names exist; an AI risk names one, and each one's impact assessment
/// mentions the risk.
fn ai_systems(ctx: &mut Ctx<'_>, risk: &Risk, place: &RiskPlace, systems: &[AiSystem]) {
    let id = &risk.id;
    for (name, pos) in &place.ai_systems {
        let Some(system) = systems.iter().find(|s| &s.id == name) else {
            let help = closest(name, systems.iter().map(|s| s.id.as_str()))
                .map(|c| format!("did you mean `{c}`?"))
                .or_else(|| Some("list the system under `ai_systems:` first".into()));
            let msg = format!("AI system `{name}` is not in `ai_systems:`");
            ctx.error(Code::UnknownAiSystem, *pos, msg, help);
            continue;
        };
        if risk.kind != RiskKind::Ai || system.impacts.iter().any(|i| i.risks.contains(id)) {
            continue;
        }
        let msg = if system.impacts.is_empty() {
            format!("the impact assessment of `{name}` records no impacts yet, so it does not inform risk `{id}`")
        } else {
            format!("the impact assessment of `{name}` does not mention risk `{id}`")
        };
        ctx.warning(
            Code::RiskNotInAssessment,
            *pos,
            msg,
            Some(format!(
                "add `risks: [{id}]` to the impacts of `{name}` that inform this risk (clause 6.1.4 feeds the risk assessment)"
            )),
        );
    }
    if risk.kind == RiskKind::Ai && place.ai_systems.is_empty() {
        ctx.warning(
            Code::AiRiskWithoutSystem,
            place.kind,
            format!("AI risk `{id}` names no AI system"),
            Some("add `ai_systems: [...]`, the systems of `ai_systems:` the risk concerns".into()),
        );
    }
}
