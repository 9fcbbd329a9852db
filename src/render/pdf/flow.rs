//! Fragments → pages: the flow of the PDF engine.
//!
//! `build` turns blocks into *fragments*: boxes of fixed height (a line of a paragraph, a
//! table row, a chart bar) that are never split, with keep-with-next flags (headings,
//! captions, header rows) and, for table rows, the header to repeat on a new page. [`flow`]
//! stacks fragments onto A4 pages, breaking before a fragment that does not fit, switching to
//! landscape for wide tables, and records each H1–H3 in the outline tree and every heading
//! as a link anchor.

use super::layout::{Item, Layout, OutlineEntry, Page, Tag};
use super::style as st;

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
pub struct Bookmark {
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
    pub bookmark: Option<Bookmark>,
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

    /// Places `f`; a `repeat`ed header row's content is tagged as an artifact (its cells are
    /// in the structure once, where the table starts).
    fn place(&mut self, f: &Frag, layout: &mut Layout, repeat: bool) {
        let gap = if self.at_top { 0.0 } else { f.gap };
        let top = self.y + gap;
        let page = self.pages.len().saturating_sub(1);
        if let Some(m) = &f.bookmark {
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
                if repeat {
                    it.retag(Tag::Repeat);
                }
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
                c.place(h, layout, true);
            }
        }
        c.place(f, layout, false);
    }
    if c.pages.is_empty() {
        c.new_page(false);
    }
    layout.pages = c.pages;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::theme::Rgb;

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
                tag: Tag::Artifact,
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
        frags[1].bookmark = Some(Bookmark {
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
            f.bookmark = Some(Bookmark {
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
