//! The risk register compared field by field: ratings, treatment, actions, acceptance, and
//! the criteria the ratings are read on.
//!
//! Ratings are compared as the treatment plan prints them ("Likely × Major = 16, High"), so a
//! change of the criteria that moves a risk to another level shows on that risk too. A change
//! of the criteria themselves is listed under the risks as the record `risk_criteria`.

use super::fields::{compare, date, list, records, short, text, Field};
use super::Changed;
use crate::model::{Evidence, Risk, RiskCriteria, Soa};

/// The risks section of the change log.
pub fn changes(old: &Soa, new: &Soa) -> Changed {
    let mut c = records(&register(old), &register(new));
    let (before, after) = (criteria(&old.risk_criteria), criteria(&new.risk_criteria));
    let criteria_changed = compare("risk_criteria", "Risk criteria", &before, &after);
    c.changed.splice(0..0, criteria_changed);
    c
}

fn register(s: &Soa) -> Vec<(String, String, Vec<Field>)> {
    let c = &s.risk_criteria;
    s.risks
        .iter()
        .map(|r| (r.id.clone(), r.title.clone(), fields(r, c)))
        .collect()
}

fn fields(r: &Risk, c: &RiskCriteria) -> Vec<Field> {
    let actions: Vec<String> = r
        .actions
        .iter()
        .map(|a| {
            let id = a.id.as_ref().map_or_else(String::new, |i| format!("{i} "));
            let owner = a
                .owner
                .as_ref()
                .map_or_else(String::new, |o| format!("{o}, "));
            format!(
                "{id}{} ({owner}due {}, {})",
                a.action,
                a.due,
                a.state.label().to_lowercase()
            )
        })
        .collect();
    let acceptance = r.acceptance.as_ref().map(|a| {
        let reference = a
            .reference
            .as_ref()
            .map_or_else(String::new, |x| format!(", {x}"));
        format!("{} on {}{reference}", a.by, a.date)
    });
    vec![
        text("Title", Some(r.title.clone())),
        text("Description", r.description.clone()),
        short("Kind", Some(r.kind.label().to_string())),
        short("Owner", r.owner.clone()),
        short("Before treatment", r.inherent.map(|x| c.describe(x))),
        short("Treatment", r.treatment.map(|t| t.label().to_string())),
        text("Rationale", r.treatment_notes.clone()),
        short("After treatment", r.residual.map(|x| c.describe(x))),
        list("Actions", &actions),
        short("Acceptance", acceptance),
        list("AI systems", &r.ai_systems),
        date("Next review", r.next_review),
    ]
}

fn criteria(c: &RiskCriteria) -> Vec<Field> {
    let steps = |s: &[crate::model::ScaleStep]| -> Vec<String> {
        s.iter().map(|x| x.label.clone()).collect()
    };
    let levels: Vec<String> = c
        .levels
        .iter()
        .map(|l| match l.up_to {
            Some(n) => format!("{} up to {n}", l.label),
            None => l.label.clone(),
        })
        .collect();
    let matrix: Vec<String> = c
        .matrix
        .iter()
        .map(|row| {
            let cells: Vec<&str> = (row.iter())
                .map(|i| c.levels.get(*i).map_or("", |l| l.label.as_str()))
                .collect();
            cells.join(" ")
        })
        .collect();
    vec![
        list("Likelihood scale", &steps(&c.likelihood)),
        list("Impact scale", &steps(&c.impact)),
        short("Rating", Some(c.method.label().to_string())),
        list("Levels", &levels),
        list("Matrix", &matrix),
        short(
            "Acceptance",
            c.levels.get(c.acceptance).map(|l| l.label.clone()),
        ),
    ]
}

/// Evidence items as one line of text each, with where they are and when they expire.
pub fn evidence(items: &[Evidence]) -> Vec<String> {
    items
        .iter()
        .map(|e| {
            let mut t = e.display();
            let mut more = Vec::new();
            if let Some(l) = &e.location {
                more.push(l.as_str().to_string());
            }
            if let Some(x) = e.expires {
                more.push(format!("expires {x}"));
            }
            if !more.is_empty() {
                t.push_str(&format!(" ({})", more.join(", ")));
            }
            t
        })
        .collect()
}
