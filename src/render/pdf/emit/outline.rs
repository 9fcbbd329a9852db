//! The layout's outline tree (H1 > H2 > H3) as the PDF's bookmarks. PDF/UA-1 asks every
//! document for an outline, so one without headings gets a single entry: its title, on the
//! first page.

use super::super::layout::{Layout, OutlineEntry};
use krilla::destination::XyzDestination;
use krilla::geom::Point;
use krilla::outline::{Outline, OutlineNode};

/// The bookmarks; `heights` are the pages', `title` the document's.
pub(super) fn outline(layout: &Layout, heights: &[f32], title: &str) -> Outline {
    let mut out = Outline::new();
    for e in &layout.outline {
        if let Some(node) = node(e, heights) {
            out.push_child(node);
        }
    }
    if layout.outline.is_empty() && !heights.is_empty() {
        let dest = XyzDestination::new(0, Point::from_xy(0.0, 0.0));
        out.push_child(OutlineNode::new(super::cap(title), dest));
    }
    out
}

fn node(e: &OutlineEntry, heights: &[f32]) -> Option<OutlineNode> {
    heights.get(e.page)?;
    let dest = XyzDestination::new(e.page, Point::from_xy(0.0, e.y));
    let mut n = OutlineNode::new(super::cap(&e.title), dest);
    for c in &e.children {
        if let Some(child) = node(c, heights) {
            n.push_child(child);
        }
    }
    Some(n)
}
