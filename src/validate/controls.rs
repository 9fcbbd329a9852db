//! Control decisions: every control of every catalog in scope decided exactly once, each
//! decision complete, shared defaults resolved.
//!
//! This file walks `controls:` and reports what concerns the set of decisions (a control decided
//! twice, a control not decided, an AI system that does not exist). The rules for one decision
//! live beside it: resolving the key ([`super::control_ids`]), an exclusion
//! ([`super::exclusion`]), an inclusion and its status ([`super::inclusion`]), shared values
//! ([`super::defaults`]).

use super::control_ids::control_id;
use super::defaults::{defaults, Shared};
use super::exclusion::excluded;
use super::fields::{entries, Fields};
use super::inclusion::inclusion;
use super::read::Ctx;
use crate::diag::{closest, Code, Diagnostic};
use crate::input::yaml::{Node, Pos};
use crate::model::{AiSystem, Applicability, Catalog, ControlId, Date, Decision, Risk};
use std::collections::{HashMap, HashSet};

/// What decisions may refer to, and where the evidence paths they give are collected.
pub struct Refs<'a> {
    pub risks: &'a [Risk],
    pub ai_systems: &'a [AiSystem],
    /// AI systems listed with an error: naming one is not reported again.
    pub broken_ai_systems: &'a [String],
    pub doc_date: Option<Date>,
    pub evidence: std::cell::RefCell<Vec<crate::input::evidence::EvidenceRef>>,
    /// `annexa build --draft`: missing reasons are reported but keep the decision.
    pub draft: bool,
}

