//! `ai_systems:`: the AI system inventory, with each system's impacts already assessed and
//! the record of its impact assessment.
//!
//! AI system IDs name output files (`ai-impact-assessment-<id>.pdf`), so they are restricted to
//! lower-case letters, digits and `-`. An impact names controls of the catalogs in scope (when
//! those could be read), and a harmful one needs measures.

use super::doc_control::SoaFacts;
use super::fields::{list, no_explain, pos_of, Fields};
use super::read::Ctx;
use crate::diag::{closest, Code};
use crate::model::{
    AiRole, AiSystem, AssessmentRecord, Catalog, ControlId, Dimension, Impact, ImpactKind,
    ImpactSeverity, Lifecycle, Likelihood, Risk,
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

/// The inventory as read: the valid systems, and the IDs of the systems listed with an error.
/// A control that names one of the latter is not reported: the system's own error is the
/// cause, and 26 "not in `ai_systems:`" errors would bury it.
pub struct Inventory {
    pub systems: Vec<AiSystem>,
    pub broken: Vec<String>,
}

/// Reads `ai_systems:`. `catalogs` is `None` when the catalogs in scope are not known (a
/// catalog could not be read): control IDs of impacts are then not checked. The risks an
/// impact informs must be in the register.
pub fn ai_systems(
    ctx: &mut Ctx<'_>,
    top: &Fields<'_>,
    catalogs: Option<&[Catalog]>,
    (soa, risks): (SoaFacts<'_>, &[Risk]),
) -> Inventory {
    let mut out: Vec<AiSystem> = Vec::new();
    let mut broken = Vec::new();
    for item in list(ctx, top.get("ai_systems"), "ai_systems") {
        let listed_id = item_id(item);
        let Some(f) = Fields::open(
            ctx,
            item,
            "an AI system",
            item.pos,
            SYSTEM_FIELDS,
            no_explain,
        ) else {
            broken.extend(listed_id);
            continue;
        };
        let Some(system) = ai_system(ctx, &f, (catalogs, risks), soa) else {
            broken.extend(listed_id);
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
    Inventory {
        systems: out,
        broken,
    }
}

/// The `id:` of a listed system, read quietly (the system's record reports what is wrong).
fn item_id(item: &crate::input::yaml::Node) -> Option<String> {
    let crate::input::yaml::Kind::Map(entries) = &item.kind else {
        return None;
    };
    let (_, v) = entries.iter().find(|(k, _)| k.scalar() == Some("id"))?;
    v.scalar()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// One AI system: what it is, who it affects, and its assessed impacts.
fn ai_system(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    (catalogs, risks): (Option<&[Catalog]>, &[Risk]),
    soa: SoaFacts<'_>,
) -> Option<AiSystem> {
    let id = ctx.req_text(f, "id", "add `id:`, e.g. credit-scoring");
    if let Some(id) = &id {
        check_system_id(ctx, f, id);
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
    let roles = roles(ctx, f);
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
    let lifecycle = lifecycle(ctx, f);
    let impacts = impacts(ctx, f, catalogs, risks);
    let assessment = assessment(ctx, f, soa);
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

/// AI system IDs name output files: lower-case letters, digits and `-`, at most 64.
fn check_system_id(ctx: &mut Ctx<'_>, f: &Fields<'_>, id: &str) {
    let ok = id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && id.len() <= 64;
    if !ok {
        ctx.error(
            Code::InvalidId,
            pos_of(f, "id"),
            format!(
                "AI system ID `{id}` may hold only lower-case letters, digits and `-` (at most 64)"
            ),
            Some("it names the impact-assessment files, e.g. `credit-scoring`".into()),
        );
    }
}

/// The organisation's roles toward the system: at least one.
fn roles(ctx: &mut Ctx<'_>, f: &Fields<'_>) -> Vec<AiRole> {
    let roles = ctx.keywords(f.get("role"), "role", AiRole::parse, AiRole::KEYS);
    if roles.is_empty() && f.blank("role") {
        ctx.missing(
            f,
            "role",
            &format!(
                "add `role: [...]`, the organisation's role toward this system, from: {}",
                AiRole::KEYS.join(", ")
            ),
        );
    }
    roles
}

/// Where the system is in its life cycle (required).
fn lifecycle(ctx: &mut Ctx<'_>, f: &Fields<'_>) -> Option<Lifecycle> {
    let lifecycle = ctx.keyword(
        f.get("lifecycle_stage"),
        "lifecycle_stage",
        Lifecycle::parse,
        Lifecycle::KEYS,
    );
    if f.blank("lifecycle_stage") {
        ctx.missing(
            f,
            "lifecycle_stage",
            &format!(
                "add `lifecycle_stage:`, one of: {}",
                Lifecycle::KEYS.join(", ")
            ),
        );
    }
    lifecycle
}

/// A list that must be given (it may not be left out).
fn required_list(ctx: &mut Ctx<'_>, f: &Fields<'_>, name: &str, hint: &str) -> Vec<String> {
    let items = ctx.texts(f.get(name), name);
    if items.is_empty() && f.blank(name) {
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
    "risks",
];

/// The system's assessed impacts.
fn impacts(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    catalogs: Option<&[Catalog]>,
    risks: &[Risk],
) -> Vec<Impact> {
    let mut out = Vec::new();
    for item in list(ctx, f.get("impacts"), "impacts") {
        let Some(i) = Fields::open(ctx, item, "an impact", item.pos, IMPACT_FIELDS, no_explain)
        else {
            continue;
        };
        if let Some(mut impact) = impact(ctx, &i, catalogs) {
            impact.risks = super::impact_risks::impact_risks(ctx, &i, risks);
            out.push(impact);
        }
    }
    out
}

/// One impact: its scales, what could happen, and (for a harmful one) the measures.
fn impact(ctx: &mut Ctx<'_>, i: &Fields<'_>, catalogs: Option<&[Catalog]>) -> Option<Impact> {
    let keyword_req = |ctx: &mut Ctx<'_>, name: &str, keys: &[&str]| {
        if i.blank(name) {
            ctx.missing(
                i,
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
        i,
        "description",
        "add `description:`, what could happen to whom",
    );
    let affected = required_list(ctx, i, "affected", "who is affected");
    let measures = ctx.text(i.get("measures"), "measures");
    if kind == Some(ImpactKind::Harmful) && measures.is_none() {
        ctx.missing(
            i,
            "measures",
            "a harmful impact needs `measures:`, what is done to prevent or reduce it",
        );
    }
    let controls = impact_controls(ctx, i, catalogs);
    let (Some(dimension), Some(kind), Some(likelihood), Some(severity), Some(description)) =
        (dimension, kind, likelihood, severity, description)
    else {
        return None;
    };
    Some(Impact {
        dimension,
        kind,
        description,
        affected,
        likelihood,
        severity,
        measures,
        controls,
        risks: Vec::new(),
    })
}

/// The controls an impact names: each a control of a catalog in scope (not checked when the
/// catalogs are not known).
fn impact_controls(
    ctx: &mut Ctx<'_>,
    i: &Fields<'_>,
    catalogs: Option<&[Catalog]>,
) -> Vec<ControlId> {
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
                let help =
                    (catalogs.and_then(|cs| super::old_ids::help_2013(&text, cs))).or_else(|| {
                        closest(&text, all.iter().map(String::as_str))
                            .map(|c| format!("did you mean `{c}`?"))
                    });
                ctx.error(
                    Code::UnknownControl,
                    pos,
                    format!("`{text}` is not a control of a catalog in scope"),
                    help,
                );
            }
        }
    }
    controls
}

/// The record of the impact assessment: who makes it, from when, and its document control
/// ([`super::doc_control`]: ID, version, approval, review, revisions).
fn assessment(ctx: &mut Ctx<'_>, f: &Fields<'_>, soa: SoaFacts<'_>) -> Option<AssessmentRecord> {
    let node = f.get("assessment")?;
    let at = f.key_pos("assessment").unwrap_or(node.pos);
    let mut known = vec!["assessor"];
    known.extend(super::doc_control::CONTROL_FIELDS);
    let a = Fields::open(ctx, node, "`assessment`", at, &known, no_explain)?;
    let assessor = ctx.req_text(
        &a,
        "assessor",
        "add `assessor:`, the role that made the assessment",
    );
    if a.blank("date") {
        ctx.missing(&a, "date", "add `date: YYYY-MM-DD`");
    }
    let mut control = super::doc_control::read(ctx, &a);
    let date = control.date.take();
    let version = control.version.as_deref().unwrap_or(soa.version);
    if let (Some(next), Some(d)) = (control.next_review, soa.date) {
        if next < d {
            ctx.warning(
                Code::ReviewOverdue,
                pos_of(&a, "next_review"),
                format!("the assessment's `next_review` ({next}) is already past on the document's date ({d})"),
                Some("review the impact assessment and set its next review date".into()),
            );
        }
    }
    super::doc_control::warnings(ctx, &a, None, None, &control.revisions, version);
    Some(AssessmentRecord {
        assessor: assessor?,
        date: date?,
        control,
    })
}
