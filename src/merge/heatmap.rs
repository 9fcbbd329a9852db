//! The risk heat maps, as data: how many risks sit in each cell of likelihood × impact, before
//! and after treatment.
//!
//! Like the status chart ([`super::chart`]), a heat map is computed here once and drawn by both
//! renderers where the template puts its mark (`<!-- annexa:heatmap inherent -->` or
//! `residual`): HTML as inline SVG with a text alternative, PDF as vector shapes. Each cell
//! carries its rating level, whose colour comes from [`level_rgb`], so the two formats cannot
//! disagree on a colour or a count.

use crate::model::{Rating, Risk, RiskCriteria};
use serde::Serialize;

/// Which rating a heat map shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HeatmapKind {
    /// Before treatment.
    Inherent,
    /// After treatment.
    Residual,
}

impl HeatmapKind {
    pub const ALL: [HeatmapKind; 2] = [HeatmapKind::Inherent, HeatmapKind::Residual];

    /// The word templates write in the mark.
    pub fn key(self) -> &'static str {
        match self {
            HeatmapKind::Inherent => "inherent",
            HeatmapKind::Residual => "residual",
        }
    }

    pub fn parse(key: &str) -> Option<HeatmapKind> {
        HeatmapKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// One cell: its level (index into [`Heatmap::levels`]) and the IDs of the risks in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub level: usize,
    pub risks: Vec<String>,
}

/// A rating level as the legend shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeatLevel {
    pub label: String,
    pub rgb: (u8, u8, u8),
}

/// One heat map: the grid of the criteria's scales with the risks placed in it.
#[derive(Clone, PartialEq, Serialize)]
pub struct Heatmap {
    pub kind: HeatmapKind,
    pub title: String,
    /// Likelihood steps, lowest first (drawn bottom to top).
    pub likelihood: Vec<String>,
    /// Impact steps, lowest first (drawn left to right).
    pub impact: Vec<String>,
    /// `cells[likelihood - 1][impact - 1]`.
    pub cells: Vec<Vec<Cell>>,
    pub levels: Vec<HeatLevel>,
    /// Index of the highest level accepted without a recorded acceptance.
    pub acceptance: usize,
    /// Risks with no rating of this kind (not in any cell).
    pub unrated: Vec<String>,
    /// The axis titles and the "Not rated:" note in the document's language; empty for
    /// English.
    #[serde(skip)]
    pub words: Vec<String>,
}

/// Debug as before the words existed when they are English (the PDF's document id hashes it).
impl std::fmt::Debug for Heatmap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Heatmap");
        d.field("kind", &self.kind)
            .field("title", &self.title)
            .field("likelihood", &self.likelihood)
            .field("impact", &self.impact)
            .field("cells", &self.cells)
            .field("levels", &self.levels)
            .field("acceptance", &self.acceptance)
            .field("unrated", &self.unrated);
        if !self.words.is_empty() {
            d.field("words", &self.words);
        }
        d.finish()
    }
}

impl Heatmap {
    /// The likelihood axis's title.
    pub fn likelihood_axis(&self) -> &str {
        self.words.first().map_or("Likelihood", String::as_str)
    }

    /// The impact axis's title.
    pub fn impact_axis(&self) -> &str {
        self.words.get(1).map_or("Impact", String::as_str)
    }

    /// The note's lead-in before the risks not rated, "Not rated:".
    pub fn not_rated(&self) -> &str {
        self.words.get(2).map_or("Not rated:", String::as_str)
    }

    /// How many risks the map places.
    pub fn placed(&self) -> usize {
        self.cells.iter().flatten().map(|c| c.risks.len()).sum()
    }
}

/// The fill of the `rank`-th of `n` levels: green through amber to dark red, spread so the
/// lowest level is always green and the highest always red.
pub fn level_rgb(rank: usize, n: usize) -> (u8, u8, u8) {
    const STOPS: [(u8, u8, u8); 5] = [
        (0x5d, 0xb3, 0x6b),
        (0xf3, 0xd3, 0x5b),
        (0xf0, 0x9a, 0x3e),
        (0xd6, 0x45, 0x3d),
        (0x8c, 0x1c, 0x2b),
    ];
    let last = STOPS.len() - 1;
    let i = if n <= 1 {
        0
    } else {
        (rank * last * 2 + (n - 1)) / ((n - 1) * 2)
    };
    STOPS[i.min(last)]
}

