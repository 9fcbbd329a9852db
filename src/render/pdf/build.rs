//! Blocks → fragments: headings, paragraphs, quotes and rules (lists and code in `indented`,
//! tables in `table`, the chart in `figure`, heat maps in `heatmap`).
//!
//! Every block becomes one or more fixed-height fragments (see [`super::flow::Frag`]):
//! a paragraph gives one per wrapped line, so it can continue on the next page; a heading
//! keeps with what follows it; the first line of a paragraph keeps with the second (no lone
//! first line at a page bottom), and its last with the table or list it introduces. Tables
//! and the chart have their own modules. Which blocks go on landscape pages, and which
//! tables share column widths, is decided first (see `kinds`), because a landscape frame is
//! wider. Each block also gets its node in the logical [`Structure`] (heading, paragraph,
//! quote, code), and its text the node's [`Tag`]; decoration stays an artifact.

use super::blocks::{plain_text, Align, Block, Inline};
use super::colwidth::Gather;
use super::draw::line_items;
use super::flow::{Bookmark, Frag, Frame};
use super::kinds::share_key;
use super::layout::{Item, Kind, LinkTarget, Rgb, Structure, Tag};
use super::style as st;
use super::table::{headless, measure, Cells};
use super::text::{prepare, Missing, Prepared, TextLine, TextStyle};
use crate::fonts::{FaceId, Fonts};
use crate::merge::chart::Chart;
use crate::merge::heatmap::Heatmap;
use std::collections::HashMap;

/// Where a block is laid out: its left edge, width and page orientation.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    pub left: f32,
    pub width: f32,
    pub wide: bool,
    pub depth: usize,
}

impl Ctx {
    pub(super) fn indent(self, by: f32) -> Ctx {
        let by = by.min(self.width / 2.0);
        Ctx {
            left: self.left + by,
            width: self.width - by,
            ..self
        }
    }
}

/// Collects fragments for a whole document.
pub struct Builder<'a> {
    pub fonts: &'a Fonts,
    pub missing: Missing,
    pub frags: Vec<Frag>,
    pub headers: Vec<Frag>,
    pub chart: Option<&'a Chart>,
    /// The risk heat maps the document's marks may draw.
    pub heatmaps: &'a [Heatmap],
    /// The theme's accent colour for headings (the house colour without a theme).
    pub accent: Option<Rgb>,
    /// A right-to-left document: every paragraph's base direction is right to left.
    pub rtl: bool,
    /// The logical structure, built alongside the fragments.
    pub structure: Structure,
    /// The node new blocks go under (`None`: the document).
    pub parent: Option<u32>,
    /// Column widths shared by the tables of one kind, by table address (see
    /// [`Builder::plan_tables`]).
    pub shared: HashMap<usize, Vec<f32>>,
    /// Cells measured ahead by [`Builder::plan_tables`], by table address.
    pub cells: HashMap<usize, Cells>,
}

