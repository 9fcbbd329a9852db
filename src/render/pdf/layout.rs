//! Pages of positioned text, lines and fills: the pure middle of the PDF engine.
//!
//! `build` turns blocks into *fragments*: boxes of fixed height (a line of a paragraph, a
//! table row, a chart bar) that are never split, with keep-with-next flags (headings,
//! captions, header rows) and, for table rows, the header to repeat on a new page. `flow`
//! here stacks fragments onto A4 pages, breaking before a fragment that does not fit,
//! switching to landscape for wide tables, and `decorate` adds the running header and the
//! "Page N of M" footer once the page count is known. The result is writer-neutral: pages of
//! text, lines, fills, links and images, and the outline tree; nothing here knows the PDF
//! writer (only `emit` does), and the result can be dumped as text and checked in tests.

use super::style as st;
use crate::fonts::FaceId;
use std::collections::BTreeMap;

/// An RGB colour, 0–255 per channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Where a link goes; only these two kinds are ever made clickable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    Uri(String),
    Anchor(String),
}

impl LinkTarget {
    /// The clickable target for a Markdown link destination, if it is a safe one.
    pub fn from_href(href: &str) -> Option<LinkTarget> {
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
/// text is its baseline.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text {
        x: f32,
        y: f32,
        size: f32,
        face: FaceId,
        color: Rgb,
        text: String,
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
    },
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        target: LinkTarget,
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

    fn shift(&mut self, dy: f32) {
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
}

impl Layout {
    /// Every outline entry, in document order.
    pub fn outline_entries(&self) -> Vec<&OutlineEntry> {
        self.outline.iter().flat_map(OutlineEntry::walk).collect()
    }

    /// Adds a bookmark under the closest earlier one of a higher level.
    fn add_bookmark(&mut self, entry: OutlineEntry) {
        fn add(siblings: &mut Vec<OutlineEntry>, entry: OutlineEntry) {
            match siblings.last_mut() {
                Some(last) if last.level < entry.level => add(&mut last.children, entry),
                _ => siblings.push(entry),
            }
        }
        add(&mut self.outline, entry);
    }
}

/// The text frame of a page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub page_w: f32,
    pub page_h: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl Frame {
    pub fn new(wide: bool) -> Frame {
        let (page_w, page_h) = if wide {
            (st::A4_H, st::A4_W)
        } else {
            (st::A4_W, st::A4_H)
        };
        Frame {
            page_w,
            page_h,
            left: st::MARGIN_SIDE,
            right: page_w - st::MARGIN_SIDE,
            top: st::MARGIN_TOP,
            bottom: page_h - st::MARGIN_BOTTOM,
        }
    }

    pub fn width(&self) -> f32 {
        self.right - self.left
    }

    pub fn height(&self) -> f32 {
        self.bottom - self.top
    }
}

/// A heading's bookmark and anchor, carried by its first fragment.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub level: u8,
    pub title: String,
    pub id: String,
}

/// An unbreakable box of content; item `y`s are relative to its top.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frag {
    pub h: f32,
    /// Space above, dropped at the top of a page.
    pub gap: f32,
    pub items: Vec<Item>,
    /// Keep on the same page as the next fragment.
    pub keep: bool,
    /// Belongs on a landscape page.
    pub wide: bool,
    /// Table row: index of the header fragment to repeat when it starts a page.
    pub header: Option<usize>,
    pub mark: Option<Mark>,
}

/// Most fragments a keep-with-next chain looks ahead.
const MAX_CHAIN: usize = 8;

struct Cursor {
    pages: Vec<Page>,
    frame: Frame,
    y: f32,
    at_top: bool,
    wide: bool,
}

impl Cursor {
    fn new_page(&mut self, wide: bool) {
        self.frame = Frame::new(wide);
        self.wide = wide;
        self.pages.push(Page {
            width: self.frame.page_w,
            height: self.frame.page_h,
            items: Vec::new(),
        });
        self.y = self.frame.top;
        self.at_top = true;
    }

    fn place(&mut self, f: &Frag, layout: &mut Layout) {
        let gap = if self.at_top { 0.0 } else { f.gap };
        let top = self.y + gap;
        let page = self.pages.len().saturating_sub(1);
        if let Some(m) = &f.mark {
            if m.level <= 3 {
                layout.add_bookmark(OutlineEntry {
                    level: m.level,
                    title: m.title.clone(),
                    page,
                    y: top,
                    children: Vec::new(),
                });
            }
            layout.anchors.entry(m.id.clone()).or_insert((page, top));
        }
        if let Some(p) = self.pages.last_mut() {
            p.items.extend(f.items.iter().cloned().map(|mut it| {
                it.shift(top);
                it
            }));
        }
        self.y = top + f.h;
        self.at_top = false;
    }
}

