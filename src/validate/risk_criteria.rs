//! `risk_criteria:`: how the organisation rates risks, defined once (ISO/IEC 27001 6.1.2 a).
//!
//! Two scales (likelihood and impact, lowest step first), a rating method (`product`, `sum` or
//! `matrix`), rating levels (bands of scores, or the colours of the matrix) and the acceptance
//! level: the highest level a residual risk may have without a recorded acceptance. Without the
//! section annexa uses [`RiskCriteria::standard`], the 5 × 5 scales of the impact assessments.
//! Whatever cannot give every rating exactly one level is an `invalid-risk-criteria` error, so
//! the rest of annexa can rate any likelihood and impact on the scales without a failure case.

use super::fields::{list, no_explain, pos_of, Fields};
use super::read::Ctx;
use crate::diag::{closest, Code};
use crate::input::yaml::{Node, Pos};
use crate::model::{RatingMethod, RiskCriteria, RiskLevel, ScaleStep};

const FIELDS: &[&str] = &[
    "likelihood",
    "impact",
    "rating",
    "levels",
    "matrix",
    "acceptance",
];

/// Reads `risk_criteria:`; the defaults when it is absent or cannot be used (reported).
pub fn risk_criteria(ctx: &mut Ctx<'_>, top: &Fields<'_>) -> RiskCriteria {
    let standard = RiskCriteria::standard();
    let Some(node) = top.get("risk_criteria") else {
        return standard;
    };
    let at = top.key_pos("risk_criteria").unwrap_or(node.pos);
    let Some(f) = Fields::open(ctx, node, "`risk_criteria`", at, FIELDS, no_explain) else {
        return standard;
    };
    let errors = ctx.diags.errors();
    let likelihood = scale(ctx, &f, "likelihood").unwrap_or(standard.likelihood);
    let impact = scale(ctx, &f, "impact").unwrap_or(standard.impact);
    let method = ctx
        .keyword(
            f.get("rating"),
            "rating",
            RatingMethod::parse,
            RatingMethod::KEYS,
        )
        .unwrap_or(RatingMethod::Product);
    let before_levels = ctx.diags.errors();
    let mut last_level = pos_of(&f, "levels");
    let levels = match f.get("levels") {
        Some(_) => levels(ctx, &f, method, &mut last_level),
        None if method == RatingMethod::Matrix => {
            ctx.missing(
                &f,
                "levels",
                "a matrix needs `levels:`, the names its cells use",
            );
            Vec::new()
        }
        None => standard.levels,
    };
    let mut criteria = RiskCriteria {
        likelihood,
        impact,
        method,
        levels,
        matrix: Vec::new(),
        acceptance: 0,
        defined: true,
    };
    if ctx.diags.errors() == before_levels {
        bands_cover_every_score(ctx, last_level, &criteria);
    }
    criteria.matrix = matrix(ctx, &f, &criteria);
    criteria.acceptance = acceptance(ctx, &f, &criteria.levels).unwrap_or(0);
    if ctx.diags.errors() > errors || criteria.levels.is_empty() {
        // Reported above; the defaults keep every later rating well defined.
        return RiskCriteria::standard();
    }
    criteria
}

/// A likelihood or impact scale: at least two steps, lowest first, each a name or a record.
fn scale(ctx: &mut Ctx<'_>, f: &Fields<'_>, name: &str) -> Option<Vec<ScaleStep>> {
    let node = f.get(name)?;
    let mut steps: Vec<ScaleStep> = Vec::new();
    for item in list(ctx, Some(node), name) {
        let Some(step) = scale_step(ctx, item, name) else {
            continue;
        };
        if steps
            .iter()
            .any(|s| s.key == step.key || s.label.eq_ignore_ascii_case(&step.label))
        {
            ctx.error(
                Code::DuplicateId,
                item.pos,
                format!("`{}` is listed twice in the {name} scale", step.key),
                None,
            );
            continue;
        }
        steps.push(step);
    }
    if steps.len() < 2 {
        ctx.error(
            Code::InvalidRiskCriteria,
            node.pos,
            format!("the {name} scale needs at least two steps, lowest first"),
            Some(format!(
                "e.g. `{name}: [Rare, Unlikely, Possible, Likely, Almost certain]`"
            )),
        );
        return None;
    }
    Some(steps)
}

