//! Document information and XMP: title (shown in the window title bar, as PDF/UA-1 asks),
//! author, subject, language, dates from [`PdfMeta::date`] (never the clock), and the document
//! id, a hash of the input. krilla writes the same values to the info dictionary and the XMP
//! packet, with the PDF/A and PDF/UA identification.

use super::super::layout::{Kind, Layout};
use super::super::{PdfError, PdfMeta};
use krilla::metadata::{DateTime, Metadata};

/// The displayed title: the document's, else its first heading, else "Document". PDF/UA-1
/// requires one.
pub(super) fn title(meta: &PdfMeta, layout: &Layout) -> String {
    let t = meta.title.trim();
    if !t.is_empty() {
        return super::cap(t);
    }
    layout
        .structure
        .nodes
        .iter()
        .find_map(|n| match &n.kind {
            Kind::Heading { title, .. } => Some(super::cap(title)),
            _ => None,
        })
        .unwrap_or_else(|| "Document".to_string())
}

/// The document language (`en` when none is given: the built-in templates are English).
pub(super) fn lang(meta: &PdfMeta) -> String {
    let l = meta.lang.trim();
    if l.is_empty() {
        "en".to_string()
    } else {
        l.to_string()
    }
}

pub(super) fn metadata(meta: &PdfMeta, title: &str, seed: u64) -> Result<Metadata, PdfError> {
    let mut m = Metadata::new()
        .title(title.to_string())
        .language(lang(meta))
        .creator("annexa".to_string())
        .producer(format!("annexa {} (krilla 0.8)", env!("CARGO_PKG_VERSION")))
        .creation_date(date(meta.date)?)
        .document_id(format!("{seed:016x}"));
    if !meta.author.trim().is_empty() {
        m = m.authors(vec![super::cap(meta.author.trim())]);
    }
    if !meta.subject.trim().is_empty() {
        m = m.description(super::cap(meta.subject.trim()));
    }
    Ok(m)
}

fn date(
    (year, month, day, hour, minute, second): (i32, u8, u8, u8, u8, u8),
) -> Result<DateTime, PdfError> {
    let ok = (0..=9999).contains(&year)
        && (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && hour < 24
        && minute < 60
        && second < 61;
    let year = u16::try_from(year).ok().filter(|_| ok).ok_or_else(|| {
        PdfError::Date(format!(
            "{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}"
        ))
    })?;
    Ok(DateTime::new(year)
        .month(month)
        .day(day)
        .hour(hour)
        .minute(minute)
        .second(second.min(59))
        .utc_offset_hour(0)
        .utc_offset_minute(0))
}
