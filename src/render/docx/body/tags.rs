//! The block and inline tags of the event stream: what each opens and closes.

use super::{Chunk, Leaf, Open, Writer};
use crate::render::docx::table::{Align, Cell, Table};
use pulldown_cmark::{Alignment, Tag, TagEnd};

impl Writer<'_> {
    pub(super) fn start(&mut self, tag: Tag<'_>) {
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
                self.leaf = Leaf::Raw {
                    text: String::new(),
                    code,
                };
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
                    word: (0, 0),
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
                    *word = (0, 0);
                }
            }
            Tag::TableRow => {}
            inline => self.start_inline(inline),
        }
    }

    /// Opens an inline style or a link.
    fn start_inline(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Emphasis => self.inline.italic(true),
            Tag::Strong => self.inline.bold(true),
            Tag::Strikethrough => self.inline.strike(true),
            Tag::Link { dest_url, .. } => {
                if let Some(runs) = self.runs() {
                    let mut out = std::mem::take(runs);
                    self.inline
                        .open_link(&mut out, &dest_url, &mut self.body.links);
                    if let Some(runs) = self.runs() {
                        *runs = out;
                    }
                }
            }
            Tag::Image { .. } => self.text("[image: ", false),
            _ => {}
        }
    }

    pub(super) fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.close_para(),
            TagEnd::Heading(_) => {
                if let Leaf::Heading { level, runs, text } =
                    std::mem::replace(&mut self.leaf, Leaf::None)
                {
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
            TagEnd::TableCell | TagEnd::TableHead | TagEnd::TableRow | TagEnd::Table => {
                self.end_table_part(tag);
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

    /// Closes a cell, the header, a row or the table.
    fn end_table_part(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::TableCell => {
                let mut closing = String::new();
                self.inline.close_link(&mut closing);
                self.inline.span(None);
                if let Leaf::Table {
                    table,
                    row,
                    cell,
                    head,
                    ..
                } = &mut self.leaf
                {
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
                if let Leaf::Table {
                    table,
                    row,
                    head: false,
                    ..
                } = &mut self.leaf
                {
                    table.rows.push(std::mem::take(row));
                }
            }
            TagEnd::Table => {
                if let Leaf::Table { table, .. } = std::mem::replace(&mut self.leaf, Leaf::None) {
                    self.body.chunks.push(Chunk::Table(table));
                }
            }
            _ => {}
        }
    }
}

fn align(a: Alignment) -> Align {
    match a {
        Alignment::Center => Align::Center,
        Alignment::Right => Align::Right,
        Alignment::Left | Alignment::None => Align::Left,
    }
}
