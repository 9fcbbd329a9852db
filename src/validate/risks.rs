//! `risks:`: the risk register, each risk with its ratings, treatment, actions and acceptance.
//!
//! Only `id` and `title` are required, so a register written as a list of IDs and titles stays
//! valid. Ratings are read against the criteria ([`super::risk_criteria`]): a likelihood or
//! impact is a step's number, keyword or name. What can be judged from a risk alone is judged
//! here (an action overdue, a review past); what needs the controls and the AI systems is
//! judged once they are read ([`super::risk_checks`]), at the places this module records.

use super::fields::{list, pos_of, Fields};
use super::read::Ctx;
use crate::diag::Code;
use crate::input::yaml::{Node, Pos};
use crate::model::{
    Acceptance, Action, ActionState, Date, Rating, Risk, RiskCriteria, RiskKind, ScaleStep,
    Treatment,
};

const RISK_FIELDS: &[&str] = &[
    "id",
    "title",
    "description",
    "kind",
    "owner",
    "inherent",
    "residual",
    "treatment",
    "rationale",
    "actions",
    "acceptance",
    "ai_systems",
    "next_review",
];

fn explain_risk(name: &str) -> Option<String> {
    match name {
        "likelihood" | "impact" => Some(
            "rate the risk in `inherent: {likelihood: …, impact: …}` (before treatment) and `residual:` (after)"
                .into(),
        ),
        "before" | "inherent_risk" => Some("the rating before treatment is `inherent:`".into()),
        "after" | "residual_risk" => Some("the rating after treatment is `residual:`".into()),
        "accepted_by" | "accepted" => {
            Some("record it as `acceptance: {by: …, date: …, reference: …}`".into())
        }
        "option" | "treatment_option" => Some("the treatment option is `treatment:`".into()),
        _ => None,
    }
}

/// Where the parts of a risk are written, for the checks that need the rest of the file.
pub struct RiskPlace {
    pub id: Pos,
    pub kind: Pos,
    pub treatment: Pos,
    pub residual: Pos,
    /// Each AI system the risk names, as written, and where.
    pub ai_systems: Vec<(String, Pos)>,
}

/// Reads `risks:`; every valid risk, with where its parts are written (same order).
pub fn risks(
    ctx: &mut Ctx<'_>,
    top: &Fields<'_>,
    criteria: &RiskCriteria,
    doc_date: Option<Date>,
) -> (Vec<Risk>, Vec<RiskPlace>) {
    let mut out: Vec<Risk> = Vec::new();
    let mut places = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for item in list(ctx, top.get("risks"), "risks") {
        let Some(f) = Fields::open(ctx, item, "a risk", item.pos, RISK_FIELDS, explain_risk) else {
            continue;
        };
        let Some((risk, place)) = risk(ctx, &f, criteria, doc_date) else {
            continue;
        };
        if !seen.insert(risk.id.clone()) {
            let msg = format!("risk `{}` is listed twice", risk.id);
            ctx.error(Code::DuplicateId, item.pos, msg, None);
            continue;
        }
        out.push(risk);
        places.push(place);
    }
    (out, places)
}

fn risk(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    criteria: &RiskCriteria,
    doc_date: Option<Date>,
) -> Option<(Risk, RiskPlace)> {
    let id = ctx.req_text(f, "id", "add `id:`, e.g. R-01");
    let title = ctx.req_text(f, "title", "add `title:`");
    let kind = ctx.keyword(f.get("kind"), "kind", RiskKind::parse, RiskKind::KEYS);
    let treatment = ctx.keyword(
        f.get("treatment"),
        "treatment",
        Treatment::parse,
        Treatment::KEYS,
    );
    let inherent = rating(ctx, f, "inherent", criteria);
    let residual = rating(ctx, f, "residual", criteria);
    let owner = ctx.text(f.get("owner"), "owner");
    let actions = actions(ctx, f, owner.is_some(), doc_date);
    let next_review = ctx.date(f.get("next_review"), "next_review");
    if let (Some(next), Some(d)) = (next_review, doc_date) {
        if next < d {
            ctx.warning(
                Code::ReviewOverdue,
                pos_of(f, "next_review"),
                format!("the risk's `next_review` ({next}) is already past on the document's date ({d})"),
                Some("review the risk and set its next review date".into()),
            );
        }
    }
    let place = RiskPlace {
        id: pos_of(f, "id"),
        kind: f.key_pos("kind").unwrap_or(f.at),
        treatment: f.key_pos("treatment").unwrap_or(f.at),
        residual: f.key_pos("residual").unwrap_or(f.at),
        ai_systems: ctx.text_list(f.get("ai_systems"), "ai_systems"),
    };
    let risk = Risk {
        id: id?,
        title: title?,
        description: ctx.text(f.get("description"), "description"),
        kind: kind.unwrap_or(RiskKind::InformationSecurity),
        owner,
        inherent,
        residual,
        treatment,
        treatment_notes: ctx.text(f.get("rationale"), "rationale"),
        actions,
        acceptance: acceptance(ctx, f),
        ai_systems: place.ai_systems.iter().map(|(s, _)| s.clone()).collect(),
        next_review,
    };
    Some((risk, place))
}

