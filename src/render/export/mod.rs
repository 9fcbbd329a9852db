//! Export: the merged [`Document`] as data for other tools, not as a document to read.
//!
//! Three formats, each a pure function from the view model to bytes (the caller writes them):
//!
//! - [`xlsx()`]: the SoA as a workbook for auditors and CISOs (a Summary sheet, one sheet per
//!   standard, one for additional controls, one for the risk register), with drop-downs,
//!   conditional formatting and print setup;
//! - [`csv()`]: one row per control, every resolved field, for scripts and GRC imports; and
//!   [`risks_csv()`], one row per risk of the register;
//! - [`json()`]: the whole SoA under the versioned schema `annexa.soa/v2`
//!   (`docs/export.md`, `schema/soa-v2.schema.json`).
//!
//! All three are byte-identical for identical input: no clock, no randomness, no hash-map order.
//! The only date any of them carries comes from the document (`generated`).

mod csv;
mod json;
mod json_risks;
mod risks_csv;
mod words;
mod xlsx;

pub use words::{DIFF_WORDS, WORDS};

pub use self::csv::csv;
pub use self::json::{json, JSON_SCHEMA, SCHEMA};
pub use self::risks_csv::{risks_csv, RISK_COLUMNS};
pub use self::xlsx::xlsx;

use crate::merge::{ControlRow, Document, GroupView, StandardView};

/// Why a spreadsheet could not be made. CSV and JSON cannot fail.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot build the spreadsheet: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

/// A top-level group (theme or objective) as `(id, title)`.
type Top<'a> = (&'a str, &'a str);

/// One control with where it sits: the standard, its own group and that group's top-level
/// group (the same group unless it is a sub-group, as 42001's A.6.1 under A.6).
#[derive(Debug, Clone, Copy)]
struct Placed<'a> {
    /// `None` for additional controls.
    standard: Option<&'a StandardView>,
    group: Option<&'a GroupView>,
    top: Option<Top<'a>>,
    row: &'a ControlRow,
}

impl Placed<'_> {
    /// "A.5 Organizational controls": the theme or objective the summary counts it under.
    fn top_label(&self) -> String {
        self.top
            .map(|(id, t)| format!("{id} {t}"))
            .unwrap_or_default()
    }

    /// "A.6.1 Management guidance …" for a control in a sub-group, else empty.
    fn sub_label(&self) -> String {
        match (self.group, self.top) {
            (Some(g), Some((top, _))) if g.id != top => format!("{} {}", g.id, g.title),
            _ => String::new(),
        }
    }

    /// The control's own group, "A.6.1 Management guidance …" or "A.5 Organizational controls".
    fn group_label(&self) -> String {
        self.group
            .map(|g| format!("{} {}", g.id, g.title))
            .unwrap_or_default()
    }
}

/// The controls of one standard, in document order.
fn placed_in(s: &StandardView) -> Vec<Placed<'_>> {
    s.groups
        .iter()
        .flat_map(|g| {
            let top = top_group(s, g);
            g.controls.iter().map(move |row| Placed {
                standard: Some(s),
                group: Some(g),
                top: Some(top),
                row,
            })
        })
        .collect()
}

/// Every control: both standards in order, then the additional controls.
fn placed(doc: &Document) -> Vec<Placed<'_>> {
    doc.standards
        .iter()
        .flat_map(placed_in)
        .chain(doc.additional_controls.iter().map(|row| Placed {
            standard: None,
            group: None,
            top: None,
            row,
        }))
        .collect()
}

/// The top-level group a group counts under in `StandardView::summary`.
///
/// The view model names a sub-group's parent as "ID title"; a parent may itself be a sub-group
/// (followed a few levels up). A parent that holds no controls is not in `groups`, so the
/// summary's IDs are tried as dotted prefixes last.
fn top_group<'a>(s: &'a StandardView, g: &'a GroupView) -> Top<'a> {
    let mut current = g;
    for _ in 0..8 {
        let Some(parent) = current.parent.as_deref() else {
            return (&current.id, &current.title);
        };
        if let Some(t) = s
            .summary
            .iter()
            .find(|t| parent == format!("{} {}", t.id, t.title))
        {
            return (&t.id, &t.title);
        }
        match s
            .groups
            .iter()
            .find(|x| parent == format!("{} {}", x.id, x.title))
        {
            Some(x) => current = x,
            None => break,
        }
    }
    s.summary
        .iter()
        .find(|t| g.id.starts_with(&format!("{}.", t.id)))
        .map_or((&g.id, &g.title), |t| (&t.id, &t.title))
}

/// Text for a status cell: the label, or empty when excluded.
fn status_label(row: &ControlRow) -> &str {
    row.status.as_ref().map_or("", |s| s.label.as_str())
}

/// "Yes"/"No" in the document's language, or empty in the blank toolkit set, where nothing is
/// decided yet, and for a draft's undecided control (never "No": it is not excluded).
fn applicable_label(doc: &Document, row: &ControlRow) -> String {
    match (doc.blank || row.undecided, row.applicable) {
        (true, _) => String::new(),
        (false, true) => doc.locale.t("common-yes"),
        (false, false) => doc.locale.t("common-no"),
    }
}

/// A word of the workbook, the CSV headers and the change log in the document's language:
/// message `xl-<the English words, lower case, other characters as ->`. Every English word
/// passed here is in [`WORDS`], and a test keeps each defined, so a language file that lacks
/// one fails the missing-key test rather than showing English.
pub fn w(doc: &Document, english: &str) -> String {
    word(&doc.locale, english)
}

/// [`w`] for a locale.
pub fn word(l: &crate::i18n::Locale, english: &str) -> String {
    l.format(&word_key(english), None)
        .unwrap_or_else(|| english.to_string())
}

/// The message key of an English word: `xl-` and its slug.
pub fn word_key(english: &str) -> String {
    let mut key = String::from("xl-");
    let mut dash = false;
    for c in english.chars() {
        if c.is_ascii_alphanumeric() {
            key.push(c.to_ascii_lowercase());
            dash = false;
        } else if !dash && key.len() > 3 {
            key.push('-');
            dash = true;
        }
    }
    let key = key.trim_end_matches('-');
    // A sentence's key is its first words.
    match key.get(..44).and_then(|k| k.rfind('-')) {
        Some(cut) if key.len() > 44 => key[..cut].to_string(),
        _ => key.to_string(),
    }
}

/// A status in the document's language (`kw-status-…`), as the documents print it.
pub fn status_word(doc: &Document, kind: crate::merge::chart::SegmentKind) -> String {
    doc.locale.t(&format!("kw-status-{}", kind.key()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lumora() -> Document {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lumora/soa.yaml");
        let loaded = crate::input::load(&path).expect("load");
        let soa = crate::validate::validate(loaded).soa.expect("valid");
        crate::merge::merge(&soa, crate::merge::Options::default())
    }

    #[test]
    fn every_control_counts_under_a_summary_group() {
        let doc = lumora();
        for s in &doc.standards {
            for t in &s.summary {
                let n = placed_in(s)
                    .iter()
                    .filter(|p| p.top.map(|x| x.0) == Some(t.id.as_str()))
                    .count();
                assert_eq!(n, t.counts.total, "{} {}", s.namespace, t.id);
            }
        }
        assert_eq!(placed(&doc).len(), 131 + doc.additional_controls.len());
    }
}
