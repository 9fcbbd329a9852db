//! The edited workbook against the one annexa writes from the decisions file now: every cell
//! that differs is an edit; an edit to a column annexa computes (ID, title, theme …), to the
//! Risks sheet, or in a row whose ID matches no control is refused at its cell.

use super::super::columns::fold;
use super::super::grid::{Grid, SheetGrid};
use super::super::Problem;

/// A column the round trip writes back: the decisions file's field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editable {
    Applicable,
    Reasons,
    Risks,
    Justification,
    Status,
    TargetDate,
    StatusReason,
    Owner,
    Implementation,
    Evidence,
    LastReview,
    Notes,
    AiSystems,
}

impl Editable {
    /// By the header annexa's XLSX gives the column.
    fn from_header(h: &str) -> Option<Editable> {
        Some(match fold(h).as_str() {
            "applicable" => Editable::Applicable,
            "reasons for inclusion" => Editable::Reasons,
            "risks" => Editable::Risks,
            "justification" => Editable::Justification,
            "status" => Editable::Status,
            "target date" => Editable::TargetDate,
            "status reason" => Editable::StatusReason,
            "owner" => Editable::Owner,
            "implementation" => Editable::Implementation,
            "evidence" => Editable::Evidence,
            "last review" => Editable::LastReview,
            "notes" => Editable::Notes,
            "ai systems" => Editable::AiSystems,
            _ => return None,
        })
    }

    /// The decisions file's field name.
    pub fn key(self) -> &'static str {
        match self {
            Editable::Applicable => "applicable",
            Editable::Reasons => "reasons",
            Editable::Risks => "risks",
            Editable::Justification => "justification",
            Editable::Status => "status",
            Editable::TargetDate => "target_date",
            Editable::StatusReason => "status_reason",
            Editable::Owner => "owner",
            Editable::Implementation => "implementation",
            Editable::Evidence => "evidence",
            Editable::LastReview => "last_review",
            Editable::Notes => "notes",
            Editable::AiSystems => "ai_systems",
        }
    }
}

/// One edited cell.
#[derive(Debug, Clone)]
pub struct Edit {
    /// The row's ID (`27001:A.5.1`, `ADD-01`).
    pub id: String,
    /// True on the additional controls' sheet.
    pub additional: bool,
    pub field: Editable,
    /// What the cell said before (as annexa writes it now) and says now.
    pub was: String,
    pub now: String,
    /// `Sheet!J12`.
    pub at: String,
}

fn norm(s: &str) -> String {
    s.replace("\r\n", "\n").trim().to_string()
}

/// Every edit of `edited` against `base`, or the cells refused.
pub fn edits(base: &Grid, edited: &Grid) -> Result<Vec<Edit>, Vec<Problem>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for e in &edited.sheets {
        let Some(b) = base.sheets.iter().find(|b| b.name == e.name) else {
            continue;
        };
        match e.name.as_str() {
            "Summary" => continue,
            "Risks" => read_only_sheet(b, e, &mut problems),
            _ => sheet(b, e, &mut out, &mut problems),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The Risks sheet is the register as the decisions file states it: edits go to `risks:`.
fn read_only_sheet(b: &SheetGrid, e: &SheetGrid, problems: &mut Vec<Problem>) {
    let rows = b.rows.len().max(e.rows.len());
    for r in 0..rows {
        let cols = b
            .rows
            .get(r)
            .map_or(0, Vec::len)
            .max(e.rows.get(r).map_or(0, Vec::len));
        for c in 0..cols {
            if norm(&b.cell(r, c).text) != norm(&e.cell(r, c).text) {
                problems.push(
                    Problem::new(
                        &e.at(r, c),
                        "the Risks sheet is read-only in the round trip",
                    )
                    .help("change the risk register under `risks:` in the decisions file"),
                );
            }
        }
    }
}

fn sheet(b: &SheetGrid, e: &SheetGrid, out: &mut Vec<Edit>, problems: &mut Vec<Problem>) {
    let header = |g: &SheetGrid| -> Vec<String> {
        (0..g.rows.first().map_or(0, Vec::len))
            .map(|c| norm(&g.cell(0, c).text))
            .collect()
    };
    let (bh, eh) = (header(b), header(e));
    let additional = b.name == "Additional controls";
    let Some(b_id) = bh.iter().position(|h| h == "ID") else {
        return;
    };
    let Some(e_id) = eh.iter().position(|h| h == "ID") else {
        problems.push(
            Problem::new(&e.at(0, 0), "the ID column is gone")
                .help("export the workbook again and edit that copy"),
        );
        return;
    };
    for (c, h) in eh.iter().enumerate() {
        if !h.is_empty() && !bh.contains(h) {
            problems.push(
                Problem::new(
                    &e.at(0, c),
                    format!("column {h:?} is not one annexa wrote; it is not read"),
                )
                .help("keep the columns as annexa writes them; put notes in the Notes column"),
            );
        }
    }
    let index: std::collections::HashMap<String, usize> = (1..b.rows.len())
        .map(|r| (norm(&b.cell(r, b_id).text), r))
        .collect();
    for r in 1..e.rows.len() {
        let id = norm(&e.cell(r, e_id).text);
        let used = (0..e.rows[r].len()).any(|c| !e.cell(r, c).text.trim().is_empty());
        if !used {
            continue;
        }
        let Some(&br) = index.get(&id) else {
            problems.push(Problem::new(&e.at(r, e_id), format!("{id:?} matches no row annexa wrote on this sheet"))
                .help("rows are matched by their ID: restore the ID, or add the control to the decisions file"));
            continue;
        };
        for (c, h) in eh.iter().enumerate() {
            let Some(bc) = bh.iter().position(|x| x == h) else {
                continue;
            };
            let (was, now) = (norm(&b.cell(br, bc).text), norm(&e.cell(r, c).text));
            if was == now {
                continue;
            }
            match Editable::from_header(h) {
                Some(field) => out.push(Edit { id: id.clone(), additional, field, was, now, at: e.at(r, c) }),
                None => problems.push(
                    Problem::new(&e.at(r, c), format!("column {h:?} is read-only (annexa fills it from the catalog)"))
                        .help(format!("it says {was:?}; restore it, and change the decision's own columns instead")),
                ),
            }
        }
    }
}
