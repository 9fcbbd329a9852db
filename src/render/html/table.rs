//! Tables as auditors read them: captioned, scoped, badged, and scrollable on small screens.
//!
//! pulldown-cmark's own table markup has no caption, no `scope` and no wrapper, so the table
//! events are replaced here by our markup while the cell contents go through unchanged:
//! - a paragraph `Table: …` right before a table becomes its `<caption>`;
//! - header cells are `<th scope="col">`, the first cell of a body row `<th scope="row">`;
//! - the table sits in `<div class="table-wrap">`, plus `wide` when it has six or more columns
//!   and some prose (a cell longer than 30 characters): the print stylesheet puts those on a
//!   landscape page, while a wide table of short values (a summary of counts) stays portrait;
//! - cells of a column of prose get the class `prose`, which the stylesheet gives a minimum
//!   width so they do not become a tall, narrow strip: the columns the template marks `prose`,
//!   so every table of a kind is laid out alike, filled or blank; in a table without such
//!   marks, the columns averaging 50 characters a cell;
//! - the body cells of a column marked `date` get `nowrap`, of one marked `signature` the
//!   class `signature` (an empty one is a line to sign on);
//! - a header row with no text is left out (a key-value table names its fields in its first
//!   column); a `key-value` table gets the class `kv`;
//! - a table most of whose body cells are empty is a blank form (the toolkit set): class
//!   `form`, whose columns the stylesheet keeps wide enough to write in;
//! - a cell's long tokens get break points and `ISO/IEC` stays whole ([`super::words`]).
//!
//! It is the last pass over marks, so it also turns the remaining ones into markup: status and
//! applicability spans into badges (see [`super::badge`]).

use pulldown_cmark::{Alignment, CowStr, Event, Tag, TagEnd};

use super::{badge, words};
use crate::render::marks::{ColumnKind, Mark, MarkedEvent, TableKind};

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
    /// Per column, what its header cell's mark says it holds.
    columns: Vec<Option<ColumnKind>>,
    kind: Option<TableKind>,
    /// The header row holds no text.
    empty_head: bool,
    /// Most body cells are empty: a form to fill in.
    form: bool,
}

/// The table being written.
#[derive(Default)]
struct TableWriter {
    shape: Shape,
    aligns: Vec<Alignment>,
    in_body: bool,
    in_cell: bool,
    /// Inside a header row that is left out.
    skipping: bool,
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
            MarkedEvent::Mark(Mark::Column(_) | Mark::Table(_)) => continue,
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
            Event::Start(Tag::TableHead) if t.shape.empty_head => t.skipping = true,
            Event::End(TagEnd::TableHead) if t.skipping => {
                (t.skipping, t.in_body) = (false, true);
                out.push(html("<tbody>\n".into()));
            }
            _ if t.skipping => {}
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
            Event::Text(text) if t.in_cell => out.push(words::in_cell(text)),
            other => out.push(other),
        }
    }
    out
}

impl TableWriter {
    fn open(&self, caption: Option<String>) -> String {
        let mut class = String::from("table-wrap");
        for (on, name) in [
            (self.shape.wide, " wide"),
            (self.shape.kind == Some(TableKind::KeyValue), " kv"),
            (self.shape.form, " form"),
        ] {
            if on {
                class.push_str(name);
            }
        }
        let mut open = format!("<div class=\"{class}\"><table>");
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
        match (self.in_body, self.shape.columns.get(self.col)) {
            (true, Some(Some(ColumnKind::Date))) => classes.push("nowrap"),
            (true, Some(Some(ColumnKind::Signature))) => classes.push("signature"),
            _ => {}
        }
        let class = if classes.is_empty() {
            String::new()
        } else {
            format!(" class=\"{}\"", classes.join(" "))
        };
        match (self.in_body, self.col) {
            (false, _) => format!("<th scope=\"col\"{class}>"),
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

/// Measures every table, in order: its columns and their marks, its longest cell, its
/// columns' average cells, its empty cells.
fn shapes(events: &[MarkedEvent]) -> Vec<Shape> {
    let mut shapes = Vec::new();
    let mut m = Measure::default();
    for event in events {
        let event = match event {
            MarkedEvent::Md(e) => e,
            MarkedEvent::Mark(Mark::Table(k)) => {
                m.shape.kind = Some(*k);
                continue;
            }
            MarkedEvent::Mark(Mark::Column(k)) if !m.in_body => {
                if let Some(c) = m.shape.columns.get_mut(m.col) {
                    *c = Some(*k);
                }
                continue;
            }
            MarkedEvent::Mark(_) => continue,
        };
        match event {
            Event::Start(Tag::Table(a)) => {
                m = Measure::default();
                m.totals = vec![0; a.len()];
                m.shape.columns = vec![None; a.len()];
            }
            Event::End(TagEnd::TableHead) => m.in_body = true,
            Event::Start(Tag::TableRow) => (m.col, m.rows) = (0, m.rows + 1),
            Event::Start(Tag::TableCell) => m.cell = 0,
            Event::End(TagEnd::TableCell) => m.end_cell(),
            Event::Text(t) | Event::Code(t) => m.cell += t.chars().count(),
            Event::End(TagEnd::Table) => shapes.push(std::mem::take(&mut m).finish()),
            _ => {}
        }
    }
    shapes
}

/// A table being measured.
#[derive(Default)]
struct Measure {
    shape: Shape,
    totals: Vec<usize>,
    longest: usize,
    cell: usize,
    col: usize,
    rows: usize,
    head_text: usize,
    cells: usize,
    empty: usize,
    in_body: bool,
}

impl Measure {
    fn end_cell(&mut self) {
        self.longest = self.longest.max(self.cell);
        if !self.in_body {
            self.head_text += self.cell;
        } else {
            if let Some(total) = self.totals.get_mut(self.col) {
                *total += self.cell;
            }
            self.cells += 1;
            self.empty += usize::from(self.cell == 0);
        }
        self.col += 1;
    }

    fn finish(mut self) -> Shape {
        let marked = self.shape.columns.contains(&Some(ColumnKind::Prose));
        let rows = self.rows;
        self.shape.prose = if marked {
            let prose = |c: &Option<ColumnKind>| *c == Some(ColumnKind::Prose);
            self.shape.columns.iter().map(prose).collect()
        } else {
            (self.totals.iter())
                .map(|&total| rows > 0 && total / rows >= PROSE_COLUMN)
                .collect()
        };
        self.shape.wide = self.totals.len() >= WIDE_COLUMNS && self.longest > PROSE_CELL;
        self.shape.empty_head = self.head_text == 0;
        self.shape.form = self.cells > 0 && self.empty * 2 > self.cells;
        self.shape
    }
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
