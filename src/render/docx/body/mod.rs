//! Markdown events (with the template's marks) → the body's blocks, each already written as
//! WordprocessingML runs: headings, paragraphs (list items with their numbering, quotes, code,
//! rules), `Table:` captions, tables and the chart.
//!
//! One pass over pulldown-cmark's stream through [`crate::render::marks`], the same stream the
//! HTML and PDF renderers read, so the words are the same in every format. Raw HTML is never
//! interpreted: it becomes literal text. Word's layout does the rest, so what is kept here is
//! only what [`super::sections`] needs to place blocks (which table is which kind, where
//! headings are) and what [`super::table`] needs to size columns.

mod paras;
mod tags;

use super::inline::{Inline, Links};
use super::styles::{Resolved, Role};
use super::table::{Cell, Table};
use crate::merge::heatmap::HeatmapKind;
use crate::render::marks::{is_pure_comment, marked, Mark, MarkedEvent};
use pulldown_cmark::{Event, Options, Parser};

/// A block of the body.
#[derive(Debug)]
pub enum Chunk {
    /// A heading of Markdown level `level`, its runs and its plain text (for the contents).
    Heading {
        level: u8,
        runs: String,
        text: String,
    },
    /// A paragraph: its style, the rest of its paragraph properties, its runs.
    Para {
        style: Role,
        ppr: String,
        runs: String,
    },
    /// A `Table: …` paragraph (its runs without `Table: `): the next table's caption, or a
    /// paragraph like any other when no table follows.
    Caption {
        runs: String,
    },
    Table(Table),
    /// Where the status chart goes.
    Chart,
    /// Where a risk heat map goes.
    Heatmap(HeatmapKind),
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
    List {
        num: u32,
    },
    /// A list item: whether its first paragraph (which carries the number) is written.
    Item {
        numbered: bool,
    },
}

/// What inline content currently goes into.
#[derive(Debug)]
enum Leaf {
    None,
    Para {
        runs: String,
        caption: bool,
    },
    Heading {
        level: u8,
        runs: String,
        text: String,
    },
    Raw {
        text: String,
        code: bool,
    },
    Table {
        table: Table,
        row: Vec<Cell>,
        cell: Cell,
        head: bool,
        /// The word being measured: its length, and the length of its part since the last
        /// hyphen or slash.
        word: (usize, usize),
    },
}

/// Reads `markdown` into blocks.
pub fn parse(
    markdown: &str,
    ids: &Resolved,
    numbers: Numbers,
    (blank, todo): (bool, &str),
) -> Body {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    let mut w = Writer {
        ids,
        numbers,
        inline: Inline::with_todo(blank, todo),
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
    pub(super) fn flush(&mut self) {
        if !self.pending.is_empty() {
            let text = std::mem::take(&mut self.pending);
            self.text(&text, false);
        }
    }

    pub(super) fn mark(&mut self, mark: Mark) {
        self.flush();
        match mark {
            Mark::Chart => {
                self.close_para();
                self.body.chunks.push(Chunk::Chart);
            }
            Mark::Heatmap(kind) => {
                self.close_para();
                self.body.chunks.push(Chunk::Heatmap(kind));
            }
            Mark::Table(kind) => {
                if let Leaf::Table { table, .. } = &mut self.leaf {
                    table.kind = Some(kind);
                }
            }
            Mark::Column(kind) => {
                if let Leaf::Table {
                    table, head: true, ..
                } = &mut self.leaf
                {
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

    pub(super) fn event(&mut self, event: Event<'_>) {
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
                self.prefix
                    .push_str(if done { "\u{2612} " } else { "\u{2610} " });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::docx::styles::{resolve, Look};
    use crate::render::marks::TableKind;

    #[test]
    fn lists_captions_and_tables_come_out_as_blocks() {
        let ids = resolve(None, &Look::default());
        let md =
            "# Title\n\n- a\n- b\n\n3. x\n\nTable: Caption\n\n<!-- annexa:table controls -->\n\
                  | ID | Words |\n|---|---|\n| T-01 | LUM-POL-02-and-some-more |\n";
        let body = parse(md, &ids, Numbers { base: 7 }, (false, ""));
        let kinds: Vec<String> = body
            .chunks
            .iter()
            .map(|c| match c {
                Chunk::Heading { level, .. } => format!("h{level}"),
                Chunk::Para { style, ppr, .. } => format!("{style:?} {ppr}"),
                Chunk::Caption { .. } => "caption".into(),
                Chunk::Table(t) => format!("table {:?}", t.kind),
                Chunk::Chart | Chunk::Heatmap(_) => "figure".into(),
            })
            .collect();
        let bullet = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"7\"/></w:numPr>";
        let ordered = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"8\"/></w:numPr>";
        assert_eq!(
            kinds,
            [
                "h1".to_string(),
                format!("ListParagraph {bullet}"),
                format!("ListParagraph {bullet}"),
                format!("ListParagraph {ordered}"),
                "caption".into(),
                format!("table {:?}", Some(TableKind::Controls)),
            ]
        );
        assert_eq!(body.ordered, [(0, 3)], "the ordered list starts at 3");
        let Some(Chunk::Table(t)) = body.chunks.last() else {
            panic!("no table")
        };
        assert_eq!(t.rows[0][0].word, 4, "`T-01` stays whole");
        assert_eq!(t.rows[0][1].word, 10, "a long hyphenated word may break");
    }
}
