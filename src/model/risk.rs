//! The risk register: each risk with its rating before and after treatment, the treatment
//! option and actions, the acceptance of what remains, and the criteria it is rated on.
//!
//! The criteria ([`RiskCriteria`]) are defined once per organisation (`risk_criteria:`): a
//! likelihood scale and an impact scale, a rating method (likelihood × impact, likelihood +
//! impact, or a matrix of levels), rating levels and the highest level accepted without a
//! recorded acceptance. Every field of a risk beyond its ID and title is optional, so a
//! register written before annexa knew these fields stays valid. A [`Rating`] always lies on
//! the scales: validation rejects a likelihood or impact outside them.

use super::{Date, ImpactSeverity, Likelihood};

keyword_enum!(
    /// Whether a risk concerns information security or an AI system (ISO/IEC 42001 6.1.2).
    RiskKind {
        InformationSecurity = "information_security", "Information security";
        Ai = "ai", "AI";
    }
);

keyword_enum!(
    /// The treatment option chosen for a risk (ISO/IEC 27005's four).
    Treatment {
        Modify = "modify", "Modify (reduce with controls)";
        Retain = "retain", "Retain (accept)";
        Avoid = "avoid", "Avoid";
        Share = "share", "Share (transfer)";
    }
);

keyword_enum!(
    /// Where a treatment action stands.
    ActionState {
        Open = "open", "Open";
        InProgress = "in_progress", "In progress";
        Done = "done", "Done";
        Cancelled = "cancelled", "Cancelled";
    }
);

keyword_enum!(
    /// How likelihood and impact combine into a rating.
    RatingMethod {
        Product = "product", "Likelihood × impact";
        Sum = "sum", "Likelihood + impact";
        Matrix = "matrix", "Risk matrix";
    }
);

/// One step of a likelihood or impact scale.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleStep {
    /// The keyword a risk may use instead of the step's number.
    pub key: String,
    pub label: String,
    pub description: Option<String>,
}

/// A rating level: a band of scores (product and sum) or a colour of the matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskLevel {
    pub key: String,
    pub label: String,
    /// The highest score in the band; `None` for the last band (and with a matrix).
    pub up_to: Option<u32>,
}

/// How the organisation rates risks, and what it accepts.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskCriteria {
    /// Lowest first; a likelihood is 1 ..= len.
    pub likelihood: Vec<ScaleStep>,
    /// Lowest first; an impact is 1 ..= len.
    pub impact: Vec<ScaleStep>,
    pub method: RatingMethod,
    /// Lowest first.
    pub levels: Vec<RiskLevel>,
    /// With [`RatingMethod::Matrix`]: the level index of each cell, `[likelihood - 1][impact - 1]`.
    pub matrix: Vec<Vec<usize>>,
    /// Index into `levels` of the highest level accepted without a recorded acceptance.
    pub acceptance: usize,
    /// False when the decisions file has no `risk_criteria:` and these are annexa's defaults.
    pub defined: bool,
}

/// A likelihood and an impact, each a 1-based step of its scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating {
    pub likelihood: usize,
    pub impact: usize,
}

impl RiskCriteria {
    /// annexa's defaults: the 5 × 5 scales of the AI impact assessments, rating = likelihood
    /// × impact, levels Low 1–4, Medium 5–9, High 10–16, Very high 17–25, Low accepted.
    pub fn standard() -> RiskCriteria {
        let step = |key: &str, label: &str| ScaleStep {
            key: key.to_string(),
            label: label.to_string(),
            description: None,
        };
        let level = |key: &str, label: &str, up_to: Option<u32>| RiskLevel {
            key: key.to_string(),
            label: label.to_string(),
            up_to,
        };
        RiskCriteria {
            likelihood: Likelihood::ALL
                .iter()
                .map(|l| step(l.key(), l.label()))
                .collect(),
            impact: ImpactSeverity::ALL
                .iter()
                .map(|s| step(s.key(), s.label()))
                .collect(),
            method: RatingMethod::Product,
            levels: vec![
                level("low", "Low", Some(4)),
                level("medium", "Medium", Some(9)),
                level("high", "High", Some(16)),
                level("very_high", "Very high", None),
            ],
            matrix: Vec::new(),
            acceptance: 0,
            defined: false,
        }
    }

    /// The score of a rating (product or sum); `None` with a matrix, which rates by level only.
    pub fn score(&self, r: Rating) -> Option<u32> {
        let (l, i) = (r.likelihood as u32, r.impact as u32);
        match self.method {
            RatingMethod::Product => Some(l * i),
            RatingMethod::Sum => Some(l + i),
            RatingMethod::Matrix => None,
        }
    }

