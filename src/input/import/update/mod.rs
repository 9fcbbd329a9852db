//! `annexa import --update soa.yaml edited.xlsx`: the owners' round trip.
//!
//! The workbook annexa writes from `soa.yaml` now is rebuilt in memory and read back; every cell
//! of the edited workbook that differs from it is an edit (`cells.rs`). Each edit becomes a
//! field's new lines, written into the decisions file as text (`edit.rs`): nothing else in the
//! file moves, so comments, order, quoting and folded paragraphs survive. The result is
//! validated; a problem it causes is reported at the cell that caused it, and nothing is
//! written. What changed is printed as `annexa diff` prints it.

mod cells;
mod edit;
mod values;

use super::Problem;
use crate::input::yaml::{Kind, Node};
use cells::Edit;
use edit::{FieldEdit, Target};
use std::path::Path;

/// A merge that worked: the new text, whether it differs, the change log and new warnings.
#[derive(Debug)]
pub struct Updated {
    pub yaml: String,
    pub changed: bool,
    pub changes: String,
    pub warnings: String,
}

/// Why nothing was merged.
#[derive(Debug)]
pub enum Failed {
    /// The input's fault, at cells or in the decisions file (exit 1).
    Problems(Vec<Problem>),
    /// Anything else (exit 2).
    Other(String),
}

/// The order annexa writes a decision's fields in (new fields are inserted in it).
pub const ORDER: &[&str] = &[
    "id",
    "title",
    "description",
    "source",
    "applicable",
    "reasons",
    "risks",
    "justification",
    "status",
    "target_date",
    "status_reason",
    "owner",
    "implementation",
    "evidence",
    "last_review",
    "notes",
    "ai_systems",
];

