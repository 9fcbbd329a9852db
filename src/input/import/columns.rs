//! Which row is the header and what each column holds, by the names real SoAs give their
//! columns ("Control", "Ref", "Applicable?", "Reason for exclusion", "Implementation status" …)
//! and annexa's own exports' headers. `--map COLUMN=FIELD` overrides a guess.
//!
//! A header cell is compared after folding: lower case, every run of punctuation and spaces one
//! space (`Applicable (Y/N)?` → `applicable y n`). The exact names come first, then names that
//! start with a known name (`Justification for inclusion/exclusion`). "Control" alone is the ID
//! in some SoAs and the title in others: the column whose cells read as control IDs wins.

use super::vocabulary::VOCABULARY;

/// A field of a decision (or of a row) that a column can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Id,
    Title,
    Standard,
    Applicable,
    Reasons,
    Risks,
    Justification,
    /// A justification column for included controls only.
    InclusionJustification,
    /// A justification column for excluded controls only.
    ExclusionJustification,
    Status,
    TargetDate,
    StatusReason,
    Owner,
    Implementation,
    Evidence,
    LastReview,
    Notes,
    AiSystems,
    /// An additional control's description (annexa's "Description"/`summary` column).
    Description,
    Source,
    /// Read and left alone: group headings, control text.
    Ignored,
}

impl Field {
    /// The names `--map` accepts (the decisions file's field names).
    pub const NAMES: &'static [(&'static str, Field)] = &[
        ("id", Field::Id),
        ("title", Field::Title),
        ("standard", Field::Standard),
        ("applicable", Field::Applicable),
        ("reasons", Field::Reasons),
        ("risks", Field::Risks),
        ("justification", Field::Justification),
        ("inclusion_justification", Field::InclusionJustification),
        ("exclusion_justification", Field::ExclusionJustification),
        ("status", Field::Status),
        ("target_date", Field::TargetDate),
        ("status_reason", Field::StatusReason),
        ("owner", Field::Owner),
        ("implementation", Field::Implementation),
        ("evidence", Field::Evidence),
        ("last_review", Field::LastReview),
        ("notes", Field::Notes),
        ("ai_systems", Field::AiSystems),
        ("description", Field::Description),
        ("source", Field::Source),
        ("ignore", Field::Ignored),
    ];

    pub fn parse(s: &str) -> Option<Field> {
        let s = s.trim().to_lowercase().replace([' ', '-'], "_");
        Field::NAMES.iter().find(|(n, _)| *n == s).map(|(_, f)| *f)
    }

    pub fn name(self) -> &'static str {
        Field::NAMES
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("ignore", |(n, _)| n)
    }
}

/// Lower case, each run of anything but letters and digits one space (`Applicable (Y/N)?` →
/// `applicable y n`); `_` counts as a space (`target_date` → `target date`).
pub fn fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// The fields a header cell may name, best first: exact names, then known names it starts with.
pub fn candidates(header: &str) -> Vec<Field> {
    let h = fold(header);
    if h.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<Field> = VOCABULARY
        .iter()
        .filter(|(_, names)| names.contains(&h.as_str()))
        .map(|(f, _)| *f)
        .collect();
    if out.is_empty() {
        let mut best: Option<(usize, Field)> = None;
        for (f, names) in VOCABULARY {
            for n in *names {
                let fits = h.starts_with(&format!("{n} ")) && n.len() >= 4;
                if fits && best.is_none_or(|(len, _)| n.len() > len) {
                    best = Some((n.len(), *f));
                }
            }
        }
        out.extend(best.map(|(_, f)| f));
    }
    out
}

/// How many distinct decision fields a row's cells name (a header has an ID column and at
/// least one of applicable, status or justification).
pub fn header_score(cells: &[String]) -> usize {
    let mut fields: Vec<Field> = cells.iter().flat_map(|c| candidates(c)).collect();
    fields.sort();
    fields.dedup();
    let has_id = fields.contains(&Field::Id);
    let decides = fields.iter().any(|f| {
        matches!(
            f,
            Field::Applicable
                | Field::Status
                | Field::Justification
                | Field::InclusionJustification
                | Field::ExclusionJustification
        )
    });
    if has_id && decides {
        fields.iter().filter(|f| **f != Field::Ignored).count()
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_fold_and_match() {
        assert_eq!(fold("  Applicable (Y/N)? "), "applicable y n");
        assert_eq!(candidates("Applicable (Y/N)?"), vec![Field::Applicable]);
        assert_eq!(candidates("Control"), vec![Field::Id, Field::Title]);
        assert_eq!(candidates("target_date"), vec![Field::TargetDate]);
        assert_eq!(
            candidates("Reason for exclusion (if N)"),
            vec![Field::ExclusionJustification]
        );
        assert_eq!(candidates("Implementation Status"), vec![Field::Status]);
        assert!(candidates("Colour").is_empty());
        assert!(header_score(&["Ref".into(), "Control name".into(), "Applicable?".into()]) >= 3);
        assert_eq!(header_score(&["Statement of Applicability".into()]), 0);
    }

    #[test]
    fn map_names_parse() {
        assert_eq!(Field::parse("target-date"), Some(Field::TargetDate));
        assert_eq!(Field::parse("Status Reason"), Some(Field::StatusReason));
        assert_eq!(Field::parse("colour"), None);
    }
}
