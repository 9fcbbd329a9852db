//! The risk register and the risk treatment plan, from the decisions and the SoA's rows.
//!
//! The controls that treat a risk are not written twice: they are the controls whose reasons
//! cite it, with the status the SoA gives them, so the plan and the statement cannot disagree.
//! What is late (actions, planned controls) is judged against the document's date, never the
//! clock.

use super::heatmap::{heatmap, HeatmapKind};
use super::risk_view::*;
use super::{label, AiSystemRef, ControlRow};
use crate::model::{
    ActionState, Date, Rating, RatingMethod, Risk, RiskCriteria, ScaleStep, Soa, Treatment,
};

/// Every risk of the register as the documents show it. `rows`: every control row of the SoA,
/// additional controls included.
pub fn entries(soa: &Soa, rows: &[&ControlRow]) -> Vec<RiskEntry> {
    let c = &soa.risk_criteria;
    let today = soa.document.date;
    soa.risks
        .iter()
        .map(|r| {
            let citing: Vec<&&ControlRow> = rows
                .iter()
                .filter(|row| row.risks.iter().any(|k| k.id == r.id))
                .collect();
            RiskEntry {
                id: r.id.clone(),
                title: r.title.clone(),
                controls: citing.iter().map(|row| row.id.clone()).collect(),
                description: r.description.clone(),
                kind: label(r.kind.key(), r.kind.label()),
                owner: r.owner.clone(),
                inherent: r.inherent.map(|x| rating(c, x)),
                residual: r.judged().map(|x| rating(c, x)),
                treatment: r.treatment.map(|t| label(t.key(), t.label())),
                rationale: r.treatment_notes.clone(),
                actions: actions(r, today),
                acceptance: r.acceptance.as_ref().map(|a| AcceptanceView {
                    by: a.by.clone(),
                    date: a.date.to_string(),
                    reference: a.reference.clone(),
                }),
                within_acceptance: r.judged().map(|x| c.acceptable(x)),
                ai_systems: (r.ai_systems.iter())
                    .filter_map(|id| soa.ai_systems.iter().find(|s| &s.id == id))
                    .map(|s| AiSystemRef {
                        id: s.id.clone(),
                        name: s.name.clone(),
                    })
                    .collect(),
                next_review: r.next_review.map(|d| d.to_string()),
                treated_by: citing.iter().map(|row| treating(row, today)).collect(),
            }
        })
        .collect()
}

fn step(steps: &[ScaleStep], score: usize) -> StepView {
    let s = steps.get(score.wrapping_sub(1));
    StepView {
        score,
        key: s.map_or_else(String::new, |s| s.key.clone()),
        label: s.map_or_else(String::new, |s| s.label.clone()),
        description: s.and_then(|s| s.description.clone()),
    }
}

fn rating(c: &RiskCriteria, r: Rating) -> RatingView {
    let (likelihood, impact) = (step(&c.likelihood, r.likelihood), step(&c.impact, r.impact));
    let level = c.level(r);
    let score = c.score(r);
    let sign = if c.method == RatingMethod::Sum {
        "+"
    } else {
        "×"
    };
    let mut text = format!("{} {sign} {}", likelihood.label, impact.label);
    if let Some(s) = score {
        text.push_str(&format!(" = {s}"));
    }
    RatingView {
        likelihood,
        impact,
        score,
        level: c
            .levels
            .get(level)
            .map_or_else(|| label("", ""), |l| label(&l.key, &l.label)),
        rank: level + 1,
        text,
    }
}

fn actions(r: &Risk, today: Date) -> Vec<ActionView> {
    r.actions
        .iter()
        .map(|a| ActionView {
            id: a.id.clone(),
            action: a.action.clone(),
            owner: a.owner.clone().or_else(|| r.owner.clone()),
            due: a.due.to_string(),
            state: label(a.state.key(), a.state.label()),
            overdue: a.due < today
                && matches!(a.state, ActionState::Open | ActionState::InProgress),
        })
        .collect()
}

fn treating(row: &ControlRow, today: Date) -> TreatingControl {
    TreatingControl {
        id: row.id.clone(),
        title: row.title.clone(),
        status: row.status.clone(),
        target_date: row.target_date.clone(),
        owner: row.owner.clone(),
        late: late(row, today),
    }
}

/// Planned or partial, with a target date before `today`.
fn late(row: &ControlRow, today: Date) -> bool {
    let open = row
        .status
        .as_ref()
        .is_some_and(|s| s.key == "planned" || s.key == "partial");
    let target = row.target_date.as_deref().and_then(Date::parse);
    open && target.is_some_and(|t| t < today)
}

