//! A plain-text dump of a [`Layout`]: one line per page, item and bookmark.
//!
//! PDF bytes are opaque in a diff; this dump is not. It is the snapshot target of the layout
//! tests and a quick way to see where things landed (coordinates in points from the page's
//! top-left corner, one decimal).

use super::layout::{Item, Layout, LinkTarget, Rgb};
use std::fmt::Write;

fn hex(c: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// Renders the layout as text.
pub fn dump(layout: &Layout) -> String {
    let mut s = String::new();
    for (n, page) in layout.pages.iter().enumerate() {
        let orient = if page.is_landscape() {
            "landscape"
        } else {
            "portrait"
        };
        let _ = writeln!(
            s,
            "page {} {:.1}x{:.1} {orient}",
            n + 1,
            page.width,
            page.height
        );
        for item in &page.items {
            let _ = writeln!(s, "  {}", item_line(item));
        }
    }
    for o in layout.outline_entries() {
        let _ = writeln!(
            s,
            "outline h{} p{} y{:.1} {:?}",
            o.level,
            o.page + 1,
            o.y,
            o.title
        );
    }
    for c in &layout.missing {
        let _ = writeln!(s, "missing U+{:04X}", *c as u32);
    }
    s
}

fn item_line(item: &Item) -> String {
    match item {
        Item::Text {
            x,
            y,
            size,
            face,
            color,
            text,
            ..
        } => {
            format!(
                "text {x:.1},{y:.1} {} {size:.1} {} {text:?}",
                face.short(),
                hex(*color)
            )
        }
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        } => {
            format!(
                "line {x1:.1},{y1:.1} {x2:.1},{y2:.1} w{width:.1} {}",
                hex(*color)
            )
        }
        Item::Fill {
            x, y, w, h, color, ..
        } => {
            format!("fill {x:.1},{y:.1} {w:.1}x{h:.1} {}", hex(*color))
        }
        Item::Link {
            x, y, w, h, target, ..
        } => {
            let t = match target {
                LinkTarget::Uri(u) => format!("uri {u}"),
                LinkTarget::Anchor(a) => format!("anchor #{a}"),
            };
            format!("link {x:.1},{y:.1} {w:.1}x{h:.1} {t}")
        }
        Item::Image { x, y, w, h, image } => {
            format!("image {x:.1},{y:.1} {w:.1}x{h:.1} #{image}")
        }
    }
}
