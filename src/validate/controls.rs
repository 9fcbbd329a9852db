//! Control decisions: every control of every catalog in scope decided exactly once, each
//! decision complete, shared defaults resolved.
//!
//! The rules an auditor checks live here: an exclusion needs a justification an auditor can
//! accept, an inclusion needs a reason, `planned` needs a target date, `not_implemented` needs a
//! reason, an excluded control has no status, and every reference (risk, AI system) resolves.

use super::read::{entries, Ctx, Fields};
use super::{past, pos_of};
use crate::diag::{closest, Code, Diagnostic};
use crate::input::yaml::{Node, Pos};
use crate::model::{
    AiSystem, Applicability, Catalog, ControlId, Date, Decision, Inclusion, Reason, Risk, Status,
    StatusKey,
};

/// What decisions may refer to.
pub struct Refs<'a> {
    pub risks: &'a [Risk],
    pub ai_systems: &'a [AiSystem],
    pub doc_date: Option<Date>,
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

const DEFAULT_FIELDS: &[&str] = &["owner", "reasons", "risks", "implementation", "last_review"];

/// Justifications that say nothing. An exclusion with one of these is not justified.
const EMPTY_WORDS: &[&str] = &[
    "n/a",
    "na",
    "n.a.",
    "-",
    "--",
    "none",
    "not relevant",
    "not applicable",
    "irrelevant",
    "tbd",
    "todo",
    "not needed",
    "no",
    "excluded",
    "out of scope",
    "x",
    "?",
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

fn explain_default(name: &str) -> Option<String> {
    match name {
        "applicable" | "justification" | "status" | "status_reason" | "target_date" => Some(format!(
            "`{name}` cannot be a default: applicability, justification and status are decided per control"
        )),
        _ => None,
    }
}

/// Shared values for a catalog or group.
#[derive(Default, Clone)]
pub(super) struct Shared {
    owner: Option<String>,
    reasons: Option<Vec<Reason>>,
    risks: Option<Vec<(String, Pos)>>,
    implementation: Option<String>,
    last_review: Option<Date>,
}

/// Reads `controls:` (and `defaults:`) into one decision per control of every catalog in scope.
pub fn controls(
    ctx: &mut Ctx<'_>,
    top: &Fields<'_>,
    catalogs: &[Catalog],
    refs: &Refs<'_>,
) -> Vec<Decision> {
    let defaults = defaults(ctx, top, catalogs, refs);
    let controls_at = top.key_pos("controls").unwrap_or(top.at);
    // Hashed: with 10,000 controls, linear look-ups here made validation quadratic (80% of a
    // build's time, see BENCHMARKS.md).
    let mut seen: std::collections::HashMap<ControlId, Pos> = std::collections::HashMap::new();
    let mut decisions: Vec<Decision> = Vec::new();
    let keys = entries(ctx, top.get("controls"), "controls");
    let decided: std::collections::HashSet<&str> = keys.iter().map(|(k, _, _)| k.trim()).collect();
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
        let Some(id) = control_id(ctx, key.trim(), key_node.pos, catalogs, &undecided) else {
            continue;
        };
        if let Some(first) = seen.get(&id) {
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
                .help("keep one decision per control: merge the two into one"),
            );
            continue;
        }
        seen.insert(id.clone(), key_node.pos);
        let chain = default_chain(&id, catalogs, &defaults);
        if let Some(d) = decision(ctx, &id, key_node, value, &chain, refs) {
            decisions.push(d);
        }
    }
    for catalog in catalogs {
        for control in &catalog.controls {
            let id = ControlId {
                namespace: catalog.namespace.clone(),
                local: control.id.clone(),
            };
            if !seen.contains_key(&id) {
                ctx.error(
                    Code::Undecided,
                    controls_at,
                    format!("control `{id}` ({}) is not decided", control.title),
                    Some(format!("add `{id}:` under `controls:` with `applicable: true` or `applicable: false`")),
                );
            }
        }
    }
    let mut out = decisions;
    let order = |id: &ControlId| catalogs.iter().position(|c| c.namespace == id.namespace);
    out.sort_by(|a, b| {
        order(&a.id)
            .cmp(&order(&b.id))
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}

/// Resolves a `controls:` key to a control of a catalog in scope, or explains why not.
fn control_id(
    ctx: &mut Ctx<'_>,
    key: &str,
    pos: Pos,
    catalogs: &[Catalog],
    undecided: &[String],
) -> Option<ControlId> {
    let all = || {
        catalogs.iter().flat_map(|c| {
            c.controls
                .iter()
                .map(move |x| format!("{}:{}", c.namespace, x.id))
        })
    };
    let Some(id) = ControlId::parse(key) else {
        let matches: Vec<String> = all()
            .filter(|full| full.split_once(':').is_some_and(|(_, l)| l == key))
            .collect();
        let help = match matches.as_slice() {
            [] => {
                closest_id(key, undecided).or_else(|| closest_id(key, &all().collect::<Vec<_>>()))
            }
            [one] => Some(format!("write `{one}`")),
            many => Some(format!(
                "it exists in more than one catalog: write {}",
                quote_list(many)
            )),
        };
        ctx.error(
            Code::MissingNamespace,
            pos,
            format!("control ID `{key}` has no catalog namespace"),
            help,
        );
        return None;
    };
    let Some(catalog) = catalogs.iter().find(|c| c.namespace == id.namespace) else {
        let shipped = match id.namespace.as_str() {
            "27001" => Some("iso27001-2022"),
            "42001" => Some("iso42001-2023"),
            _ => None,
        };
        let help = match shipped {
            Some(name) => Some(format!(
                "add `{name}` to `catalogs:` to bring that catalog into scope"
            )),
            None => closest(&id.namespace, catalogs.iter().map(|c| c.namespace.as_str()))
                .map(|ns| format!("did you mean `{ns}:{}`?", id.local)),
        };
        ctx.error(
            Code::UnknownControl,
            pos,
            format!("no catalog in scope has the namespace of `{key}`"),
            help,
        );
        return None;
    };
    if catalog.control(&id.local).is_none() {
        // The same ID in another catalog in scope (`27001:A.9.2` for `42001:A.9.2`) is the
        // likeliest fix; otherwise the closest ID of this catalog, undecided ones first.
        let elsewhere: Vec<String> = catalogs
            .iter()
            .filter(|c| c.namespace != id.namespace)
            .filter_map(|c| {
                c.control(&id.local)
                    .map(|x| format!("`{}:{}` ({})", c.namespace, x.id, x.title))
            })
            .collect();
        let prefix = format!("{}:", catalog.namespace);
        let ids: Vec<String> = catalog
            .controls
            .iter()
            .map(|c| format!("{prefix}{}", c.id))
            .collect();
        let own_undecided: Vec<String> = undecided
            .iter()
            .filter(|u| u.starts_with(&prefix))
            .cloned()
            .collect();
        let help = if elsewhere.is_empty() {
            closest_id(key, &own_undecided).or_else(|| closest_id(key, &ids))
        } else {
            Some(format!("did you mean {}?", elsewhere.join(" or ")))
        };
        ctx.error(
            Code::UnknownControl,
            pos,
            format!("`{key}` is not a control of {}", catalog.name),
            help,
        );
        return None;
    }
    Some(id)
}

fn closest_id(key: &str, ids: &[String]) -> Option<String> {
    closest(key, ids.iter().map(String::as_str)).map(|c| format!("did you mean `{c}`?"))
}

fn quote_list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(" or ")
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
            return None;
        }
        Some(node) => ctx.bool(Some(node), "applicable")?,
    };
    let applicability = if applicable {
        let inclusion = inclusion(ctx, &f, &format!("`{id}`"), chain, refs)?;
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

fn excluded(
    ctx: &mut Ctx<'_>,
    id: &ControlId,
    at: Pos,
    f: &Fields<'_>,
    justification: Option<&str>,
) {
    match justification {
        None => ctx.error(
            Code::UnjustifiedExclusion,
            at,
            format!("`{id}` is excluded without a justification"),
            Some("add `justification:` saying why the control is not needed here, in terms an auditor accepts (what is absent, what covers the risk instead)".into()),
        ),
        Some(j) if EMPTY_WORDS.contains(&j.to_lowercase().trim_end_matches('.')) => ctx.error(
            Code::UnjustifiedExclusion,
            pos_of(f, "justification"),
            format!("`{j}` does not justify excluding `{id}`"),
            Some("say why the control is not needed: e.g. \"no premises of our own: all staff work remotely and hosting is outsourced to …\"".into()),
        ),
        Some(_) => {}
    }
    for field in ["status", "target_date", "status_reason", "reasons", "risks"] {
        if let Some(pos) = f.key_pos(field) {
            let code = if field == "status" {
                Code::StatusOnExcluded
            } else {
                Code::FieldOnExcluded
            };
            ctx.error(
                code,
                pos,
                format!("`{id}` is excluded but has `{field}`"),
                Some(format!(
                    "remove `{field}`, or set `applicable: true` if the control is in fact applied"
                )),
            );
        }
    }
}

/// The fields of an applicable control or additional control, with defaults applied.
pub(super) fn inclusion(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    name: &str,
    chain: &[&Shared],
    refs: &Refs<'_>,
) -> Option<Inclusion> {
    let errors_before = ctx.diags.errors();
    let own_reasons = f
        .get("reasons")
        .map(|n| ctx.keywords(Some(n), "reasons", Reason::parse, Reason::KEYS));
    let reasons_misspelt = ctx.diags.errors() > errors_before;
    let reasons = own_reasons
        .or_else(|| chain.iter().find_map(|d| d.reasons.clone()))
        .unwrap_or_default();
    let own_risks = f.get("risks").map(|n| ctx.text_list(Some(n), "risks"));
    let risks = own_risks
        .or_else(|| chain.iter().find_map(|d| d.risks.clone()))
        .unwrap_or_default();
    let status_key = ctx.keyword(f.get("status"), "status", StatusKey::parse, StatusKey::KEYS);
    let target = ctx.date(f.get("target_date"), "target_date");
    let status_reason = ctx.text(f.get("status_reason"), "status_reason");
    let owner = ctx
        .text(f.get("owner"), "owner")
        .or_else(|| chain.iter().find_map(|d| d.owner.clone()));
    let implementation = ctx
        .text(f.get("implementation"), "implementation")
        .or_else(|| chain.iter().find_map(|d| d.implementation.clone()));
    let evidence = ctx.texts(f.get("evidence"), "evidence");
    let last_review = ctx
        .date(f.get("last_review"), "last_review")
        .or_else(|| chain.iter().find_map(|d| d.last_review));
    let mut ok = true;
    if reasons.is_empty() && !reasons_misspelt {
        ok = false;
        ctx.error(
            Code::MissingReason,
            f.at,
            format!("{name} is included without a reason"),
            Some(format!(
                "add `reasons: [...]` from: {}",
                Reason::KEYS.join(", ")
            )),
        );
    }
    if reasons.contains(&Reason::Risk) && risks.is_empty() {
        ok = false;
        ctx.error(
            Code::MissingRisk,
            f.key_pos("reasons").unwrap_or(f.at),
            format!("{name} gives the risk assessment as a reason but names no risk"),
            Some("add `risks: [R-..]` naming entries of `risks:`".into()),
        );
    }
    if !risks.is_empty() && !reasons.contains(&Reason::Risk) && f.has("risks") {
        ctx.warning(
            Code::RiskWithoutReason,
            pos_of(f, "risks"),
            format!("{name} names risks but `risk` is not among its reasons"),
            Some("add `risk` to `reasons:`".into()),
        );
    }
    for (risk, pos) in &risks {
        if !refs.risks.iter().any(|r| &r.id == risk) {
            ok = false;
            let help = closest(risk, refs.risks.iter().map(|r| r.id.as_str()))
                .map(|c| format!("did you mean `{c}`?"))
                .or_else(|| Some("add the risk to `risks:` at the top of the file".into()));
            ctx.error(
                Code::UnknownRisk,
                *pos,
                format!("risk `{risk}` is not in `risks:`"),
                help,
            );
        }
    }
    let status = match status_key {
        None => {
            if f.get("status").is_none() {
                ctx.error(
                    Code::MissingStatus,
                    f.at,
                    format!("{name} is applicable but has no `status`"),
                    Some(format!(
                        "add `status:` with one of: {}",
                        StatusKey::KEYS.join(", ")
                    )),
                );
            }
            None
        }
        Some(StatusKey::Implemented) => {
            for field in ["target_date", "status_reason"] {
                if let Some(pos) = f.key_pos(field) {
                    ctx.warning(
                        Code::FieldOnImplemented,
                        pos,
                        format!("{name} is implemented; `{field}` is not shown"),
                        Some(format!("remove `{field}`, or correct the status")),
                    );
                }
            }
            Some(Status::Implemented)
        }
        Some(StatusKey::Partial) => {
            if status_reason.is_none() {
                ctx.warning(
                    Code::MissingStatusReason,
                    pos_of(f, "status"),
                    format!("{name} is partially implemented without a `status_reason`"),
                    Some("say what is missing in `status_reason:`".into()),
                );
            }
            Some(Status::Partial {
                target,
                reason: status_reason,
            })
        }
        Some(StatusKey::Planned) => match target {
            Some(target) => Some(Status::Planned {
                target,
                reason: status_reason,
            }),
            None => {
                if f.get("target_date").is_none() {
                    ctx.error(
                        Code::MissingTargetDate,
                        pos_of(f, "status"),
                        format!("{name} is planned but has no `target_date`"),
                        Some(
                            "add `target_date: YYYY-MM-DD`, when the control will be in place"
                                .into(),
                        ),
                    );
                }
                None
            }
        },
        Some(StatusKey::NotImplemented) => match status_reason {
            Some(reason) => Some(Status::NotImplemented { reason }),
            None => {
                ctx.error(
                    Code::MissingStatusReason,
                    pos_of(f, "status"),
                    format!("{name} is applicable but not implemented, and says no `status_reason`"),
                    Some("say in `status_reason:` why an applicable control is not implemented (e.g. risk accepted by …)".into()),
                );
                None
            }
        },
    };
    if let (Some(t), Some(Status::Planned { .. } | Status::Partial { .. })) = (target, &status) {
        if past(t, refs.doc_date) {
            ctx.warning(
                Code::TargetDatePast,
                pos_of(f, "target_date"),
                format!("{name}'s `target_date` ({t}) is before the document's date"),
                Some("update the status, or set a new target date".into()),
            );
        }
    }
    let status = status?;
    ok.then(|| Inclusion {
        reasons,
        risks: risks.into_iter().map(|(r, _)| r).collect(),
        status,
        owner,
        implementation,
        evidence,
        last_review,
    })
}

fn ai_system_refs(ctx: &mut Ctx<'_>, f: &Fields<'_>, refs: &Refs<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for (name, pos) in ctx.text_list(f.get("ai_systems"), "ai_systems") {
        if refs.ai_systems.iter().any(|s| s.id == name) {
            out.push(name);
        } else {
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

/// Reads `defaults:`: keys are a catalog namespace or `namespace:group`.
fn defaults(
    ctx: &mut Ctx<'_>,
    top: &Fields<'_>,
    catalogs: &[Catalog],
    refs: &Refs<'_>,
) -> Vec<(String, Option<String>, Shared)> {
    let mut out: Vec<(String, Option<String>, Shared)> = Vec::new();
    for (key, key_node, value) in entries(ctx, top.get("defaults"), "defaults") {
        let (ns, group) = match key.split_once(':') {
            Some((ns, g)) => (ns.to_string(), Some(g.to_string())),
            None => (key.to_string(), None),
        };
        let Some(catalog) = catalogs.iter().find(|c| c.namespace == ns) else {
            let help = closest(&ns, catalogs.iter().map(|c| c.namespace.as_str()))
                .map(|c| format!("did you mean `{c}`?"));
            ctx.error(
                Code::UnknownSelector,
                key_node.pos,
                format!("`{key}` names no catalog in scope"),
                help,
            );
            continue;
        };
        if let Some(g) = &group {
            if catalog.group(g).is_none() {
                let groups: Vec<String> = catalog
                    .groups
                    .iter()
                    .map(|x| format!("{ns}:{}", x.id))
                    .collect();
                let help = closest_id(key, &groups)
                    .or_else(|| Some(format!("groups: {}", groups.join(", "))));
                ctx.error(
                    Code::UnknownSelector,
                    key_node.pos,
                    format!("`{key}` is not a group of {}", catalog.name),
                    help,
                );
                continue;
            }
        }
        if out.iter().any(|(n, g, _)| *n == ns && *g == group) {
            ctx.error(
                Code::DuplicateField,
                key_node.pos,
                format!("defaults for `{key}` are given twice"),
                None,
            );
            continue;
        }
        let what = format!("the defaults for `{key}`");
        let Some(f) = Fields::open(
            ctx,
            value,
            what,
            key_node.pos,
            DEFAULT_FIELDS,
            explain_default,
        ) else {
            continue;
        };
        let d = Shared {
            owner: ctx.text(f.get("owner"), "owner"),
            reasons: f
                .get("reasons")
                .map(|n| ctx.keywords(Some(n), "reasons", Reason::parse, Reason::KEYS)),
            risks: f.get("risks").map(|n| ctx.text_list(Some(n), "risks")),
            implementation: ctx.text(f.get("implementation"), "implementation"),
            last_review: ctx.date(f.get("last_review"), "last_review"),
        };
        for (risk, pos) in d.risks.iter().flatten() {
            if !refs.risks.iter().any(|r| &r.id == risk) {
                ctx.error(
                    Code::UnknownRisk,
                    *pos,
                    format!("risk `{risk}` is not in `risks:`"),
                    None,
                );
            }
        }
        out.push((ns, group, d));
    }
    out
}

/// The defaults that apply to a control, most specific first.
fn default_chain<'a>(
    id: &ControlId,
    catalogs: &[Catalog],
    defaults: &'a [(String, Option<String>, Shared)],
) -> Vec<&'a Shared> {
    let Some(catalog) = catalogs.iter().find(|c| c.namespace == id.namespace) else {
        return Vec::new();
    };
    let Some(control) = catalog.control(&id.local) else {
        return Vec::new();
    };
    let mut chain: Vec<&Shared> = Vec::new();
    for g in catalog.group_chain(&control.group) {
        chain.extend(
            defaults
                .iter()
                .filter(|(ns, grp, _)| *ns == id.namespace && grp.as_deref() == Some(&g.id))
                .map(|(_, _, d)| d),
        );
    }
    chain.extend(
        defaults
            .iter()
            .filter(|(ns, grp, _)| *ns == id.namespace && grp.is_none())
            .map(|(_, _, d)| d),
    );
    chain
}