/// Merges the edits of the workbook `xlsx` (named `name`) into the decisions file `soa`
/// (`text` its bytes).
pub fn update(soa: &Path, text: &[u8], name: &str, xlsx: &[u8]) -> Result<Updated, Failed> {
    let shown = soa.display().to_string();
    let base_dir = soa.parent().map(Path::to_path_buf).unwrap_or_default();
    let Ok(old_text) = std::str::from_utf8(text) else {
        return Err(problem(&shown, "the decisions file is not UTF-8 text"));
    };
    let old = validated(&shown, old_text, &base_dir)
        .ok_or_else(|| problem(&shown, "the decisions file has errors other than controls not decided yet and fields left empty; `annexa validate` lists them: fix them before merging edits into it"))?;
    let opts = crate::merge::Options {
        draft: old.2,
        ..Default::default()
    };
    let doc = crate::merge::merge(&old.0, opts);
    let base = crate::render::export::xlsx(&doc, old.1.as_ref())
        .map_err(|e| Failed::Other(e.to_string()))?;
    let (base, _) = super::read_grid("baseline", &base).map_err(|p| Failed::Problems(vec![p]))?;
    let (edited, _) = super::read_grid(name, xlsx).map_err(|p| Failed::Problems(vec![p]))?;
    if edited.sheets.len() == 1 && edited.sheets[0].name != "Summary" && !xlsx.starts_with(b"PK") {
        return Err(problem(name, "--update reads the XLSX annexa writes (`annexa build --format xlsx`), edited; this is not one"));
    }
    let edits = cells::edits(&base, &edited).map_err(Failed::Problems)?;
    let root = crate::input::yaml::parse(old_text).map_err(|e| Failed::Other(e.message))?;
    let mut targets: Vec<(usize, Target<'_>, Vec<FieldEdit>, Vec<&Edit>)> = Vec::new();
    let mut problems = Vec::new();
    let mut rows: Vec<(bool, &str)> = edits
        .iter()
        .map(|e| (e.additional, e.id.as_str()))
        .collect();
    rows.dedup();
    for (additional, id) in rows {
        let row: Vec<&Edit> = edits
            .iter()
            .filter(|e| e.additional == additional && e.id == id)
            .collect();
        let Some(t) = find(&root, additional, id) else {
            problems.push(Problem::new(&row[0].at, format!("{id} is not written in the decisions file as a block mapping"))
                .help("give the control its own block (`27001:A.5.1:` then one field a line) and merge again"));
            continue;
        };
        let indent = field_indent(old_text, &t);
        let mut fes = Vec::new();
        for e in &row {
            match values::lines(e, &t, indent, old_text) {
                Ok(fe) => fes.push(fe),
                Err(p) => problems.push(p),
            }
        }
        targets.push((t.key_line, t, fes, row));
    }
    if !problems.is_empty() {
        return Err(Failed::Problems(problems));
    }
    targets.sort_by_key(|t| std::cmp::Reverse(t.0));
    let mut new_text = old_text.to_string();
    for (_, t, fes, _) in &targets {
        new_text = edit::apply(&new_text, t, fes, ORDER);
    }
    let new = validated_or_cells(&shown, &new_text, &base_dir, &targets, old.2)?;
    let mut changes = crate::diff::diff(&old.0, &new.0);
    if old.2 {
        // A draft's missing date is a placeholder only: the log says so, as the draft does.
        for v in [&mut changes.from, &mut changes.to] {
            if v.date == crate::pipeline::draft::PLACEHOLDER_DATE {
                v.date = crate::pipeline::draft::TO_COMPLETE.into();
            }
        }
    }
    let templates = crate::render::markdown::Templates::new(&[], &crate::i18n::Locale::english())
        .map_err(|e| Failed::Other(e.to_string()))?;
    let log = crate::render::changes::markdown(&changes, &templates)
        .map_err(|e| Failed::Other(e.to_string()))?;
    Ok(Updated {
        changed: new_text != old_text,
        yaml: new_text,
        changes: log,
        warnings: new.2,
    })
}

fn problem(at: &str, msg: &str) -> Failed {
    Failed::Problems(vec![Problem::new(at, msg)])
}

/// The model and theme of a valid decisions file, or of a draft's (its only problems are
/// controls not decided yet and fields left empty: `build --draft` builds it, and its XLSX is
/// the form owners fill in), and whether it is a draft's.
fn validated(
    name: &str,
    text: &str,
    base: &Path,
) -> Option<(crate::model::Soa, Option<crate::model::theme::Theme>, bool)> {
    let loaded = crate::input::load_text(name, text.as_bytes(), base);
    let v = crate::validate::validate(loaded.clone());
    match v.soa {
        Some(s) => Some((s, v.theme, false)),
        None => crate::pipeline::draft::draft(loaded)
            .ok()
            .map(|d| (d.soa, d.theme, true)),
    }
}

/// Validates the merged text (as a draft's when `draft`: problems of the kinds a draft allows
/// are left, and counted); its errors are reported at the cells of the row whose decision they
/// are in. Warnings are rendered for the terminal.
#[allow(clippy::type_complexity)]
fn validated_or_cells(
    name: &str,
    text: &str,
    base: &Path,
    targets: &[(usize, Target<'_>, Vec<FieldEdit>, Vec<&Edit>)],
    draft: bool,
) -> Result<
    (
        crate::model::Soa,
        Option<crate::model::theme::Theme>,
        String,
    ),
    Failed,
> {
    let loaded = crate::input::load_text(name, text.as_bytes(), base);
    let v = crate::validate::validate(loaded.clone());
    if let Some(soa) = v.soa {
        let warnings = v.diagnostics.render(&v.sources);
        return Ok((soa, v.theme, warnings));
    }
    if draft {
        if let Ok(d) = crate::pipeline::draft::draft(loaded) {
            let n = d.diagnostics.items.len();
            let left = format!(
                "note: {name} is still a draft: {n} problem{} left (`annexa validate {name}` lists them; `annexa build --draft {name}` builds it)\n",
                if n == 1 { "" } else { "s" }
            );
            return Ok((d.soa, d.theme, left));
        }
    }
    let root = crate::input::yaml::parse(text).map_err(|e| Failed::Other(e.message))?;
    let mut problems = Vec::new();
    for d in v.diagnostics.sorted() {
        if d.severity != crate::diag::Severity::Error || (draft && d.code.draftable()) {
            continue;
        }
        let line = d.pos.line as usize;
        let row = targets.iter().find(|(_, _, _, edits)| {
            let e = edits[0];
            find(&root, e.additional, &e.id).is_some_and(|t| {
                let end = edit::entry_end_of(text, &t);
                (t.key_line..=end).contains(&line)
            })
        });
        let at = match row {
            Some((_, _, _, edits)) => edits
                .iter()
                .map(|e| e.at.clone())
                .collect::<Vec<_>>()
                .join(", "),
            None => format!("{name}:{}:{}", d.pos.line, d.pos.column),
        };
        let mut p = Problem::new(&at, format!("{} [{}]", d.message, d.code.as_str()));
        if let Some(h) = &d.help {
            p = p.help(h.clone());
        }
        problems.push(p);
    }
    if problems.is_empty() {
        // Only kinds a draft allows, yet no draft: a reference the draft checks (evidence).
        problems.push(Problem::new(
            name,
            "with these edits the decisions file could not be built, even as a draft",
        ));
    }
    Err(Failed::Problems(problems))
}

/// The mapping of control `id` under `controls:`, or of the additional control `id`.
fn find<'a>(root: &'a Node, additional: bool, id: &str) -> Option<Target<'a>> {
    let Kind::Map(top) = &root.kind else {
        return None;
    };
    let section = if additional {
        "additional_controls"
    } else {
        "controls"
    };
    let (_, node) = top.iter().find(|(k, _)| k.scalar() == Some(section))?;
    match &node.kind {
        Kind::Map(entries) if !additional => {
            let (k, v) = entries
                .iter()
                .find(|(k, _)| k.scalar().map(str::trim) == Some(id))?;
            let map = match &v.kind {
                Kind::Map(_) if v.pos.line > k.pos.line => Some(v),
                Kind::Map(_) => return None,
                _ if v.is_null() => None,
                _ => return None,
            };
            Some(Target {
                key_line: k.pos.line as usize,
                map,
                indent: k.pos.col as usize + 1,
            })
        }
        Kind::Seq(items) if additional => {
            let item = items.iter().find(|i| match &i.kind {
                Kind::Map(es) => es
                    .iter()
                    .any(|(k, v)| k.scalar() == Some("id") && v.scalar() == Some(id)),
                _ => false,
            })?;
            let first = match &item.kind {
                Kind::Map(es) => es.first()?.0.pos,
                _ => return None,
            };
            Some(Target {
                key_line: first.line as usize,
                map: Some(item),
                indent: first.col as usize - 1,
            })
        }
        _ => None,
    }
}

/// The indentation of the target's fields.
fn field_indent(text: &str, t: &Target<'_>) -> usize {
    match t.map.map(|m| &m.kind) {
        Some(Kind::Map(es)) if !es.is_empty() => es[0].0.pos.col as usize - 1,
        _ => {
            let line = text.lines().nth(t.key_line - 1).unwrap_or("");
            line.len() - line.trim_start().len() + 2
        }
    }
}
