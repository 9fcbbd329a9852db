//! Markdown → blocks: the first stage of the PDF engine.
//!
//! pulldown-cmark gives a flat stream of events; the layout wants a tree it can measure:
//! headings, paragraphs made of styled inline runs, (nested) lists, GFM tables with their
//! alignments, block quotes, code blocks, rules and the chart marker. Raw HTML is never
//! interpreted: it becomes literal text, like everything else a user typed. A paragraph
//! starting with `Table: ` right before a table becomes that table's caption.

use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// The exact HTML block that marks where the status chart goes.
pub const CHART_MARKER: &str = "<!-- annexa:chart -->";

/// How a run of inline text is styled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InlineStyle {
    pub bold: bool,
    pub italic: bool,
    pub code: bool,
    pub strike: bool,
    /// Link destination as written (only made clickable for http(s) and `#anchor`).
    pub link: Option<String>,
}

/// One inline element: styled text or a hard line break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String, InlineStyle),
    Break,
}

/// Column alignment of a GFM table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// A GFM table: header row, body rows (each a list of cells of inlines).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub caption: Option<Vec<Inline>>,
    pub aligns: Vec<Align>,
    pub header: Vec<Vec<Inline>>,
    pub rows: Vec<Vec<Vec<Inline>>>,
}

impl Table {
    /// Number of columns (the widest of the alignment row, header and body rows).
    pub fn columns(&self) -> usize {
        let body = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        self.aligns.len().max(self.header.len()).max(body)
    }
}

/// A list item: its blocks, and the task-list state if it has a checkbox.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    pub task: Option<bool>,
    pub blocks: Vec<Block>,
}

/// A block-level element.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading {
        level: u8,
        id: String,
        inlines: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    List {
        start: Option<u64>,
        items: Vec<ListItem>,
    },
    Table(Table),
    Quote(Vec<Block>),
    Code(String),
    /// Raw HTML shown verbatim, never interpreted.
    Html(String),
    Rule,
    Chart,
}

/// Parses Markdown into blocks.
pub fn parse(markdown: &str) -> Vec<Block> {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    let mut b = Builder::default();
    for event in Parser::new_ext(markdown, opts) {
        b.event(event);
    }
    let mut blocks = b.finish();
    attach_captions(&mut blocks);
    assign_heading_ids(&mut blocks, &mut Vec::new());
    blocks
}

/// An open container while events stream in.
#[derive(Debug)]
enum Open {
    Root(Vec<Block>),
    Quote(Vec<Block>),
    List(Option<u64>, Vec<ListItem>),
    Item(Option<bool>, Vec<Block>),
    Footnote(String, Vec<Block>),
}

impl Open {
    fn blocks(&mut self) -> Option<&mut Vec<Block>> {
        match self {
            Open::Root(b) | Open::Quote(b) | Open::Item(_, b) | Open::Footnote(_, b) => Some(b),
            Open::List(..) => None,
        }
    }
}

/// What inline text is currently being collected for.
#[derive(Debug)]
enum Leaf {
    None,
    Para,
    Heading(u8),
    Code,
    Html,
    Table(Table, Vec<Vec<Inline>>, bool),
}

#[derive(Debug)]
struct Builder {
    stack: Vec<Open>,
    leaf: Leaf,
    inlines: Vec<Inline>,
    raw: String,
    style: InlineStyle,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            stack: vec![Open::Root(Vec::new())],
            leaf: Leaf::None,
            inlines: Vec::new(),
            raw: String::new(),
            style: InlineStyle::default(),
        }
    }
}

impl Builder {
    fn push_block(&mut self, block: Block) {
        // Tight list items hold inline text directly: wrap it in the item's block list.
        for open in self.stack.iter_mut().rev() {
            if let Some(blocks) = open.blocks() {
                blocks.push(block);
                return;
            }
        }
    }

