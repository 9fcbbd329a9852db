//! Paragraphs: where inline text goes, and the style and numbering a paragraph takes from the
//! containers it is in (list items, quotes).

use super::{Chunk, Leaf, Open, Writer};
use crate::render::docx::inline::Inline;
use crate::render::docx::styles::{Resolved, Role};
use crate::render::docx::xml;
use crate::render::marks::{is_pure_comment, strip_tokens, ColumnKind};

impl Writer<'_> {
    /// The runs of the current leaf (opening a paragraph for loose text in a list item).
    pub(super) fn runs(&mut self) -> Option<&mut String> {
        self.ensure_para();
        match &mut self.leaf {
            Leaf::Para { runs, .. } | Leaf::Heading { runs, .. } => Some(runs),
            Leaf::Table { cell, .. } => Some(&mut cell.runs),
            Leaf::Raw { .. } | Leaf::None => None,
        }
    }

    pub(super) fn text(&mut self, t: &str, code: bool) {
        self.ensure_para();
        let ids = self.ids;
        match &mut self.leaf {
            Leaf::Raw { text, .. } => text.push_str(t),
            Leaf::Heading { runs, text, .. } => {
                text.push_str(t);
                write(&mut self.inline, runs, t, code, ids);
            }
            Leaf::Table {
                table,
                row,
                cell,
                word,
                head,
            } => {
                // Lines may break after a space, and inside a word of more than ten characters
                // after a hyphen or a slash (`T-01` and dates stay whole).
                let col = if *head { table.header.len() } else { row.len() };
                let date = table.columns.get(col) == Some(&Some(ColumnKind::Date));
                for c in t.chars() {
                    if c.is_whitespace() {
                        *word = (0, 0);
                        continue;
                    }
                    let (len, seg) = (word.0 + 1, word.1 + 1);
                    let need = if date || len <= 10 { len } else { seg.max(10) };
                    cell.word = cell.word.max(need);
                    *word = (len, if matches!(c, '-' | '/') { 0 } else { seg });
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
    pub(super) fn ensure_para(&mut self) {
        if matches!(self.leaf, Leaf::None) {
            self.open_para();
        }
    }

    pub(super) fn open_para(&mut self) {
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

    pub(super) fn close_para(&mut self) {
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

    pub(super) fn push_para(&mut self, style: Role, ppr: String, runs: String) {
        self.body.chunks.push(Chunk::Para { style, ppr, runs });
    }

    /// The style and numbering of a paragraph opened here.
    pub(super) fn para_context(&mut self) -> (Role, String) {
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
                    format!(
                        "<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{num}\"/></w:numPr>"
                    )
                };
                *numbered = true;
                (Role::ListParagraph, ppr)
            }
            _ if quoted => (Role::Quote, String::new()),
            _ => (Role::Normal, String::new()),
        }
    }

    pub(super) fn list_depth(&self) -> usize {
        self.stack
            .iter()
            .filter(|o| matches!(o, Open::List { .. }))
            .count()
    }

    /// A code block, or raw HTML shown as the text it is.
    pub(super) fn raw_block(&mut self, text: &str, code: bool) {
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
