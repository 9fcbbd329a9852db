//! The decisions file as a whole: its top-level sections, read in an order that lets each
//! cross-reference be checked (risks and AI systems before the controls that name them).
//!
//! Each section has its own module; this one says which sections exist, which are required,
//! and assembles the [`Soa`] when every part could be read.

use super::fields::{list, Fields};
use super::read::Ctx;
use super::{additional, ai_systems, controls, document, mgmt, support};
use crate::input::yaml::{Kind, Node};
use crate::model::{Catalog, Relations, Risk, Soa};

const TOP_FIELDS: &[&str] = &[
    "organisation",
    "document",
    "catalogs",
    "overlays",
    "templates",
    "risks",
    "defaults",
    "controls",
    "additional_controls",
    "ai_systems",
    "ai_policy",
    "management_system",
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
/// catalog could not be read: control IDs are then not judged.
pub fn decisions_file(
    ctx: &mut Ctx<'_>,
    root: &Node,
    catalogs: Vec<Catalog>,
    catalogs_ok: bool,
    relations: Option<Relations>,
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
    let risks = risks(ctx, &f);
    let ai_systems = ai_systems::ai_systems(
        ctx,
        &f,
        Some(catalogs.as_slice()).filter(|_| catalogs_ok),
        document.as_ref().map(|d| d.date),
    );
    let refs = controls::Refs {
        risks: &risks,
        ai_systems: &ai_systems,
        doc_date: document.as_ref().map(|d| d.date),
    };
    let decisions = if catalogs_ok {
        controls::controls(ctx, &f, &catalogs, &refs)
    } else {
        Vec::new()
    };
    let additional = additional::additional(ctx, &f, &catalogs, &refs);
    let ai_policy = document::ai_policy(ctx, &f);
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
        catalogs,
        risks,
        decisions,
        additional,
        ai_systems,
        ai_policy,
        templates,
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

fn risks(ctx: &mut Ctx<'_>, f: &Fields<'_>) -> Vec<Risk> {
    super::fields::id_title_list(ctx, f.get("risks"), "risks", "risk", "R-01")
        .into_iter()
        .map(|(id, title)| Risk { id, title })
        .collect()
}
