//! The integrated management-system matrix: clauses 4–10 of every standard in scope side by
//! side, each with the process, owner and evidence the organisation records for it.
//!
//! **Pairing is by clause number.** The standards share the Harmonized Structure, so clause
//! 9.2 of one is paired with clause 9.2 of the other, whatever their titles say; a number that
//! only one standard has (42001's 6.1.4 and 8.4, the AI system impact assessment) is specific
//! to that standard. Each clause of each standard lands in exactly one row.
//!
//! **Which entry meets a clause.** For each standard's side of a row, the entry keyed with
//! that standard (`42001:6.1.2`) or with the bare number (`6.1.2`); failing that, the nearest
//! parent clause's entry (`9.2` covers 9.2.1 and 9.2.2). A heading clause with no entry of its
//! own is covered when each of its sub-clauses is.

use super::{label, Label};
use crate::model::{natural_cmp, Catalog, ClauseEntry, Soa};
use serde::Serialize;

/// The matrix, and the figures the SoA's summary shows.
#[derive(Debug, Clone, Serialize)]
pub struct ManagementSystemView {
    /// `document.id`: `documents.management_system.id`, else `<document.id>-MS`.
    pub document_id: String,
    /// The matrix's document control.
    pub document: super::ControlView,
    /// The standards with clauses, in scope order: the matrix's columns.
    pub standards: Vec<MsStandard>,
    /// One section per top-level clause (4 … 10), each with its rows.
    pub sections: Vec<ClauseSection>,
    pub counts: MsCounts,
    /// Numbers of the clauses only one standard has, e.g. `["6.1.4", "8.4"]`.
    pub specific: Vec<String>,
    /// Numbers of the clauses with no process recorded (on at least one side).
    pub not_recorded: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MsStandard {
    pub namespace: String,
    /// e.g. "ISO/IEC 42001:2023".
    pub standard: String,
    /// How many clauses this standard has.
    pub clauses: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClauseSection {
    pub id: String,
    pub title: String,
    /// Figures over this section's rows.
    pub counts: MsCounts,
    pub rows: Vec<ClauseRow>,
}

/// One clause number across the standards.
#[derive(Debug, Clone, Serialize)]
pub struct ClauseRow {
    pub id: String,
    /// 1 for "9", 2 for "9.2", 3 for "9.2.1".
    pub depth: usize,
    /// One per standard of [`ManagementSystemView::standards`], in the same order: the
    /// clause's `{id, title}` in that standard, or none when the standard has no such clause.
    pub sides: Vec<Option<SideClause>>,
    /// Keys `shared` (the number exists in two or more standards) or `specific`.
    pub kind: Label,
    /// The namespaces that have this clause.
    pub standards: Vec<String>,
    /// The entries that meet it, each once, with the sides they cover.
    pub processes: Vec<ProcessView>,
    /// The namespaces whose clause no entry meets (before heading clauses are credited with
    /// their sub-clauses).
    pub unrecorded: Vec<String>,
    /// Keys `recorded`, `inherited`, `subclauses`, `partial`, `not_recorded`.
    pub coverage: Label,
    /// The documents of this set the clause asks for, as they identify themselves: the SoA
    /// and the risk treatment plan at 6.1.3, the impact assessments at ISO/IEC 42001's 6.1.4
    /// and 8.4, the AI policy at its 5.2 ([`super::control::cite_in_matrix`]).
    pub documents: Vec<super::control::DocRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SideClause {
    pub id: String,
    pub title: String,
}

/// One entry of `management_system:` as it applies to a row.
#[derive(Debug, Clone, Serialize)]
pub struct ProcessView {
    /// The key as written, e.g. `9.2` or `42001:6.1.4`.
    pub key: String,
    /// The namespaces (e.g. "42001") of the row's standards the entry covers.
    pub applies_to: Vec<String>,
    /// True when it covers every side of the row.
    pub all_sides: bool,
    /// The parent clause the entry is written for, when the row inherits it; else none.
    pub inherited_from: Option<String>,
    pub process: String,
    pub owner: String,
    pub evidence: Vec<String>,
    pub notes: Option<String>,
}

/// Figures over the rows (each row counts once).
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct MsCounts {
    pub rows: usize,
    pub shared: usize,
    pub specific: usize,
    pub recorded: usize,
    pub inherited: usize,
    pub subclauses: usize,
    pub partial: usize,
    pub not_recorded: usize,
}

impl MsCounts {
    fn of(rows: &[ClauseRow]) -> MsCounts {
        let mut c = MsCounts::default();
        for r in rows {
            c.rows += 1;
            if r.kind.key == "shared" {
                c.shared += 1;
            } else {
                c.specific += 1;
            }
            match r.coverage.key.as_str() {
                "recorded" => c.recorded += 1,
                "inherited" => c.inherited += 1,
                "subclauses" => c.subclauses += 1,
                "partial" => c.partial += 1,
                _ => c.not_recorded += 1,
            }
        }
        c
    }
}

/// The matrix, when the decisions file has a `management_system:` section (the toolkit set
/// always has one) and at least one catalog in scope lists clauses.
pub fn management_system(soa: &Soa) -> Option<ManagementSystemView> {
    let entries = soa.management_system.as_deref()?;
    let cats: Vec<&Catalog> = soa
        .catalogs
        .iter()
        .filter(|c| !c.clauses.is_empty())
        .collect();
    if cats.is_empty() {
        return None;
    }
    let mut ids: Vec<&str> = cats
        .iter()
        .flat_map(|c| c.clauses.iter().map(|k| k.id.as_str()))
        .collect();
    ids.sort_by(|a, b| natural_cmp(a, b));
    ids.dedup();
    let mut rows: Vec<ClauseRow> = ids.iter().map(|id| row(id, &cats, entries)).collect();
    // Deepest first: a sub-clause that is itself a heading is settled before its parent.
    for i in (0..rows.len()).rev() {
        if rows[i].coverage.key != "not_recorded" {
            continue;
        }
        let prefix = format!("{}.", rows[i].id);
        let mut children = rows
            .iter()
            .filter(|r| r.id.starts_with(&prefix) && r.depth == rows[i].depth + 1)
            .peekable();
        let some = children.peek().is_some();
        if some && children.all(|r| !matches!(r.coverage.key.as_str(), "not_recorded" | "partial"))
        {
            rows[i].coverage = coverage("subclauses");
        }
    }
    let counts = MsCounts::of(&rows);
    let specific = rows
        .iter()
        .filter(|r| r.kind.key == "specific")
        .map(|r| r.id.clone())
        .collect();
    let not_recorded = rows
        .iter()
        .filter(|r| matches!(r.coverage.key.as_str(), "not_recorded" | "partial"))
        .map(|r| r.id.clone())
        .collect();
    let mut sections: Vec<ClauseSection> = Vec::new();
    for r in rows {
        let top = r.id.split('.').next().unwrap_or_default().to_string();
        match sections.last_mut() {
            Some(s) if s.id == top => s.rows.push(r),
            _ => sections.push(ClauseSection {
                title: title_of(&top, &cats),
                id: top,
                counts: MsCounts::default(),
                rows: vec![r],
            }),
        }
    }
    for s in &mut sections {
        s.counts = MsCounts::of(&s.rows);
    }
    let document = super::control::derived(
        soa,
        &soa.documents.management_system,
        &super::control::Kind {
            key: "management_system",
            title: "Integrated management system",
            file: "management-system",
            suffix: "-MS",
        },
    );
    Some(ManagementSystemView {
        document_id: document.id.clone(),
        document,
        standards: cats
            .iter()
            .map(|c| MsStandard {
                namespace: c.namespace.clone(),
                standard: standard_name(c),
                clauses: c.clauses.len(),
            })
            .collect(),
        sections,
        counts,
        specific,
        not_recorded,
    })
}

fn standard_name(c: &Catalog) -> String {
    c.standard.clone().unwrap_or_else(|| c.name.clone())
}

fn title_of(id: &str, cats: &[&Catalog]) -> String {
    cats.iter()
        .find_map(|c| c.clauses.iter().find(|k| k.id == id))
        .map_or_else(String::new, |k| k.title.clone())
}

fn coverage(key: &str) -> Label {
    let text = match key {
        "recorded" => "Recorded",
        "inherited" => "Covered by its parent clause",
        "subclauses" => "Covered by its sub-clauses",
        "partial" => "Recorded for one standard only",
        _ => "Not recorded",
    };
    label(key, text)
}

fn row(id: &str, cats: &[&Catalog], entries: &[ClauseEntry]) -> ClauseRow {
    let sides: Vec<Option<SideClause>> = cats
        .iter()
        .map(|c| {
            c.clauses.iter().find(|k| k.id == id).map(|k| SideClause {
                id: k.id.clone(),
                title: k.title.clone(),
            })
        })
        .collect();
    let present: Vec<&Catalog> = cats
        .iter()
        .zip(&sides)
        .filter(|(_, s)| s.is_some())
        .map(|(c, _)| *c)
        .collect();
    let kind = if present.len() > 1 {
        label("shared", "Shared")
    } else {
        let only = present
            .first()
            .map_or_else(String::new, |c| standard_name(c));
        label("specific", &format!("{only} only"))
    };
    // For each side present: the entry that meets it and the clause it is written for.
    let resolved: Vec<(&Catalog, Option<(&ClauseEntry, &str)>)> = present
        .iter()
        .map(|c| (*c, resolve(id, &c.namespace, entries)))
        .collect();
    let mut processes: Vec<ProcessView> = Vec::new();
    for (c, found) in &resolved {
        let Some((entry, at)) = found else { continue };
        let ns = c.namespace.clone();
        match processes.iter_mut().find(|p| p.key == entry.key) {
            Some(p) => p.applies_to.push(ns),
            None => processes.push(ProcessView {
                key: entry.key.clone(),
                applies_to: vec![ns],
                all_sides: false,
                inherited_from: (*at != id).then(|| (*at).to_string()),
                process: entry.process.clone(),
                owner: entry.owner.clone(),
                evidence: entry.evidence.clone(),
                notes: entry.notes.clone(),
            }),
        }
    }
    for p in &mut processes {
        p.all_sides = p.applies_to.len() == present.len();
    }
    let covered = resolved.iter().filter(|(_, f)| f.is_some()).count();
    let own = resolved
        .iter()
        .any(|(_, f)| f.is_some_and(|(_, at)| at == id));
    let coverage = match (covered, own) {
        (0, _) => coverage("not_recorded"),
        (n, _) if n < resolved.len() => coverage("partial"),
        (_, true) => coverage("recorded"),
        (_, false) => coverage("inherited"),
    };
    ClauseRow {
        id: id.to_string(),
        depth: id.split('.').count(),
        sides,
        kind,
        standards: present.iter().map(|c| c.namespace.clone()).collect(),
        processes,
        unrecorded: resolved
            .iter()
            .filter(|(_, f)| f.is_none())
            .map(|(c, _)| c.namespace.clone())
            .collect(),
        coverage,
        documents: Vec::new(),
    }
}

/// The entry that meets clause `id` of namespace `ns`: its own, else its nearest parent's.
fn resolve<'e>(
    id: &str,
    ns: &str,
    entries: &'e [ClauseEntry],
) -> Option<(&'e ClauseEntry, &'e str)> {
    let mut clause = id;
    loop {
        if let Some(e) = entries
            .iter()
            .find(|e| e.clause == clause && e.applies_to.iter().any(|n| n == ns))
        {
            return Some((e, e.clause.as_str()));
        }
        clause = clause.rsplit_once('.')?.0;
    }
}
