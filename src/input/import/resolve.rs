//! From rows to decisions: each row's ID settled (an ID two standards share is decided by the
//! row's title, else by the rest of its sheet, else reported), rows deciding the same control
//! twice ignored, and ISO/IEC 27001:2013 rows carried to the 2022 controls they became, with
//! every merge and split said in a comment and the summary.

use super::decide::Values;
use super::ids::{same_title, Candidate, Std};
use super::read::{Read, ReadRow, RiskRow};
use super::Report;
use crate::input::correspondence::Correspondence;
use crate::model::Catalog;
use std::collections::HashMap;

/// One settled decision.
#[derive(Debug, Clone, Default)]
pub struct Decision {
    pub values: Values,
    /// Comment lines to write above the control (2013 merges and splits).
    pub comments: Vec<String>,
}

/// An additional control as read.
#[derive(Debug, Clone)]
pub struct Additional {
    pub id: String,
    pub title: Option<String>,
    pub description: Option<String>,
    pub source: Option<String>,
    pub values: Values,
}

/// The import's result, ready to write.
#[derive(Debug, Default)]
pub struct Out {
    /// By (namespace, local ID).
    pub decisions: HashMap<(String, String), Decision>,
    /// Comments for controls the sheet left undecided (new in 2022, 2013 rows that disagree).
    pub undecided_notes: HashMap<(String, String), Vec<String>>,
    pub additional: Vec<Additional>,
    pub risks: Vec<RiskRow>,
    /// Namespaces with at least one row, in catalog order.
    pub scope: Vec<String>,
}

/// Settles IDs, duplicates and 2013 rows into decisions.
pub fn settle(read: Read, catalogs: &[Catalog], report: &mut Report) -> Out {
    let old = Correspondence::shipped();
    // What each sheet's unambiguous rows are: the context for the ambiguous ones.
    let mut context: Vec<HashMap<Std, usize>> = vec![HashMap::new(); read.sheets];
    for r in &read.rows {
        if let [one] = r.cands.as_slice() {
            *context[r.sheet].entry(one.std()).or_default() += 1;
        }
    }
    let mut out = Out {
        risks: read.risks,
        ..Out::default()
    };
    let mut first_at: HashMap<(String, String), String> = HashMap::new();
    let mut old_rows: HashMap<(String, String), Vec<(String, Values)>> = HashMap::new();
    for r in read.rows {
        if let Some((description, source)) = r.extra {
            out.additional.push(Additional {
                id: r.id_text,
                title: r.title,
                description,
                source,
                values: r.values,
            });
            continue;
        }
        let Some(c) = pick(&r, catalogs, old, &context[r.sheet]) else {
            let shown: Vec<String> = r.cands.iter().map(candidate_name).collect();
            report.ignore(
                r.at,
                format!(
                    "{:?} could be {}: write the standard (27001:A.5.2) or add a title column",
                    r.id_text,
                    shown.join(" or ")
                ),
            );
            continue;
        };
        match c {
            Candidate::Control(ns, local) => {
                let key = (ns, local);
                if let Some(first) = first_at.get(&key) {
                    report.ignore(
                        r.at,
                        format!(
                            "{}:{} is decided twice; the row at {first} is kept",
                            key.0, key.1
                        ),
                    );
                    continue;
                }
                first_at.insert(key.clone(), r.at);
                out.decisions.insert(
                    key,
                    Decision {
                        values: r.values,
                        comments: Vec::new(),
                    },
                );
            }
            Candidate::Old(id) => {
                for now in old.now(&id).unwrap_or_default() {
                    let key = ("27001".to_string(), now.clone());
                    old_rows
                        .entry(key)
                        .or_default()
                        .push((id.clone(), r.values.clone()));
                }
            }
        }
    }
    super::write::carry_2013(&mut out, old_rows, catalogs, report);
    out.scope = catalogs
        .iter()
        .map(|c| c.namespace.clone())
        .filter(|ns| {
            out.decisions.keys().any(|k| &k.0 == ns)
                || out.undecided_notes.keys().any(|k| &k.0 == ns)
        })
        .collect();
    report.controls = catalogs
        .iter()
        .filter(|c| out.scope.contains(&c.namespace))
        .map(|c| c.controls.len())
        .sum();
    report.decided = out
        .decisions
        .values()
        .filter(|d| d.values.decided())
        .count();
    report.additional = out.additional.len();
    out
}

fn candidate_name(c: &Candidate) -> String {
    match c {
        Candidate::Control(ns, l) => format!("{ns}:{l}"),
        Candidate::Old(l) => format!("27001:2013 {l}"),
    }
}

/// The one candidate a row means: the only one; the one its title names; the one its sheet's
/// other rows are (2013, 2022 or 42001); else none.
fn pick(
    r: &ReadRow,
    catalogs: &[Catalog],
    old: &Correspondence,
    context: &HashMap<Std, usize>,
) -> Option<Candidate> {
    if let [one] = r.cands.as_slice() {
        return Some(one.clone());
    }
    if let Some(t) = &r.title {
        let titled: Vec<&Candidate> = r
            .cands
            .iter()
            .filter(|c| match c {
                Candidate::Control(ns, l) => catalogs
                    .iter()
                    .find(|k| &k.namespace == ns)
                    .and_then(|k| k.control(l))
                    .is_some_and(|x| same_title(t, &x.title)),
                Candidate::Old(l) => old.get(l).is_some_and(|o| same_title(t, &o.title)),
            })
            .collect();
        if let [one] = titled.as_slice() {
            return Some((*one).clone());
        }
    }
    let mut by: Vec<(usize, &Candidate)> = r
        .cands
        .iter()
        .map(|c| (context.get(&c.std()).copied().unwrap_or(0), c))
        .collect();
    by.sort_by_key(|b| std::cmp::Reverse(b.0));
    match by.as_slice() {
        [(a, c), (b, _), ..] if a > b => Some((*c).clone()),
        _ => None,
    }
}
