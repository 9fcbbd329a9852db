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
const MAX_CHAIN: usize = 14;

struct Cursor {
    /// Place items and bookmarks (a trial flow only measures where fragments land).
    draw: bool,
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

    /// Places `f`, moving its items onto the page (the drawing pass is the last use of a
    /// fragment's items, and each is placed once).
    fn place(&mut self, f: &mut Frag, layout: &mut Layout) {
        let items = if self.draw {
            std::mem::take(&mut f.items)
        } else {
            Vec::new()
        };
        self.put(f, items, layout, false);
    }

    /// Places a header row repeated at the top of a page: a copy of its items, tagged as an
    /// artifact (its cells are in the structure once, where the table starts).
    fn place_header(&mut self, h: &Frag, layout: &mut Layout) {
        let items = if self.draw {
            h.items.clone()
        } else {
            Vec::new()
        };
        self.put(h, items, layout, true);
    }

    fn put(&mut self, f: &Frag, items: Vec<Item>, layout: &mut Layout, repeat: bool) {
        let gap = if self.at_top { 0.0 } else { f.gap };
        let top = self.y + gap;
        let page = self.pages.len().saturating_sub(1);
        if !self.draw {
            self.y = top + f.h;
            self.at_top = false;
            return;
        }
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
            p.items.extend(items.into_iter().map(|mut it| {
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

/// Height of `frags[i]` plus whatever it must stay with (on pages of the same orientation,
/// `wide[i]`).
fn chain_height(frags: &[Frag], wide: &[bool], i: usize) -> f32 {
    let mut h = frags[i].h;
    let mut j = i;
    while j + 1 < frags.len() && frags[j].keep && j - i < MAX_CHAIN && wide[j + 1] == wide[i] {
        j += 1;
        h += frags[j].gap + frags[j].h;
    }
    h
}

/// A portrait page less full than this, right before a landscape page, is a short section's
/// tail: its fragments move onto the landscape page instead.
const SHORT_TAIL: f32 = 1.0 / 3.0;
/// Most times the flow is redone to move short tails.
const MAX_REFLOWS: usize = 4;

/// Stacks fragments onto pages. A short portrait tail before a landscape page (a legend, a
/// small table) is set at the top of that landscape page rather than alone on a page of its
/// own. The fragments' items move onto the pages (what is left of `frags` is their boxes).
pub fn flow(frags: &mut [Frag], headers: &[Frag], layout: &mut Layout) {
    let mut wide: Vec<bool> = frags.iter().map(|f| f.wide).collect();
    for _ in 0..MAX_REFLOWS {
        let mut trial = Layout::default();
        let placed = flow_once(frags, &wide, headers, &mut trial, false);
        let Some(range) =
            short_tail(&placed, &trial.pages).or_else(|| short_head(frags, &placed, &trial.pages))
        else {
            break;
        };
        for w in &mut wide[range] {
            *w = true;
        }
    }
    flow_once(frags, &wide, headers, layout, true);
}

/// The fragments of the first portrait page that is less than [`SHORT_TAIL`] full and is
/// followed by a landscape page (they keep their portrait width there).
fn short_tail(placed: &[Placed], pages: &[Page]) -> Option<std::ops::Range<usize>> {
    let frame = Frame::new(false);
    for p in 0..pages.len().saturating_sub(1) {
        if pages[p].is_landscape() || !pages[p + 1].is_landscape() {
            continue;
        }
        let on: Vec<usize> = (0..placed.len()).filter(|i| placed[*i].page == p).collect();
        let (Some(first), Some(last)) = (on.first(), on.last()) else {
            continue;
        };
        let bottom = placed[*last].bottom;
        let fill = (bottom - frame.top) / frame.height();
        if fill < SHORT_TAIL {
            return Some(*first..*last + 1);
        }
    }
    None
}

/// A landscape page less full than this, followed by a portrait page, takes the start of
/// what follows (in its portrait width) while it fits.
const ROOMY: f32 = 0.5;

/// The fragments at the start of a portrait page that fit in the room left on a landscape
/// page less than [`ROOMY`] full right before it, up to the last that does not keep with
/// the next (so the flow never needs another landscape page for them).
fn short_head(frags: &[Frag], placed: &[Placed], pages: &[Page]) -> Option<std::ops::Range<usize>> {
    let wide = Frame::new(true);
    let narrow = Frame::new(false);
    for p in 0..pages.len().saturating_sub(1) {
        if !pages[p].is_landscape() || pages[p + 1].is_landscape() {
            continue;
        }
        let Some(last) = (0..placed.len()).rev().find(|i| placed[*i].page == p) else {
            continue;
        };
        let used = placed[last].bottom - wide.top;
        if used / wide.height() >= ROOMY {
            continue;
        }
        let room = wide.height() - used - st::PARA_GAP * 2.0;
        let first = last + 1;
        let fits = (first..placed.len())
            .take_while(|i| placed[*i].page == p + 1 && placed[*i].bottom - narrow.top <= room)
            .filter(|i| !frags[*i].keep)
            .last();
        if let Some(end) = fits {
            return Some(first..end + 1);
        }
    }
    None
}

/// Where a fragment landed: its page and the bottom of its box.
#[derive(Debug, Clone, Copy, Default)]
struct Placed {
    page: usize,
    bottom: f32,
}

/// One pass of the flow, with each fragment's orientation from `wide`; with `draw` false
/// only where each fragment lands is worked out.
fn flow_once(
    frags: &mut [Frag],
    wide: &[bool],
    headers: &[Frag],
    layout: &mut Layout,
    draw: bool,
) -> Vec<Placed> {
    let mut c = Cursor {
        draw,
        pages: Vec::new(),
        frame: Frame::new(false),
        y: 0.0,
        at_top: true,
        wide: false,
    };
    let mut placed = Vec::with_capacity(frags.len());
    for i in 0..frags.len() {
        if c.pages.is_empty() || wide[i] != c.wide {
            c.new_page(wide[i]);
        }
        let (gap, h) = (if c.at_top { 0.0 } else { frags[i].gap }, frags[i].h);
        let room = c.frame.bottom - c.y;
        let chain = chain_height(frags, wide, i);
        if !c.at_top && gap + chain > room + 0.01 {
            let chain_fits_a_page = chain <= c.frame.height();
            if chain_fits_a_page || gap + h > room + 0.01 {
                c.new_page(wide[i]);
            }
        }
        if c.at_top {
            if let Some(h) = frags[i].header.and_then(|h| headers.get(h)) {
                c.place_header(h, layout);
            }
        }
        c.place(&mut frags[i], layout);
        placed.push(Placed {
            page: c.pages.len() - 1,
            bottom: c.y,
        });
    }
    if c.pages.is_empty() {
        c.new_page(false);
    }
    layout.pages = c.pages;
    placed
}

#[cfg(test)]
#[path = "flow_tests.rs"]
mod tests;