/// The heat map of `kind` for the register.
pub fn heatmap(kind: HeatmapKind, risks: &[Risk], c: &RiskCriteria) -> Heatmap {
    let mut cells: Vec<Vec<Cell>> = (1..=c.likelihood.len())
        .map(|likelihood| {
            (1..=c.impact.len())
                .map(|impact| Cell {
                    level: c.level(Rating { likelihood, impact }),
                    risks: Vec::new(),
                })
                .collect()
        })
        .collect();
    let mut unrated = Vec::new();
    for r in risks {
        let rating = match kind {
            HeatmapKind::Inherent => r.inherent,
            HeatmapKind::Residual => r.judged(),
        };
        let cell = rating.and_then(|x| {
            let row = cells.get_mut(x.likelihood.checked_sub(1)?)?;
            row.get_mut(x.impact.checked_sub(1)?)
        });
        match cell {
            Some(cell) => cell.risks.push(r.id.clone()),
            None => unrated.push(r.id.clone()),
        }
    }
    let n = c.levels.len();
    Heatmap {
        kind,
        title: match kind {
            HeatmapKind::Inherent => "Risks before treatment (inherent)".into(),
            HeatmapKind::Residual => "Risks after treatment (residual)".into(),
        },
        likelihood: c.likelihood.iter().map(|s| s.label.clone()).collect(),
        impact: c.impact.iter().map(|s| s.label.clone()).collect(),
        cells,
        levels: (c.levels.iter().enumerate())
            .map(|(i, l)| HeatLevel {
                label: l.label.clone(),
                rgb: level_rgb(i, n),
            })
            .collect(),
        acceptance: c.acceptance,
        unrated,
        words: Vec::new(),
    }
}

/// Every number of a heat map in words, for a text alternative: the cells with risks, from
/// the highest level down.
pub fn describe(h: &Heatmap) -> String {
    let mut parts = Vec::new();
    for (li, row) in h.cells.iter().enumerate().rev() {
        for (ii, cell) in row.iter().enumerate().rev() {
            if cell.risks.is_empty() {
                continue;
            }
            let level = h.levels.get(cell.level).map_or("", |l| l.label.as_str());
            parts.push(format!(
                "likelihood {}, impact {} ({level}): {} ({})",
                h.likelihood.get(li).map_or("", String::as_str),
                h.impact.get(ii).map_or("", String::as_str),
                cell.risks.len(),
                cell.risks.join(", ")
            ));
        }
    }
    let mut text = format!(
        "{}: {} risks rated on {} likelihood by {} impact steps.",
        h.title,
        h.placed(),
        h.likelihood.len(),
        h.impact.len()
    );
    if !parts.is_empty() {
        text.push(' ');
        text.push_str(&parts.join("; "));
        text.push('.');
    }
    if !h.unrated.is_empty() {
        text.push_str(&format!(" Not rated: {}.", h.unrated.join(", ")));
    }
    text
}

/// As many of a cell's risk IDs as fit in `width` (by `measure`, in the renderer's units),
/// then `+n` for the rest: what both renderers print in a heat-map cell.
pub fn ids_that_fit<W: PartialOrd>(
    ids: &[String],
    width: W,
    measure: &dyn Fn(&str) -> W,
) -> String {
    let mut shown = String::new();
    for (i, id) in ids.iter().enumerate() {
        let candidate = if shown.is_empty() {
            id.clone()
        } else {
            format!("{shown}, {id}")
        };
        let rest = ids.len() - i - 1;
        let tail = if rest > 0 {
            format!(" +{rest}")
        } else {
            String::new()
        };
        if measure(&format!("{candidate}{tail}")) > width {
            let left = ids.len() - i;
            return if shown.is_empty() {
                format!("+{left}")
            } else {
                format!("{shown} +{left}")
            };
        }
        shown = candidate;
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lowest_level_is_green_and_the_highest_red() {
        for n in 1..=7 {
            assert_eq!(level_rgb(0, n), (0x5d, 0xb3, 0x6b), "{n}");
        }
        for n in 2..=7 {
            assert_eq!(level_rgb(n - 1, n), (0x8c, 0x1c, 0x2b), "{n}");
        }
        assert_eq!(level_rgb(1, 3), (0xf0, 0x9a, 0x3e));
    }

    #[test]
    fn risks_land_in_their_cells() {
        let c = RiskCriteria::standard();
        let mut r = Risk::new("R-1", "t");
        r.inherent = Some(Rating {
            likelihood: 4,
            impact: 5,
        });
        let h = heatmap(HeatmapKind::Inherent, &[r, Risk::new("R-2", "u")], &c);
        assert_eq!(h.cells[3][4].risks, ["R-1"]);
        assert_eq!(h.unrated, ["R-2"]);
        assert_eq!(h.levels[h.cells[3][4].level].label, "Very high");
        assert!(describe(&h).contains("likelihood Likely, impact Severe (Very high): 1 (R-1)"));
    }
}
