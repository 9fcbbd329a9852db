//! Reading the sheets: which ones to read (every sheet with an SoA header, or the one `--sheet`
//! names), refusals at their position (a hidden sheet holding controls, a merged header), and
//! each row below the header into the candidates its ID may mean and the values it decides. A
//! risk register sheet (annexa's Risks sheet) is read as risks. What the rows mean together is
//! settled in [`super::resolve`].

use super::columns::{fold, Field};
use super::decide::{values, Values};
use super::grid::{column_letters, Grid, SheetGrid};
use super::ids::{candidates, std_hint, written, Candidate};
use super::sheet::{layout, rows};
use super::{Options, Problem, Report};
use crate::input::correspondence::Correspondence;
use crate::model::Catalog;

/// One row that names a control (or an additional control).
#[derive(Debug, Clone)]
pub struct ReadRow {
    pub sheet: usize,
    /// `Sheet!A12`, the ID cell.
    pub at: String,
    pub id_text: String,
    pub title: Option<String>,
    pub cands: Vec<Candidate>,
    pub values: Values,
    /// For an additional control: its description and source.
    pub extra: Option<(Option<String>, Option<String>)>,
}

/// A risk of a register sheet (annexa's Risks sheet): ID, title, owner.
#[derive(Debug, Clone, Default)]
pub struct RiskRow {
    pub id: String,
    pub title: Option<String>,
    pub owner: Option<String>,
}

/// Everything read from the sheets, before IDs are settled.
#[derive(Debug, Default)]
pub struct Read {
    pub rows: Vec<ReadRow>,
    pub risks: Vec<RiskRow>,
    /// How many sheets were chosen (rows carry their index).
    pub sheets: usize,
}

