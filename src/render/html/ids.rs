//! Heading ids and the table of contents.
//!
//! pulldown-cmark gives a heading an id only when the Markdown says `{#id}`. Every heading gets
//! one here: the explicit id when there is one, else a slug of its text (lower-case ASCII
//! letters and digits joined by `-`), made unique with `-2`, `-3` … in document order. Explicit
//! ids are reserved first, so a slug never takes an id the author chose.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};

use super::TocEntry;
use crate::render::marks::MarkedEvent;

/// Gives every heading an id; returns the H2 and H3 headings as TOC entries.
pub(super) fn assign_heading_ids(events: &mut [MarkedEvent]) -> Vec<TocEntry> {
    let mut used: HashSet<String> = events
        .iter()
        .filter_map(|e| match e {
            MarkedEvent::Md(Event::Start(Tag::Heading { id: Some(id), .. })) => {
                Some(id.to_string())
            }
            _ => None,
        })
        .collect();
    let mut toc = Vec::new();
    for i in 0..events.len() {
        let text = match &events[i] {
            MarkedEvent::Md(Event::Start(Tag::Heading { .. })) => heading_text(&events[i + 1..]),
            _ => continue,
        };
        if let MarkedEvent::Md(Event::Start(Tag::Heading { level, id, .. })) = &mut events[i] {
            let id = id.get_or_insert_with(|| CowStr::from(unique(slug(&text), &mut used)));
            if matches!(level, HeadingLevel::H2 | HeadingLevel::H3) {
                toc.push(TocEntry {
                    level: *level as u8,
                    id: id.to_string(),
                    text,
                });
            }
        }
    }
    toc
}

/// The plain text of a heading whose events start at `events[0]`.
fn heading_text(events: &[MarkedEvent]) -> String {
    let mut text = String::new();
    for event in events {
        let MarkedEvent::Md(event) = event else {
            continue;
        };
        match event {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_string()
}

pub use crate::render::marks::slug;

/// `base`, or `base-2`, `base-3` … whichever is free first; marks it used.
fn unique(base: String, used: &mut HashSet<String>) -> String {
    let mut candidate = base.clone();
    let mut n = 2;
    while used.contains(&candidate) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    used.insert(candidate.clone());
    candidate
}
