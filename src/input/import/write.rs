//! The decisions file an import writes: `annexa init`'s layout (every control of the catalogs
//! in scope, in catalog order, titles as comments) with the sheet's decisions filled in, the
//! risks its rows name, its additional controls; and the 2013 rows carried to 2022.

use super::decide::Values;
use super::emit::{block_list, field, flow_list};
use super::resolve::{Decision, Out};
use super::Report;
use crate::input::correspondence::Correspondence;
use crate::model::Catalog;
use std::collections::HashMap;
use std::fmt::Write as _;

/// The lines of one decision under its key, indented four spaces.
pub fn body(v: &Values, indent: usize) -> String {
    let mut s = String::new();
    let Some(applicable) = v.applicable else {
        s.push_str(&" ".repeat(indent));
        s.push_str("applicable:\n");
        if let Some(j) = &v.justification {
            s.push_str(&field(indent, "justification", j));
        }
        return s;
    };
    s.push_str(&format!("{}applicable: {applicable}\n", " ".repeat(indent)));
    decision_fields(&mut s, v, indent, applicable);
    s
}

/// The fields after `applicable` (an additional control has the same, without it).
fn decision_fields(s: &mut String, v: &Values, indent: usize, applicable: bool) {
    if applicable {
        if !v.reasons.is_empty() {
            let keys: Vec<String> = v.reasons.iter().map(|r| r.key().to_string()).collect();
            s.push_str(&flow_list(indent, "reasons", &keys));
        }
        if !v.risks.is_empty() {
            s.push_str(&flow_list(indent, "risks", &v.risks));
        }
    }
    if let Some(j) = &v.justification {
        s.push_str(&field(indent, "justification", j));
    }
    if applicable {
        if let Some(k) = v.status {
            s.push_str(&format!("{}status: {}\n", " ".repeat(indent), k.key()));
        }
        let opt = [
            ("target_date", &v.target_date),
            ("status_reason", &v.status_reason),
            ("owner", &v.owner),
            ("implementation", &v.implementation),
        ];
        for (k, x) in opt {
            if let Some(x) = x {
                s.push_str(&field(indent, k, x));
            }
        }
        if !v.evidence.is_empty() {
            s.push_str(&block_list(indent, "evidence", &v.evidence));
        }
        if let Some(x) = &v.last_review {
            s.push_str(&field(indent, "last_review", x));
        }
    }
    if let Some(x) = &v.notes {
        s.push_str(&field(indent, "notes", x));
    }
    if !v.ai_systems.is_empty() {
        let _ = writeln!(
            s,
            "{}# ai_systems: [{}]   (list the systems under `ai_systems:`, then uncomment)",
            " ".repeat(indent),
            v.ai_systems.join(", ")
        );
    }
}

/// The whole file.
pub fn decisions_file(name: &str, out: &Out, catalogs: &[Catalog], report: &mut Report) -> String {
    let in_scope: Vec<Catalog> = catalogs
        .iter()
        .filter(|c| out.scope.contains(&c.namespace))
        .cloned()
        .collect();
    let control = |ns: &str, id: &str| {
        let key = (ns.to_string(), id.to_string());
        out.decisions.get(&key).map(|d| body(&d.values, 4))
    };
    let above = |ns: &str, id: &str| {
        let key = (ns.to_string(), id.to_string());
        let lines = out
            .decisions
            .get(&key)
            .map(|d| d.comments.clone())
            .or_else(|| out.undecided_notes.get(&key).cloned())
            .unwrap_or_default();
        lines.iter().map(|l| format!("  # {l}\n")).collect()
    };
    let fill = crate::init::Fill {
        origin: format!(
            "# annexa decisions file, written by `annexa import` from {name}.\n\
             # Comments above a control say where a 2013 decision went; `annexa build --draft`\n\
             # builds documents marked DRAFT before every control is decided.\n"
        ),
        risks: risks(out),
        additional: additional(out),
        control: &control,
        above: &above,
    };
    let _ = report;
    crate::init::starter_with(&in_scope, &fill)
}

