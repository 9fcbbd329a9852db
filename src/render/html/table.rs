//! Tables as auditors read them: captioned, scoped, badged, and scrollable on small screens.
//!
//! pulldown-cmark's own table markup has no caption, no `scope` and no wrapper, so the table
//! events are replaced here by our markup while the cell contents go through unchanged:
//! - a paragraph `Table: …` right before a table becomes its `<caption>`;
//! - header cells are `<th scope="col">`, the first cell of a body row `<th scope="row">`;
//! - the table sits in `<div class="table-wrap">`, plus `wide` when it has six or more columns
//!   and some prose (a cell longer than 30 characters): the print stylesheet puts those on a
//!   landscape page, while a wide table of short values (a summary of counts) stays portrait;
//! - cells of a column of prose (50 characters a cell on average, a justification) get the
//!   class `prose`, which the stylesheet gives a minimum width so they do not become a tall,
//!   narrow strip;
//! - the body cells of a column marked `date` get `nowrap`.
//!
//! It is the last pass, so it also turns the remaining marks into markup: status and
//! applicability spans into badges (see [`super::badge`]). A table's kind mark changes nothing
//! in HTML.

use pulldown_cmark::{Alignment, CowStr, Event, Tag, TagEnd};

use super::badge;
use crate::render::marks::{ColumnKind, Mark, MarkedEvent};

/// A table from this many columns on is `wide`, if it has a cell longer than [`PROSE_CELL`].
const WIDE_COLUMNS: usize = 6;
const PROSE_CELL: usize = 30;
/// A column whose body cells average this many characters is `prose`.
const PROSE_COLUMN: usize = 50;

/// What the markup of a table depends on beyond the current event: measured beforehand.
#[derive(Default)]
struct Shape {
    wide: bool,
    prose: Vec<bool>,
}

/// The table being written.
#[derive(Default)]
struct TableWriter {
    shape: Shape,
    aligns: Vec<Alignment>,
    /// Per column, what its header cell's mark says it holds.
    columns: Vec<Option<ColumnKind>>,
    in_body: bool,
    in_cell: bool,
    col: usize,
}

pub(super) fn render_tables(events: Vec<MarkedEvent<'_>>) -> Vec<Event<'_>> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut shapes = shapes(&events).into_iter();
    let mut events = events.into_iter().peekable();
    let mut caption: Option<String> = None;
    let mut t = TableWriter::default();
    while let Some(event) = events.next() {
        let event = match event {
            MarkedEvent::Md(e) => e,
            MarkedEvent::Mark(Mark::Column(kind)) => {
                if t.in_cell && !t.in_body {
                    if let Some(c) = t.columns.last_mut() {
                        *c = Some(kind);
                    }
                }
                continue;
            }
            MarkedEvent::Mark(Mark::End) => {
                out.push(html(badge::CLOSE.into()));
                continue;
            }
            MarkedEvent::Mark(mark) => {
                if let Some(open) = badge::open(mark) {
                    out.push(html(open));
                }
                continue;
            }
        };
        match event {
            Event::Start(Tag::Paragraph) if is_caption_start(events.peek()) => {
                let inner: Vec<Event> = events
                    .by_ref()
                    .filter_map(|e| match e {
                        MarkedEvent::Md(e) => Some(e),
                        MarkedEvent::Mark(_) => None,
                    })
                    .take_while(|e| *e != Event::End(TagEnd::Paragraph))
                    .collect();
                if matches!(
                    events.peek(),
                    Some(MarkedEvent::Md(Event::Start(Tag::Table(_))))
                ) {
                    caption = Some(caption_html(inner));
                } else {
                    out.push(Event::Start(Tag::Paragraph));
                    out.extend(inner);
                    out.push(Event::End(TagEnd::Paragraph));
                }
            }
            Event::Start(Tag::Table(aligns)) => {
                t = TableWriter {
                    shape: shapes.next().unwrap_or_default(),
                    aligns,
                    ..TableWriter::default()
                };
                out.push(html(t.open(caption.take())));
            }
            Event::End(TagEnd::Table) => out.push(html("</tbody></table></div>\n".into())),
            Event::Start(Tag::TableHead) => out.push(html("<thead>\n<tr>".into())),
            Event::End(TagEnd::TableHead) => {
                t.in_body = true;
                out.push(html("</tr>\n</thead>\n<tbody>\n".into()));
            }
            Event::Start(Tag::TableRow) => {
                t.col = 0;
                out.push(html("<tr>".into()));
            }
            Event::End(TagEnd::TableRow) => out.push(html("</tr>\n".into())),
            Event::Start(Tag::TableCell) => out.push(html(t.open_cell())),
            Event::End(TagEnd::TableCell) => out.push(html(t.close_cell().into())),
            other => out.push(other),
        }
    }
    out
}

