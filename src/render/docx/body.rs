//! Markdown events (with the template's marks) → the body's blocks, each already written as
//! WordprocessingML runs: headings, paragraphs (list items with their numbering, quotes, code,
//! rules), `Table:` captions, tables and the chart.
//!
//! One pass over pulldown-cmark's stream through [`crate::render::marks`], the same stream the
//! HTML and PDF renderers read, so the words are the same in every format. Raw HTML is never
//! interpreted: it becomes literal text. Word's layout does the rest, so what is kept here is
//! only what [`super::sections`] needs to place blocks (which table is which kind, where
//! headings are) and what [`super::table`] needs to size columns.

use super::inline::{Inline, Links};
use super::styles::{Resolved, Role};
use super::table::{Align, Cell, Table};
use super::xml;
use crate::render::marks::{is_pure_comment, marked, strip_tokens, ColumnKind, Mark, MarkedEvent};
use pulldown_cmark::{Alignment, Event, Options, Parser, Tag, TagEnd};

/// A block of the body.
#[derive(Debug)]
pub enum Chunk {
    /// A heading of Markdown level `level`, its runs and its plain text (for the contents).
    Heading { level: u8, runs: String, text: String },
    /// A paragraph: its style, the rest of its paragraph properties, its runs.
    Para { style: Role, ppr: String, runs: String },
    /// A `Table: …` paragraph (its runs without `Table: `): the next table's caption, or a
    /// paragraph like any other when no table follows.
    Caption { runs: String },
    Table(Table),
    /// Where the status chart goes.
    Chart,
}

/// The body's blocks, the hyperlinks they use and the ordered lists they number.
#[derive(Debug, Default)]
pub struct Body {
    pub chunks: Vec<Chunk>,
    pub links: Links,
    /// For each ordered list, in order: its nesting level and first number.
    pub ordered: Vec<(u8, u64)>,
}

/// The numbering IDs the body refers to: bullets use `base`, ordered list `k` uses
/// `base + 1 + k`.
#[derive(Debug, Clone, Copy)]
pub struct Numbers {
    pub base: u32,
}

/// An open container.
#[derive(Debug)]
enum Open {
    Quote,
    List { num: u32 },
    /// A list item: whether its first paragraph (which carries the number) is written.
    Item { numbered: bool },
}

/// What inline content currently goes into.
#[derive(Debug)]
enum Leaf {
    None,
    Para { runs: String, caption: bool },
    Heading { level: u8, runs: String, text: String },
    Raw { text: String, code: bool },
    Table { table: Table, row: Vec<Cell>, cell: Cell, head: bool, word: usize },
}

/// Reads `markdown` into blocks.
pub fn parse(markdown: &str, ids: &Resolved, numbers: Numbers, blank: bool) -> Body {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    let mut w = Writer {
        ids,
        numbers,
        inline: Inline::new(blank),
        body: Body::default(),
        stack: Vec::new(),
        leaf: Leaf::None,
        prefix: String::new(),
        pending: String::new(),
    };
    for event in marked(Parser::new_ext(markdown, opts)) {
        match event {
            MarkedEvent::Md(e) => w.event(e),
            MarkedEvent::Mark(m) => w.mark(m),
        }
    }
    w.flush();
    w.close_para();
    w.body
}

struct Writer<'a> {
    ids: &'a Resolved,
    numbers: Numbers,
    inline: Inline,
    body: Body,
    stack: Vec<Open>,
    leaf: Leaf,
    /// Text to put at the start of the next paragraph (a task box, a footnote label).
    prefix: String,
    /// Text events not yet written: pulldown-cmark splits `[To complete]` at its brackets,
    /// and a placeholder is only recognised whole.
    pending: String,
}

