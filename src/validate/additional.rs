//! `additional_controls:`: controls the organisation applies beyond the catalogs (its own,
//! or from another framework), each with the fields of an applicable control.
//!
//! They are held to the same rules as an applicable catalog control (reasons, risks, a status
//! with what it requires), take no defaults, and have IDs of their own: an ID that looks like
//! a catalog control's is an error, since catalog controls are decided under `controls:`.

use super::controls::Refs;
use super::fields::{list, no_explain, pos_of, Fields};
use super::inclusion::inclusion;
use super::read::Ctx;
use crate::diag::Code;
use crate::model::{AdditionalControl, Catalog, ControlId};

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
            check_id(ctx, &f, i, catalogs, &out);
        }
        let inclusion = inclusion(ctx, &f, (&name, None), &[], refs);
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

/// An additional control's ID must not look like a catalog control's, nor repeat another's.
fn check_id(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    i: &str,
    catalogs: &[Catalog],
    earlier: &[AdditionalControl],
) {
    if ControlId::parse(i).is_some_and(|c| catalogs.iter().any(|k| k.namespace == c.namespace)) {
        ctx.error(
            Code::InvalidId,
            pos_of(f, "id"),
            format!("additional control ID `{i}` looks like a catalog control"),
            Some("decide catalog controls under `controls:`; give additional controls their own IDs, e.g. ADD-01".into()),
        );
    }
    if earlier.iter().any(|o| o.id == i) {
        ctx.error(
            Code::DuplicateId,
            pos_of(f, "id"),
            format!("additional control `{i}` is listed twice"),
            None,
        );
    }
}
