//! Status and applicability badges, from the template's marks.
//!
//! The words a template puts inside a status span (`{{ c.status | status }}`) or an
//! applicability span (`{{ c.applicable | applicable }}`) are set in a coloured badge whose
//! class names the kind; nothing is read from the words themselves, so a justification that
//! begins "Implemented via …" stays prose.

use crate::merge::chart::SegmentKind;
use crate::render::marks::Mark;

/// The opening tag of the badge a span mark starts; `None` for other marks.
pub(super) fn open(mark: Mark) -> Option<String> {
    let kind = match mark {
        Mark::Status(kind) => css_kind(kind),
        Mark::Applicable(true) => "yes",
        Mark::Applicable(false) => "no",
        _ => return None,
    };
    Some(format!("<span class=\"badge badge-{kind}\">"))
}

/// The closing tag of a badge.
pub(super) const CLOSE: &str = "</span>";

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
