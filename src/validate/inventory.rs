//! The AI system inventory (with impacts already assessed) and the additional controls.
//!
//! AI system IDs name output files (`ai-impact-assessment-<id>.pdf`), so they are restricted to
//! lower-case letters, digits and `-`.

use super::controls::{inclusion, Refs};
use super::pos_of;
use super::read::{list, no_explain, Ctx, Fields};
use crate::diag::{closest, Code};
use crate::input::yaml::Node;
use crate::model::{
    AdditionalControl, AiRole, AiSystem, AssessmentRecord, Catalog, ControlId, Date, Dimension,
    Impact, ImpactKind, ImpactSeverity, Lifecycle, Likelihood,
};

const SYSTEM_FIELDS: &[&str] = &[
    "id",
    "name",
    "purpose",
    "description",
    "intended_users",
    "affected_parties",
    "vulnerable_groups",
    "role",
    "data",
    "models",
    "autonomy",
    "human_oversight",
    "lifecycle_stage",
    "jurisdictions",
    "foreseeable_misuse",
    "owner",
    "impacts",
    "assessment",
];

/// Reads `ai_systems:`. `catalogs` is `None` when the catalogs in scope are not known (a
/// catalog could not be read): control IDs of impacts are then not checked.
pub fn ai_systems(
    ctx: &mut Ctx<'_>,
    top: &Fields<'_>,
    catalogs: Option<&[Catalog]>,
    doc_date: Option<Date>,
) -> Vec<AiSystem> {
    let mut out: Vec<AiSystem> = Vec::new();
    for item in list(ctx, top.get("ai_systems"), "ai_systems") {
        let Some(f) = Fields::open(
            ctx,
            item,
            "an AI system",
            item.pos,
            SYSTEM_FIELDS,
            no_explain,
        ) else {
            continue;
        };
        let Some(system) = ai_system(ctx, &f, item, catalogs, doc_date) else {
            continue;
        };
        if out.iter().any(|o| o.id == system.id) {
            ctx.error(
                Code::DuplicateId,
                pos_of(&f, "id"),
                format!("AI system `{}` is listed twice", system.id),
                None,
            );
            continue;
        }
        out.push(system);
    }
    out
}

fn ai_system(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    item: &Node,
    catalogs: Option<&[Catalog]>,
    doc_date: Option<Date>,
) -> Option<AiSystem> {
    let id = ctx.req_text(f, "id", "add `id:`, e.g. credit-scoring");
    if let Some(id) = &id {
        let ok = id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !id.starts_with('-')
            && id.len() <= 64;
        if !ok {
            ctx.error(
                Code::InvalidId,
                pos_of(f, "id"),
                format!("AI system ID `{id}` may hold only lower-case letters, digits and `-` (at most 64)"),
                Some("it names the impact-assessment files, e.g. `credit-scoring`".into()),
            );
        }
    }
    let name = ctx.req_text(f, "name", "add `name:`");
    let purpose = ctx.req_text(f, "purpose", "add `purpose:`, what the system is for");
    let intended_users = required_list(ctx, f, "intended_users", "list who uses the system");
    let affected_parties = required_list(
        ctx,
        f,
        "affected_parties",
        "list who is affected by the system's outputs",
    );
    let roles = ctx.keywords(f.get("role"), "role", AiRole::parse, AiRole::KEYS);
    if roles.is_empty() && f.get("role").is_none() {
        ctx.missing(
            f,
            "role",
            &format!(
                "add `role: [...]`, the organisation's role toward this system, from: {}",
                AiRole::KEYS.join(", ")
            ),
        );
    }
    let data = required_list(
        ctx,
        f,
        "data",
        "list the data the system uses (training, input, output)",
    );
    let autonomy = ctx.req_text(
        f,
        "autonomy",
        "add `autonomy:`, how far the system acts without a person",
    );
    let human_oversight = ctx.req_text(
        f,
        "human_oversight",
        "add `human_oversight:`, who can intervene and how",
    );
    let lifecycle = ctx.keyword(
        f.get("lifecycle_stage"),
        "lifecycle_stage",
        Lifecycle::parse,
        Lifecycle::KEYS,
    );
    if f.get("lifecycle_stage").is_none() {
        ctx.missing(
            f,
            "lifecycle_stage",
            &format!(
                "add `lifecycle_stage:`, one of: {}",
                Lifecycle::KEYS.join(", ")
            ),
        );
    }
    let impacts = impacts(ctx, f, catalogs);
    let assessment = assessment(ctx, f, doc_date);
    let _ = item;
    Some(AiSystem {
        id: id?,
        name: name?,
        purpose: purpose?,
        description: ctx.text(f.get("description"), "description"),
        intended_users,
        affected_parties,
        vulnerable_groups: ctx.texts(f.get("vulnerable_groups"), "vulnerable_groups"),
        roles,
        data,
        models: ctx.texts(f.get("models"), "models"),
        autonomy: autonomy?,
        human_oversight: human_oversight?,
        lifecycle_stage: lifecycle?,
        jurisdictions: ctx.texts(f.get("jurisdictions"), "jurisdictions"),
        foreseeable_misuse: ctx.texts(f.get("foreseeable_misuse"), "foreseeable_misuse"),
        owner: ctx.text(f.get("owner"), "owner"),
        impacts,
        assessment,
    })
}

