//! What an excluded control must and must not carry: a justification an auditor can accept,
//! and none of the fields of an applicable control.
//!
//! The justification is the one thing an auditor reads for an exclusion, so a placeholder
//! (`N/A`, `TBD`, `TBC`, "to be confirmed", "not applicable to us", `-`) is refused like a
//! missing one. The words are compared after folding case, spaces and trailing punctuation,
//! and a justification without a single letter or digit says nothing either. The list of
//! placeholders is here, in one place, so that widening it is one edit with its test.

use super::fields::{pos_of, Fields};
use super::read::Ctx;
use crate::diag::Code;
use crate::input::yaml::Pos;
use crate::model::ControlId;

/// Justifications that say nothing, folded as [`fold`] does. An exclusion with one of these is
/// not justified.
const EMPTY_WORDS: &[&str] = &[
    // "Does not apply", in every spelling.
    "n/a",
    "na",
    "n.a",
    "n/a to us",
    "not applicable",
    "not applicable to us",
    "not applicable for us",
    "not applicable here",
    "not applicable to the organisation",
    "not applicable to the organization",
    "not relevant",
    "not relevant to us",
    "not relevant for us",
    "not relevant here",
    "irrelevant",
    "does not apply",
    "doesn't apply",
    "not needed",
    "not required",
    "no need",
    "no",
    "none",
    "nil",
    "nothing",
    "excluded",
    "out of scope",
    "not in scope",
    "x",
    // Still to be written.
    "tbd",
    "tbc",
    "tba",
    "tbd later",
    "todo",
    "to do",
    "to be decided",
    "to be determined",
    "to be confirmed",
    "to be agreed",
    "to be added",
    "to be completed",
    "to be defined",
    "to follow",
    "pending",
    "later",
    "wip",
    "work in progress",
    "placeholder",
    "fixme",
    "xxx",
    "lorem ipsum",
    "see above",
    "as above",
    "same as above",
];

/// A justification as compared with [`EMPTY_WORDS`]: lower case, one space between words, no
/// punctuation or brackets around it ("N/A." and "(TBC)" fold to "n/a" and "tbc").
fn fold(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ").to_lowercase();
    let edge = |c: char| !c.is_alphanumeric() && c != '/';
    joined.trim_matches(edge).to_string()
}

/// Whether a justification says nothing: a placeholder, or no letter or digit at all (`-`,
/// `?`, `...`).
pub fn says_nothing(text: &str) -> bool {
    let folded = fold(text);
    !text.chars().any(char::is_alphanumeric) || EMPTY_WORDS.contains(&folded.as_str())
}

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
        Some(j) if says_nothing(j) => ctx.error(
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

#[cfg(test)]
mod tests {
    use super::says_nothing;

    #[test]
    fn placeholders_say_nothing_and_reasons_do() {
        let empty = [
            "N/A",
            "n/a.",
            "NA",
            "N.A.",
            "TBD",
            "TBC",
            "tba",
            "TODO",
            "To be confirmed",
            "to be decided.",
            "Pending",
            "pending...",
            "Not applicable",
            "Not applicable to us.",
            "not applicable for us",
            "Not relevant for us",
            "not relevant to us",
            "none",
            "None.",
            "-",
            "--",
            "—",
            "?",
            "??",
            "...",
            "…",
            "x",
            "(TBC)",
            "[tbd]",
            "  tbd  ",
            "No",
            "Not  needed",
            "Excluded.",
            "out of scope",
            "WIP",
            "Lorem ipsum",
            "see above",
        ];
        for j in empty {
            assert!(says_nothing(j), "{j:?} should be refused");
        }
        let real = [
            "No premises of our own: staff work remotely.",
            "Not applicable: we develop no software in-house (all SaaS).",
            "TBC by legal; until then covered by the supplier contract (C-12).",
            "No outsourced development.",
            "None of our systems process biometric data.",
            "Out of scope: the ISMS covers the London office only.",
            "We do not operate data centres.",
            "N/A - no physical media leave the premises",
        ];
        for j in real {
            assert!(!says_nothing(j), "{j:?} should be accepted");
        }
    }
}
