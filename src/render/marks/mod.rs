//! Semantic marks: the structure a Markdown template states, carried as data to the HTML and
//! PDF renderers instead of being guessed from the rendered text.
//!
//! A mark is an HTML comment of one fixed shape, `<!-- annexa:NAME ARG -->`, that the built-in
//! templates print through our tera filters and function (see [`template`]): where the status
//! chart goes, what kind of table follows, what a column holds, and which words are a
//! decision's status or applicability. Comments are invisible on a forge, and a Markdown parser
//! reads them as HTML, so [`marked`] can lift them out of pulldown-cmark's event stream as
//! [`Mark`]s for both renderers. The `.md` file is the same text with the marks taken out
//! ([`strip`]), except the figures' (the chart's and the heat maps'). User text cannot forge a
//! mark: the `md` and `cell` filters escape every `<`.
//!
//! This module is the one place that knows the syntax; the HTML and PDF renderers share it
//! rather than each other.

mod events;
pub mod template;

pub use events::{marked, MarkedEvent};

use crate::merge::chart::{Chart, SegmentKind};
use crate::merge::heatmap::{Heatmap, HeatmapKind};

/// The figures a document's marks draw: the status chart and the risk heat maps.
#[derive(Debug, Clone, Copy, Default)]
pub struct Figures<'a> {
    pub chart: Option<&'a Chart>,
    pub heatmaps: &'a [Heatmap],
}

impl<'a> Figures<'a> {
    /// The chart alone (documents without heat maps).
    pub fn chart(chart: Option<&'a Chart>) -> Figures<'a> {
        Figures {
            chart,
            heatmaps: &[],
        }
    }

    /// The heat map a mark names, if the document has it.
    pub fn heatmap(&self, kind: HeatmapKind) -> Option<&'a Heatmap> {
        self.heatmaps.iter().find(|h| h.kind == kind)
    }
}

/// What a table is, for renderers that treat kinds differently (today none lays them out
/// differently; the tagged PDF names row headers by them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TableKind {
    /// One row per control, with its decision.
    Controls,
    /// A field name per row and its value (document control).
    KeyValue,
    /// Counts over groups of rows.
    Summary,
    /// One row per record: revisions, risks, AI systems, impacts.
    Register,
    /// Clauses of several standards side by side.
    Matrix,
    /// What changed between two versions.
    Changes,
}

impl TableKind {
    pub const ALL: [TableKind; 6] = [
        TableKind::Controls,
        TableKind::KeyValue,
        TableKind::Summary,
        TableKind::Register,
        TableKind::Matrix,
        TableKind::Changes,
    ];

    /// The word templates write.
    pub fn key(self) -> &'static str {
        match self {
            TableKind::Controls => "controls",
            TableKind::KeyValue => "key-value",
            TableKind::Summary => "summary",
            TableKind::Register => "register",
            TableKind::Matrix => "matrix",
            TableKind::Changes => "changes",
        }
    }

    pub fn parse(s: &str) -> Option<TableKind> {
        TableKind::ALL.into_iter().find(|k| k.key() == s)
    }
}

/// What a column holds, stated in its header cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColumnKind {
    /// Dates: never broken across lines in HTML.
    Date,
    /// Running text (a justification, an implementation, evidence): the column that gets the
    /// room, filled or blank, in every table of its kind.
    Prose,
    /// A signature: a line to sign on when the cell is empty.
    Signature,
}

impl ColumnKind {
    pub const ALL: [ColumnKind; 3] = [ColumnKind::Date, ColumnKind::Prose, ColumnKind::Signature];

    pub fn key(self) -> &'static str {
        match self {
            ColumnKind::Date => "date",
            ColumnKind::Prose => "prose",
            ColumnKind::Signature => "signature",
        }
    }

    pub fn parse(s: &str) -> Option<ColumnKind> {
        ColumnKind::ALL.into_iter().find(|k| k.key() == s)
    }
}

