//! pulldown-cmark events → the block tree of [`super::blocks`].
//!
//! A small state machine: a stack of open containers (quotes, lists, list items, footnote
//! definitions) and the leaf being filled (paragraph, heading, code, HTML, table). Tight
//! list items get their loose inline text wrapped in a paragraph. HTML, inline or block,
//! is kept as text: the PDF never interprets it. Marks ([`crate::render::marks`]) arrive as
//! data: the chart mark becomes [`Block::Chart`], a table's and its columns' kinds go on the
//! [`Table`]; a status span in a table cell becomes its label's style (bold, in the status's
//! colour) with what follows it on a new line; applicability spans leave their words as
//! plain text.

use super::blocks::{Align, Block, Inline, InlineStyle, ListItem, Table};
use crate::render::marks::{is_pure_comment, strip_tokens, Mark, MarkedEvent};
use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag, TagEnd};

/// Deepest nesting of quotes, lists and items kept as such.
const MAX_DEPTH: usize = 40;

/// Builds the block tree from a stream of events.
pub fn collect<'a>(events: impl Iterator<Item = MarkedEvent<'a>>) -> Vec<Block> {
    let mut b = Collector::default();
    for event in events {
        match event {
            MarkedEvent::Md(e) => b.event(e),
            MarkedEvent::Mark(m) => b.mark(m),
        }
    }
    b.finish()
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
struct Collector {
    stack: Vec<Open>,
    /// Containers opened beyond [`MAX_DEPTH`], whose content joins their parent.
    flattened: usize,
    leaf: Leaf,
    inlines: Vec<Inline>,
    raw: String,
    style: InlineStyle,
    /// A status label just ended in a table cell: what follows starts on a new line.
    after_status: bool,
}

impl Default for Collector {
    fn default() -> Self {
        Collector {
            stack: vec![Open::Root(Vec::new())],
            flattened: 0,
            leaf: Leaf::None,
            inlines: Vec::new(),
            raw: String::new(),
            style: InlineStyle::default(),
            after_status: false,
        }
    }
}

impl Collector {
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
            _ if std::mem::take(&mut self.after_status) => {
                // "Planned, target 2027-02-26: reason" → the label, then on its own line
                // "target 2027-02-26: reason".
                let rest = text.trim_start_matches([',', ':', ';', '.', ' ']);
                if !rest.is_empty() {
                    self.inlines.push(Inline::Break);
                    self.inlines
                        .push(Inline::Text(rest.to_string(), self.style.clone()));
                } else {
                    self.after_status = true;
                }
            }
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

    fn mark(&mut self, mark: Mark) {
        match (mark, &mut self.leaf) {
            (Mark::Chart, _) => {
                self.flush_loose();
                self.push_block(Block::Chart);
            }
            (Mark::Heatmap(kind), _) => {
                self.flush_loose();
                self.push_block(Block::Heatmap(kind));
            }
            (Mark::Table(kind), Leaf::Table(table, _, _)) => table.kind = Some(kind),
            (Mark::Status(kind), Leaf::Table(..)) => self.style.status = Some(kind),
            (Mark::End, Leaf::Table(..)) if self.style.status.is_some() => {
                self.style.status = None;
                self.after_status = true;
            }
            (Mark::Column(kind), Leaf::Table(table, _, true)) => {
                let col = table.header.len();
                table.columns.resize(col + 1, None);
                table.columns[col] = Some(kind);
            }
            _ => {}
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
            Event::InlineHtml(t) if is_pure_comment(&t) => {}
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
                self.open(Open::Quote(Vec::new()));
            }
            Tag::List(start) => {
                self.flush_loose();
                self.open(Open::List(start, Vec::new()));
            }
            Tag::Item => self.open(Open::Item(None, Vec::new())),
            Tag::FootnoteDefinition(label) => {
                self.flush_loose();
                self.open(Open::Footnote(label.to_string(), Vec::new()));
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
                let (text, _) = strip_tokens(&std::mem::take(&mut self.raw));
                if !is_pure_comment(&text) && !text.trim().is_empty() {
                    self.push_block(Block::Html(text.trim_end().to_string()));
                }
            }
            TagEnd::BlockQuote(_) | TagEnd::List(_) => self.close(),
            TagEnd::Item | TagEnd::FootnoteDefinition => {
                self.flush_loose();
                self.close();
            }
            TagEnd::TableCell => {
                self.after_status = false;
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

    /// Opens a container, or flattens it into its parent when nesting is too deep (the later
    /// stages recurse over the tree; a pathological input must not exhaust the stack).
    fn open(&mut self, container: Open) {
        if self.stack.len() < MAX_DEPTH {
            self.stack.push(container);
        } else {
            self.flattened += 1;
        }
    }

    fn close(&mut self) {
        if self.flattened > 0 {
            self.flattened -= 1;
        } else {
            self.close_container();
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