/// Reads every sheet that has an SoA header (or the one `--sheet` names).
pub fn read_sheets(
    grid: &Grid,
    opts: &Options,
    catalogs: &[Catalog],
    report: &mut Report,
) -> Result<Read, Vec<Problem>> {
    let mut problems = Vec::new();
    let chosen: Vec<&SheetGrid> = match &opts.sheet {
        Some(want) => {
            let found = grid.sheets.iter().find(|s| s.name == *want).or_else(|| {
                grid.sheets
                    .iter()
                    .find(|s| s.name.eq_ignore_ascii_case(want))
            });
            match found {
                Some(s) => vec![s],
                None => {
                    let names: Vec<&str> = grid.sheets.iter().map(|s| s.name.as_str()).collect();
                    return Err(vec![Problem::new(
                        want,
                        format!("there is no sheet `{want}`"),
                    )
                    .help(format!("the sheets are: {}", names.join(", ")))]);
                }
            }
        }
        None => grid.sheets.iter().collect(),
    };
    let mut read = Read::default();
    let old = Correspondence::shipped();
    for g in &chosen {
        let index = read.sheets;
        read.sheets += 1;
        if g.is_empty() {
            report
                .sheets
                .push(format!("sheet `{}`: empty, left out", g.name));
            continue;
        }
        if let Some(risks) = risk_sheet(g) {
            report.sheets.push(format!(
                "sheet `{}`: risk register, {} risks",
                g.name,
                risks.len()
            ));
            read.risks.extend(risks);
            continue;
        }
        let Some(l) = layout(g, &opts.maps) else {
            report.sheets.push(format!(
                "sheet `{}`: no header row with a control ID column and an applicability, status or justification column; left out",
                g.name
            ));
            continue;
        };
        if g.hidden && opts.sheet.is_none() {
            problems.push(
                Problem::new(
                    &g.at(l.header, 0),
                    format!("sheet `{}` is hidden and holds controls", g.name),
                )
                .help(
                    "unhide it to import what it says, or name it with --sheet to read it anyway",
                ),
            );
            continue;
        }
        if let Some((r1, c1, r2, c2)) = l.columns.iter().find_map(|(c, _, _)| {
            g.merged_at(l.header, *c)
                .filter(|m| m.0 != m.2 || m.1 != m.3)
        }) {
            let _ = (r2, c2);
            problems.push(
                Problem::new(
                    &g.at(r1 as usize, c1 as usize),
                    "the header row has merged cells",
                )
                .help("unmerge the header cells so each column has its own name"),
            );
            continue;
        }
        for (c, f, t) in &l.columns {
            report
                .columns
                .push(format!("{} {:?} → {}", g.at(l.header, *c), t, f.name()));
        }
        for (at, t) in &l.unknown {
            report
                .columns
                .push(format!("{at} {t:?} → not read (use --map to read it)"));
        }
        let body = rows(g, &l, &mut problems);
        report.sheets.push(format!(
            "sheet `{}`: header in row {}, {} rows below it",
            g.name,
            l.header + 1,
            body.len()
        ));
        if let Some((r, c)) = g.wide {
            report.sheets.push(format!(
                "sheet `{}`: values right of column {} (the first at {}) are not read",
                g.name,
                column_letters(super::book::MAX_COLUMNS - 1),
                g.at(r, c)
            ));
        }
        let sheet_hint = std_hint(&g.name);
        let additional_sheet = fold(&g.name).contains("additional");
        for row in &body {
            let id_col = l.col(Field::Id).unwrap_or(0);
            let at = g.at(row.row, id_col);
            let id_text = row.get(Field::Id).unwrap_or("").to_string();
            let standard = row.get(Field::Standard).unwrap_or("");
            let additional = additional_sheet || fold(standard).contains("additional");
            let title = row.get(Field::Title).map(str::to_string);
            let w = written(&id_text).filter(|_| !additional);
            let Some(w) = w else {
                if additional && !id_text.is_empty() {
                    let text = |f| row.get(f).map(str::to_string);
                    read.rows.push(ReadRow {
                        sheet: index,
                        at,
                        id_text,
                        title,
                        cands: Vec::new(),
                        values: values(g, row, report),
                        extra: Some((text(Field::Description), text(Field::Source))),
                    });
                } else if id_text.is_empty() {
                    report.ignore(g.at(row.row, 0), "no control ID");
                } else {
                    report.ignore(at, format!("{id_text:?} is not a control ID"));
                }
                continue;
            };
            let hint = std_hint(standard).or(sheet_hint);
            let cands = candidates(&w, hint, catalogs, old);
            if cands.is_empty() {
                report.ignore(at, format!("{id_text:?} names no control of ISO/IEC 27001:2022, 27001:2013 or 42001:2023"));
                continue;
            }
            let mut values = values(g, row, report);
            // Additional controls are applicable by definition.
            if additional {
                values.applicable = Some(true);
            }
            read.rows.push(ReadRow {
                sheet: index,
                at,
                id_text,
                title,
                cands,
                values,
                extra: None,
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if read.rows.is_empty() && read.risks.is_empty() {
        let all_empty = chosen.iter().all(|g| g.is_empty());
        let at = chosen
            .first()
            .map_or("the file".to_string(), |g| g.name.clone());
        return Err(vec![if all_empty {
            Problem::new(&at, "the sheet is empty")
                .help("export the SoA with its rows, or pick the sheet with --sheet")
        } else {
            Problem::new(&at, "no sheet has a header row with a control ID column and an applicability, status or justification column")
                .help("name the columns with --map, e.g. --map \"Ref=id\" --map \"Applies?=applicable\"")
        }]);
    }
    Ok(read)
}

/// A risk register sheet (annexa's Risks sheet): `Risk ID` and `Risk` columns in its first row.
fn risk_sheet(g: &SheetGrid) -> Option<Vec<RiskRow>> {
    let header: Vec<String> = (0..g.rows.first()?.len())
        .map(|c| fold(&g.cell(0, c).text))
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name);
    let (id, title) = (col("risk id")?, col("risk")?);
    let owner = col("risk owner");
    let text = |r: usize, c: Option<usize>| {
        c.map(|c| g.cell(r, c).text.trim().to_string())
            .filter(|t| !t.is_empty())
    };
    Some(
        (1..g.rows.len())
            .filter_map(|r| {
                Some(RiskRow {
                    id: text(r, Some(id))?,
                    title: text(r, Some(title)),
                    owner: text(r, owner),
                })
            })
            .collect(),
    )
}