/// One semantic mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    /// The status chart goes here (a block of its own).
    Chart,
    /// A risk heat map goes here (a block of its own).
    Heatmap(HeatmapKind),
    /// The table that follows is of this kind (a line of its own, directly before the table).
    Table(TableKind),
    /// The column whose header cell holds the mark is of this kind.
    Column(ColumnKind),
    /// The text up to the next [`Mark::End`] is a decision's implementation status.
    Status(SegmentKind),
    /// The text up to the next [`Mark::End`] says whether a control is applicable.
    Applicable(bool),
    /// Ends a status or applicability span.
    End,
}

/// The chart's mark, exactly as templates have always written it.
pub const CHART: &str = "<!-- annexa:chart -->";

impl Mark {
    /// The comment that stands for this mark in Markdown.
    pub fn token(self) -> String {
        match self {
            Mark::Chart => CHART.to_string(),
            Mark::Heatmap(k) => format!("<!-- annexa:heatmap {} -->", k.key()),
            Mark::Table(k) => format!("<!-- annexa:table {} -->", k.key()),
            Mark::Column(k) => format!("<!-- annexa:column {} -->", k.key()),
            Mark::Status(k) => format!("<!-- annexa:status {} -->", k.key()),
            Mark::Applicable(yes) => {
                format!(
                    "<!-- annexa:applicable {} -->",
                    if yes { "yes" } else { "no" }
                )
            }
            Mark::End => "<!-- /annexa -->".to_string(),
        }
    }

    /// Reads one comment as a mark; `None` for any other comment or text.
    pub fn parse(raw: &str) -> Option<Mark> {
        let raw = raw.trim();
        if !is_pure_comment(raw) {
            return None;
        }
        let inner = raw.get(4..raw.len() - 3)?.trim();
        if inner == "/annexa" {
            return Some(Mark::End);
        }
        let mut words = inner.strip_prefix("annexa:")?.split_whitespace();
        let (name, arg) = (words.next()?, words.next());
        if words.next().is_some() {
            return None;
        }
        match (name, arg) {
            ("chart", None) => Some(Mark::Chart),
            ("heatmap", Some(k)) => HeatmapKind::parse(k).map(Mark::Heatmap),
            ("table", Some(k)) => TableKind::parse(k).map(Mark::Table),
            ("column", Some(k)) => ColumnKind::parse(k).map(Mark::Column),
            ("status", Some(k)) => SegmentKind::parse(k).map(Mark::Status),
            ("applicable", Some("yes")) => Some(Mark::Applicable(true)),
            ("applicable", Some("no")) => Some(Mark::Applicable(false)),
            _ => None,
        }
    }

    /// Marks that open a span of text closed by [`Mark::End`].
    pub fn opens_span(self) -> bool {
        matches!(self, Mark::Status(_) | Mark::Applicable(_))
    }
}

/// A link from one document of the set to another, as templates write it: `NAME.md` or
/// `NAME.md#anchor`, where NAME is a file stem of lower-case letters, digits and `-`. Each
/// renderer points it at its own format (`NAME.html#anchor`, `NAME.pdf`); the `.md` keeps it.
/// Returns the stem and the anchor.
pub fn sibling_link(dest: &str) -> Option<(&str, Option<&str>)> {
    let (file, anchor) = match dest.split_once('#') {
        Some((f, a)) => (f, Some(a)),
        None => (dest, None),
    };
    let stem = file
        .strip_prefix("./")
        .unwrap_or(file)
        .strip_suffix(".md")?;
    let stem_ok = stem.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && stem
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    let anchor_ok = anchor.is_none_or(|a| {
        !a.is_empty()
            && a.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    });
    (stem_ok && anchor_ok).then_some((stem, anchor))
}

/// A heading's anchor: lower-case ASCII letters and digits; every other run of ASCII
/// characters becomes one `-`; non-ASCII letters are dropped; an empty result is `section`.
/// The HTML renderer gives headings these ids, and `doc_link` in templates links to them.
pub fn slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !slug.is_empty() {
                slug.push('-');
            }
            dash = false;
            slug.push(c.to_ascii_lowercase());
        } else if c.is_ascii() {
            dash = true;
        }
    }
    if slug.is_empty() {
        slug.push_str("section");
    }
    slug
}

