//! The check the relations make possible once the decisions are read: an applicable control
//! whose related controls are all excluded.
//!
//! The statement would then lean on controls the organisation does not run. It is a warning
//! (the mapping is informative), pointing at the control's decision in the decisions file.

use super::read::Ctx;
use crate::diag::Code;
use crate::input::yaml::{Kind, Node, Pos};
use crate::model::{Applicability, ControlId, Decision, Relations};

/// Warns where a control is applicable but every control said to support it is excluded: the
/// statement then leans on controls the organisation does not run. The warning points at the
/// control's decision in the decisions file (`keys`: where each decision is written).
pub fn excluded_support(
    ctx: &mut Ctx<'_>,
    relations: &Relations,
    decisions: &[Decision],
    keys: &[(ControlId, Pos)],
) {
    let excluded = |id: &ControlId| {
        decisions
            .iter()
            .find(|d| &d.id == id)
            .is_some_and(|d| d.applicability == Applicability::Excluded)
    };
    for link in &relations.links {
        let applicable = decisions
            .iter()
            .find(|d| d.id == link.control)
            .is_some_and(|d| matches!(d.applicability, Applicability::Applicable(_)));
        if !applicable || link.supported_by.is_empty() || !link.supported_by.iter().all(excluded) {
            continue;
        }
        let pos = keys
            .iter()
            .find(|(id, _)| *id == link.control)
            .map_or(Pos::default(), |(_, p)| *p);
        let related: Vec<String> = link.supported_by.iter().map(|c| format!("`{c}`")).collect();
        ctx.warning(
            Code::RelatedControlsExcluded,
            pos,
            format!(
                "`{}` is applicable, but every control related to it is excluded ({})",
                link.control,
                related.join(", ")
            ),
            Some(
                "check those exclusions, or say in the justification what carries this control instead"
                    .into(),
            ),
        );
    }
}

/// Where each decision's key is written in `controls:` (read quietly: [`super::controls`]
/// reports what is wrong with the keys).
pub fn decision_keys(controls: Option<&Node>) -> Vec<(ControlId, Pos)> {
    let Some(Node {
        kind: Kind::Map(items),
        ..
    }) = controls
    else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|(k, _)| Some((ControlId::parse(k.scalar()?.trim())?, k.pos)))
        .collect()
}
