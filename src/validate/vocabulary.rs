//! The words people write for annexa's keywords: the labels the documents print and the
//! phrasings other SoAs use, mapped to the key a decisions file takes.
//!
//! Every document prints a status as its label ("Partially implemented"), so a user copying
//! from one writes `status: Partially implemented`; a status column of another template says
//! "In progress". Neither is near `partial` by edit distance, so "did you mean" alone finds
//! nothing. [`meant`] looks the word up, after folding case, `_`, `-` and spaces, among the keys,
//! the labels of every keyword set and the common synonyms below; "did you mean" by distance
//! ([`crate::diag::closest`]) is the fallback.

use crate::model::{
    ActionState, AiRole, Dimension, ImpactKind, ImpactSeverity, Lifecycle, Likelihood,
    RatingMethod, Reason, RiskKind, StatusKey, Treatment,
};

/// Common words for a key, beyond its label: what SoA templates and tools write.
const SYNONYMS: &[(&str, &[&str])] = &[
    (
        "implemented",
        &[
            "fully implemented",
            "done",
            "complete",
            "completed",
            "in place",
            "effective",
            "operational",
            "operating",
            "live",
            "yes",
        ],
    ),
    (
        "partial",
        &[
            "partially",
            "partly",
            "partly implemented",
            "partially in place",
            "in progress",
            "ongoing",
            "started",
            "being implemented",
            "under implementation",
            "work in progress",
            "wip",
            "in part",
        ],
    ),
    (
        "planned",
        &[
            "not started",
            "scheduled",
            "to do",
            "todo",
            "to be implemented",
            "future",
            "pending",
            "proposed",
        ],
    ),
    (
        "not_implemented",
        &["not in place", "missing", "gap", "none", "no", "absent"],
    ),
    (
        "legal",
        &[
            "legal requirement",
            "regulatory",
            "regulatory requirement",
            "regulation",
            "law",
            "legislation",
            "statutory",
        ],
    ),
    (
        "contractual",
        &["contract", "contractual obligation", "customer requirement"],
    ),
    (
        "risk",
        &[
            "risks",
            "risk treatment",
            "risk treatment plan",
            "risk based",
            "risk assessment results",
        ],
    ),
    (
        "business",
        &[
            "business requirement",
            "best practice",
            "good practice",
            "business need",
        ],
    ),
];

/// Every keyword set's (key, label).
fn labels() -> impl Iterator<Item = (&'static str, &'static str)> {
    fn pairs<T: Copy>(
        all: &'static [T],
        key: fn(T) -> &'static str,
        label: fn(T) -> &'static str,
    ) -> impl Iterator<Item = (&'static str, &'static str)> {
        all.iter().map(move |v| (key(*v), label(*v)))
    }
    pairs(StatusKey::ALL, StatusKey::key, StatusKey::label)
        .chain(pairs(Reason::ALL, Reason::key, Reason::label))
        .chain(pairs(AiRole::ALL, AiRole::key, AiRole::label))
        .chain(pairs(Lifecycle::ALL, Lifecycle::key, Lifecycle::label))
        .chain(pairs(Dimension::ALL, Dimension::key, Dimension::label))
        .chain(pairs(Likelihood::ALL, Likelihood::key, Likelihood::label))
        .chain(pairs(
            ImpactSeverity::ALL,
            ImpactSeverity::key,
            ImpactSeverity::label,
        ))
        .chain(pairs(ImpactKind::ALL, ImpactKind::key, ImpactKind::label))
        .chain(pairs(RiskKind::ALL, RiskKind::key, RiskKind::label))
        .chain(pairs(Treatment::ALL, Treatment::key, Treatment::label))
        .chain(pairs(
            ActionState::ALL,
            ActionState::key,
            ActionState::label,
        ))
        .chain(pairs(
            RatingMethod::ALL,
            RatingMethod::key,
            RatingMethod::label,
        ))
}

