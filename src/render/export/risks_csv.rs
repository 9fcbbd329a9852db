//! CSV of the risk register: one row per risk with its ratings, treatment, acceptance, the
//! controls that treat it (from the SoA) and its actions (`risk-treatment-plan.csv`).
//!
//! The same conventions as the SoA's CSV ([`super::csv`]): RFC 4180, `\r\n`, lists joined with
//! `"; "`, formula-like cells defused. In the toolkit set it is the header row alone, a
//! register to fill in. The columns are documented in `docs/export.md`.

use super::csv::record;
use crate::merge::{Document, RatingView, RiskEntry};

/// The header row, in column order.
pub const RISK_COLUMNS: &[&str] = &[
    "id",
    "title",
    "kind",
    "owner",
    "description",
    "inherent_likelihood",
    "inherent_impact",
    "inherent_score",
    "inherent_level",
    "treatment",
    "rationale",
    "residual_likelihood",
    "residual_impact",
    "residual_score",
    "residual_level",
    "within_acceptance",
    "accepted_by",
    "accepted_on",
    "acceptance_reference",
    "controls",
    "actions",
    "ai_systems",
    "next_review",
];

/// The risk register as CSV.
pub fn risks_csv(doc: &Document) -> Vec<u8> {
    let mut out = String::new();
    record(&mut out, RISK_COLUMNS.iter().map(|c| c.to_string()));
    for r in &doc.risks {
        record(&mut out, fields(r));
    }
    out.into_bytes()
}

/// Likelihood, impact, score and level keys of a rating (empty when not rated).
fn rating(r: Option<&RatingView>) -> [String; 4] {
    match r {
        None => Default::default(),
        Some(r) => [
            r.likelihood.score.to_string(),
            r.impact.score.to_string(),
            r.score.map(|s| s.to_string()).unwrap_or_default(),
            r.level.key.clone(),
        ],
    }
}

fn fields(r: &RiskEntry) -> Vec<String> {
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    let controls: Vec<String> = (r.treated_by.iter())
        .map(|c| {
            let status = c.status.as_ref().map_or("excluded", |s| s.key.as_str());
            match &c.target_date {
                Some(t) => format!("{} ({status}, target {t})", c.id),
                None => format!("{} ({status})", c.id),
            }
        })
        .collect();
    let actions: Vec<String> = (r.actions.iter())
        .map(|a| {
            let id = a.id.as_ref().map_or_else(String::new, |i| format!("{i}: "));
            let owner = a
                .owner
                .as_ref()
                .map_or_else(String::new, |o| format!("{o}, "));
            format!("{id}{} ({owner}due {}, {})", a.action, a.due, a.state.key)
        })
        .collect();
    let acceptance = r.acceptance.as_ref();
    let [il, ii, is, ilev] = rating(r.inherent.as_ref());
    let [rl, ri, rs, rlev] = rating(r.residual.as_ref());
    let mut f = vec![
        r.id.clone(),
        r.title.clone(),
        r.kind.key.clone(),
        opt(&r.owner),
        opt(&r.description),
        il,
        ii,
        is,
        ilev,
        r.treatment
            .as_ref()
            .map(|t| t.key.clone())
            .unwrap_or_default(),
        opt(&r.rationale),
        rl,
        ri,
        rs,
        rlev,
    ];
    f.extend([
        match r.within_acceptance {
            Some(true) => "yes".into(),
            Some(false) => "no".into(),
            None => String::new(),
        },
        acceptance.map(|a| a.by.clone()).unwrap_or_default(),
        acceptance.map(|a| a.date.clone()).unwrap_or_default(),
        acceptance
            .and_then(|a| a.reference.clone())
            .unwrap_or_default(),
        controls.join("; "),
        actions.join("; "),
        (r.ai_systems.iter())
            .map(|a| a.id.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        opt(&r.next_review),
    ]);
    debug_assert_eq!(f.len(), RISK_COLUMNS.len());
    f
}