    fn text(&mut self, text: &str) {
        match self.leaf {
            Leaf::Code | Leaf::Html => self.raw.push_str(text),
            _ => self
                .inlines
                .push(Inline::Text(text.to_string(), self.style.clone())),
        }
    }

    /// Inline text that arrived outside any paragraph (tight list items).
    fn flush_loose(&mut self) {
        if matches!(self.leaf, Leaf::None) && !self.inlines.is_empty() {
            let inlines = std::mem::take(&mut self.inlines);
            self.push_block(Block::Paragraph(inlines));
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t),
            Event::Code(t) => {
                let style = InlineStyle {
                    code: true,
                    ..self.style.clone()
                };
                self.inlines.push(Inline::Text(t.to_string(), style));
            }
            Event::Html(t) | Event::InlineHtml(t) => self.text(&t),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
            Event::FootnoteReference(label) => self.text(&format!("[{label}]")),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.inlines.push(Inline::Break),
            Event::Rule => {
                self.flush_loose();
                self.push_block(Block::Rule);
            }
            Event::TaskListMarker(done) => {
                if let Some(Open::Item(task, _)) = self.stack.last_mut() {
                    *task = Some(done);
                }
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                self.flush_loose();
                self.leaf = Leaf::Para;
            }
            Tag::Heading { level, .. } => {
                self.flush_loose();
                self.leaf = Leaf::Heading(heading_level(level));
            }
            Tag::CodeBlock(_) => {
                self.flush_loose();
                self.leaf = Leaf::Code;
            }
            Tag::HtmlBlock => {
                self.flush_loose();
                self.leaf = Leaf::Html;
            }
            Tag::BlockQuote(_) => {
                self.flush_loose();
                self.stack.push(Open::Quote(Vec::new()));
            }
            Tag::List(start) => {
                self.flush_loose();
                self.stack.push(Open::List(start, Vec::new()));
            }
            Tag::Item => self.stack.push(Open::Item(None, Vec::new())),
            Tag::FootnoteDefinition(label) => {
                self.flush_loose();
                self.stack
                    .push(Open::Footnote(label.to_string(), Vec::new()));
            }
            Tag::Table(aligns) => {
                self.flush_loose();
                let aligns = aligns.iter().map(|a| convert_align(*a)).collect();
                self.leaf = Leaf::Table(
                    Table {
                        aligns,
                        ..Table::default()
                    },
                    Vec::new(),
                    false,
                );
            }
            Tag::TableHead => {
                if let Leaf::Table(_, _, head) = &mut self.leaf {
                    *head = true;
                }
            }
            Tag::TableRow | Tag::TableCell => {}
            Tag::Emphasis => self.style.italic = true,
            Tag::Strong => self.style.bold = true,
            Tag::Strikethrough => self.style.strike = true,
            Tag::Link { dest_url, .. } => self.style.link = Some(dest_url.to_string()),
            Tag::Image { .. } => self.text("[image: "),
            Tag::Superscript
            | Tag::Subscript
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::MetadataBlock(_) => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                self.leaf = Leaf::None;
                let inlines = std::mem::take(&mut self.inlines);
                self.push_block(Block::Paragraph(inlines));
            }
            TagEnd::Heading(_) => {
                let level = match self.leaf {
                    Leaf::Heading(l) => l,
                    _ => 1,
                };
                self.leaf = Leaf::None;
                let inlines = std::mem::take(&mut self.inlines);
                self.push_block(Block::Heading {
                    level,
                    id: String::new(),
                    inlines,
                });
            }
            TagEnd::CodeBlock => {
                self.leaf = Leaf::None;
                let mut text = std::mem::take(&mut self.raw);
                if text.ends_with('\n') {
                    text.pop();
                }
                self.push_block(Block::Code(text));
            }
            TagEnd::HtmlBlock => {
                self.leaf = Leaf::None;
                let text = std::mem::take(&mut self.raw);
                let block = if text.trim() == CHART_MARKER {
                    Block::Chart
                } else {
                    Block::Html(text.trim_end().to_string())
                };
                self.push_block(block);
            }
            TagEnd::BlockQuote(_) => self.close_container(),
            TagEnd::List(_) => self.close_container(),
            TagEnd::Item => {
                self.flush_loose();
                self.close_container();
            }
            TagEnd::FootnoteDefinition => {
                self.flush_loose();
                self.close_container();
            }
            TagEnd::TableCell => {
                let cell = std::mem::take(&mut self.inlines);
                if let Leaf::Table(table, row, head) = &mut self.leaf {
                    if *head {
                        table.header.push(cell);
                    } else {
                        row.push(cell);
                    }
                }
            }
            TagEnd::TableHead => {
                if let Leaf::Table(_, _, head) = &mut self.leaf {
                    *head = false;
                }
            }
            TagEnd::TableRow => {
                if let Leaf::Table(table, row, false) = &mut self.leaf {
                    table.rows.push(std::mem::take(row));
                }
            }
            TagEnd::Table => {
                if let Leaf::Table(table, _, _) = std::mem::replace(&mut self.leaf, Leaf::None) {
                    self.push_block(Block::Table(table));
                }
            }
            TagEnd::Emphasis => self.style.italic = false,
            TagEnd::Strong => self.style.bold = false,
            TagEnd::Strikethrough => self.style.strike = false,
            TagEnd::Link => self.style.link = None,
            TagEnd::Image => self.text("]"),
            _ => {}
        }
    }

    fn close_container(&mut self) {
        let Some(open) = self.stack.pop() else { return };
        match open {
            Open::Root(blocks) => self.stack.push(Open::Root(blocks)),
            Open::Quote(blocks) => self.push_block(Block::Quote(blocks)),
            Open::List(start, items) => self.push_block(Block::List { start, items }),
            Open::Item(task, blocks) => {
                if let Some(Open::List(_, items)) = self.stack.last_mut() {
                    items.push(ListItem { task, blocks });
                } else {
                    self.push_block(Block::Quote(blocks));
                }
            }
            Open::Footnote(label, mut blocks) => {
                let mark = Inline::Text(format!("[{label}] "), InlineStyle::default());
                match blocks.first_mut() {
                    Some(Block::Paragraph(inl)) => inl.insert(0, mark),
                    _ => blocks.insert(0, Block::Paragraph(vec![mark])),
                }
                for b in blocks {
                    self.push_block(b);
                }
            }
        }
    }

    fn finish(mut self) -> Vec<Block> {
        self.flush_loose();
        while self.stack.len() > 1 {
            self.close_container();
        }
        match self.stack.pop() {
            Some(Open::Root(blocks)) => blocks,
            _ => Vec::new(),
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn convert_align(a: Alignment) -> Align {
    match a {
        Alignment::Center => Align::Center,
        Alignment::Right => Align::Right,
        Alignment::Left | Alignment::None => Align::Left,
    }
}

/// Plain text of inline runs (breaks become spaces).
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut s = String::new();
    for i in inlines {
        match i {
            Inline::Text(t, _) => s.push_str(t),
            Inline::Break => s.push(' '),
        }
    }
    s
}

/// Turns a `Table: …` paragraph that directly precedes a table into its caption.
fn attach_captions(blocks: &mut Vec<Block>) {
    let mut i = 0;
    while i < blocks.len() {
        match &mut blocks[i] {
            Block::Quote(inner) => attach_captions(inner),
            Block::List { items, .. } => items
                .iter_mut()
                .for_each(|it| attach_captions(&mut it.blocks)),
            _ => {}
        }
        let caption = match (blocks.get(i), blocks.get(i + 1)) {
            (Some(Block::Paragraph(inl)), Some(Block::Table(_))) => strip_caption(inl),
            _ => None,
        };
        if let Some(caption) = caption {
            blocks.remove(i);
            if let Some(Block::Table(t)) = blocks.get_mut(i) {
                t.caption = Some(caption);
            }
        }
        i += 1;
    }
}

fn strip_caption(inlines: &[Inline]) -> Option<Vec<Inline>> {
    let Some(Inline::Text(first, style)) = inlines.first() else {
        return None;
    };
    let rest = first.strip_prefix("Table: ")?;
    let mut out = Vec::with_capacity(inlines.len());
    if !rest.is_empty() {
        out.push(Inline::Text(rest.to_string(), style.clone()));
    }
    out.extend(inlines[1..].iter().cloned());
    Some(out)
}

/// GitHub-style slugs for headings, deduplicated with `-1`, `-2` … (as the HTML renderer).
fn assign_heading_ids(blocks: &mut [Block], seen: &mut Vec<String>) {
    for b in blocks {
        match b {
            Block::Heading { id, inlines, .. } => {
                let base = slug(&plain_text(inlines));
                let mut candidate = base.clone();
                let mut n = 0;
                while seen.contains(&candidate) {
                    n += 1;
                    candidate = format!("{base}-{n}");
                }
                seen.push(candidate.clone());
                *id = candidate;
            }
            Block::Quote(inner) => assign_heading_ids(inner, seen),
            Block::List { items, .. } => {
                for it in items {
                    assign_heading_ids(&mut it.blocks, seen);
                }
            }
            _ => {}
        }
    }
}

/// Lower-case, alphanumerics kept, spaces and hyphens to `-`, everything else dropped.
pub fn slug(text: &str) -> String {
    let mut s = String::new();
    for c in text.trim().chars() {
        if c.is_alphanumeric() || c == '_' {
            s.extend(c.to_lowercase());
        } else if c == ' ' || c == '-' {
            s.push('-');
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_string(), InlineStyle::default())
    }

    #[test]
    fn caption_attaches_to_following_table() {
        let md = "Table: Controls\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n";
        let blocks = parse(md);
        assert_eq!(blocks.len(), 1);
        let Block::Table(t) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(t.caption, Some(vec![text("Controls")]));
        assert_eq!(t.aligns, vec![Align::Left, Align::Right]);
        assert_eq!(t.header.len(), 2);
        assert_eq!(t.rows, vec![vec![vec![text("1")], vec![text("2")]]]);
    }

    #[test]
    fn chart_marker_and_raw_html() {
        let md = "<!-- annexa:chart -->\n\n<script>alert(1)</script>\n\nx <b>y</b>\n";
        let blocks = parse(md);
        assert_eq!(blocks[0], Block::Chart);
        assert_eq!(blocks[1], Block::Html("<script>alert(1)</script>".into()));
        let Block::Paragraph(p) = &blocks[2] else {
            panic!()
        };
        assert_eq!(plain_text(p), "x <b>y</b>");
    }

    #[test]
    fn nested_lists_and_tasks() {
        let md = "- a\n  - b\n- [x] c\n\n1. one\n2. two\n";
        let blocks = parse(md);
        let Block::List { start: None, items } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(items.len(), 2);
        assert!(matches!(items[0].blocks[1], Block::List { .. }));
        assert_eq!(items[1].task, Some(true));
        assert!(matches!(blocks[1], Block::List { start: Some(1), .. }));
    }

    #[test]
    fn inline_styles_and_heading_ids() {
        let blocks = parse("# Intro\n\n## Intro\n\n**b** *i* `c` [l](https://x.y)\n");
        assert!(matches!(&blocks[1], Block::Heading { id, .. } if id == "intro-1"));
        let Block::Paragraph(p) = &blocks[2] else {
            panic!()
        };
        let styles: Vec<_> = p
            .iter()
            .filter_map(|i| match i {
                Inline::Text(t, s) if !t.trim().is_empty() => Some(s.clone()),
                _ => None,
            })
            .collect();
        assert!(styles[0].bold && styles[1].italic && styles[2].code);
        assert_eq!(styles[3].link.as_deref(), Some("https://x.y"));
    }
}