/// The plan's summary: criteria, figures, what is late, the heat maps.
pub fn plan(soa: &Soa, entries: &[RiskEntry], rows: &[&ControlRow]) -> RiskPlanView {
    let today = soa.document.date;
    let overdue_actions: Vec<OverdueAction> = entries
        .iter()
        .flat_map(|e| {
            e.actions
                .iter()
                .filter(|a| a.overdue)
                .map(|a| OverdueAction {
                    risk: e.id.clone(),
                    risk_title: e.title.clone(),
                    action: a.clone(),
                })
        })
        .collect();
    let late_controls: Vec<LateControl> = rows
        .iter()
        .filter(|row| !row.risks.is_empty() && late(row, today))
        .map(|row| LateControl {
            id: row.id.clone(),
            title: row.title.clone(),
            status: row.status.clone(),
            target_date: row.target_date.clone(),
            owner: row.owner.clone(),
            risks: row.risks.iter().map(|k| k.id.clone()).collect(),
        })
        .collect();
    let mut counts = counts(soa, entries);
    counts.overdue_actions = overdue_actions.len();
    counts.late_controls = late_controls.len();
    let c = &soa.risk_criteria;
    let mut criteria = criteria(c);
    for e in entries {
        if let Some(l) = e
            .inherent
            .as_ref()
            .and_then(|r| criteria.levels.get_mut(r.rank - 1))
        {
            l.inherent += 1;
        }
        if let Some(l) = e
            .residual
            .as_ref()
            .and_then(|r| criteria.levels.get_mut(r.rank - 1))
        {
            l.residual += 1;
        }
    }
    let document = super::control::derived(
        soa,
        &soa.documents.risk_treatment_plan,
        &super::control::Kind {
            key: "risk_treatment_plan",
            title: "Risk treatment plan",
            file: crate::render::RISK_PLAN,
            suffix: "-RTP",
        },
    );
    RiskPlanView {
        document_id: document.id.clone(),
        document,
        criteria,
        counts,
        overdue_actions,
        late_controls,
        heatmaps: HeatmapKind::ALL
            .iter()
            .map(|k| heatmap(*k, &soa.risks, c))
            .collect(),
    }
}

fn counts(soa: &Soa, entries: &[RiskEntry]) -> RiskCounts {
    let mut n = RiskCounts {
        risks: soa.risks.len(),
        ..RiskCounts::default()
    };
    for (r, e) in soa.risks.iter().zip(entries) {
        match r.kind {
            crate::model::RiskKind::Ai => n.ai += 1,
            crate::model::RiskKind::InformationSecurity => n.information_security += 1,
        }
        match r.treatment {
            Some(Treatment::Modify) => n.modify += 1,
            Some(Treatment::Retain) => n.retain += 1,
            Some(Treatment::Avoid) => n.avoid += 1,
            Some(Treatment::Share) => n.share += 1,
            None => n.undecided += 1,
        }
        match e.within_acceptance {
            Some(true) => n.within_acceptance += 1,
            Some(false) => {
                n.above_acceptance += 1;
                n.accepted += usize::from(e.acceptance.is_some());
            }
            None => n.unrated += 1,
        }
        n.actions += e.actions.len();
        n.open_actions += (e.actions.iter())
            .filter(|a| a.state.key == "open" || a.state.key == "in_progress")
            .count();
    }
    n
}

fn criteria(c: &RiskCriteria) -> CriteriaView {
    let steps = |s: &[ScaleStep]| (1..=s.len()).map(|i| step(s, i)).collect();
    let (l, i) = (c.likelihood.len() as u32, c.impact.len() as u32);
    let highest = if c.method == RatingMethod::Sum {
        l + i
    } else {
        l * i
    };
    let lowest = if c.method == RatingMethod::Sum { 2 } else { 1 };
    let mut from = lowest;
    let levels = (c.levels.iter().enumerate())
        .map(|(k, x)| {
            let range = match (c.method, x.up_to) {
                (RatingMethod::Matrix, _) => String::new(),
                (_, Some(to)) if to <= from => format!("{to}"),
                (_, Some(to)) => format!("{from}–{to}"),
                (_, None) if highest <= from => format!("{from}"),
                (_, None) => format!("{from}–{highest}"),
            };
            from = x.up_to.map_or(from, |t| t + 1);
            LevelView {
                key: x.key.clone(),
                label: x.label.clone(),
                range,
                up_to: x.up_to,
                needs_acceptance: k > c.acceptance,
                inherent: 0,
                residual: 0,
            }
        })
        .collect();
    let level_label = |i: usize| {
        c.levels
            .get(i)
            .map_or_else(|| label("", ""), |l| label(&l.key, &l.label))
    };
    CriteriaView {
        defined: c.defined,
        likelihood: steps(&c.likelihood),
        impact: steps(&c.impact),
        method: label(c.method.key(), c.method.label()),
        levels,
        acceptance: level_label(c.acceptance),
        matrix: (c.matrix.iter().enumerate().rev())
            .map(|(li, row)| MatrixRow {
                likelihood: c
                    .likelihood
                    .get(li)
                    .map_or_else(String::new, |s| s.label.clone()),
                cells: row.iter().map(|x| level_label(*x)).collect(),
            })
            .collect(),
    }
}