/// Height of `frags[i]` plus whatever it must stay with.
fn chain_height(frags: &[Frag], i: usize) -> f32 {
    let mut h = frags[i].h;
    let mut j = i;
    while j + 1 < frags.len()
        && frags[j].keep
        && j - i < MAX_CHAIN
        && frags[j + 1].wide == frags[i].wide
    {
        j += 1;
        h += frags[j].gap + frags[j].h;
    }
    h
}

/// Stacks fragments onto pages.
pub fn flow(frags: &[Frag], headers: &[Frag], layout: &mut Layout) {
    let mut c = Cursor {
        pages: Vec::new(),
        frame: Frame::new(false),
        y: 0.0,
        at_top: true,
        wide: false,
    };
    for i in 0..frags.len() {
        let f = &frags[i];
        if c.pages.is_empty() || f.wide != c.wide {
            c.new_page(f.wide);
        }
        let gap = if c.at_top { 0.0 } else { f.gap };
        let room = c.frame.bottom - c.y;
        let chain = chain_height(frags, i);
        if !c.at_top && gap + chain > room + 0.01 {
            let chain_fits_a_page = chain <= c.frame.height();
            if chain_fits_a_page || gap + f.h > room + 0.01 {
                c.new_page(f.wide);
            }
        }
        if c.at_top {
            if let Some(h) = f.header.and_then(|h| headers.get(h)) {
                c.place(h, layout);
            }
        }
        c.place(f, layout);
    }
    if c.pages.is_empty() {
        c.new_page(false);
    }
    layout.pages = c.pages;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frag(h: f32, keep: bool) -> Frag {
        Frag {
            h,
            keep,
            items: vec![Item::Fill {
                x: 60.0,
                y: 0.0,
                w: 10.0,
                h,
                color: Rgb(0, 0, 0),
            }],
            ..Frag::default()
        }
    }

    #[test]
    fn keep_with_next_moves_a_heading_to_the_next_page() {
        let room = Frame::new(false).height();
        let mut frags = vec![
            frag(room - 30.0, false),
            frag(20.0, true),
            frag(20.0, false),
        ];
        frags[1].mark = Some(Mark {
            level: 1,
            title: "H".into(),
            id: "h".into(),
        });
        let mut layout = Layout::default();
        flow(&frags, &[], &mut layout);
        assert_eq!(layout.pages.len(), 2);
        assert_eq!(layout.outline[0].page, 1);
    }

    #[test]
    fn bookmarks_nest_under_the_closest_higher_heading() {
        let mut frags = Vec::new();
        for (level, title) in [(1, "a"), (2, "b"), (3, "c"), (2, "d"), (3, "e"), (1, "f")] {
            let mut f = frag(10.0, false);
            f.mark = Some(Mark {
                level,
                title: title.into(),
                id: title.into(),
            });
            frags.push(f);
        }
        let mut layout = Layout::default();
        flow(&frags, &[], &mut layout);
        let shape = |e: &OutlineEntry| -> String {
            let kids: Vec<String> = e.children.iter().map(|c| c.title.clone()).collect();
            format!("{}[{}]", e.title, kids.join(","))
        };
        let all: Vec<String> = layout.outline_entries().into_iter().map(shape).collect();
        assert_eq!(all, ["a[b,d]", "b[c]", "c[]", "d[e]", "e[]", "f[]"]);
        assert_eq!(layout.outline.len(), 2);
    }

    #[test]
    fn header_repeats_on_a_new_page() {
        let room = Frame::new(true).height();
        let header = Frag {
            wide: true,
            keep: true,
            ..frag(15.0, true)
        };
        let rows: Vec<Frag> = (0..4)
            .map(|_| Frag {
                wide: true,
                header: Some(0),
                ..frag(room / 2.0 - 10.0, false)
            })
            .collect();
        let mut frags = vec![header.clone()];
        frags.extend(rows);
        let mut layout = Layout::default();
        flow(&frags, &[header], &mut layout);
        assert_eq!(layout.pages.len(), 2);
        assert!(layout.pages.iter().all(Page::is_landscape));
        assert_eq!(layout.pages[1].items.len(), 3, "header + 2 rows");
    }
}