impl<'a> Builder<'a> {
    pub fn new(fonts: &'a Fonts, chart: Option<&'a Chart>) -> Builder<'a> {
        Builder {
            fonts,
            missing: Missing::default(),
            frags: Vec::new(),
            headers: Vec::new(),
            chart,
            heatmaps: &[],
            accent: None,
            rtl: false,
            structure: Structure::default(),
            parent: None,
            shared: HashMap::new(),
            cells: HashMap::new(),
        }
    }

    /// Builds the fragments of a document. Each block is freed as soon as it is in
    /// fragments: [`Block::Rule`] takes its place, so that the blocks after it stay where
    /// they are (a table's address keys its widths and cells).
    pub fn document(&mut self, blocks: &mut [Block]) {
        let orient = super::kinds::orientations(self.fonts, blocks);
        self.plan_tables(blocks, &orient);
        for (i, wide) in orient.into_iter().enumerate() {
            let frame = Frame::new(wide);
            let ctx = Ctx {
                left: frame.left,
                width: frame.width(),
                wide,
                depth: 0,
            };
            let Some(b) = blocks.get(i) else { break };
            self.block(b, ctx, gap_before(b));
            self.introduces(b, blocks.get(i + 1));
            if let Some(done) = blocks.get_mut(i) {
                *done = Block::Rule;
            }
        }
    }

    /// A paragraph directly before a table or list introduces it ("… the owners below"): its
    /// last line stays on the page where what it introduces starts.
    fn introduces(&mut self, b: &Block, next: Option<&Block>) {
        if matches!(b, Block::Paragraph(_))
            && matches!(next, Some(Block::Table(_) | Block::List { .. }))
        {
            if let Some(f) = self.frags.last_mut() {
                f.keep = true;
            }
        }
    }

    pub(super) fn blocks(&mut self, blocks: &[Block], ctx: Ctx, first_gap: f32) {
        for (i, b) in blocks.iter().enumerate() {
            self.block(b, ctx, if i == 0 { first_gap } else { gap_before(b) });
            self.introduces(b, blocks.get(i + 1));
        }
    }

    fn block(&mut self, b: &Block, ctx: Ctx, gap: f32) {
        match b {
            Block::Heading { level, id, inlines } => self.heading(*level, id, inlines, ctx, gap),
            Block::Paragraph(inlines) => {
                let node = self.structure.block(Kind::Paragraph, self.parent);
                let base = TextStyle::plain(FaceId::Regular, st::BODY_SIZE, st::TEXT);
                let prep = self.prepare(inlines, &base, node);
                let lines = prep.lines(self.fonts, ctx.width);
                let n = lines.len();
                let start = self.frags.len();
                let lead = (Align::Left, st::BODY_LEAD);
                self.text_frags(&prep, &lines, ctx, lead, gap, Tag::Node(node));
                if n >= 2 {
                    self.frags[start].keep = true;
                }
                if n >= 3 {
                    self.frags[start + n - 2].keep = true;
                }
            }
            Block::List { start, items } => self.list(*start, items, ctx, gap),
            Block::Quote(inner) => {
                let first = self.frags.len();
                let node = self.structure.block(Kind::Quote, self.parent);
                let outer = self.parent.replace(node);
                self.blocks(inner, ctx.indent(st::QUOTE_INDENT), gap);
                self.parent = outer;
                // The bar reaches up over the gaps inside the quote, so it reads as one.
                for (i, f) in self.frags[first..].iter_mut().enumerate() {
                    let up = if i == 0 { 0.0 } else { f.gap };
                    let bar = Item::Fill {
                        x: ctx.left + 1.0,
                        y: -up,
                        w: 2.0,
                        h: f.h + up,
                        color: st::QUOTE_BAR,
                        tag: Tag::Artifact,
                    };
                    f.items.insert(0, bar);
                }
            }
            Block::Code(text) => {
                let node = self.structure.block(Kind::Code, self.parent);
                self.code(text, ctx, gap, node);
            }
            Block::Html(text) => {
                let node = self.structure.block(Kind::Paragraph, self.parent);
                self.code(text, ctx, gap, node);
            }
            Block::Rule => {
                let y = 7.0;
                let line = Item::Line {
                    x1: ctx.left,
                    y1: y,
                    x2: ctx.left + ctx.width,
                    y2: y,
                    width: 0.6,
                    color: st::RULE,
                };
                self.push(
                    Frag {
                        h: 14.0,
                        gap,
                        items: vec![line],
                        ..Frag::default()
                    },
                    ctx,
                );
            }
            Block::Table(t) => super::table::table(self, t, ctx, gap),
            Block::Chart => {
                if let Some(chart) = self.chart {
                    super::figure::chart(self, chart, ctx, gap);
                }
            }
            Block::Heatmap(kind) => {
                if let Some(map) = self.heatmaps.iter().find(|h| h.kind == *kind) {
                    super::heatmap::heatmap(self, map, ctx, gap);
                }
            }
        }
    }

    /// Adds a fragment, stamping the context's orientation on it. Every producer keeps its
    /// fragments shorter than a page; should one not, what would hang below the frame is
    /// dropped rather than drawn off the page.
    pub fn push(&mut self, mut f: Frag, ctx: Ctx) {
        f.wide = ctx.wide;
        let max = Frame::new(ctx.wide).height();
        if f.h > max {
            f.items.retain(|it| it.bottom() <= max);
            f.h = max;
        }
        self.frags.push(f);
    }

    /// Gives the document's top-level tables of one kind, shape and orientation one set of
    /// column widths, computed over all their rows: the 14 Annex A group tables line up column
    /// for column. The tables of such a group are measured here, in document order, and
    /// gathered into the group's widths. A group whose rows all fit the search's sample
    /// (fewer than [`MAX_SAMPLE_ROWS`]) keeps its measured cells for
    /// [`table`](super::table::table); a longer one (a SoA of thousands of controls) frees
    /// them as it goes and has each table measured again when it is laid out, so that its
    /// every cell is never held measured at once.
    ///
    /// [`MAX_SAMPLE_ROWS`]: super::colwidth::MAX_SAMPLE_ROWS
    fn plan_tables(&mut self, blocks: &[Block], orient: &[bool]) {
        // Per group: its key, orientation, tables and body rows.
        let mut groups: Vec<(String, bool, Vec<&super::blocks::Table>, usize)> = Vec::new();
        let mut members = Vec::new();
        for (b, wide) in blocks.iter().zip(orient) {
            let Block::Table(t) = b else { continue };
            let Some(key) = share_key(t) else {
                continue;
            };
            let g = match groups.iter().position(|g| g.0 == key && g.1 == *wide) {
                Some(g) => g,
                None => {
                    groups.push((key, *wide, Vec::new(), 0));
                    groups.len() - 1
                }
            };
            groups[g].2.push(t);
            groups[g].3 += t.rows.len();
            members.push((g, t));
        }
        // A table of a kind alone in its document keeps its own widths (measured when laid out).
        let mut gathers: Vec<Option<Gather<Vec<Prepared>>>> = (groups.iter())
            .map(|(_, _, tables, rows)| {
                let first = tables.first().filter(|_| tables.len() > 1)?;
                Some(Gather::new(first.columns(), &first.columns, *rows))
            })
            .collect();
        let mut headers: HashMap<usize, Vec<Prepared>> = HashMap::new();
        // In document order, so that characters no font has are reported in that order.
        for (g, t) in members {
            let Some(gather) = gathers.get_mut(g).and_then(Option::as_mut) else {
                continue;
            };
            let Cells { header, rows } = measure(self, t);
            if gather.keeps_every_row() {
                headers.insert(std::ptr::from_ref(t) as usize, header.clone());
            }
            // Tables that share widths share their header (see `share_key`).
            if !headless(t) {
                gather.header(header);
            }
            for row in rows {
                gather.row(row);
            }
        }
        for ((_, wide, tables, _), gather) in groups.into_iter().zip(gathers) {
            let Some(mut gather) = gather else { continue };
            let widths = gather.widths(Frame::new(wide).width());
            for t in &tables {
                self.shared
                    .insert(std::ptr::from_ref(*t) as usize, widths.clone());
            }
            let Some(rows) = gather.into_rows() else {
                continue;
            };
            let mut rows = rows.into_iter();
            for t in tables {
                let addr = std::ptr::from_ref(t) as usize;
                let header = headers.remove(&addr).unwrap_or_default();
                let rows = rows.by_ref().take(t.rows.len()).collect();
                self.cells.insert(addr, Cells { header, rows });
            }
        }
    }

    /// Prepares inline runs on top of a base style, for the text of structure node `node`
    /// (each link in it gets a node of its own under it).
    pub fn prepare(&mut self, inlines: &[Inline], base: &TextStyle, node: u32) -> Prepared {
        let mut prep = self.plain(inlines, base);
        self.attach_links(&mut prep, node);
        prep
    }

    /// Gives each link style of `prep` its structure node under `node`, in order.
    pub fn attach_links(&mut self, prep: &mut Prepared, node: u32) {
        for style in &mut prep.styles {
            if style.link.is_some() {
                style.node = Some(self.structure.inline(Kind::Link, Some(node)));
            }
        }
    }

    /// Prepares inline runs on top of a base style, links not yet given structure nodes.
    pub fn plain(&mut self, inlines: &[Inline], base: &TextStyle) -> Prepared {
        let mut styles = vec![base.clone()];
        let mut runs = Vec::with_capacity(inlines.len());
        for inline in inlines {
            match inline {
                Inline::Break => runs.push((0, "\n".to_string())),
                Inline::Text(text, s) => {
                    let mut style = base.clone();
                    let bold =
                        s.bold || base.face == FaceId::Bold || base.face == FaceId::BoldItalic;
                    let italic =
                        s.italic || base.face == FaceId::Italic || base.face == FaceId::BoldItalic;
                    style.face = if s.code {
                        FaceId::Mono
                    } else {
                        FaceId::styled(bold, italic)
                    };
                    if s.code {
                        style.size = base.size * 0.92;
                        style.color = st::CODE_TEXT;
                    }
                    if let Some(href) = &s.link {
                        style.color = st::LINK;
                        style.underline = true;
                        style.link = LinkTarget::from_href(href);
                    }
                    style.strike = s.strike;
                    if let Some(kind) = s.status {
                        style.face = FaceId::styled(true, italic);
                        style.color = status_color(kind);
                    }
                    let idx = match styles.iter().position(|x| *x == style) {
                        Some(i) => i,
                        None => {
                            styles.push(style);
                            styles.len() - 1
                        }
                    };
                    runs.push((idx, text.clone()));
                }
            }
        }
        let mut prep = prepare(self.fonts, styles, &runs, &mut self.missing);
        prep.rtl = self.rtl;
        prep
    }

    /// One fragment per wrapped line, aligned and spaced by `(align, lead)`, its text
    /// tagged `tag`.
    pub fn text_frags(
        &mut self,
        prep: &Prepared,
        lines: &[TextLine],
        ctx: Ctx,
        (align, lead): (Align, f32),
        gap: f32,
        tag: Tag,
    ) {
        let base = prep.styles.first().map_or(st::BODY_SIZE, |s| s.size);
        for (i, line) in lines.iter().enumerate() {
            let mut items = Vec::new();
            let baseline = lead * 0.5 + base * 0.34;
            line_items(
                tag, self.fonts, prep, line, ctx.left, ctx.width, align, baseline, &mut items,
            );
            let g = if i == 0 { gap } else { 0.0 };
            self.push(
                Frag {
                    h: lead,
                    gap: g,
                    items,
                    ..Frag::default()
                },
                ctx,
            );
        }
    }

    fn heading(&mut self, level: u8, id: &str, inlines: &[Inline], ctx: Ctx, gap: f32) {
        let (size, _) = st::heading(level);
        let face = if level >= 5 {
            FaceId::BoldItalic
        } else {
            FaceId::Bold
        };
        let title = plain_text(inlines).trim().to_string();
        let kind = if title.is_empty() {
            Kind::Paragraph
        } else {
            Kind::Heading {
                level,
                title: title.clone(),
            }
        };
        let node = self.structure.block(kind, self.parent);
        let prep = self.prepare(
            inlines,
            &TextStyle::plain(face, size, self.accent.unwrap_or(st::HEADING)),
            node,
        );
        let lines = prep.lines(self.fonts, ctx.width);
        let start = self.frags.len();
        let lead = (Align::Left, size * 1.3);
        self.text_frags(&prep, &lines, ctx, lead, gap, Tag::Node(node));
        for f in &mut self.frags[start..] {
            f.keep = true;
        }
        if let Some(f) = self.frags.get_mut(start) {
            f.bookmark = Some(Bookmark {
                level,
                title,
                id: id.to_string(),
            });
        }
        if level == 1 {
            if let Some(f) = self.frags.last_mut() {
                let y = f.h + 2.0;
                f.items.push(Item::Line {
                    x1: ctx.left,
                    y1: y,
                    x2: ctx.left + ctx.width,
                    y2: y,
                    width: 0.8,
                    color: self.accent.unwrap_or(st::HEADING),
                });
                f.h += 4.0;
            }
        }
    }
}

/// A status label's colour: the chart's colour for it, darkened until it reads as text on
/// white (the light green and amber would not).
fn status_color(kind: crate::merge::chart::SegmentKind) -> Rgb {
    let (r, g, b) = kind.rgb();
    let dark = |v: u8| (u16::from(v) * 62 / 100) as u8;
    Rgb(dark(r), dark(g), dark(b))
}

fn gap_before(b: &Block) -> f32 {
    match b {
        Block::Heading { level, .. } => st::heading(*level).1,
        Block::Table(_) | Block::Chart | Block::Heatmap(_) => st::PARA_GAP * 1.5,
        _ => st::PARA_GAP,
    }
}
