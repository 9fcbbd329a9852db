//! The words SoAs use for a decision's values, mapped to annexa's: applicability (Yes, Y, ✓,
//! Included, N/A, Excluded …), status (Implemented, Partially implemented, In progress, Not
//! started …) and reasons for inclusion (annexa's keys and labels, and the common phrasings).
//!
//! Every mapping is reported (the summary lists each distinct word, what it became and where),
//! so a word mapped in a way the organisation did not mean is seen, not silently kept.

use super::columns::fold;
use crate::model::{Reason, StatusKey};

/// What an applicability cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    Yes,
    No,
}

/// A status cell: one of annexa's four, or a word that means "excluded" (some SoAs have no
/// applicability column and write N/A in the status).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusWord {
    Status(StatusKey),
    Excluded,
}

/// Applicability words.
pub fn applies(text: &str) -> Option<Applies> {
    let t = text.trim();
    if ["✓", "✔", "☑", "✅", "x", "X", "●"].contains(&t) {
        return Some(Applies::Yes);
    }
    if ["✗", "✘", "☐", "❌", "-", "–", "—", "○"].contains(&t) {
        return Some(Applies::No);
    }
    match fold(t).as_str() {
        "yes" | "y" | "true" | "1" | "included" | "include" | "applicable" | "in scope"
        | "selected" | "applies" | "required" | "relevant" | "ja" | "oui" | "si" | "sí" => {
            Some(Applies::Yes)
        }
        "no" | "n" | "false" | "0" | "excluded" | "exclude" | "not applicable" | "n a" | "na"
        | "out of scope" | "not selected" | "not included" | "not required" | "nein" | "non" => {
            Some(Applies::No)
        }
        _ => None,
    }
}

/// Status words.
pub fn status(text: &str) -> Option<StatusWord> {
    use StatusKey::*;
    let t = fold(text);
    let s = match t.as_str() {
        "implemented" | "fully implemented" | "in place" | "done" | "complete" | "completed"
        | "yes" | "effective" | "operational" | "operating" | "live" | "compliant"
        | "fully compliant" | "closed" => StatusWord::Status(Implemented),
        "partial"
        | "partially implemented"
        | "partly implemented"
        | "partially"
        | "partly"
        | "in progress"
        | "ongoing"
        | "started"
        | "being implemented"
        | "under implementation"
        | "wip"
        | "work in progress"
        | "partially compliant"
        | "partially in place" => StatusWord::Status(Partial),
        "planned" | "not started" | "scheduled" | "to do" | "todo" | "to be implemented"
        | "future" | "proposed" | "open" | "pending" => StatusWord::Status(Planned),
        "not implemented" | "missing" | "no" | "gap" | "not in place" | "none"
        | "not compliant" | "non compliant" | "absent" => StatusWord::Status(NotImplemented),
        "n a" | "na" | "not applicable" | "excluded" | "out of scope" => StatusWord::Excluded,
        _ => return None,
    };
    Some(s)
}

/// Reasons for inclusion: annexa's keys and labels, and the usual phrasings. A cell may list
/// several, separated by newlines, `;`, `,` or `/`; `None` when one part is not a reason.
pub fn reasons(text: &str) -> Option<Vec<Reason>> {
    let mut out = Vec::new();
    for part in text.split(['\n', ';', ',', '/', '|']) {
        let p = fold(part);
        if p.is_empty() {
            continue;
        }
        let r = Reason::ALL
            .iter()
            .copied()
            .find(|r| p == fold(r.key()) || p == fold(r.label()))
            .or(match p.as_str() {
                "lr"
                | "legal"
                | "regulatory"
                | "law"
                | "legal requirement"
                | "regulatory requirement"
                | "legal and regulatory"
                | "legislation"
                | "statutory" => Some(Reason::Legal),
                "cr"
                | "contract"
                | "contractual obligation"
                | "contractual obligations"
                | "customer requirement" => Some(Reason::Contractual),
                "rr"
                | "ra"
                | "rra"
                | "rtp"
                | "risk"
                | "risks"
                | "risk treatment"
                | "risk treatment plan"
                | "risk assessment results"
                | "risk based" => Some(Reason::Risk),
                "bp"
                | "br"
                | "business"
                | "best practice"
                | "good practice"
                | "business requirement"
                | "business requirements"
                | "bp br"
                | "best practice business requirement" => Some(Reason::Business),
                _ => None,
            })?;
        if !out.contains(&r) {
            out.push(r);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applicability_words() {
        for y in ["Yes", "Y", "✓", "Included", "TRUE", "x"] {
            assert_eq!(applies(y), Some(Applies::Yes), "{y}");
        }
        for n in ["No", "n", "✗", "N/A", "Excluded", "Not applicable", "-"] {
            assert_eq!(applies(n), Some(Applies::No), "{n}");
        }
        assert_eq!(applies("Maybe"), None);
    }

    #[test]
    fn status_words() {
        use StatusKey::*;
        let s = |t: &str| status(t);
        assert_eq!(s("Implemented"), Some(StatusWord::Status(Implemented)));
        assert_eq!(
            s("Partially implemented"),
            Some(StatusWord::Status(Partial))
        );
        assert_eq!(s("In progress"), Some(StatusWord::Status(Partial)));
        assert_eq!(s("Not started"), Some(StatusWord::Status(Planned)));
        assert_eq!(
            s("not_implemented"),
            Some(StatusWord::Status(NotImplemented))
        );
        assert_eq!(s("N/A"), Some(StatusWord::Excluded));
        assert_eq!(s("Amber"), None);
    }

    #[test]
    fn reason_lists() {
        assert_eq!(
            reasons("Risk assessment\nContractual requirement"),
            Some(vec![Reason::Risk, Reason::Contractual])
        );
        assert_eq!(
            reasons("legal; business"),
            Some(vec![Reason::Legal, Reason::Business])
        );
        assert_eq!(
            reasons("LR, CR, BR/BP"),
            Some(vec![Reason::Legal, Reason::Contractual, Reason::Business])
        );
        assert_eq!(reasons("Because we must"), None);
    }
}