/// Lower case, `_` and `-` as spaces, runs of spaces as one: `Not-Implemented` → `not implemented`.
fn fold(text: &str) -> String {
    let spaced: String = (text.chars())
        .map(|c| if c == '_' || c == '-' { ' ' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How a word was recognised, for the help line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// The key, differently written (`Not implemented`, `in-progress`).
    Key,
    /// The label documents print for the key (`Partially implemented`).
    Label,
    /// A common synonym (`in progress` for `partial`).
    Synonym,
}

/// The key of `keys` that `text` means, when it is a key written differently, a label or a
/// common synonym.
pub fn meant<'k>(text: &str, keys: &[&'k str]) -> Option<(&'k str, Found)> {
    let word = fold(text);
    let key = |k: &str| keys.iter().find(|x| **x == k).copied();
    if let Some(k) = keys.iter().find(|k| fold(k) == word) {
        return Some((k, Found::Key));
    }
    if let Some(k) = labels().find_map(|(k, l)| key(k).filter(|_| fold(l) == word)) {
        return Some((k, Found::Label));
    }
    (SYNONYMS.iter())
        .filter(|(_, words)| words.iter().any(|w| *w == word))
        .find_map(|(k, _)| key(k))
        .map(|k| (k, Found::Synonym))
}

/// The help line for `text` in a field taking `keys`: the key it means, and how the file writes
/// it. `None` when it is none of them.
pub fn help(text: &str, keys: &[&str]) -> Option<String> {
    let (key, found) = meant(text, keys)?;
    let one_of = keys.join(", ");
    Some(match found {
        Found::Key => format!("write the keyword as `{key}` (one of: {one_of})"),
        Found::Label => format!(
            "`{text}` is how documents show `{key}`; the file takes the keyword `{key}` (one of: {one_of})"
        ),
        Found::Synonym => format!("did you mean `{key}`? (one of: {one_of})"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_synonyms_point_to_their_keys() {
        let status = StatusKey::KEYS;
        assert_eq!(
            meant("Partially implemented", status),
            Some(("partial", Found::Label))
        );
        assert_eq!(
            meant("in progress", status),
            Some(("partial", Found::Synonym))
        );
        assert_eq!(
            meant("In Progress", status),
            Some(("partial", Found::Synonym))
        );
        assert_eq!(
            meant("Not-Implemented", status),
            Some(("not_implemented", Found::Key))
        );
        assert_eq!(
            meant("not started", status),
            Some(("planned", Found::Synonym))
        );
        assert_eq!(meant("banana", status), None);
        // "in progress" is an action state's own key, written with a space.
        assert_eq!(
            meant("in progress", ActionState::KEYS),
            Some(("in_progress", Found::Key))
        );
        assert_eq!(
            meant("Risk assessment", Reason::KEYS),
            Some(("risk", Found::Label))
        );
        assert_eq!(
            meant("best practice", Reason::KEYS),
            Some(("business", Found::Synonym))
        );
        // A synonym of another set's key is not offered.
        assert_eq!(meant("in progress", Reason::KEYS), None);
        for (key, words) in SYNONYMS {
            assert!(
                StatusKey::KEYS.contains(key) || Reason::KEYS.contains(key),
                "{key}"
            );
            assert!(words.iter().all(|w| fold(w) == *w), "{key}: written folded");
        }
    }

    #[test]
    fn the_help_says_how_the_file_writes_it() {
        assert_eq!(
            help("Partially implemented", StatusKey::KEYS).as_deref(),
            Some("`Partially implemented` is how documents show `partial`; the file takes the keyword `partial` (one of: implemented, partial, planned, not_implemented)")
        );
        assert_eq!(
            help("in progress", StatusKey::KEYS).as_deref(),
            Some(
                "did you mean `partial`? (one of: implemented, partial, planned, not_implemented)"
            )
        );
    }
}
