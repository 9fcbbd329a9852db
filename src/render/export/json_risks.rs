//! The risk register's part of the JSON export (`annexa.soa/v2`): the criteria, each risk with
//! its ratings, treatment, acceptance and actions, and evidence references.
//!
//! Own structs, like the rest of [`super::json`], so the public contract does not follow the
//! template view model by accident. Every key is always present, `null` when absent.

use super::json::{label, s, Label, SystemRef};
use crate::merge::{self, CriteriaView, EvidenceView, RatingView, RiskEntry, StepView};
use serde::Serialize;

#[derive(Serialize)]
pub(super) struct Criteria<'a> {
    defined: bool,
    likelihood: Vec<Step<'a>>,
    impact: Vec<Step<'a>>,
    method: Label<'a>,
    levels: Vec<Level<'a>>,
    acceptance: Label<'a>,
}

#[derive(Serialize)]
struct Step<'a> {
    score: usize,
    key: &'a str,
    label: &'a str,
    description: Option<&'a str>,
}

#[derive(Serialize)]
struct Level<'a> {
    key: &'a str,
    label: &'a str,
    up_to: Option<u32>,
    needs_acceptance: bool,
}

#[derive(Serialize)]
struct Rating<'a> {
    likelihood: Step<'a>,
    impact: Step<'a>,
    score: Option<u32>,
    level: Label<'a>,
}

#[derive(Serialize)]
struct Acceptance<'a> {
    by: &'a str,
    date: &'a str,
    reference: Option<&'a str>,
}

#[derive(Serialize)]
struct Action<'a> {
    id: Option<&'a str>,
    action: &'a str,
    owner: Option<&'a str>,
    due: &'a str,
    state: Label<'a>,
    overdue: bool,
}

#[derive(Serialize)]
pub(super) struct Risk<'a> {
    id: &'a str,
    title: &'a str,
    description: Option<&'a str>,
    kind: Label<'a>,
    owner: Option<&'a str>,
    inherent: Option<Rating<'a>>,
    treatment: Option<Label<'a>>,
    rationale: Option<&'a str>,
    residual: Option<Rating<'a>>,
    within_acceptance: Option<bool>,
    acceptance: Option<Acceptance<'a>>,
    actions: Vec<Action<'a>>,
    ai_systems: Vec<SystemRef<'a>>,
    next_review: Option<&'a str>,
    controls: &'a [String],
}

#[derive(Serialize)]
pub(super) struct Evidence<'a> {
    id: Option<&'a str>,
    title: &'a str,
    location: Option<&'a str>,
    owner: Option<&'a str>,
    collected: Option<&'a str>,
    expires: Option<&'a str>,
}

impl<'a> From<&'a EvidenceView> for Evidence<'a> {
    fn from(e: &'a EvidenceView) -> Self {
        Evidence {
            id: s(&e.id),
            title: &e.title,
            location: s(&e.location),
            owner: s(&e.owner),
            collected: s(&e.collected),
            expires: s(&e.expires),
        }
    }
}

fn step(x: &StepView) -> Step<'_> {
    Step {
        score: x.score,
        key: &x.key,
        label: &x.label,
        description: s(&x.description),
    }
}

fn rating(r: &RatingView) -> Rating<'_> {
    Rating {
        likelihood: step(&r.likelihood),
        impact: step(&r.impact),
        score: r.score,
        level: label(&r.level),
    }
}

pub(super) fn criteria(c: &CriteriaView) -> Criteria<'_> {
    Criteria {
        defined: c.defined,
        likelihood: c.likelihood.iter().map(step).collect(),
        impact: c.impact.iter().map(step).collect(),
        method: label(&c.method),
        levels: (c.levels.iter())
            .map(|l| Level {
                key: &l.key,
                label: &l.label,
                up_to: l.up_to,
                needs_acceptance: l.needs_acceptance,
            })
            .collect(),
        acceptance: label(&c.acceptance),
    }
}

pub(super) fn risk(r: &RiskEntry) -> Risk<'_> {
    Risk {
        id: &r.id,
        title: &r.title,
        description: s(&r.description),
        kind: label(&r.kind),
        owner: s(&r.owner),
        inherent: r.inherent.as_ref().map(rating),
        treatment: r.treatment.as_ref().map(label),
        rationale: s(&r.rationale),
        residual: r.residual.as_ref().map(rating),
        within_acceptance: r.within_acceptance,
        acceptance: r
            .acceptance
            .as_ref()
            .map(|a: &merge::AcceptanceView| Acceptance {
                by: &a.by,
                date: &a.date,
                reference: s(&a.reference),
            }),
        actions: (r.actions.iter())
            .map(|a| Action {
                id: s(&a.id),
                action: &a.action,
                owner: s(&a.owner),
                due: &a.due,
                state: label(&a.state),
                overdue: a.overdue,
            })
            .collect(),
        ai_systems: (r.ai_systems.iter())
            .map(|a| SystemRef {
                id: &a.id,
                name: &a.name,
            })
            .collect(),
        next_review: s(&r.next_review),
        controls: &r.controls,
    }
}