/// One step: a name (its keyword is the name in lower case, spaces as `_`) or
/// `{id, name, description}`.
fn scale_step(ctx: &mut Ctx<'_>, item: &Node, scale: &str) -> Option<ScaleStep> {
    if item.scalar().is_some() {
        let label = ctx.text(Some(item), scale)?;
        return Some(ScaleStep {
            key: keyword_of(&label),
            label,
            description: None,
        });
    }
    let what = format!("a step of the {scale} scale");
    let known = ["id", "name", "description"];
    let s = Fields::open(ctx, item, what, item.pos, &known, no_explain)?;
    let label = ctx.req_text(&s, "name", "add `name:`, e.g. Likely")?;
    Some(ScaleStep {
        key: ctx
            .text(s.get("id"), "id")
            .unwrap_or_else(|| keyword_of(&label)),
        label,
        description: ctx.text(s.get("description"), "description"),
    })
}

/// `Almost certain` → `almost_certain`.
fn keyword_of(label: &str) -> String {
    label
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("_")
}

/// The levels, lowest first: `{id, name, up_to}` (`up_to` with product and sum ratings).
/// `last` is set to where the last level is written.
fn levels(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    method: RatingMethod,
    last: &mut Pos,
) -> Vec<RiskLevel> {
    let mut out: Vec<RiskLevel> = Vec::new();
    let mut previous: Option<u32> = None;
    for item in list(ctx, f.get("levels"), "levels") {
        *last = item.pos;
        let known = ["id", "name", "up_to"];
        let Some(l) = Fields::open(ctx, item, "a risk level", item.pos, &known, no_explain) else {
            continue;
        };
        let Some(label) = ctx.req_text(&l, "name", "add `name:`, e.g. High") else {
            continue;
        };
        let key = ctx
            .text(l.get("id"), "id")
            .unwrap_or_else(|| keyword_of(&label));
        let up_to = up_to(ctx, &l, method, previous);
        previous = up_to.or(previous);
        if out.iter().any(|o| o.key == key) {
            let msg = format!("risk level `{key}` is listed twice");
            ctx.error(Code::DuplicateId, item.pos, msg, None);
            continue;
        }
        out.push(RiskLevel { key, label, up_to });
    }
    out
}

/// A level's `up_to`: a whole number above the previous level's, only with a score.
fn up_to(
    ctx: &mut Ctx<'_>,
    l: &Fields<'_>,
    method: RatingMethod,
    previous: Option<u32>,
) -> Option<u32> {
    let text = ctx.text(l.get("up_to"), "up_to")?;
    let pos = pos_of(l, "up_to");
    if method == RatingMethod::Matrix {
        let help = "a matrix names each cell's level: remove `up_to`".to_string();
        let msg = "`up_to` is for `rating: product` or `sum`, not a matrix";
        ctx.error(Code::InvalidRiskCriteria, pos, msg, Some(help));
        return None;
    }
    match text.parse::<u32>() {
        Ok(n) if previous.is_none_or(|p| n > p) => Some(n),
        Ok(n) => {
            let msg = format!("`up_to: {n}` is not above the previous level's");
            let help = "list levels lowest first, each `up_to` higher than the one before";
            ctx.error(Code::InvalidRiskCriteria, pos, msg, Some(help.into()));
            None
        }
        Err(_) => {
            let msg = format!("`up_to` must be a whole number, not `{text}`");
            ctx.error(Code::WrongType, pos, msg, None);
            None
        }
    }
}

