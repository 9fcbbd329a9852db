//! The decisions file as a whole: its top-level sections, read in an order that lets each
//! cross-reference be checked (risks and AI systems before the controls that name them).
//!
//! Each section has its own module; this one says which sections exist, which are required,
//! and assembles the [`Soa`] when every part could be read.

use super::fields::{list, Fields};
use super::read::Ctx;
use super::{
    additional, ai_systems, assessments, controls, doc_control, document, mgmt, placeholders,
    support,
};
use super::{risk_checks, risk_criteria, risks};
use crate::input::evidence::EvidenceRef;
use crate::input::yaml::{Kind, Node};
use crate::model::{Catalog, Relations, Soa};

const TOP_FIELDS: &[&str] = &[
    "organisation",
    "document",
    "catalogs",
    "overlays",
    "templates",
    "locales",
    "risks",
    "risk_criteria",
    "defaults",
    "controls",
    "additional_controls",
    "ai_systems",
    "ai_policy",
    "management_system",
    "documents",
    "relations",
    "theme",
];

fn explain_top(name: &str) -> Option<String> {
    match name {
        "organization" => Some("annexa spells it `organisation`".into()),
        "control" | "decisions" => Some("decisions go under `controls:`".into()),
        _ => None,
    }
}

/// Reads the decisions file against the catalogs in scope. `catalogs_ok` is false when a
/// catalog could not be read: control IDs are then not judged. The evidence paths the file
/// gives are added to `evidence`, for the input stage to look at on disk. `draft`: see
/// [`super::validate_draft`].
pub fn decisions_file(
    ctx: &mut Ctx<'_>,
    root: &Node,
    (catalogs, catalogs_ok): (Vec<Catalog>, bool),
    relations: Option<Relations>,
    (evidence, draft): (&mut Vec<EvidenceRef>, bool),
) -> Option<Soa> {
    let f = Fields::open(
        ctx,
        root,
        "the decisions file",
        root.pos,
        TOP_FIELDS,
        explain_top,
    )?;
    let organisation = document::organisation(ctx, &f, &catalogs);
    let document = document::document(ctx, &f);
    required_sections(ctx, &f);
    let _ = list(ctx, f.get("overlays"), "overlays");
    let templates = ctx.text(f.get("templates"), "templates");
    let locales = ctx.text(f.get("locales"), "locales");
    let doc_date = document.as_ref().map(|d| d.date);
    let soa_facts = doc_control::SoaFacts {
        version: document.as_ref().map_or("", |d| d.version.as_str()),
        date: doc_date,
    };
    let risk_criteria = risk_criteria::risk_criteria(ctx, &f);
    let (risks, places) = risks::risks(ctx, &f, &risk_criteria, doc_date);
    let inventory = ai_systems::ai_systems(
        ctx,
        &f,
        Some(catalogs.as_slice()).filter(|_| catalogs_ok),
        (soa_facts, &risks),
    );
    let ai_systems = inventory.systems;
    let refs = controls::Refs {
        risks: &risks,
        ai_systems: &ai_systems,
        broken_ai_systems: &inventory.broken,
        doc_date,
        evidence: Default::default(),
        draft,
    };
    let errors_before = ctx.diags.errors();
    let decisions = if catalogs_ok {
        controls::controls(ctx, &f, &catalogs, &refs)
    } else {
        Vec::new()
    };
    let additional = additional::additional(ctx, &f, &catalogs, &refs);
    let against = risk_checks::Against {
        decisions: &decisions,
        additional: &additional,
        ai_systems: &ai_systems,
        criteria: &risk_criteria,
        controls_read: catalogs_ok && ctx.diags.errors() == errors_before,
    };
    risk_checks::check(ctx, &risks, &places, &against);
    if catalogs_ok {
        let inventory = (ai_systems.as_slice(), inventory.broken.as_slice());
        assessments::assessments(ctx, &f, &catalogs, &decisions, inventory);
    }
    quiet_broken_systems(ctx, &places, &inventory.broken);
    evidence.extend(refs.evidence.into_inner());
    let ai_policy = document::ai_policy(ctx, &f, soa_facts);
    let documents = doc_control::documents(ctx, &f, soa_facts);
    let facts = placeholders::Facts {
        policy_written: catalogs.iter().any(|c| c.namespace == "42001"),
        decisions: &decisions,
        controls_read: catalogs_ok,
        ai_systems: &ai_systems,
        soa_next_review: document.as_ref().is_some_and(|d| d.next_review.is_some()),
    };
    placeholders::check(ctx, root, &ai_policy, &facts);
    // A `management_system:` left empty (`management_system:` with every entry commented out,
    // as `annexa init` writes it) asks for nothing; `management_system: {}` asks for the matrix.
    let management_system = match f.get("management_system").filter(|n| !n.is_null()) {
        Some(_) if catalogs_ok => Some(mgmt::management_system(ctx, &f, &catalogs)),
        Some(_) => Some(Vec::new()),
        None => None,
    };
    let _ = ctx.text(f.get("relations"), "relations");
    if let Some(r) = &relations {
        let keys = support::decision_keys(f.get("controls"));
        support::excluded_support(ctx, r, &decisions, &keys);
    }
    Some(Soa {
        organisation: organisation?,
        document: document?,
        documents,
        catalogs,
        risks,
        risk_criteria,
        decisions,
        additional,
        ai_systems,
        ai_policy,
        templates,
        locales,
        management_system,
        relations,
    })
}

/// `catalogs:` (a list of at least one) and `controls:` must be there.
fn required_sections(ctx: &mut Ctx<'_>, f: &Fields<'_>) {
    let listed = list(ctx, f.get("catalogs"), "catalogs")
        .iter()
        .filter(|item| ctx.text(Some(item), "catalogs").is_some())
        .count();
    let wrong_type = f
        .get("catalogs")
        .is_some_and(|n| !matches!(n.kind, Kind::Seq(_)));
    if listed == 0 && !wrong_type {
        ctx.missing(
            f,
            "catalogs",
            "list the catalogs in scope, e.g. `catalogs: [iso27001-2022, iso42001-2023]`",
        );
    }
    if !f.has("controls") {
        ctx.missing(
            f,
            "controls",
            "add `controls:` with one decision per control (`annexa init` writes them all)",
        );
    }
}

/// Drops "AI system `x` is not in `ai_systems:`" where a risk names a system listed with an
/// error of its own: that error is the cause, reported once at the system.
fn quiet_broken_systems(ctx: &mut Ctx<'_>, places: &[risks::RiskPlace], broken: &[String]) {
    let at: std::collections::HashSet<(u32, u32)> = (places.iter())
        .flat_map(|p| &p.ai_systems)
        .filter(|(name, _)| broken.contains(name))
        .map(|(_, pos)| (pos.line, pos.col))
        .collect();
    let file = ctx.file;
    ctx.diags.items.retain(|d| {
        let here = (d.pos.line, d.pos.column);
        !(d.code == crate::diag::Code::UnknownAiSystem && d.file == file && at.contains(&here))
    });
}