fn required_list(ctx: &mut Ctx<'_>, f: &Fields<'_>, name: &str, hint: &str) -> Vec<String> {
    let items = ctx.texts(f.get(name), name);
    if items.is_empty() && f.get(name).is_none() {
        ctx.missing(f, name, &format!("add `{name}: [...]`: {hint}"));
    }
    items
}

const IMPACT_FIELDS: &[&str] = &[
    "dimension",
    "kind",
    "description",
    "affected",
    "likelihood",
    "severity",
    "measures",
    "controls",
];

fn impacts(ctx: &mut Ctx<'_>, f: &Fields<'_>, catalogs: Option<&[Catalog]>) -> Vec<Impact> {
    let mut out = Vec::new();
    for item in list(ctx, f.get("impacts"), "impacts") {
        let Some(i) = Fields::open(ctx, item, "an impact", item.pos, IMPACT_FIELDS, no_explain)
        else {
            continue;
        };
        let keyword_req = |ctx: &mut Ctx<'_>, name: &str, keys: &[&str]| {
            if i.get(name).is_none() {
                ctx.missing(
                    &i,
                    name,
                    &format!("add `{name}:`, one of: {}", keys.join(", ")),
                );
            }
        };
        keyword_req(ctx, "dimension", Dimension::KEYS);
        keyword_req(ctx, "kind", ImpactKind::KEYS);
        keyword_req(ctx, "likelihood", Likelihood::KEYS);
        keyword_req(ctx, "severity", ImpactSeverity::KEYS);
        let dimension = ctx.keyword(
            i.get("dimension"),
            "dimension",
            Dimension::parse,
            Dimension::KEYS,
        );
        let kind = ctx.keyword(i.get("kind"), "kind", ImpactKind::parse, ImpactKind::KEYS);
        let likelihood = ctx.keyword(
            i.get("likelihood"),
            "likelihood",
            Likelihood::parse,
            Likelihood::KEYS,
        );
        let severity = ctx.keyword(
            i.get("severity"),
            "severity",
            ImpactSeverity::parse,
            ImpactSeverity::KEYS,
        );
        let description = ctx.req_text(
            &i,
            "description",
            "add `description:`, what could happen to whom",
        );
        let affected = required_list(ctx, &i, "affected", "who is affected");
        let measures = ctx.text(i.get("measures"), "measures");
        if kind == Some(ImpactKind::Harmful) && measures.is_none() {
            ctx.missing(
                &i,
                "measures",
                "a harmful impact needs `measures:`, what is done to prevent or reduce it",
            );
        }
        let mut controls = Vec::new();
        for (text, pos) in ctx.text_list(i.get("controls"), "controls") {
            match ControlId::parse(&text).filter(|id| {
                catalogs.is_none_or(|cs| {
                    cs.iter()
                        .any(|c| c.namespace == id.namespace && c.control(&id.local).is_some())
                })
            }) {
                Some(id) => controls.push(id),
                None => {
                    let all: Vec<String> = catalogs
                        .unwrap_or_default()
                        .iter()
                        .flat_map(|c| {
                            c.controls
                                .iter()
                                .map(move |x| format!("{}:{}", c.namespace, x.id))
                        })
                        .collect();
                    let help = closest(&text, all.iter().map(String::as_str))
                        .map(|c| format!("did you mean `{c}`?"));
                    ctx.error(
                        Code::UnknownControl,
                        pos,
                        format!("`{text}` is not a control of a catalog in scope"),
                        help,
                    );
                }
            }
        }
        if let (Some(dimension), Some(kind), Some(likelihood), Some(severity), Some(description)) =
            (dimension, kind, likelihood, severity, description)
        {
            out.push(Impact {
                dimension,
                kind,
                description,
                affected,
                likelihood,
                severity,
                measures,
                controls,
            });
        }
    }
    out
}

