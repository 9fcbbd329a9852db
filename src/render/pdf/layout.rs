//! The laid-out document: pages of positioned text, lines, fills, links and images, and the
//! outline tree. The pure middle of the PDF engine and its hand-over to the writer.
//!
//! `build` makes fragments, `flow` stacks them onto A4 pages, `running` adds the
//! running header, footer and logo. The result is writer-neutral: nothing here knows the PDF
//! writer (only `emit` does), and it can be dumped as text ([`super::dump`]) and checked in
//! tests.

use crate::fonts::FaceId;
use std::collections::BTreeMap;

pub use super::structure::{Kind, Structure, Tag};

/// The one colour type: the theme's sRGB colour, 0–255 per channel.
pub use crate::model::theme::Rgb;

/// Where a link goes; only these two kinds are ever made clickable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    Uri(String),
    Anchor(String),
}

impl LinkTarget {
    /// The clickable target for a Markdown link destination, if it is a safe one. A link to
    /// another document of the set (`NAME.md#anchor`) goes to that document's PDF beside this
    /// one (a relative URI; the anchor is left out: a PDF names no headings for other files).
    pub fn from_href(href: &str) -> Option<LinkTarget> {
        if let Some((stem, _)) = crate::render::marks::sibling_link(href.trim()) {
            return Some(LinkTarget::Uri(format!("{stem}.pdf")));
        }
        let lower = href.trim().to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            Some(LinkTarget::Uri(href.trim().to_string()))
        } else {
            href.strip_prefix('#')
                .filter(|a| !a.is_empty())
                .map(|a| LinkTarget::Anchor(a.to_string()))
        }
    }
}

/// A positioned element. Coordinates in points from the page's top-left corner; `y` of
/// text is its baseline. Text, fills and links carry the [`Tag`] of what they belong to;
/// lines and images are always artifacts (rules, grid, underlines; the logo).
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text {
        x: f32,
        y: f32,
        size: f32,
        face: FaceId,
        color: Rgb,
        text: String,
        tag: Tag,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Rgb,
    },
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb,
        tag: Tag,
    },
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        target: LinkTarget,
        tag: Tag,
    },
    /// `Layout::images[image]`, scaled into the box.
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        image: usize,
    },
}

impl Item {
    /// The lowest point the item reaches (text: a little below its baseline).
    pub fn bottom(&self) -> f32 {
        match self {
            Item::Text { y, size, .. } => y + size * 0.3,
            Item::Fill { y, h, .. } | Item::Link { y, h, .. } | Item::Image { y, h, .. } => y + h,
            Item::Line { y1, y2, .. } => y1.max(*y2),
        }
    }

    /// What the item belongs to (lines and images: decoration).
    pub fn tag(&self) -> Tag {
        match self {
            Item::Text { tag, .. } | Item::Fill { tag, .. } | Item::Link { tag, .. } => *tag,
            Item::Line { .. } | Item::Image { .. } => Tag::Artifact,
        }
    }

    /// Re-tags content as `to` (a repeated header row); lines and images keep theirs.
    pub(super) fn retag(&mut self, to: Tag) {
        if let Item::Text { tag, .. } | Item::Fill { tag, .. } | Item::Link { tag, .. } = self {
            *tag = to;
        }
    }

    pub(super) fn shift(&mut self, dy: f32) {
        match self {
            Item::Text { y, .. }
            | Item::Fill { y, .. }
            | Item::Link { y, .. }
            | Item::Image { y, .. } => *y += dy,
            Item::Line { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
        }
    }
}

/// One page and what is drawn on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}

impl Page {
    pub fn is_landscape(&self) -> bool {
        self.width > self.height
    }
}

/// A bookmark: heading level, title, 0-based page and the heading's top, and the bookmarks of
/// the headings under it.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    pub level: u8,
    pub title: String,
    pub page: usize,
    pub y: f32,
    pub children: Vec<OutlineEntry>,
}

impl OutlineEntry {
    /// This entry and every one under it, in document order.
    pub fn walk(&self) -> Vec<&OutlineEntry> {
        let mut all = vec![self];
        for c in &self.children {
            all.extend(c.walk());
        }
        all
    }
}

/// The laid-out document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub pages: Vec<Page>,
    /// The outline tree of the H1–H3 headings: each under the closest earlier heading of a
    /// higher level.
    pub outline: Vec<OutlineEntry>,
    /// Heading id → (0-based page, top y), for `#anchor` links.
    pub anchors: BTreeMap<String, (usize, f32)>,
    /// Characters no bundled font could draw, in order of first appearance.
    pub missing: Vec<char>,
    /// The images [`Item::Image`] draws (the logo).
    pub images: Vec<super::image::Image>,
    /// The logical structure the items' [`Tag`]s point into.
    pub structure: Structure,
}

impl Layout {
    /// Every outline entry, in document order.
    pub fn outline_entries(&self) -> Vec<&OutlineEntry> {
        self.outline.iter().flat_map(OutlineEntry::walk).collect()
    }

    /// Adds a bookmark under the closest earlier one of a higher level.
    pub(super) fn add_bookmark(&mut self, entry: OutlineEntry) {
        fn add(siblings: &mut Vec<OutlineEntry>, entry: OutlineEntry) {
            match siblings.last_mut() {
                Some(last) if last.level < entry.level => add(&mut last.children, entry),
                _ => siblings.push(entry),
            }
        }
        add(&mut self.outline, entry);
    }
}
