//! Markdown → HTML body, for documents read on screen and printed.
//!
//! The HTML is made from the same Markdown as the other formats, through pulldown-cmark, with a
//! few passes over its events before they are written: raw HTML is turned into visible text (the
//! only markup we emit is our own), unsafe link targets lose their link, images become their alt
//! text (documents stay standalone), every heading gets a stable `id` and the H2/H3 headings a
//! table of contents entry, and tables get captions, header scopes and a scroll wrapper. The
//! template's marks ([`crate::render::marks`]) arrive as data: the chart mark becomes an inline
//! SVG drawn from [`Chart`], a heat map mark the risk heat map's SVG, status and applicability
//! spans become badges, a date column's cells do not wrap; a link to another document of the
//! set (`NAME.md#anchor`) points at its HTML. The page around the body comes from
//! `templates/page.html`.

mod badge;
mod heatmap;
mod ids;
mod sanitize;
mod svg;
mod table;

use pulldown_cmark::{CowStr, Event, Options, Parser, TextMergeStream};

use crate::merge::chart::Chart;
use crate::render::marks::{marked, Figures, MarkedEvent};

pub use heatmap::heatmap_svg;
pub use sanitize::is_safe_href;
pub use svg::chart_svg;

/// The rendered body of a document and its table of contents.
#[derive(Debug, Clone, PartialEq)]
pub struct HtmlBody {
    /// HTML fragment for the page's `<main>`.
    pub content: String,
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
    let events = table::render_tables(events);
    let mut content = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut content, events.into_iter());
    HtmlBody { content, toc }
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