/// With a score, every score from the lowest to the highest must fall in a band; `at` is the
/// last level.
fn bands_cover_every_score(ctx: &mut Ctx<'_>, at: Pos, c: &RiskCriteria) {
    if c.method == RatingMethod::Matrix || c.levels.is_empty() {
        return;
    }
    let (l, i) = (c.likelihood.len() as u32, c.impact.len() as u32);
    let highest = match c.method {
        RatingMethod::Sum => l + i,
        _ => l * i,
    };
    let last = c.levels.iter().rev().find_map(|x| x.up_to);
    let open_last = c.levels.last().is_some_and(|x| x.up_to.is_none());
    let open_middle = c.levels.iter().rev().skip(1).any(|x| x.up_to.is_none());
    if open_middle {
        let msg = "only the last level may leave out `up_to`";
        let help = "give every level but the highest an `up_to`";
        ctx.error(Code::InvalidRiskCriteria, at, msg, Some(help.into()));
    } else if !open_last && last.is_some_and(|m| m < highest) {
        let msg = format!(
            "scores above {} have no level (the highest score is {highest})",
            last.unwrap_or(0)
        );
        let help = "leave out the last level's `up_to`, so it takes every higher score";
        ctx.error(Code::InvalidRiskCriteria, at, msg, Some(help.into()));
    }
}

/// `matrix:`, rows highest likelihood first (as drawn), columns lowest impact first; returned
/// as `[likelihood - 1][impact - 1]` level indexes.
fn matrix(ctx: &mut Ctx<'_>, f: &Fields<'_>, c: &RiskCriteria) -> Vec<Vec<usize>> {
    let given = f.get("matrix");
    if c.method != RatingMethod::Matrix {
        if given.is_some() {
            let msg = "`matrix` is only read with `rating: matrix`";
            let help = "add `rating: matrix`, or remove the matrix";
            ctx.error(
                Code::InvalidRiskCriteria,
                pos_of(f, "matrix"),
                msg,
                Some(help.into()),
            );
        }
        return Vec::new();
    }
    if given.is_none() {
        let hint = "add `matrix:`, one row of level IDs per likelihood, highest first";
        ctx.missing(f, "matrix", hint);
        return Vec::new();
    }
    let rows = list(ctx, given, "matrix");
    if rows.len() != c.likelihood.len() {
        let msg = format!(
            "the matrix has {} rows; the likelihood scale has {} steps",
            rows.len(),
            c.likelihood.len()
        );
        let help = "one row per likelihood step, highest first";
        ctx.error(
            Code::InvalidRiskCriteria,
            pos_of(f, "matrix"),
            msg,
            Some(help.into()),
        );
    }
    let keys: Vec<&str> = c.levels.iter().map(|l| l.key.as_str()).collect();
    let mut out: Vec<Vec<usize>> = Vec::new();
    for row in rows.iter().rev() {
        let cells = ctx.text_list(Some(row), "matrix");
        if cells.len() != c.impact.len() {
            let msg = format!(
                "this row has {} cells; the impact scale has {} steps",
                cells.len(),
                c.impact.len()
            );
            let help = "one cell per impact step, lowest first";
            ctx.error(Code::InvalidRiskCriteria, row.pos, msg, Some(help.into()));
        }
        out.push(
            cells
                .iter()
                .map(|(k, p)| level_index(ctx, k, *p, &keys))
                .collect(),
        );
    }
    out
}

fn level_index(ctx: &mut Ctx<'_>, key: &str, pos: Pos, keys: &[&str]) -> usize {
    if let Some(i) = keys.iter().position(|k| *k == key) {
        return i;
    }
    let help = closest(key, keys.iter().copied()).map_or_else(
        || format!("use one of: {}", keys.join(", ")),
        |c| format!("did you mean `{c}`?"),
    );
    let msg = format!("`{key}` is not a level of `levels:`");
    ctx.error(Code::UnknownValue, pos, msg, Some(help));
    0
}

/// `acceptance:`, a level's ID: required with the section (the acceptance criteria).
fn acceptance(ctx: &mut Ctx<'_>, f: &Fields<'_>, levels: &[RiskLevel]) -> Option<usize> {
    let keys: Vec<&str> = levels.iter().map(|l| l.key.as_str()).collect();
    let Some(key) = ctx.text(f.get("acceptance"), "acceptance") else {
        if f.blank("acceptance") {
            let hint = format!(
                "add `acceptance:`, the highest level accepted without a recorded acceptance (one of: {})",
                keys.join(", ")
            );
            ctx.missing(f, "acceptance", &hint);
        }
        return None;
    };
    if keys.is_empty() {
        return None;
    }
    let i = level_index(ctx, &key, pos_of(f, "acceptance"), &keys);
    Some(i)
}
