//! Tables as auditors read them: captioned, scoped, badged, and scrollable on small screens.
//!
//! pulldown-cmark's own table markup has no caption, no `scope` and no wrapper, so the table
//! events are replaced here by our markup while the cell contents go through unchanged:
//! - a paragraph `Table: …` right before a table becomes its `<caption>`;
//! - header cells are `<th scope="col">`, the first cell of a body row `<th scope="row">`;
//! - the table sits in `<div class="table-wrap">` (plus `wide` from six columns on, which the
//!   print stylesheet puts on a landscape page);
//! - a status label at the start of a cell in a "Status"/"Implementation" column, and
//!   "Yes"/"No" in an "Applicable"/"Applicability" column, become badges.

use pulldown_cmark::{Alignment, CowStr, Event, Tag, TagEnd};

use crate::chart::SegmentKind;

use super::escape;

/// A table from this many columns on is `wide`.
const WIDE_COLUMNS: usize = 6;

/// Which kind of body cell comes next.
#[derive(Clone, Copy, PartialEq)]
enum Section {
    Head,
    Body,
}

pub(super) fn render_tables(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut events = events.into_iter().peekable();
    let mut caption: Option<String> = None;
    let mut aligns: Vec<Alignment> = Vec::new();
    let mut headers: Vec<String> = Vec::new();
    let mut section = Section::Head;
    let mut col = 0;
    let mut in_cell = false;
    while let Some(event) = events.next() {
        match event {
            Event::Start(Tag::Paragraph) if is_caption_start(events.peek()) => {
                let mut inner = Vec::new();
                for e in events.by_ref() {
                    if e == Event::End(TagEnd::Paragraph) {
                        break;
                    }
                    inner.push(e);
                }
                if matches!(events.peek(), Some(Event::Start(Tag::Table(_)))) {
                    caption = Some(caption_html(inner));
                } else {
                    out.push(Event::Start(Tag::Paragraph));
                    out.extend(inner);
                    out.push(Event::End(TagEnd::Paragraph));
                }
            }
            Event::Start(Tag::Table(a)) => {
                let class = if a.len() >= WIDE_COLUMNS {
                    "table-wrap wide"
                } else {
                    "table-wrap"
                };
                let mut open = format!("<div class=\"{class}\"><table>");
                if let Some(c) = caption.take() {
                    open.push_str(&format!("<caption>{c}</caption>"));
                }
                out.push(html(open));
                aligns = a;
                headers.clear();
                section = Section::Head;
            }
            Event::End(TagEnd::Table) => out.push(html("</tbody></table></div>\n".into())),
            Event::Start(Tag::TableHead) => {
                col = 0;
                out.push(html("<thead>\n<tr>".into()));
            }
            Event::End(TagEnd::TableHead) => {
                section = Section::Body;
                out.push(html("</tr>\n</thead>\n<tbody>\n".into()));
            }
            Event::Start(Tag::TableRow) => {
                col = 0;
                out.push(html("<tr>".into()));
            }
            Event::End(TagEnd::TableRow) => out.push(html("</tr>\n".into())),
            Event::Start(Tag::TableCell) => {
                in_cell = true;
                let align = match aligns.get(col) {
                    Some(Alignment::Left) => " class=\"align-left\"",
                    Some(Alignment::Center) => " class=\"align-center\"",
                    Some(Alignment::Right) => " class=\"align-right\"",
                    _ => "",
                };
                let open = match (section, col) {
                    (Section::Head, _) => format!("<th scope=\"col\"{align}>"),
                    (Section::Body, 0) => format!("<th scope=\"row\"{align}>"),
                    (Section::Body, _) => format!("<td{align}>"),
                };
                out.push(html(open));
                if section == Section::Head {
                    headers.push(String::new());
                } else if let Some(Event::Text(text)) = events.peek() {
                    let header = headers.get(col).map(String::as_str).unwrap_or("");
                    if let Some((badge, rest)) = badge(text, header) {
                        out.push(html(badge));
                        if !rest.is_empty() {
                            out.push(Event::Text(CowStr::from(rest)));
                        }
                        events.next();
                    }
                }
            }
            Event::End(TagEnd::TableCell) => {
                in_cell = false;
                let close = match (section, col) {
                    (Section::Body, c) if c > 0 => "</td>",
                    _ => "</th>",
                };
                out.push(html(close.into()));
                col += 1;
            }
            Event::Text(ref t) | Event::Code(ref t) if in_cell && section == Section::Head => {
                if let Some(h) = headers.last_mut() {
                    h.push_str(t);
                }
                out.push(event);
            }
            other => out.push(other),
        }
    }
    out
}

fn html(s: String) -> Event<'static> {
    Event::Html(CowStr::from(s))
}

fn is_caption_start(next: Option<&Event>) -> bool {
    matches!(next, Some(Event::Text(t)) if t.starts_with("Table: "))
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

/// The badge for a body cell starting with `text` in a column headed `header`, and the text
/// after the badge. Status labels match as an exact, case-sensitive prefix ending at a word
/// boundary; "Yes"/"No" only as the whole cell.
fn badge(text: &str, header: &str) -> Option<(String, String)> {
    let header = header.to_lowercase();
    if header.contains("applicab") {
        let kind = match text.trim() {
            "Yes" => "yes",
            "No" => "no",
            _ => return None,
        };
        return Some((span(kind, text.trim()), String::new()));
    }
    if !(header.contains("status") || header.contains("implement")) {
        return None;
    }
    // Longest labels first, so "Not implemented" is never read as something shorter.
    let mut kinds = SegmentKind::ALL;
    kinds.sort_by_key(|k| std::cmp::Reverse(k.label().len()));
    kinds.into_iter().find_map(|kind| {
        let rest = text.strip_prefix(kind.label())?;
        if rest.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        Some((span(css_kind(kind), kind.label()), rest.to_string()))
    })
}

fn span(kind: &str, label: &str) -> String {
    format!(
        "<span class=\"badge badge-{kind}\">{}</span>",
        escape(label)
    )
}

/// The CSS class suffix for a status kind.
pub fn css_kind(kind: SegmentKind) -> &'static str {
    match kind {
        SegmentKind::Implemented => "implemented",
        SegmentKind::Partial => "partial",
        SegmentKind::Planned => "planned",
        SegmentKind::NotImplemented => "not-implemented",
        SegmentKind::Excluded => "excluded",
    }
}
