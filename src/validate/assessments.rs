//! ISO/IEC 42001's impact assessments against the SoA: an AI management system with no AI
//! system in its inventory, and impact-assessment controls marked implemented while an
//! assessment is still a template.
//!
//! Each AI system gets its impact assessment document (clauses 6.1.4 and 8.4), filled from the
//! system's `impacts:` and its `assessment:` record (who assessed it, when, who approved).
//! Without them the document is a skeleton of placeholders (and without an approval it is still
//! in progress), so an SoA that says 42001 A.5.3
//! (documenting the assessments), A.5.4 (impacts on individuals and groups) or A.5.5 (impacts
//! on society) is implemented contradicts the assessment it points to. A.5.2, the process, can
//! be in place before any assessment is done. Both are warnings: the documents are still
//! built, and `--deny-warnings` makes them fail.

use super::fields::Fields;
use super::read::Ctx;
use crate::diag::{Code, Diagnostic};
use crate::input::yaml::{Kind, Node, Pos};
use crate::model::{AiSystem, Applicability, Catalog, Decision, Status};

/// The namespace of ISO/IEC 42001, whose A.5 controls concern the impact assessments.
const NAMESPACE: &str = "42001";

/// The controls that say an assessment was made and documented.
const ASSESSED: &[&str] = &["A.5.3", "A.5.4", "A.5.5"];

/// Warns of 42001 in scope without an AI system, and of an implemented A.5.3–A.5.5 whose AI
/// systems' assessments are not recorded. `broken` are the systems listed with an error.
pub fn assessments(
    ctx: &mut Ctx<'_>,
    top: &Fields<'_>,
    catalogs: &[Catalog],
    decisions: &[Decision],
    (systems, broken): (&[AiSystem], &[String]),
) {
    let Some(catalog) = catalogs.iter().find(|c| c.namespace == NAMESPACE) else {
        return;
    };
    let standard = catalog.standard.as_deref().unwrap_or(&catalog.name);
    if systems.is_empty() {
        if broken.is_empty() {
            let at = top
                .key_pos("ai_systems")
                .or_else(|| catalog_entry(top, &catalog.key))
                .unwrap_or(top.at);
            ctx.warning(
                Code::NoAiSystem,
                at,
                format!("{standard} is in scope, but `ai_systems:` lists no AI system"),
                Some("list each AI system the organisation develops, provides or uses under `ai_systems:`: each gets its impact assessment (`annexa help decisions` shows the fields)".into()),
            );
        }
        return;
    }
    for d in decisions {
        let assessed = d.id.namespace == NAMESPACE && ASSESSED.contains(&d.id.local.as_str());
        let implemented = matches!(
            &d.applicability,
            Applicability::Applicable(i) if i.status == Status::Implemented
        );
        if !assessed || !implemented {
            continue;
        }
        let named: Vec<&AiSystem> = if d.ai_systems.is_empty() {
            systems.iter().collect()
        } else {
            (systems.iter())
                .filter(|s| d.ai_systems.contains(&s.id))
                .collect()
        };
        for system in named {
            let Some((lacks, fields)) = missing(system) else {
                continue;
            };
            let title = catalog
                .control(&d.id.local)
                .map_or("", |c| c.title.as_str());
            let mut w = Diagnostic::warning(
                Code::AssessmentNotRecorded,
                ctx.file,
                status_pos(top, &d.id.to_string()).unwrap_or(top.at),
                format!(
                    "`{}` ({title}) is implemented, but the impact assessment of AI system `{}` has {lacks}",
                    d.id, system.id
                ),
            )
            .help(format!(
                "record the assessment in the system's {fields}, or set the status to `partial` (with a `status_reason`) until it is done"
            ));
            if let Some(at) = system_pos(top, &system.id) {
                w = w.note(format!("AI system `{}` is at line {}", system.id, at.line));
            }
            ctx.push(w);
        }
    }
}

/// What the system's assessment lacks, and the fields that record it. An assessment counts as
/// done once it has impacts and an approved `assessment:` record (its `approval_date`): until
/// then its document reads "in progress", which an implemented A.5.3–A.5.5 contradicts.
fn missing(system: &AiSystem) -> Option<(&'static str, &'static str)> {
    let approved = (system.assessment.as_ref()).is_some_and(|a| a.control.approval_date.is_some());
    match (system.impacts.is_empty(), system.assessment.is_none()) {
        (true, true) => Some((
            "no `impacts:` and no `assessment:` record: it is still a template",
            "`impacts:` and `assessment:` (who assessed it, when, who approved)",
        )),
        (true, false) => Some(("no `impacts:`", "`impacts:`")),
        (false, true) => Some((
            "no `assessment:` record",
            "`assessment:` (who assessed it, when, who approved)",
        )),
        (false, false) if !approved => Some((
            "no approval yet: it is still in progress",
            "`assessment:` (`approver:` and `approval_date:` once it is approved)",
        )),
        (false, false) => None,
    }
}

/// The entry of `catalogs:` naming `key` (`iso42001-2023`).
fn catalog_entry(top: &Fields<'_>, key: &str) -> Option<Pos> {
    let Kind::Seq(items) = &top.get("catalogs")?.kind else {
        return None;
    };
    (items.iter())
        .find(|i| i.scalar().is_some_and(|s| s.trim() == key))
        .map(|i| i.pos)
}

/// The `status:` value of the decision for `id`, or its key.
fn status_pos(top: &Fields<'_>, id: &str) -> Option<Pos> {
    let (key, value) = map_entries(top.get("controls")?)
        .iter()
        .find(|(k, _)| k.scalar().is_some_and(|s| s.trim() == id))?;
    let status = map_entries(value)
        .iter()
        .find(|(k, _)| k.scalar() == Some("status"))
        .map(|(_, v)| v.pos);
    Some(status.unwrap_or(key.pos))
}

/// Where the AI system `id` is listed.
fn system_pos(top: &Fields<'_>, id: &str) -> Option<Pos> {
    let Kind::Seq(items) = &top.get("ai_systems")?.kind else {
        return None;
    };
    items.iter().find_map(|item| {
        let (_, v) = (map_entries(item).iter()).find(|(k, _)| k.scalar() == Some("id"))?;
        (v.scalar()?.trim() == id).then_some(v.pos)
    })
}

fn map_entries(node: &Node) -> &[(Node, Node)] {
    match &node.kind {
        Kind::Map(entries) => entries,
        _ => &[],
    }
}