fn assessment(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    doc_date: Option<Date>,
) -> Option<AssessmentRecord> {
    let node = f.get("assessment")?;
    let at = f.key_pos("assessment").unwrap_or(node.pos);
    let known = [
        "id",
        "assessor",
        "date",
        "approver",
        "approval_date",
        "next_review",
    ];
    let a = Fields::open(ctx, node, "`assessment`", at, &known, no_explain)?;
    let assessor = ctx.req_text(
        &a,
        "assessor",
        "add `assessor:`, the role that made the assessment",
    );
    let date = ctx.date(a.get("date"), "date");
    if a.get("date").is_none() {
        ctx.missing(&a, "date", "add `date: YYYY-MM-DD`");
    }
    let next_review = ctx.date(a.get("next_review"), "next_review");
    if let (Some(next), Some(d)) = (next_review, doc_date) {
        if next < d {
            ctx.warning(
                Code::ReviewOverdue,
                pos_of(&a, "next_review"),
                format!("the assessment's `next_review` ({next}) is already past on the document's date ({d})"),
                Some("review the impact assessment and set its next review date".into()),
            );
        }
    }
    Some(AssessmentRecord {
        id: ctx.text(a.get("id"), "id"),
        assessor: assessor?,
        date: date?,
        approver: ctx.text(a.get("approver"), "approver"),
        approval_date: ctx.date(a.get("approval_date"), "approval_date"),
        next_review,
    })
}

const ADDITIONAL_FIELDS: &[&str] = &[
    "id",
    "title",
    "description",
    "source",
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
];

/// Reads `additional_controls:`.
pub fn additional(
    ctx: &mut Ctx<'_>,
    top: &Fields<'_>,
    catalogs: &[Catalog],
    refs: &Refs<'_>,
) -> Vec<AdditionalControl> {
    let mut out: Vec<AdditionalControl> = Vec::new();
    for item in list(ctx, top.get("additional_controls"), "additional_controls") {
        let Some(f) = Fields::open(
            ctx,
            item,
            "an additional control",
            item.pos,
            ADDITIONAL_FIELDS,
            no_explain,
        ) else {
            continue;
        };
        let id = ctx.req_text(&f, "id", "add `id:`, e.g. ADD-01");
        let title = ctx.req_text(&f, "title", "add `title:`");
        let description = ctx.req_text(
            &f,
            "description",
            "add `description:`, what the control does",
        );
        let name = id
            .as_ref()
            .map_or_else(|| "an additional control".to_string(), |i| format!("`{i}`"));
        if let Some(i) = &id {
            if ControlId::parse(i)
                .is_some_and(|c| catalogs.iter().any(|k| k.namespace == c.namespace))
            {
                ctx.error(
                    Code::InvalidId,
                    pos_of(&f, "id"),
                    format!("additional control ID `{i}` looks like a catalog control"),
                    Some("decide catalog controls under `controls:`; give additional controls their own IDs, e.g. ADD-01".into()),
                );
            }
            if out.iter().any(|o| &o.id == i) {
                ctx.error(
                    Code::DuplicateId,
                    pos_of(&f, "id"),
                    format!("additional control `{i}` is listed twice"),
                    None,
                );
            }
        }
        let inclusion = inclusion(ctx, &f, &name, &[], refs);
        let justification = ctx.text(f.get("justification"), "justification");
        if let (Some(id), Some(title), Some(description), Some(inclusion)) =
            (id, title, description, inclusion)
        {
            out.push(AdditionalControl {
                id,
                title,
                description,
                source: ctx.text(f.get("source"), "source"),
                inclusion,
                justification,
                notes: ctx.text(f.get("notes"), "notes"),
            });
        }
    }
    out
}

const POLICY_FIELDS: &[&str] = &[
    "id",
    "version",
    "owner",
    "approver",
    "approval_date",
    "next_review",
    "purpose",
    "principles",
    "objectives",
    "related_policies",
    "communication",
    "exceptions",
];

/// Reads the optional `ai_policy:` block.
pub fn ai_policy(ctx: &mut Ctx<'_>, top: &Fields<'_>) -> crate::model::AiPolicy {
    let Some(node) = top.get("ai_policy") else {
        return crate::model::AiPolicy::default();
    };
    let at = top.key_pos("ai_policy").unwrap_or(node.pos);
    let Some(f) = Fields::open(ctx, node, "`ai_policy`", at, POLICY_FIELDS, no_explain) else {
        return crate::model::AiPolicy::default();
    };
    crate::model::AiPolicy {
        id: ctx.text(f.get("id"), "id"),
        version: ctx.text(f.get("version"), "version"),
        owner: ctx.text(f.get("owner"), "owner"),
        approver: ctx.text(f.get("approver"), "approver"),
        approval_date: ctx.date(f.get("approval_date"), "approval_date"),
        next_review: ctx.date(f.get("next_review"), "next_review"),
        purpose: ctx.text(f.get("purpose"), "purpose"),
        principles: ctx.texts(f.get("principles"), "principles"),
        objectives: ctx.texts(f.get("objectives"), "objectives"),
        related_policies: ctx.texts(f.get("related_policies"), "related_policies"),
        communication: ctx.text(f.get("communication"), "communication"),
        exceptions: ctx.text(f.get("exceptions"), "exceptions"),
    }
}
