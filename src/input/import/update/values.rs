//! An edited cell → the lines of its field in the decisions file, read with the import's
//! vocabulary (`Yes`, a status label, reasons one a line, `YYYY-MM-DD`). An emptied cell removes
//! the field; a value the control takes from `defaults:` cannot be emptied here.

use super::super::emit::{block_list, field, flow_list};
use super::super::values::{applies, reasons, status, Applies, StatusWord};
use super::cells::{Edit, Editable};
use super::edit::{FieldEdit, Target};
use super::Problem;
use crate::input::yaml::{Kind, Node};

/// The field edit a cell edit makes, or why it cannot be made.
pub fn lines(e: &Edit, t: &Target<'_>, indent: usize, text: &str) -> Result<FieldEdit, Problem> {
    let key = e.field.key();
    let own = t.map.and_then(|m| entry(m, key));
    let bad = |what: &str, help: &str| {
        Problem::new(&e.at, format!("{:?} is not {what}", e.now)).help(help.to_string())
    };
    let set = |lines: String| {
        Ok(FieldEdit {
            key: key.into(),
            lines: Some(lines),
        })
    };
    if e.now.is_empty() {
        if own.is_none() {
            return Err(Problem::new(&e.at, format!("{} of {} comes from `defaults:`; it cannot be emptied here", key, e.id))
                .help("change it under `defaults:` in the decisions file, or give the control a value of its own"));
        }
        return Ok(FieldEdit {
            key: key.into(),
            lines: None,
        });
    }
    let pad = " ".repeat(indent);
    match e.field {
        Editable::Applicable => match applies(&e.now) {
            Some(a) => set(format!("{pad}applicable: {}\n", a == Applies::Yes)),
            None => Err(bad("Yes or No", "choose Yes or No from the drop-down")),
        },
        Editable::Status => match status(&e.now) {
            Some(StatusWord::Status(k)) => set(format!("{pad}status: {}\n", k.key())),
            _ => Err(bad("a status", "choose Implemented, Partially implemented, Planned or Not implemented; an excluded control has Applicable No and no status")),
        },
        Editable::Reasons => match reasons(&e.now) {
            Some(rs) if !rs.is_empty() => {
                let keys: Vec<String> = rs.iter().map(|r| r.key().to_string()).collect();
                set(flow_list(indent, key, &keys))
            }
            _ => Err(bad("a list of reasons", "one a line: Legal or regulatory requirement, Contractual requirement, Risk assessment, Business requirement or good practice")),
        },
        Editable::Risks | Editable::AiSystems => {
            let ids: Vec<String> = e
                .now
                .split(['\n', ',', ';'])
                .filter_map(|l| l.split_whitespace().next())
                .map(str::to_string)
                .collect();
            set(flow_list(indent, key, &ids))
        }
        Editable::TargetDate | Editable::LastReview => match crate::model::Date::parse(&e.now) {
            Some(_) => set(format!("{pad}{key}: {}\n", e.now)),
            None => Err(bad("a date", "write the date as YYYY-MM-DD, or format the cell as a date")),
        },
        Editable::Evidence => evidence(e, own, indent, text).map(|l| FieldEdit { key: key.into(), lines: Some(l) }),
        _ => set(field(indent, key, &e.now)),
    }
}

fn entry<'a>(m: &'a Node, key: &str) -> Option<&'a Node> {
    match &m.kind {
        Kind::Map(es) => es
            .iter()
            .find(|(k, _)| k.scalar() == Some(key))
            .map(|(_, v)| v),
        _ => None,
    }
}

/// Evidence: one item a line. A line as annexa wrote it keeps its item as written in the file
/// (a record stays a record); a new or changed line is a text item.
fn evidence(e: &Edit, own: Option<&Node>, indent: usize, text: &str) -> Result<String, Problem> {
    let was: Vec<&str> = e.was.split('\n').collect();
    let items: Vec<&Node> = match own.map(|n| &n.kind) {
        Some(Kind::Seq(items)) => items.iter().collect(),
        _ => Vec::new(),
    };
    let src: Vec<&str> = text.lines().collect();
    let mut out = format!("{}evidence:\n", " ".repeat(indent));
    for line in e.now.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
        let kept = was
            .iter()
            .position(|w| w.trim() == line)
            .and_then(|i| items.get(i));
        match kept {
            Some(item) if matches!(item.kind, Kind::Map(_)) => {
                // The record's lines as written, from its `- ` line to the last line indented
                // deeper than the dash.
                let start = item.pos.line as usize - 1;
                let dash = src.get(start).map_or(0, |l| l.len() - l.trim_start().len());
                let mut end = start;
                for (i, l) in src.iter().enumerate().skip(start + 1) {
                    if l.trim().is_empty() {
                        continue;
                    }
                    if l.len() - l.trim_start().len() <= dash {
                        break;
                    }
                    end = i;
                }
                for l in &src[start..=end] {
                    let rest = l.get(dash.min(l.len())..).unwrap_or("");
                    out.push_str(&format!("{}  {rest}\n", " ".repeat(indent)));
                }
            }
            Some(item) => out.push_str(
                &block_list(indent, "x", &[item.scalar().unwrap_or(line).to_string()])
                    .lines()
                    .skip(1)
                    .map(|l| format!("{l}\n"))
                    .collect::<String>(),
            ),
            None => out.push_str(
                &block_list(indent, "x", &[line.to_string()])
                    .lines()
                    .skip(1)
                    .map(|l| format!("{l}\n"))
                    .collect::<String>(),
            ),
        }
    }
    Ok(out)
}
