//! The at-a-glance status chart, as data.
//!
//! The summary of a document carries one chart: a horizontal stacked bar per row (a standard, a
//! theme or an objective), each bar split into status segments. The HTML renderer draws it as
//! inline SVG, the PDF renderer as vector shapes; both read this one structure, so the two
//! formats cannot disagree.

/// What a segment counts. The renderers give each kind a fixed colour and legend label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    Implemented,
    Partial,
    Planned,
    NotImplemented,
    Excluded,
}

impl SegmentKind {
    /// All kinds, in legend order.
    pub const ALL: [SegmentKind; 5] = [
        SegmentKind::Implemented,
        SegmentKind::Partial,
        SegmentKind::Planned,
        SegmentKind::NotImplemented,
        SegmentKind::Excluded,
    ];

    /// The keyword: `implemented`, `partial`, `planned`, `not_implemented`, `excluded` (as
    /// decisions files and the status marks write it).
    pub fn key(self) -> &'static str {
        match self {
            SegmentKind::Implemented => "implemented",
            SegmentKind::Partial => "partial",
            SegmentKind::Planned => "planned",
            SegmentKind::NotImplemented => "not_implemented",
            SegmentKind::Excluded => "excluded",
        }
    }

    pub fn parse(key: &str) -> Option<SegmentKind> {
        SegmentKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Legend label.
    pub fn label(self) -> &'static str {
        match self {
            SegmentKind::Implemented => "Implemented",
            SegmentKind::Partial => "Partially implemented",
            SegmentKind::Planned => "Planned",
            SegmentKind::NotImplemented => "Not implemented",
            SegmentKind::Excluded => "Excluded",
        }
    }

    /// Fill colour as RGB bytes (colour-blind-safe palette, distinguishable in greyscale).
    pub fn rgb(self) -> (u8, u8, u8) {
        match self {
            SegmentKind::Implemented => (0x1b, 0x7f, 0x4c),
            SegmentKind::Partial => (0x8a, 0xc9, 0x26),
            SegmentKind::Planned => (0xf2, 0xb7, 0x05),
            SegmentKind::NotImplemented => (0xc0, 0x39, 0x2b),
            SegmentKind::Excluded => (0x9e, 0x9e, 0x9e),
        }
    }
}

/// One bar: a label and its counts per kind (kinds with zero are omitted or zero).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Bar {
    pub label: String,
    pub segments: Vec<(SegmentKind, usize)>,
}

impl Bar {
    /// Sum of all segments.
    pub fn total(&self) -> usize {
        self.segments.iter().map(|(_, n)| n).sum()
    }
}

/// The chart: a title and its bars, top to bottom.
#[derive(Clone, PartialEq, serde::Serialize)]
pub struct Chart {
    pub title: String,
    pub bars: Vec<Bar>,
    /// The legend's words in the document's language, in [`SegmentKind::ALL`] order, then
    /// "in total"; empty for English.
    #[serde(skip)]
    pub legend: Vec<String>,
}

/// Debug as before the legend existed when it is English (the PDF's document id hashes it).
impl std::fmt::Debug for Chart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Chart");
        d.field("title", &self.title).field("bars", &self.bars);
        if !self.legend.is_empty() {
            d.field("legend", &self.legend);
        }
        d.finish()
    }
}

impl Chart {
    /// "in total", in the figures' descriptions (after the five labels in [`Chart::legend`]).
    pub fn in_total(&self) -> &str {
        self.legend.get(5).map_or("in total", String::as_str)
    }

    /// A status's words in the legend and the figures' descriptions.
    pub fn label(&self, kind: SegmentKind) -> &str {
        (SegmentKind::ALL.iter().position(|k| *k == kind))
            .and_then(|i| self.legend.get(i))
            .map_or(kind.label(), String::as_str)
    }
}