    /// The index in `levels` of a rating's level.
    pub fn level(&self, r: Rating) -> usize {
        let last = self.levels.len().saturating_sub(1);
        match self.score(r) {
            Some(s) => self
                .levels
                .iter()
                .position(|l| l.up_to.is_none_or(|max| s <= max))
                .unwrap_or(last),
            None => self
                .matrix
                .get(r.likelihood.wrapping_sub(1))
                .and_then(|row| row.get(r.impact.wrapping_sub(1)))
                .copied()
                .unwrap_or(last)
                .min(last),
        }
    }

    /// Whether a rating is within what the organisation accepts without a recorded acceptance.
    pub fn acceptable(&self, r: Rating) -> bool {
        self.level(r) <= self.acceptance
    }

    /// A rating in words: "Likely × Major = 16, High" (with a matrix, "Likely × Major: High").
    pub fn describe(&self, r: Rating) -> String {
        let name = |steps: &[ScaleStep], i: usize| {
            (steps.get(i.wrapping_sub(1))).map_or_else(|| i.to_string(), |s| s.label.clone())
        };
        let (l, i) = (
            name(&self.likelihood, r.likelihood),
            name(&self.impact, r.impact),
        );
        let level = self
            .levels
            .get(self.level(r))
            .map_or("", |x| x.label.as_str());
        let sign = if self.method == RatingMethod::Sum {
            "+"
        } else {
            "×"
        };
        match self.score(r) {
            Some(s) => format!("{l} {sign} {i} = {s}, {level}"),
            None => format!("{l} {sign} {i}: {level}"),
        }
    }
}

/// A treatment action: what is done, by whom, by when, and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub id: Option<String>,
    pub action: String,
    /// The action's owner; the risk's owner when not given.
    pub owner: Option<String>,
    pub due: Date,
    pub state: ActionState,
}

/// Who accepted the residual risk, when, and where that is recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct Acceptance {
    pub by: String,
    pub date: Date,
    pub reference: Option<String>,
}

/// One entry of the risk register.
#[derive(Debug, Clone, PartialEq)]
pub struct Risk {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    /// Information security unless the file says `kind: ai`.
    pub kind: RiskKind,
    pub owner: Option<String>,
    /// Before treatment.
    pub inherent: Option<Rating>,
    /// After treatment (the residual risk).
    pub residual: Option<Rating>,
    pub treatment: Option<Treatment>,
    /// How the option is carried out, in the organisation's words.
    pub treatment_notes: Option<String>,
    pub actions: Vec<Action>,
    pub acceptance: Option<Acceptance>,
    /// IDs of the AI systems the risk concerns.
    pub ai_systems: Vec<String>,
    pub next_review: Option<Date>,
}

impl Risk {
    /// A register entry with only an ID and a title (as registers were before these fields).
    pub fn new(id: impl Into<String>, title: impl Into<String>) -> Risk {
        Risk {
            id: id.into(),
            title: title.into(),
            description: None,
            kind: RiskKind::InformationSecurity,
            owner: None,
            inherent: None,
            residual: None,
            treatment: None,
            treatment_notes: None,
            actions: Vec::new(),
            acceptance: None,
            ai_systems: Vec::new(),
            next_review: None,
        }
    }

    /// The residual rating the acceptance criteria judge: the rating after treatment, or for a
    /// retained risk without one, the rating before (retaining changes nothing).
    pub fn judged(&self) -> Option<Rating> {
        self.residual.or(match self.treatment {
            Some(Treatment::Retain) => self.inherent,
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_criteria_rate_like_the_impact_assessments() {
        let c = RiskCriteria::standard();
        let r = |likelihood, impact| Rating { likelihood, impact };
        assert_eq!(c.score(r(4, 4)), Some(16));
        assert_eq!(c.levels[c.level(r(4, 4))].key, "high");
        assert_eq!(c.levels[c.level(r(1, 4))].key, "low");
        assert_eq!(c.levels[c.level(r(5, 5))].key, "very_high");
        assert!(c.acceptable(r(2, 2)));
        assert!(!c.acceptable(r(1, 5)));
    }

    #[test]
    fn a_matrix_rates_by_its_cells() {
        let mut c = RiskCriteria::standard();
        c.method = RatingMethod::Matrix;
        c.matrix = vec![vec![0, 1], vec![2, 3]];
        assert_eq!(
            c.score(Rating {
                likelihood: 2,
                impact: 1
            }),
            None
        );
        assert_eq!(
            c.level(Rating {
                likelihood: 2,
                impact: 1
            }),
            2
        );
        assert_eq!(
            c.level(Rating {
                likelihood: 1,
                impact: 2
            }),
            1
        );
    }
}