/// The risks the rows name (with the title and owner a risk sheet gives), as stubs to complete.
fn risks(out: &Out) -> Option<String> {
    let mut ids: Vec<String> = out.risks.iter().map(|r| r.id.clone()).collect();
    let named = out
        .decisions
        .values()
        .map(|d| &d.values)
        .chain(out.additional.iter().map(|a| &a.values))
        .flat_map(|v| v.risks.iter());
    for id in named {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    if ids.is_empty() {
        return None;
    }
    ids.sort_by(|a, b| crate::model::natural_cmp(a, b));
    let mut s = String::from(
        "\n# The risks the SoA names: complete each (`annexa help decisions` lists the fields).\nrisks:\n",
    );
    for id in ids {
        let r = out.risks.iter().find(|r| r.id == id);
        s.push_str(&field(2, "- id", &id));
        match r.and_then(|r| r.title.as_ref()) {
            Some(t) => s.push_str(&field(4, "title", t)),
            None => s.push_str("    title:\n"),
        }
        if let Some(o) = r.and_then(|r| r.owner.as_ref()) {
            s.push_str(&field(4, "owner", o));
        }
    }
    Some(s)
}

fn additional(out: &Out) -> Option<String> {
    if out.additional.is_empty() {
        return None;
    }
    let mut s = String::from("\nadditional_controls:\n");
    for a in &out.additional {
        s.push_str(&field(2, "- id", &a.id));
        let opt = [
            ("title", &a.title),
            ("description", &a.description),
            ("source", &a.source),
        ];
        for (k, v) in opt {
            match v {
                Some(v) => s.push_str(&field(4, k, v)),
                None if k != "source" => {
                    let _ = writeln!(s, "    {k}:");
                }
                None => {}
            }
        }
        decision_fields(&mut s, &a.values, 4, true);
    }
    Some(s)
}

/// Carries 2013 rows to the 2022 controls they became: one row to one control as is; several
/// rows merged into one control when they agree (their texts joined), left undecided with a
/// comment when they do not; a row split into several controls copied to each, with a comment.
/// 2022 controls no 2013 row reaches are left undecided with a comment, when any row was 2013.
pub fn carry_2013(
    out: &mut Out,
    rows: HashMap<(String, String), Vec<(String, Values)>>,
    catalogs: &[Catalog],
    report: &mut Report,
) {
    if rows.is_empty() {
        return;
    }
    let old = Correspondence::shipped();
    let mut keys: Vec<&(String, String)> = rows.keys().collect();
    keys.sort_by(|a, b| crate::model::natural_cmp(&a.1, &b.1));
    for key in keys {
        let from = &rows[key];
        if out.decisions.contains_key(key) {
            let ids: Vec<&str> = from.iter().map(|(id, _)| id.as_str()).collect();
            report.remapped.push(format!(
                "27001:{} has a 2022 row of its own; the 2013 row(s) {} for it are not used",
                key.1,
                ids.join(", ")
            ));
            continue;
        }
        let ids: Vec<&str> = from.iter().map(|(id, _)| id.as_str()).collect();
        let mut comments = Vec::new();
        let split: Vec<String> = from
            .iter()
            .filter_map(|(id, _)| {
                old.now(id)
                    .filter(|n| n.len() > 1)
                    .map(|n| format!("{id} → {}", n.join(" and ")))
            })
            .collect();
        if !split.is_empty() {
            comments.push(format!(
                "From ISO/IEC 27001:2013 {}, which 2022 split ({}): check the decision fits {}.",
                ids.join(", "),
                split.join("; "),
                key.1
            ));
        }
        let agree = from
            .windows(2)
            .all(|w| (w[0].1.applicable, w[0].1.status) == (w[1].1.applicable, w[1].1.status));
        if from.len() > 1 && !agree {
            let what: Vec<String> = from
                .iter()
                .map(|(id, v)| format!("{id} {}", said(v)))
                .collect();
            let line = format!(
                "ISO/IEC 27001:2013 {} merged into {} in 2022, and the sheet decides them differently ({}): decide {} yourself.",
                ids.join(", "),
                key.1,
                what.join("; "),
                key.1
            );
            report.remapped.push(format!("27001:{}: {line}", key.1));
            comments.push(line);
            out.undecided_notes.insert(key.clone(), comments);
            continue;
        }
        let mut v = from[0].1.clone();
        if from.len() > 1 {
            comments.push(format!(
                "From ISO/IEC 27001:2013 {}, merged into {} in 2022 (their texts joined).",
                ids.join(", "),
                key.1
            ));
            v.justification = joined(from, |v| v.justification.as_ref());
            v.implementation = joined(from, |v| v.implementation.as_ref());
            v.status_reason = joined(from, |v| v.status_reason.as_ref());
            v.notes = joined(from, |v| v.notes.as_ref());
            for (_, o) in &from[1..] {
                for e in &o.evidence {
                    if !v.evidence.contains(e) {
                        v.evidence.push(e.clone());
                    }
                }
            }
        } else if split.is_empty() {
            comments.push(format!("From ISO/IEC 27001:2013 {}.", ids[0]));
        }
        if from.len() > 1 || !split.is_empty() {
            report
                .remapped
                .push(format!("27001:{}: {}", key.1, comments.join(" ")));
        }
        out.decisions.insert(
            key.clone(),
            Decision {
                values: v,
                comments,
            },
        );
    }
    if let Some(c) = catalogs.iter().find(|c| c.namespace == "27001") {
        for x in &c.controls {
            let key = ("27001".to_string(), x.id.clone());
            if !out.decisions.contains_key(&key)
                && !out.undecided_notes.contains_key(&key)
                && old.merged_with(&x.id).is_empty()
            {
                out.undecided_notes.insert(
                    key,
                    vec![format!(
                        "{}: new in ISO/IEC 27001:2022, no 2013 control became it: decide it.",
                        x.id
                    )],
                );
                report
                    .remapped
                    .push(format!("27001:{} is new in 2022: left undecided", x.id));
            }
        }
    }
}

/// What a row decided, in a few words.
fn said(v: &Values) -> String {
    match (v.applicable, v.status) {
        (Some(false), _) => "excluded".into(),
        (Some(true), Some(s)) => format!("applicable, {}", s.label().to_lowercase()),
        (Some(true), None) => "applicable".into(),
        (None, _) => "undecided".into(),
    }
}

/// Each row's text, prefixed with its 2013 ID when several rows give one.
fn joined(from: &[(String, Values)], get: impl Fn(&Values) -> Option<&String>) -> Option<String> {
    let texts: Vec<(&str, &String)> = from
        .iter()
        .filter_map(|(id, v)| get(v).map(|t| (id.as_str(), t)))
        .collect();
    match texts.as_slice() {
        [] => None,
        [(_, t)] => Some((*t).clone()),
        _ if texts.iter().all(|(_, t)| *t == texts[0].1) => Some(texts[0].1.clone()),
        _ => Some(
            texts
                .iter()
                .map(|(id, t)| format!("{id}: {t}"))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
    }
}
