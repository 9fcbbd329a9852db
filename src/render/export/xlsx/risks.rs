//! The Risks sheet: the risk register with its ratings before and after treatment (the level
//! cells in the heat maps' colours), the treatment, the acceptance, the controls that treat
//! each risk with their status (from the SoA) and the actions.

use super::sheet::frame;
use super::style::{cell_text, formats, line_count, row_height, Brand};
use crate::merge::heatmap::level_rgb;
use crate::merge::{RatingView, RiskEntry};
use crate::render::export::{Document, ExportError};
use rust_xlsxwriter::{Format, Worksheet};

const COLUMNS: &[(&str, f64)] = &[
    ("Risk ID", 10.0),
    ("Risk", 40.0),
    ("Kind", 14.0),
    ("Risk owner", 20.0),
    ("Before treatment", 22.0),
    ("Level before", 11.0),
    ("Treatment", 16.0),
    ("Rationale", 40.0),
    ("After treatment", 22.0),
    ("Level after", 11.0),
    ("Acceptance", 30.0),
    ("Treated by controls (status in the SoA)", 44.0),
    ("Actions", 50.0),
    ("AI systems", 20.0),
    ("Next review", 12.0),
];

/// Index of the level columns, whose cells take the level's colour.
const LEVEL_COLUMNS: [usize; 2] = [5, 9];

/// The register, one row per risk.
pub(super) fn risks(
    ws: &mut Worksheet,
    doc: &Document,
    brand: &Brand<'_>,
) -> Result<(), ExportError> {
    let columns: Vec<(String, f64)> = (COLUMNS.iter())
        .map(|(h, width)| (super::super::w(doc, h), *width))
        .collect();
    let columns: Vec<(&str, f64)> = columns.iter().map(|(h, x)| (h.as_str(), *x)).collect();
    frame(
        ws,
        doc,
        &super::super::w(doc, "Risks"),
        &columns,
        doc.risks.len(),
        2,
        brand,
    )?;
    let (_, body, _) = formats(brand);
    let levels = doc.risk_plan.criteria.levels.len();
    for (r, risk) in doc.risks.iter().enumerate() {
        let row = u32::try_from(r + 1).unwrap_or(u32::MAX);
        let ranks = [risk.inherent.as_ref(), risk.residual.as_ref()].map(|x| x.map(|x| x.rank));
        let mut lines = 1;
        for (i, (text, (_, width))) in cells(doc, risk).iter().zip(COLUMNS).enumerate() {
            lines = lines.max(line_count(text, *width));
            let col = u16::try_from(i).unwrap_or(u16::MAX);
            let rank = LEVEL_COLUMNS
                .iter()
                .position(|c| *c == i)
                .and_then(|k| ranks[k]);
            let format = match rank {
                Some(rank) => level_format(&body, rank - 1, levels),
                None => body.clone(),
            };
            ws.write_string_with_format(row, col, cell_text(text), &format)?;
        }
        ws.set_row_height(row, row_height(lines))?;
    }
    Ok(())
}

/// The body format filled with a level's colour, with readable text.
fn level_format(body: &Format, rank: usize, levels: usize) -> Format {
    let (r, g, b) = level_rgb(rank, levels);
    let light = 299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b) > 140_000;
    body.clone()
        .set_background_color((u32::from(r) << 16) | (u32::from(g) << 8) | u32::from(b))
        .set_font_color(if light { 0x000000 } else { 0xFFFFFF })
}

fn rating(doc: &Document, r: Option<&RatingView>) -> (String, String) {
    r.map_or_else(
        || (doc.locale.t("rtp-not-rated"), String::new()),
        |r| (r.text.clone(), r.level.label.clone()),
    )
}

fn cells(doc: &Document, r: &RiskEntry) -> Vec<String> {
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    let l = &doc.locale;
    let (before, level_before) = rating(doc, r.inherent.as_ref());
    let (after, level_after) = rating(doc, r.residual.as_ref());
    let acceptance = match (&r.acceptance, r.within_acceptance) {
        (Some(a), _) => {
            let reference = a
                .reference
                .as_ref()
                .map_or_else(String::new, |x| format!(" ({x})"));
            let by = [
                ("by", a.by.clone().into()),
                ("date", l.date(&a.date).into()),
            ];
            format!("{}{reference}", l.t_args("rtp-accepted-by", &by))
        }
        (None, Some(true)) => l.t("rtp-within-criteria"),
        (None, Some(false)) => super::super::w(doc, "Not recorded (above the acceptance criteria)"),
        (None, None) => String::new(),
    };
    let controls: Vec<String> = (r.treated_by.iter())
        .map(|c| {
            let excluded = l.t("kw-status-excluded");
            let status = c
                .status
                .as_ref()
                .map_or(excluded.as_str(), |s| s.label.as_str());
            match &c.target_date {
                Some(t) => {
                    let target = l.t_args("common-target-lower", &[("date", l.date(t).into())]);
                    format!("{} {} ({status}, {target})", c.id, c.title)
                }
                None => format!("{} {} ({status})", c.id, c.title),
            }
        })
        .collect();
    let actions: Vec<String> = (r.actions.iter())
        .map(|a| {
            let id = a.id.as_ref().map_or_else(String::new, |i| format!("{i}: "));
            let owner = a
                .owner
                .as_ref()
                .map_or_else(String::new, |o| format!("{o}; "));
            let late = if a.overdue {
                format!(", {}", l.t("rtp-overdue"))
            } else {
                String::new()
            };
            let due = l.t_args("xl-due-on", &[("date", l.date(&a.due).into())]);
            format!(
                "{id}{} ({owner}{due}, {}{late})",
                a.action,
                a.state.label.to_lowercase()
            )
        })
        .collect();
    vec![
        r.id.clone(),
        r.title.clone(),
        r.kind.label.clone(),
        opt(&r.owner),
        before,
        level_before,
        r.treatment
            .as_ref()
            .map(|t| t.label.clone())
            .unwrap_or_default(),
        opt(&r.rationale),
        after,
        level_after,
        acceptance,
        controls.join("\n"),
        actions.join("\n"),
        (r.ai_systems.iter())
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        opt(&r.next_review),
    ]
}
