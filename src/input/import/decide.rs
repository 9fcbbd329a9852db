//! One row's cells → one decision's values, every word mapped through [`super::values`] and
//! every mapping (and every word that could not be mapped) recorded with its position.

use super::columns::Field;
use super::grid::SheetGrid;
use super::sheet::Row;
use super::values::{self, Applies, StatusWord};
use super::Report;
use crate::model::{Reason, StatusKey};

/// A decision as read from a sheet, before it is written as YAML.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Values {
    pub applicable: Option<bool>,
    pub reasons: Vec<Reason>,
    pub risks: Vec<String>,
    pub justification: Option<String>,
    pub status: Option<StatusKey>,
    pub target_date: Option<String>,
    pub status_reason: Option<String>,
    pub owner: Option<String>,
    pub implementation: Option<String>,
    pub evidence: Vec<String>,
    pub last_review: Option<String>,
    pub notes: Option<String>,
    pub ai_systems: Vec<String>,
}

impl Values {
    /// True when the row decided something (`applicable` known).
    pub fn decided(&self) -> bool {
        self.applicable.is_some()
    }
}

/// Reads one row's values, reporting each mapped or unmapped word in `report`.
pub fn values(g: &SheetGrid, row: &Row, report: &mut Report) -> Values {
    let at = |f: Field| row.col(f).map(|c| g.at(row.row, c)).unwrap_or_default();
    let text = |f: Field| row.get(f).map(str::to_string);
    let mut v = Values::default();
    let status_word = row.get(Field::Status).and_then(|s| {
        let w = values::status(s);
        match w {
            Some(StatusWord::Status(k)) => report.mapped(s, k.label(), &at(Field::Status)),
            Some(StatusWord::Excluded) => {
                report.mapped(s, "excluded (not applicable)", &at(Field::Status))
            }
            None => report.unmapped(s, "status", &at(Field::Status)),
        }
        w
    });
    v.applicable = match row.get(Field::Applicable) {
        Some(a) => match values::applies(a) {
            Some(Applies::Yes) => {
                report.mapped(a, "applicable", &at(Field::Applicable));
                Some(true)
            }
            Some(Applies::No) => {
                report.mapped(a, "excluded", &at(Field::Applicable));
                Some(false)
            }
            None => {
                report.unmapped(a, "applicability", &at(Field::Applicable));
                None
            }
        },
        None => match status_word {
            Some(StatusWord::Excluded) => Some(false),
            Some(StatusWord::Status(_)) => Some(true),
            None => None,
        },
    };
    if v.applicable == Some(true) {
        v.status = match status_word {
            Some(StatusWord::Status(k)) => Some(k),
            _ => None,
        };
        if let Some(r) = row.get(Field::Reasons) {
            match values::reasons(r) {
                Some(rs) => {
                    let labels: Vec<&str> = rs.iter().map(|x| x.key()).collect();
                    report.mapped(
                        r,
                        &format!("reasons [{}]", labels.join(", ")),
                        &at(Field::Reasons),
                    );
                    v.reasons = rs;
                }
                None => report.unmapped(r, "reasons", &at(Field::Reasons)),
            }
        }
        v.risks = list(row.get(Field::Risks), &[',', ';', '\n', ' ']);
        v.target_date = date(
            row.get(Field::TargetDate),
            "target date",
            &at(Field::TargetDate),
            report,
        );
        v.status_reason = text(Field::StatusReason);
        v.owner = text(Field::Owner);
        v.implementation = text(Field::Implementation);
        v.evidence = evidence(row.get(Field::Evidence));
        v.last_review = date(
            row.get(Field::LastReview),
            "last review",
            &at(Field::LastReview),
            report,
        );
    }
    let (mine, other) = match v.applicable {
        Some(false) => (Field::ExclusionJustification, Field::InclusionJustification),
        _ => (Field::InclusionJustification, Field::ExclusionJustification),
    };
    v.justification = text(Field::Justification)
        .or_else(|| text(mine))
        .or_else(|| text(other));
    v.notes = text(Field::Notes);
    v.ai_systems = row
        .get(Field::AiSystems)
        .map(|s| {
            s.split(['\n', ';'])
                .filter_map(|l| l.split_whitespace().next())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    v
}

fn list(cell: Option<&str>, seps: &[char]) -> Vec<String> {
    cell.map(|s| {
        s.split(seps)
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect()
    })
    .unwrap_or_default()
}

/// Evidence items: one a line (annexa's XLSX), or `; `-separated on one line (its CSV).
fn evidence(cell: Option<&str>) -> Vec<String> {
    let Some(s) = cell else { return Vec::new() };
    let parts: Vec<&str> = if s.contains('\n') {
        s.split('\n').collect()
    } else {
        s.split("; ").collect()
    };
    parts
        .into_iter()
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// A date as `YYYY-MM-DD`: ISO already, or `DD/MM/YYYY` / `MM/DD/YYYY` when the day tells
/// which (a day over 12); anything else is reported and left out.
fn date(cell: Option<&str>, what: &str, at: &str, report: &mut Report) -> Option<String> {
    let s = cell?.trim();
    if crate::model::Date::parse(s).is_some() {
        return Some(s.to_string());
    }
    let parts: Vec<&str> = s.split(['/', '.', '-']).collect();
    if let [a, b, y] = parts.as_slice() {
        if let (Ok(a), Ok(b), Ok(y)) = (a.parse::<u32>(), b.parse::<u32>(), y.parse::<u32>()) {
            let dm = match (a > 12, b > 12) {
                (true, false) => Some((a, b)),
                (false, true) => Some((b, a)),
                _ => None,
            };
            if let Some((d, m)) = dm.filter(|_| y >= 1900) {
                let iso = format!("{y:04}-{m:02}-{d:02}");
                if crate::model::Date::parse(&iso).is_some() {
                    report.mapped(s, &iso, at);
                    return Some(iso);
                }
            }
        }
    }
    report.unmapped(s, &format!("{what} (write it as YYYY-MM-DD)"), at);
    None
}
