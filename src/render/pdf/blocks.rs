//! Markdown → blocks: the first stage of the PDF engine.
//!
//! pulldown-cmark gives a flat stream of events; the layout wants a tree it can measure:
//! headings, paragraphs made of styled inline runs, (nested) lists, GFM tables with their
//! alignments, block quotes, code blocks, rules and the chart marker. Raw HTML is never
//! interpreted: it becomes literal text, like everything else a user typed. A paragraph
//! starting with `Table: ` right before a table becomes that table's caption. The template's
//! marks arrive through [`crate::render::marks`].

use crate::render::marks::{marked, ColumnKind, TableKind};
use pulldown_cmark::{Options, Parser};

/// How a run of inline text is styled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InlineStyle {
    pub bold: bool,
    pub italic: bool,
    pub code: bool,
    pub strike: bool,
    /// Link destination as written (only made clickable for http(s) and `#anchor`).
    pub link: Option<String>,
    /// A decision's implementation status (its mark's words): set in bold, in the status's
    /// colour, alone on its line in a table cell.
    pub status: Option<crate::merge::chart::SegmentKind>,
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
    /// What the template's mark says the table is.
    pub kind: Option<TableKind>,
    /// What the header cells' marks say each column holds (shorter when the last have none).
    pub columns: Vec<Option<ColumnKind>>,
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
    /// A risk heat map (its mark names which).
    Heatmap(crate::merge::heatmap::HeatmapKind),
}

/// Parses Markdown into blocks.
pub fn parse(markdown: &str) -> Vec<Block> {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    let mut blocks = super::events::collect(marked(Parser::new_ext(markdown, opts)));
    attach_captions(&mut blocks);
    assign_heading_ids(&mut blocks, &mut Vec::new());
    blocks
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