impl Writer<'_> {
    /// Writes the text collected from consecutive text events.
    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let text = std::mem::take(&mut self.pending);
            self.text(&text, false);
        }
    }

    fn mark(&mut self, mark: Mark) {
        self.flush();
        match mark {
            Mark::Chart => {
                self.close_para();
                self.body.chunks.push(Chunk::Chart);
            }
            Mark::Table(kind) => {
                if let Leaf::Table { table, .. } = &mut self.leaf {
                    table.kind = Some(kind);
                }
            }
            Mark::Column(kind) => {
                if let Leaf::Table { table, head: true, .. } = &mut self.leaf {
                    let col = table.header.len();
                    table.columns.resize(col + 1, None);
                    table.columns[col] = Some(kind);
                }
            }
            Mark::Status(kind) => self.inline.span(Some(Role::Status(kind))),
            Mark::Applicable(yes) => self.inline.span(Some(Role::Applicable(yes))),
            Mark::End => self.inline.span(None),
        }
    }

    fn event(&mut self, event: Event<'_>) {
        if let Event::Text(t) = &event {
            self.pending.push_str(t);
            return;
        }
        self.flush();
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t, false),
            Event::Code(t) => self.text(&t, true),
            Event::InlineHtml(t) | Event::Html(t) if is_pure_comment(&t) => {}
            Event::Html(t) | Event::InlineHtml(t) => self.text(&t, false),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t, false),
            Event::FootnoteReference(label) => self.text(&format!("[{label}]"), false),
            Event::SoftBreak => self.text(" ", false),
            Event::HardBreak => match &mut self.leaf {
                Leaf::Raw { text, .. } => text.push('\n'),
                Leaf::Table { cell, .. } => Inline::line_break(&mut cell.runs),
                Leaf::Heading { runs, .. } => Inline::line_break(runs),
                _ => {
                    self.ensure_para();
                    if let Leaf::Para { runs, .. } = &mut self.leaf {
                        Inline::line_break(runs);
                    }
                }
            },
            Event::Rule => {
                self.close_para();
                let ppr = "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"B8BEC6\"/></w:pBdr>";
                self.push_para(Role::Normal, ppr.into(), String::new());
            }
            Event::TaskListMarker(done) => {
                self.prefix.push_str(if done { "\u{2612} " } else { "\u{2610} " });
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                self.close_para();
                self.open_para();
            }
            Tag::Heading { level, .. } => {
                self.close_para();
                self.inline.start_block();
                self.leaf = Leaf::Heading {
                    level: level as u8,
                    runs: String::new(),
                    text: String::new(),
                };
            }
            Tag::CodeBlock(_) | Tag::HtmlBlock => {
                self.close_para();
                let code = matches!(tag, Tag::CodeBlock(_));
                self.leaf = Leaf::Raw { text: String::new(), code };
            }
            Tag::BlockQuote(_) => {
                self.close_para();
                self.stack.push(Open::Quote);
            }
            Tag::List(start) => {
                self.close_para();
                let num = match start {
                    None => self.numbers.base,
                    Some(n) => {
                        let level = self.list_depth().min(8) as u8;
                        self.body.ordered.push((level, n));
                        self.numbers.base + self.body.ordered.len() as u32
                    }
                };
                self.stack.push(Open::List { num });
            }
            Tag::Item => {
                self.close_para();
                self.stack.push(Open::Item { numbered: false });
            }
            Tag::FootnoteDefinition(label) => {
                self.close_para();
                self.prefix = format!("[{label}] ");
            }
            Tag::Table(aligns) => {
                self.close_para();
                let aligns = aligns.iter().map(|a| align(*a)).collect();
                self.leaf = Leaf::Table {
                    table: Table::new(aligns),
                    row: Vec::new(),
                    cell: Cell::default(),
                    head: false,
                    word: 0,
                };
            }
            Tag::TableHead => {
                if let Leaf::Table { head, .. } = &mut self.leaf {
                    *head = true;
                }
            }
            Tag::TableCell => {
                self.inline.start_block();
                if let Leaf::Table { cell, word, .. } = &mut self.leaf {
                    *cell = Cell::default();
                    *word = 0;
                }
            }
            Tag::TableRow => {}
            Tag::Emphasis => self.inline.italic(true),
            Tag::Strong => self.inline.bold(true),
            Tag::Strikethrough => self.inline.strike(true),
            Tag::Link { dest_url, .. } => {
                if let Some(runs) = self.runs() {
                    let mut out = std::mem::take(runs);
                    self.inline.open_link(&mut out, &dest_url, &mut self.body.links);
                    if let Some(runs) = self.runs() {
                        *runs = out;
                    }
                }
            }
            Tag::Image { .. } => self.text("[image: ", false),
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
            TagEnd::Paragraph => self.close_para(),
            TagEnd::Heading(_) => {
                if let Leaf::Heading { level, runs, text } = std::mem::replace(&mut self.leaf, Leaf::None) {
                    let text = text.trim().to_string();
                    self.body.chunks.push(Chunk::Heading { level, runs, text });
                }
            }
            TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                if let Leaf::Raw { text, code } = std::mem::replace(&mut self.leaf, Leaf::None) {
                    self.raw_block(&text, code);
                }
            }
            TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item => {
                self.close_para();
                self.stack.pop();
            }
            TagEnd::FootnoteDefinition => self.close_para(),
            TagEnd::TableCell => {
                let mut closing = String::new();
                self.inline.close_link(&mut closing);
                self.inline.span(None);
                if let Leaf::Table { table, row, cell, head, .. } = &mut self.leaf {
                    cell.runs.push_str(&closing);
                    let done = std::mem::take(cell);
                    if *head {
                        table.header.push(done);
                    } else {
                        row.push(done);
                    }
                }
            }
            TagEnd::TableHead => {
                if let Leaf::Table { head, .. } = &mut self.leaf {
                    *head = false;
                }
            }
            TagEnd::TableRow => {
                if let Leaf::Table { table, row, head: false, .. } = &mut self.leaf {
                    table.rows.push(std::mem::take(row));
                }
            }
            TagEnd::Table => {
                if let Leaf::Table { table, .. } = std::mem::replace(&mut self.leaf, Leaf::None) {
                    self.body.chunks.push(Chunk::Table(table));
                }
            }
            TagEnd::Emphasis => self.inline.italic(false),
            TagEnd::Strong => self.inline.bold(false),
            TagEnd::Strikethrough => self.inline.strike(false),
            TagEnd::Link => {
                if let Some(runs) = self.runs() {
                    let mut out = std::mem::take(runs);
                    self.inline.close_link(&mut out);
                    if let Some(runs) = self.runs() {
                        *runs = out;
                    }
                }
            }
            TagEnd::Image => self.text("]", false),
            _ => {}
        }
    }

    /// The runs of the current leaf (opening a paragraph for loose text in a list item).
    fn runs(&mut self) -> Option<&mut String> {
        self.ensure_para();
        match &mut self.leaf {
            Leaf::Para { runs, .. } | Leaf::Heading { runs, .. } => Some(runs),
            Leaf::Table { cell, .. } => Some(&mut cell.runs),
            Leaf::Raw { .. } | Leaf::None => None,
        }
    }

    fn text(&mut self, t: &str, code: bool) {
        self.ensure_para();
        let ids = self.ids;
        match &mut self.leaf {
            Leaf::Raw { text, .. } => text.push_str(t),
            Leaf::Heading { runs, text, .. } => {
                text.push_str(t);
                write(&mut self.inline, runs, t, code, ids);
            }
            Leaf::Table { table, row, cell, word, head } => {
                // Lines may break after a space, a hyphen or a slash; a date stays whole.
                let col = if *head { table.header.len() } else { row.len() };
                let date = table.columns.get(col) == Some(&Some(ColumnKind::Date));
                for c in t.chars() {
                    *word = if c.is_whitespace() { 0 } else { *word + 1 };
                    cell.word = cell.word.max(*word);
                    if matches!(c, '-' | '/') && !date {
                        *word = 0;
                    }
                }
                cell.chars += t.chars().count();
                write(&mut self.inline, &mut cell.runs, t, code, ids);
            }
            Leaf::Para { runs, caption } => {
                let mut t = t;
                if runs.is_empty() && !code && self.stack.is_empty() {
                    if let Some(rest) = t.strip_prefix("Table: ") {
                        *caption = true;
                        t = rest;
                    }
                }
                write(&mut self.inline, runs, t, code, ids);
            }
            Leaf::None => {}
        }
    }

    /// Loose inline content in a list item opens a paragraph of its own.
    fn ensure_para(&mut self) {
        if matches!(self.leaf, Leaf::None) {
            self.open_para();
        }
    }

    fn open_para(&mut self) {
        self.inline.start_block();
        self.leaf = Leaf::Para {
            runs: String::new(),
            caption: false,
        };
        if !self.prefix.is_empty() {
            let prefix = std::mem::take(&mut self.prefix);
            self.text(&prefix, false);
        }
    }

    fn close_para(&mut self) {
        let Leaf::Para { mut runs, caption } = std::mem::replace(&mut self.leaf, Leaf::None) else {
            return;
        };
        self.inline.close_link(&mut runs);
        self.inline.span(None);
        if caption {
            self.body.chunks.push(Chunk::Caption { runs });
            return;
        }
        let (style, ppr) = self.para_context();
        self.push_para(style, ppr, runs);
    }

    fn push_para(&mut self, style: Role, ppr: String, runs: String) {
        self.body.chunks.push(Chunk::Para { style, ppr, runs });
    }

    /// The style and numbering of a paragraph opened here.
    fn para_context(&mut self) -> (Role, String) {
        let depth = self.list_depth();
        let quoted = matches!(self.stack.last(), Some(Open::Quote));
        let num = self.stack.iter().rev().find_map(|o| match o {
            Open::List { num } => Some(*num),
            _ => None,
        });
        let item = self.stack.iter_mut().rev().find_map(|o| match o {
            Open::Item { numbered } => Some(numbered),
            _ => None,
        });
        match (item, num) {
            (Some(numbered), Some(num)) if depth > 0 => {
                let level = depth.min(9) - 1;
                let ppr = if *numbered {
                    format!("<w:ind w:left=\"{}\"/>", 720 + 360 * level)
                } else {
                    format!("<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{num}\"/></w:numPr>")
                };
                *numbered = true;
                (Role::ListParagraph, ppr)
            }
            _ if quoted => (Role::Quote, String::new()),
            _ => (Role::Normal, String::new()),
        }
    }

    fn list_depth(&self) -> usize {
        self.stack.iter().filter(|o| matches!(o, Open::List { .. })).count()
    }

    /// A code block, or raw HTML shown as the text it is.
    fn raw_block(&mut self, text: &str, code: bool) {
        let text = if code {
            text.strip_suffix('\n').unwrap_or(text).to_string()
        } else {
            let (kept, _) = strip_tokens(text);
            if is_pure_comment(&kept) || kept.trim().is_empty() {
                return;
            }
            kept.trim_end().to_string()
        };
        let mut runs = String::from("<w:r>");
        xml::run_text(&mut runs, &text);
        runs.push_str("</w:r>");
        let style = if code { Role::CodeBlock } else { Role::Normal };
        self.push_para(style, String::new(), runs);
    }
}

fn write(inline: &mut Inline, runs: &mut String, t: &str, code: bool, ids: &Resolved) {
    if code {
        inline.code(runs, t, ids);
    } else {
        inline.text(runs, t, ids);
    }
}

fn align(a: Alignment) -> Align {
    match a {
        Alignment::Center => Align::Center,
        Alignment::Right => Align::Right,
        Alignment::Left | Alignment::None => Align::Left,
    }
}
