//! What an excluded control must and must not carry: a justification an auditor can accept,
//! and none of the fields of an applicable control.
//!
//! The justification is the one thing an auditor reads for an exclusion, so a placeholder
//! (`N/A`, `TBD`, `none`) is refused like a missing one. The list of placeholders is here, in
//! one place, so that widening it is one edit with its test.

use super::fields::{pos_of, Fields};
use super::read::Ctx;
use crate::diag::Code;
use crate::input::yaml::Pos;
use crate::model::ControlId;

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

/// Checks the exclusion of `id` (its decision written at `at`).
pub fn excluded(
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
