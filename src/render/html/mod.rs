//! Markdown → HTML body, for documents read on screen and printed.
//!
//! The HTML is made from the same Markdown as the other formats, through pulldown-cmark, with a
//! few passes over its events before they are written: raw HTML is turned into visible text (the
//! only markup we emit is our own), unsafe link targets lose their link, images become their alt
//! text (documents stay standalone), every heading gets a stable `id` and the H2/H3 headings a
//! table of contents entry, and tables get captions, header scopes and a scroll wrapper. The
//! template's marks ([`crate::render::marks`]) arrive as data: the chart mark becomes the
//! status chart in HTML drawn from [`Chart`] (labels as page text, bars as sized segments), a
//! heat map mark the risk heat map's SVG, status and applicability
//! spans become badges, a date column's cells do not wrap; a link to another document of the
//! set (`NAME.md#anchor`) points at its HTML. The page around the body comes from
//! `templates/page.html`.

mod badge;
mod chart;
mod heatmap;
mod ids;
mod sanitize;
mod svg;
mod table;
mod words;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TextMergeStream};

use crate::merge::chart::Chart;
use crate::render::marks::{marked, Figures, MarkedEvent};

pub use chart::chart_html;
pub use heatmap::heatmap_svg;
pub use sanitize::is_safe_href;
pub use svg::chart_svg;

/// The rendered body of a document and its table of contents.
#[derive(Debug, Clone, PartialEq)]
pub struct HtmlBody {
    /// HTML fragment for the page's `<main>`: `front` then `body`.
    pub content: String,
    /// The document's front: its title, and its document control when it has a section of
    /// that name (up to the next H2), else up to the first H2. The contents list follows it.
    pub front: String,
    /// The rest of the document.
    pub body: String,
    /// H2 and H3 headings, in document order.
    pub toc: Vec<TocEntry>,
}

/// One table of contents entry: a heading's level, its `id` and its plain text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// The Markdown extensions the documents use.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders Markdown (with marks) to an HTML fragment. `chart` is drawn at the chart mark
/// (nothing is, when there is none). Pure and deterministic.
pub fn markdown_to_html(markdown: &str, chart: Option<&Chart>) -> HtmlBody {
    markdown_to_html_with(markdown, Figures::chart(chart))
}

/// As [`markdown_to_html`], with every figure a mark may draw (the chart, the heat maps).
pub fn markdown_to_html_with(markdown: &str, figures: Figures<'_>) -> HtmlBody {
    let events = marked(TextMergeStream::new(Parser::new_ext(markdown, options())));
    let events = sanitize::sanitize(events, figures);
    // Raw HTML turned into text may sit beside other text: merge again so that later passes
    // see a cell's or heading's text as one event.
    let mut events = merge_text(events);
    let toc = ids::assign_heading_ids(&mut events);
    let mut events = table::render_tables(events);
    let rest = events.split_off(front_end(&events));
    let mut front = String::new();
    pulldown_cmark::html::push_html(&mut front, events.into_iter());
    let mut body = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut body, rest.into_iter());
    HtmlBody {
        content: format!("{front}{body}"),
        front,
        body,
        toc,
    }
}

/// Where the front ends: at the H2 after `## Document control`, else at the first H2.
fn front_end(events: &[Event<'_>]) -> usize {
    let h2s: Vec<(usize, bool)> = (events.iter().enumerate())
        .filter_map(|(i, e)| match e {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                id,
                ..
            }) => Some((i, id.as_deref() == Some("document-control"))),
            _ => None,
        })
        .collect();
    match h2s.first() {
        Some((_, true)) => h2s.get(1).map_or(events.len(), |(i, _)| *i),
        Some((i, false)) => *i,
        None => events.len(),
    }
}

/// Joins consecutive text events into one.
fn merge_text(events: Vec<MarkedEvent<'_>>) -> Vec<MarkedEvent<'_>> {
    let mut out: Vec<MarkedEvent> = Vec::with_capacity(events.len());
    for event in events {
        if let (MarkedEvent::Md(Event::Text(t)), Some(MarkedEvent::Md(Event::Text(prev)))) =
            (&event, out.last_mut())
        {
            *prev = CowStr::from(format!("{prev}{t}"));
            continue;
        }
        out.push(event);
    }
    out
}

/// Escapes text for HTML element content and double-quoted attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