impl TableWriter {
    fn open(&self, caption: Option<String>) -> String {
        let wide = if self.shape.wide { " wide" } else { "" };
        let mut open = format!("<div class=\"table-wrap{wide}\"><table>");
        if let Some(c) = caption {
            open.push_str(&format!("<caption>{c}</caption>"));
        }
        open
    }

    fn open_cell(&mut self) -> String {
        self.in_cell = true;
        let mut classes = Vec::new();
        match self.aligns.get(self.col) {
            Some(Alignment::Left) => classes.push("align-left"),
            Some(Alignment::Center) => classes.push("align-center"),
            Some(Alignment::Right) => classes.push("align-right"),
            _ => {}
        }
        if self.shape.prose.get(self.col) == Some(&true) {
            classes.push("prose");
        }
        if self.in_body && self.columns.get(self.col) == Some(&Some(ColumnKind::Date)) {
            classes.push("nowrap");
        }
        let class = if classes.is_empty() {
            String::new()
        } else {
            format!(" class=\"{}\"", classes.join(" "))
        };
        match (self.in_body, self.col) {
            (false, _) => {
                self.columns.push(None);
                format!("<th scope=\"col\"{class}>")
            }
            (true, 0) => format!("<th scope=\"row\"{class}>"),
            (true, _) => format!("<td{class}>"),
        }
    }

    fn close_cell(&mut self) -> &'static str {
        self.in_cell = false;
        self.col += 1;
        if self.in_body && self.col > 1 {
            "</td>"
        } else {
            "</th>"
        }
    }
}

/// Measures every table, in order: its columns, its longest cell, its columns' average cells.
fn shapes(events: &[MarkedEvent]) -> Vec<Shape> {
    let mut shapes = Vec::new();
    let (mut longest, mut cell, mut col, mut rows) = (0, 0, 0, 0);
    let mut totals: Vec<usize> = Vec::new();
    let mut in_body = false;
    for event in events {
        let MarkedEvent::Md(event) = event else {
            continue;
        };
        match event {
            Event::Start(Tag::Table(a)) => {
                (longest, rows, col, in_body) = (0, 0, 0, false);
                totals = vec![0; a.len()];
            }
            Event::End(TagEnd::TableHead) => in_body = true,
            Event::Start(Tag::TableRow) => (col, rows) = (0, rows + 1),
            Event::Start(Tag::TableCell) => cell = 0,
            Event::End(TagEnd::TableCell) => {
                longest = longest.max(cell);
                if let (true, Some(total)) = (in_body, totals.get_mut(col)) {
                    *total += cell;
                }
                col += 1;
            }
            Event::Text(t) | Event::Code(t) => cell += t.chars().count(),
            Event::End(TagEnd::Table) => shapes.push(Shape {
                wide: totals.len() >= WIDE_COLUMNS && longest > PROSE_CELL,
                prose: totals
                    .iter()
                    .map(|&total| rows > 0 && total / rows >= PROSE_COLUMN)
                    .collect(),
            }),
            _ => {}
        }
    }
    shapes
}

fn html(s: String) -> Event<'static> {
    Event::Html(CowStr::from(s))
}

fn is_caption_start(next: Option<&MarkedEvent>) -> bool {
    matches!(next, Some(MarkedEvent::Md(Event::Text(t))) if t.starts_with("Table: "))
}

/// Renders a caption paragraph's inline events, without the `Table: ` prefix.
fn caption_html(mut inner: Vec<Event<'_>>) -> String {
    if let Some(Event::Text(t)) = inner.first_mut() {
        let rest = t.strip_prefix("Table: ").unwrap_or(t).to_string();
        *t = CowStr::from(rest);
    }
    let mut s = String::new();
    pulldown_cmark::html::push_html(&mut s, inner.into_iter());
    s
}
