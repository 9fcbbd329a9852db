//! pulldown-cmark events → the same events with the marks lifted out as [`Mark`]s.
//!
//! A block mark (`chart`, `heatmap`, `table`) is an HTML block of its own: it becomes one [`Mark`]; a table
//! mark is moved to just after the `Start(Table)` it announces, so that a `Table:` caption
//! paragraph still sits directly before its table. Inline marks (`column`, `status`,
//! `applicable`, the end of a span) arrive as inline HTML. Spans are kept well formed: a span
//! left open is closed where the element it started in ends, a second opening closes the first,
//! and an end without an opening is dropped. Any other HTML passes through untouched.

use std::collections::VecDeque;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::{Mark, TableKind};

/// A Markdown event, or a mark between events.
#[derive(Debug, Clone, PartialEq)]
pub enum MarkedEvent<'a> {
    Md(Event<'a>),
    Mark(Mark),
}

/// Lifts the marks out of `events` (see the module documentation).
pub fn marked<'a, I: Iterator<Item = Event<'a>>>(events: I) -> Marked<'a, I> {
    Marked {
        events,
        queue: VecDeque::new(),
        table: None,
        depth: 0,
        span: None,
    }
}

/// The iterator [`marked`] returns.
pub struct Marked<'a, I> {
    events: I,
    queue: VecDeque<MarkedEvent<'a>>,
    /// A table mark waiting for its table.
    table: Option<TableKind>,
    /// Containers open (every `Start` not yet ended).
    depth: usize,
    /// The depth at which the open span started.
    span: Option<usize>,
}

impl<'a, I: Iterator<Item = Event<'a>>> Iterator for Marked<'a, I> {
    type Item = MarkedEvent<'a>;

    fn next(&mut self) -> Option<MarkedEvent<'a>> {
        loop {
            if let Some(e) = self.queue.pop_front() {
                return Some(e);
            }
            let event = self.events.next()?;
            self.take(event);
        }
    }
}

impl<'a, I: Iterator<Item = Event<'a>>> Marked<'a, I> {
    fn md(&mut self, event: Event<'a>) {
        self.queue.push_back(MarkedEvent::Md(event));
    }

    fn take(&mut self, event: Event<'a>) {
        let table = self.table.take();
        match event {
            Event::Start(Tag::HtmlBlock) => self.html_block(),
            Event::Start(tag) => {
                self.depth += 1;
                let is_table = matches!(tag, Tag::Table(_));
                self.md(Event::Start(tag));
                if let (true, Some(kind)) = (is_table, table) {
                    self.queue.push_back(MarkedEvent::Mark(Mark::Table(kind)));
                }
            }
            Event::End(tag) => {
                if self.span == Some(self.depth) {
                    self.close_span();
                }
                self.depth = self.depth.saturating_sub(1);
                self.md(Event::End(tag));
            }
            Event::InlineHtml(raw) => match Mark::parse(&raw) {
                Some(mark) => self.inline(mark),
                None => self.md(Event::InlineHtml(raw)),
            },
            other => self.md(other),
        }
    }

    fn inline(&mut self, mark: Mark) {
        match mark {
            Mark::End => self.close_span(),
            m if m.opens_span() => {
                self.close_span();
                self.span = Some(self.depth);
                self.queue.push_back(MarkedEvent::Mark(m));
            }
            Mark::Column(_) => self.queue.push_back(MarkedEvent::Mark(mark)),
            // A block mark in running text means nothing: it stays invisible.
            _ => {}
        }
    }

    fn close_span(&mut self) {
        if self.span.take().is_some() {
            self.queue.push_back(MarkedEvent::Mark(Mark::End));
        }
    }

    /// Reads a whole HTML block: a block mark, or the block's events as they came.
    fn html_block(&mut self) {
        let mut inner = Vec::new();
        let mut raw = String::new();
        for event in self.events.by_ref() {
            match event {
                Event::End(TagEnd::HtmlBlock) => break,
                Event::Html(ref s) | Event::Text(ref s) | Event::InlineHtml(ref s) => {
                    raw.push_str(s);
                    inner.push(event);
                }
                other => inner.push(other),
            }
        }
        match Mark::parse(&raw) {
            Some(m @ (Mark::Chart | Mark::Heatmap(_))) => {
                self.queue.push_back(MarkedEvent::Mark(m));
            }
            Some(Mark::Table(kind)) => self.table = Some(kind),
            _ => {
                self.md(Event::Start(Tag::HtmlBlock));
                for e in inner {
                    self.md(e);
                }
                self.md(Event::End(TagEnd::HtmlBlock));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{ColumnKind, Mark, TableKind};
    use super::*;
    use crate::merge::chart::SegmentKind;
    use pulldown_cmark::{Options, Parser};

    fn marks(md: &str) -> Vec<MarkedEvent<'_>> {
        marked(Parser::new_ext(md, Options::ENABLE_TABLES)).collect()
    }

    #[test]
    fn marks_come_out_where_the_template_put_them() {
        let md = format!(
            "Table: T\n\n{}\n| ID | {}Date |\n|---|---|\n| {}Planned{}, target | x |\n\n{}\n",
            Mark::Table(TableKind::Controls).token(),
            Mark::Column(ColumnKind::Date).token(),
            Mark::Status(SegmentKind::Planned).token(),
            Mark::End.token(),
            super::super::CHART,
        );
        let events = marks(&md);
        let only: Vec<&Mark> = events
            .iter()
            .filter_map(|e| match e {
                MarkedEvent::Mark(m) => Some(m),
                MarkedEvent::Md(_) => None,
            })
            .collect();
        assert_eq!(
            only,
            [
                &Mark::Table(TableKind::Controls),
                &Mark::Column(ColumnKind::Date),
                &Mark::Status(SegmentKind::Planned),
                &Mark::End,
                &Mark::Chart
            ]
        );
        // The caption paragraph is still directly followed by its table.
        let caption_end = events
            .iter()
            .position(|e| *e == MarkedEvent::Md(Event::End(TagEnd::Paragraph)))
            .expect("caption");
        assert!(matches!(
            events[caption_end + 1],
            MarkedEvent::Md(Event::Start(Tag::Table(_)))
        ));
    }

    #[test]
    fn spans_are_closed_where_their_cell_ends() {
        let md = format!(
            "| a |\n|---|\n| {}Yes |\n\n{}stray\n",
            Mark::Applicable(true).token(),
            Mark::End.token()
        );
        let events = marks(&md);
        let n = |m: Mark| {
            events
                .iter()
                .filter(|e| **e == MarkedEvent::Mark(m))
                .count()
        };
        assert_eq!((n(Mark::Applicable(true)), n(Mark::End)), (1, 1));
        let end = events
            .iter()
            .position(|e| *e == MarkedEvent::Mark(Mark::End))
            .expect("end");
        assert_eq!(
            events[end + 1],
            MarkedEvent::Md(Event::End(TagEnd::TableCell))
        );
    }
}