/// `inherent:` or `residual:`, `{likelihood, impact}` on the criteria's scales.
fn rating(ctx: &mut Ctx<'_>, f: &Fields<'_>, name: &str, c: &RiskCriteria) -> Option<Rating> {
    let node = f.get(name)?;
    let at = f.key_pos(name).unwrap_or(node.pos);
    let what = format!("`{name}`");
    let r = Fields::open(
        ctx,
        node,
        what,
        at,
        &["likelihood", "impact"],
        super::fields::no_explain,
    )?;
    let likelihood = step(ctx, &r, "likelihood", &c.likelihood);
    let impact = step(ctx, &r, "impact", &c.impact);
    Some(Rating {
        likelihood: likelihood?,
        impact: impact?,
    })
}

/// A step of a scale: its number (1 = lowest), keyword or name; 1-based.
fn step(ctx: &mut Ctx<'_>, r: &Fields<'_>, name: &str, scale: &[ScaleStep]) -> Option<usize> {
    let Some(text) = ctx.text(r.get(name), name) else {
        let keys: Vec<&str> = scale.iter().map(|s| s.key.as_str()).collect();
        let hint = format!(
            "add `{name}:`, 1 to {} or one of: {}",
            scale.len(),
            keys.join(", ")
        );
        ctx.missing(r, name, &hint);
        return None;
    };
    let found = match text.parse::<usize>() {
        Ok(n) => (1..=scale.len()).contains(&n).then_some(n),
        Err(_) => scale
            .iter()
            .position(|s| s.key == text || s.label.eq_ignore_ascii_case(&text))
            .map(|i| i + 1),
    };
    if found.is_none() {
        let keys: Vec<&str> = scale.iter().map(|s| s.key.as_str()).collect();
        let help = match crate::diag::closest(&text, keys.iter().copied()) {
            Some(c) if text.parse::<usize>().is_err() => format!("did you mean `{c}`?"),
            _ => format!("use 1 to {} or one of: {}", scale.len(), keys.join(", ")),
        };
        let msg = format!("`{text}` is not a step of the {name} scale");
        ctx.error(Code::UnknownValue, pos_of(r, name), msg, Some(help));
    }
    found
}

const ACTION_FIELDS: &[&str] = &["id", "action", "owner", "due", "state"];

/// `actions:`: each `{id, action, owner, due, state}`; an action not done and due before the
/// document's date is a warning.
fn actions(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    risk_has_owner: bool,
    doc_date: Option<Date>,
) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::new();
    for item in list(ctx, f.get("actions"), "actions") {
        let Some(a) = Fields::open(
            ctx,
            item,
            "a treatment action",
            item.pos,
            ACTION_FIELDS,
            super::fields::no_explain,
        ) else {
            continue;
        };
        let id = ctx.text(a.get("id"), "id");
        let action = ctx.req_text(&a, "action", "add `action:`, what will be done");
        let owner = ctx.text(a.get("owner"), "owner");
        if owner.is_none() && !risk_has_owner && a.blank("owner") {
            ctx.missing(&a, "owner", "add `owner:` (or give the risk an `owner:`)");
        }
        let due = ctx.date(a.get("due"), "due");
        if a.blank("due") {
            ctx.missing(
                &a,
                "due",
                "add `due: YYYY-MM-DD`, when the action is to be done",
            );
        }
        let state = ctx
            .keyword(
                a.get("state"),
                "state",
                ActionState::parse,
                ActionState::KEYS,
            )
            .unwrap_or(ActionState::Open);
        if let (Some(due), Some(d)) = (due, doc_date) {
            if due < d && matches!(state, ActionState::Open | ActionState::InProgress) {
                ctx.warning(
                    Code::ActionOverdue,
                    pos_of(&a, "due"),
                    format!(
                        "the action{} was due on {due}, before the document's date ({d}), and is {}",
                        id.as_ref().map_or_else(String::new, |i| format!(" `{i}`")),
                        state.label().to_lowercase()
                    ),
                    Some("mark it `state: done`, or re-plan it with a new `due:` date".into()),
                );
            }
        }
        if let Some(i) = &id {
            if out.iter().any(|o| o.id.as_ref() == Some(i)) {
                let msg = format!("action `{i}` is listed twice in this risk");
                ctx.error(Code::DuplicateId, pos_of(&a, "id"), msg, None);
            }
        }
        if let (Some(action), Some(due)) = (action, due) {
            out.push(Action {
                id,
                action,
                owner,
                due,
                state,
            });
        }
    }
    out
}

/// `acceptance: {by, date, reference}`: who accepted the residual risk, and when.
fn acceptance(ctx: &mut Ctx<'_>, f: &Fields<'_>) -> Option<Acceptance> {
    let node: &Node = f.get("acceptance")?;
    let at = f.key_pos("acceptance").unwrap_or(node.pos);
    let known = ["by", "date", "reference"];
    let a = Fields::open(
        ctx,
        node,
        "`acceptance`",
        at,
        &known,
        super::fields::no_explain,
    )?;
    let by = ctx.req_text(
        &a,
        "by",
        "add `by:`, the role that accepted the residual risk",
    );
    let date = ctx.date(a.get("date"), "date");
    if a.blank("date") {
        ctx.missing(&a, "date", "add `date: YYYY-MM-DD`, when it was accepted");
    }
    Some(Acceptance {
        by: by?,
        date: date?,
        reference: ctx.text(a.get("reference"), "reference"),
    })
}
