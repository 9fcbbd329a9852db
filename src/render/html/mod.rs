//! Markdown → HTML body, for documents read on screen and printed.
//!
//! The HTML is made from the same Markdown as the other formats, through pulldown-cmark, with a
//! few passes over its events before they are written: raw HTML is turned into visible text (the
//! only markup we emit is our own), unsafe link targets lose their link, images become their alt
//! text (documents stay standalone), every heading gets a stable `id` and the H2/H3 headings a
//! table of contents entry, and tables get captions, header scopes, status badges and a scroll
//! wrapper. The chart marker `<!-- annexa:chart -->` becomes an inline SVG drawn from
//! [`Chart`]. The page around the body comes from `templates/page.html`.

mod badge;
mod ids;
mod sanitize;

pub use sanitize::is_pure_comment;
mod svg;
mod table;

use pulldown_cmark::{Event, Options, Parser, TextMergeStream};

use crate::merge::chart::Chart;

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

/// Renders Markdown to an HTML fragment. `chart` replaces the `<!-- annexa:chart -->` marker
/// (the marker is removed when there is none). Pure and deterministic.
pub fn markdown_to_html(markdown: &str, chart: Option<&Chart>) -> HtmlBody {
    let events: Vec<Event> = TextMergeStream::new(Parser::new_ext(markdown, options())).collect();
    let events = sanitize::sanitize(events, chart);
    // Raw HTML turned into text may sit beside other text: merge again so that later passes
    // see a cell's or heading's text as one event.
    let mut events: Vec<Event> = TextMergeStream::new(events.into_iter()).collect();
    let toc = ids::assign_heading_ids(&mut events);
    let events = table::render_tables(events);
    let mut content = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut content, events.into_iter());
    HtmlBody { content, toc }
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