const DECISION_FIELDS: &[&str] = &[
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

fn explain_decision(name: &str) -> Option<String> {
    match name {
        "reason" => Some("the field is `reasons:`, a list, e.g. `reasons: [risk]`".into()),
        "exclusion_justification" | "exclusion_reason" => {
            Some("write the exclusion's justification in `justification:`".into())
        }
        "target" | "due" | "due_date" => Some("did you mean `target_date`?".into()),
        _ => None,
    }
}

/// Reads `controls:` (and `defaults:`) into one decision per control of every catalog in scope.
pub fn controls(
    ctx: &mut Ctx<'_>,
    top: &Fields<'_>,
    catalogs: &[Catalog],
    refs: &Refs<'_>,
) -> Vec<Decision> {
    let defaults = defaults(ctx, top, catalogs, refs);
    // Hashed: with 10,000 controls, linear look-ups here made validation quadratic (80% of a
    // build's time, see BENCHMARKS.md).
    let mut seen: HashMap<ControlId, Pos> = HashMap::new();
    let mut decisions: Vec<Decision> = Vec::new();
    let keys = entries(ctx, top.get("controls"), "controls");
    let decided: HashSet<&str> = keys.iter().map(|(k, _, _)| k.trim()).collect();
    // A mistyped ID most likely means a control that is otherwise left undecided: "did you
    // mean" looks among those first.
    let undecided: Vec<String> = catalogs
        .iter()
        .flat_map(|c| {
            c.controls
                .iter()
                .map(move |x| format!("{}:{}", c.namespace, x.id))
        })
        .filter(|full| !decided.contains(full.as_str()))
        .collect();
    for (key, key_node, value) in keys {
        if ctx.hidden_in(key_node) {
            // Reported there; the control it means is not also undecided.
            if let Some(id) = ControlId::parse(&super::read::without_hidden(key)) {
                seen.entry(id).or_insert(key_node.pos);
            }
            continue;
        }
        let Some(id) = control_id(ctx, key.trim(), key_node.pos, catalogs, &undecided) else {
            continue;
        };
        if let Some(first) = seen.get(&id) {
            let help = match undecided_twin(&id, catalogs, &decided) {
                Some(twin) => format!(
                    "did you mean `{twin}` (still undecided)? Merging the two would lose that decision"
                ),
                None => "keep one decision per control: merge the two into one".into(),
            };
            ctx.push(
                Diagnostic::error(
                    Code::DecidedTwice,
                    ctx.file,
                    key_node.pos,
                    format!("control `{id}` is decided twice"),
                )
                .note(format!(
                    "first decided at line {}, column {}",
                    first.line, first.col
                ))
                .help(help),
            );
            continue;
        }
        seen.insert(id.clone(), key_node.pos);
        let chain = defaults.chain(&id, catalogs);
        if let Some(d) = decision(ctx, &id, key_node, value, &chain, refs) {
            decisions.push(d);
        }
    }
    let controls_at = top.key_pos("controls").unwrap_or(top.at);
    report_undecided(ctx, catalogs, &seen, controls_at);
    let order = |id: &ControlId| catalogs.iter().position(|c| c.namespace == id.namespace);
    decisions.sort_by(|a, b| {
        order(&a.id)
            .cmp(&order(&b.id))
            .then_with(|| a.id.cmp(&b.id))
    });
    decisions
}

/// The same control ID in another catalog in scope, when no key decides it: `42001:A.5.2` for a
/// second `27001:A.5.2` is the likelier meaning than a duplicate to merge.
fn undecided_twin(id: &ControlId, catalogs: &[Catalog], decided: &HashSet<&str>) -> Option<String> {
    catalogs
        .iter()
        .filter(|c| c.namespace != id.namespace && c.control(&id.local).is_some())
        .map(|c| format!("{}:{}", c.namespace, id.local))
        .find(|twin| !decided.contains(twin.as_str()))
}

/// Every control of the catalogs that no key decides, at `controls:`, in catalog order.
fn report_undecided(
    ctx: &mut Ctx<'_>,
    catalogs: &[Catalog],
    seen: &HashMap<ControlId, Pos>,
    at: Pos,
) {
    for catalog in catalogs {
        for control in &catalog.controls {
            let id = ControlId {
                namespace: catalog.namespace.clone(),
                local: control.id.clone(),
            };
            if !seen.contains_key(&id) {
                ctx.error(
                    Code::Undecided,
                    at,
                    format!("control `{id}` ({}) is not decided", control.title),
                    Some(format!("add `{id}:` under `controls:` with `applicable: true` or `applicable: false`")),
                );
            }
        }
    }
}

fn decision(
    ctx: &mut Ctx<'_>,
    id: &ControlId,
    key: &Node,
    value: &Node,
    chain: &[&Shared],
    refs: &Refs<'_>,
) -> Option<Decision> {
    let what = format!("the decision for `{id}`");
    let f = Fields::open(ctx, value, what, key.pos, DECISION_FIELDS, explain_decision)?;
    let justification = ctx.text(f.get("justification"), "justification");
    let notes = ctx.text(f.get("notes"), "notes");
    let ai_systems = ai_system_refs(ctx, &f, refs);
    let applicable = match f.get("applicable") {
        None => {
            ctx.error(
                Code::Undecided,
                key.pos,
                format!("control `{id}` is not decided: `applicable` is not set"),
                Some("set `applicable: true` (with reasons and a status) or `applicable: false` (with a justification)".into()),
            );
            None
        }
        Some(node) => ctx.bool(Some(node), "applicable"),
    };
    let Some(applicable) = applicable else {
        // A wrong status or date is wrong either way: reported in the same run.
        super::inclusion::undecided_values(ctx, &f);
        return None;
    };
    let applicability = if applicable {
        let name = format!("`{id}`");
        let inclusion = inclusion(ctx, &f, (&name, Some(&id.namespace)), chain, refs)?;
        if justification.is_none() {
            ctx.warning(
                Code::MissingJustification,
                key.pos,
                format!("`{id}` is included without a `justification`"),
                Some("say why the control is needed; auditors read the reasons and the justification together".into()),
            );
        }
        Applicability::Applicable(inclusion)
    } else {
        excluded(ctx, id, key.pos, &f, justification.as_deref());
        Applicability::Excluded
    };
    Some(Decision {
        id: id.clone(),
        applicability,
        justification,
        notes,
        ai_systems,
    })
}

/// The AI systems a decision names; each must be in `ai_systems:`.
fn ai_system_refs(ctx: &mut Ctx<'_>, f: &Fields<'_>, refs: &Refs<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for (name, pos) in ctx.text_list(f.get("ai_systems"), "ai_systems") {
        if refs.ai_systems.iter().any(|s| s.id == name) {
            out.push(name);
        } else if !refs.broken_ai_systems.contains(&name) {
            let help = closest(&name, refs.ai_systems.iter().map(|s| s.id.as_str()))
                .map(|c| format!("did you mean `{c}`?"))
                .or_else(|| Some("list the system under `ai_systems:` first".into()));
            ctx.error(
                Code::UnknownAiSystem,
                pos,
                format!("AI system `{name}` is not in `ai_systems:`"),
                help,
            );
        }
    }
    out
}
