//! Keeps the HTML output to markup we write ourselves.
//!
//! Raw HTML from the Markdown becomes visible text, except pure comments (dropped: they are
//! invisible in every renderer); the chart and heat map marks are replaced by their figures.
//! Links keep their `<a>` only for `http:`, `https:`, `mailto:`, relative and fragment targets
//! (a link to another document of the set, `NAME.md#anchor`, goes to its HTML); images become
//! their alt text so that a document never makes a request. Custom heading attributes are
//! dropped (`{onclick=…}` would otherwise reach the output); ids and classes stay.

use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd};

use crate::render::marks::{
    is_pure_comment, sibling_link, strip_tokens, Figures, Mark, MarkedEvent,
};

pub(super) fn sanitize<'a>(
    events: impl Iterator<Item = MarkedEvent<'a>>,
    figures: Figures<'_>,
) -> Vec<MarkedEvent<'a>> {
    let mut out = Vec::new();
    let mut links_kept: Vec<bool> = Vec::new();
    let mut block: Option<String> = None;
    for event in events {
        let event = match event {
            MarkedEvent::Md(e) => e,
            MarkedEvent::Mark(Mark::Heatmap(kind)) => {
                if let Some(map) = figures.heatmap(kind) {
                    let figure = format!(
                        "<figure class=\"heatmap\">{}</figure>\n",
                        super::heatmap_svg(map)
                    );
                    out.push(MarkedEvent::Md(Event::Html(CowStr::from(figure))));
                }
                continue;
            }
            MarkedEvent::Mark(Mark::Chart) => {
                if let Some(chart) = figures.chart {
                    let figure = super::chart::chart_html(chart);
                    out.push(MarkedEvent::Md(Event::Html(CowStr::from(figure))));
                }
                continue;
            }
            mark => {
                out.push(mark);
                continue;
            }
        };
        if let Some(raw) = block.as_mut() {
            match event {
                Event::End(TagEnd::HtmlBlock) => {
                    let raw = block.take().unwrap_or_default();
                    html_block(&raw, &mut out);
                }
                Event::Html(s) | Event::Text(s) | Event::InlineHtml(s) => raw.push_str(&s),
                _ => {}
            }
            continue;
        }
        let mut push = |e: Event<'a>| out.push(MarkedEvent::Md(e));
        match event {
            Event::Start(Tag::HtmlBlock) => block = Some(String::new()),
            Event::Html(s) | Event::InlineHtml(s) => {
                if !is_pure_comment(&s) {
                    push(Event::Text(s));
                }
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let keep = link_type == LinkType::Email || is_safe_href(&dest_url);
                links_kept.push(keep);
                let dest_url = match sibling_link(&dest_url) {
                    Some((stem, Some(anchor))) => CowStr::from(format!("{stem}.html#{anchor}")),
                    Some((stem, None)) => CowStr::from(format!("{stem}.html")),
                    None => dest_url,
                };
                if keep {
                    push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
            }
            Event::End(TagEnd::Link) => {
                if links_kept.pop().unwrap_or(false) {
                    push(Event::End(TagEnd::Link));
                }
            }
            // The alt text is the events between these two: keep them, drop the image.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => push(Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs: Vec::new(),
            })),
            other => push(other),
        }
    }
    out
}

/// A whole raw HTML block: a comment to drop, or a paragraph of its text (any marks in it
/// taken out: a line that starts with a mark outside a table is read as raw HTML).
fn html_block(raw: &str, out: &mut Vec<MarkedEvent<'_>>) {
    let (raw, _) = strip_tokens(raw);
    if !is_pure_comment(&raw) && !raw.trim().is_empty() {
        out.push(MarkedEvent::Md(Event::Start(Tag::Paragraph)));
        out.push(MarkedEvent::Md(Event::Text(CowStr::from(
            raw.trim_end().to_string(),
        ))));
        out.push(MarkedEvent::Md(Event::End(TagEnd::Paragraph)));
    }
}

/// Whether a link target may become an `href`: `http:`, `https:`, `mailto:`, or no scheme at
/// all (relative path, `#fragment`). Checked the way a browser would read it: character
/// references decoded, whitespace and control characters removed, case ignored.
pub fn is_safe_href(dest: &str) -> bool {
    let cleaned: String = decode_char_refs(dest)
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect();
    match cleaned.find([':', '/', '?', '#']) {
        Some(i) if cleaned[i..].starts_with(':') => {
            matches!(&cleaned[..i], "http" | "https" | "mailto")
        }
        _ => true,
    }
}

/// Decodes numeric character references (`&#115;`, `&#x73`, with or without `;`) and the
/// named ones that can hide a scheme (`&colon;`, `&Tab;`, `&NewLine;`).
fn decode_char_refs(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let (decoded, used) = char_ref(rest).unwrap_or(('&', 1));
        out.push(decoded);
        rest = &rest[used..];
    }
    out.push_str(rest);
    out
}

/// The character a reference at the start of `s` stands for, and its length in bytes.
fn char_ref(s: &str) -> Option<(char, usize)> {
    for (name, c) in [("&colon;", ':'), ("&tab;", '\t'), ("&newline;", '\n')] {
        if s.get(..name.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(name))
        {
            return Some((c, name.len()));
        }
    }
    let body = s.strip_prefix("&#")?;
    let (radix, digits_at) = match body.as_bytes().first() {
        Some(b'x' | b'X') => (16, 3),
        _ => (10, 2),
    };
    let digits: String = s[digits_at..]
        .chars()
        .take_while(|c| c.is_digit(radix))
        .collect();
    if digits.is_empty() {
        return None;
    }
    let mut used = digits_at + digits.len();
    if s[used..].starts_with(';') {
        used += 1;
    }
    let code = u32::from_str_radix(&digits, radix).unwrap_or(0xFFFD);
    Some((char::from_u32(code).unwrap_or('\u{FFFD}'), used))
}
