//! Status badges in table cells.
//!
//! A cell in a "Status"/"Implementation" column that starts with a status label (the chart's
//! [`SegmentKind::label`]) gets that label as a coloured badge, the rest of its text unchanged;
//! "Yes"/"No" as the whole cell of an "Applicable"/"Applicability" column get a badge too.
//! Columns of prose (a justification that begins "Implemented via …") are never badged.

use crate::merge::chart::SegmentKind;

use super::escape;

/// The badge HTML for a body cell starting with `text` in a column headed `header`, and the
/// text after the badge. Status labels match as an exact, case-sensitive prefix ending at a
/// word boundary; "Yes"/"No" only as the whole cell.
pub(super) fn badge(text: &str, header: &str) -> Option<(String, String)> {
    let header = header.to_lowercase();
    if header.contains("applicab") {
        let kind = match text.trim() {
            "Yes" => "yes",
            "No" => "no",
            _ => return None,
        };
        return Some((span(kind, text.trim()), String::new()));
    }
    if !(header.contains("status") || header.contains("implement")) {
        return None;
    }
    // Longest labels first, so that a longer label is never read as a shorter one.
    let mut kinds = SegmentKind::ALL;
    kinds.sort_by_key(|k| std::cmp::Reverse(k.label().len()));
    kinds.into_iter().find_map(|kind| {
        let rest = text.strip_prefix(kind.label())?;
        if rest.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        Some((span(css_kind(kind), kind.label()), rest.to_string()))
    })
}

fn span(kind: &str, label: &str) -> String {
    format!(
        "<span class=\"badge badge-{kind}\">{}</span>",
        escape(label)
    )
}

/// The CSS class suffix for a status kind: `badge-<suffix>`.
pub fn css_kind(kind: SegmentKind) -> &'static str {
    match kind {
        SegmentKind::Implemented => "implemented",
        SegmentKind::Partial => "partial",
        SegmentKind::Planned => "planned",
        SegmentKind::NotImplemented => "not-implemented",
        SegmentKind::Excluded => "excluded",
    }
}