/// `<!-- … -->` and nothing else: no second comment end, nothing after it. Such a comment is
/// invisible in every format.
pub fn is_pure_comment(raw: &str) -> bool {
    let raw = raw.trim();
    raw.starts_with("<!--")
        && raw.ends_with("-->")
        && raw.len() >= 7
        && raw.find("-->") == Some(raw.len() - 3)
}

/// The Markdown a reader gets: `marked` without its marks (the figures' stay: the chart's and
/// the heat maps', invisible comments on a forge that mark where each figure goes). A line that held
/// only marks goes altogether, so a mark on a line of its own leaves no blank line behind.
/// Fenced code is left alone.
pub fn strip(marked: &str) -> String {
    if !marked.contains("<!-- annexa:") && !marked.contains("<!-- /annexa") {
        return marked.to_string();
    }
    let mut out = String::with_capacity(marked.len());
    let mut fenced = false;
    for line in marked.split_inclusive('\n') {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        }
        if fenced {
            out.push_str(line);
            continue;
        }
        let (kept, removed) = strip_tokens(line);
        if removed && kept.trim().is_empty() {
            continue;
        }
        out.push_str(&kept);
    }
    out
}

/// `text` without the mark comments in it (the figures' kept), and whether any was removed.
pub fn strip_tokens(text: &str) -> (String, bool) {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut removed = false;
    while let Some(at) = rest.find("<!--") {
        let Some(end) = rest[at..].find("-->").map(|e| at + e + 3) else {
            break;
        };
        out.push_str(&rest[..at]);
        let token = &rest[at..end];
        match Mark::parse(token) {
            Some(Mark::Chart | Mark::Heatmap(_)) | None => out.push_str(token),
            Some(_) => removed = true,
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    (out, removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_reads_back_from_its_token() {
        let mut marks = vec![Mark::Chart, Mark::End, Mark::Applicable(true)];
        marks.extend(HeatmapKind::ALL.map(Mark::Heatmap));
        marks.push(Mark::Applicable(false));
        marks.extend(TableKind::ALL.map(Mark::Table));
        marks.extend(ColumnKind::ALL.map(Mark::Column));
        marks.extend(SegmentKind::ALL.map(Mark::Status));
        for m in marks {
            assert_eq!(Mark::parse(&m.token()), Some(m), "{}", m.token());
        }
        assert_eq!(Mark::parse("<!-- annexa:table nonsense -->"), None);
        assert_eq!(Mark::parse("<!-- note -->"), None);
        assert_eq!(Mark::parse("<!-- annexa:chart --> x"), None);
    }

    #[test]
    fn strip_gives_the_text_without_marks() {
        let marked = format!(
            "Table: T\n\n{}\n| A | {}Date |\n|---|---|\n| {}Yes{} | 2026-01-01 |\n\n{CHART}\n",
            Mark::Table(TableKind::Register).token(),
            Mark::Column(ColumnKind::Date).token(),
            Mark::Applicable(true).token(),
            Mark::End.token(),
        );
        assert_eq!(
            strip(&marked),
            format!("Table: T\n\n| A | Date |\n|---|---|\n| Yes | 2026-01-01 |\n\n{CHART}\n")
        );
        let code = format!("```\n{}\n```\n", Mark::End.token());
        assert_eq!(strip(&code), code);
    }

    #[test]
    fn sibling_links_name_a_document_of_the_set() {
        assert_eq!(
            sibling_link("risk-treatment-plan.md#r-01-data-loss"),
            Some(("risk-treatment-plan", Some("r-01-data-loss")))
        );
        assert_eq!(sibling_link("./a.md"), Some(("a", None)));
        for no in [
            "../x.md",
            "a/b.md",
            "x.md#",
            "X.md",
            "x.html",
            "x.md#a b",
            "https://x.md",
        ] {
            assert_eq!(sibling_link(no), None, "{no}");
        }
        assert_eq!(slug("R-01 Data loss (backups)"), "r-01-data-loss-backups");
    }
}
