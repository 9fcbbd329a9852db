//! krilla's errors → one clear message: which standard a problem breaks, where (page), and
//! what to change. The caller adds the document's file name. Nothing is written when a
//! validator objects: an archival file that does not conform would be worse than none.

use super::super::PdfError;
use super::Faces;
use crate::fonts::{FaceId, Fonts};
use krilla::configure::{ValidationError, Validators};
use krilla::error::KrillaError;
use krilla::text::Font;

/// Most problems listed in one message.
const MAX_LISTED: usize = 8;

/// The writer's fonts and where they came from, to name one in a message.
pub(super) struct Named<'a> {
    pub(super) faces: &'a Faces,
    pub(super) fonts: &'a Fonts,
}

/// The message for a failed `Document::finish`.
pub(super) fn describe(e: &KrillaError, faces: &Named<'_>) -> PdfError {
    let msg = match e {
        KrillaError::Validation(errors) => {
            let mut lines: Vec<String> = errors
                .iter()
                .map(|(v, by)| format!("{} ({})", problem(v, faces), standards(*by)))
                .collect();
            lines.dedup();
            let more = lines.len().saturating_sub(MAX_LISTED);
            lines.truncate(MAX_LISTED);
            if more > 0 {
                lines.push(format!("and {more} more"));
            }
            format!(
                "the PDF would not conform to PDF/A-2a and PDF/UA-1: {}",
                lines.join("; ")
            )
        }
        KrillaError::Font(font, m) => {
            format!("the {} cannot be embedded: {m}", font_name(font, faces))
        }
        KrillaError::Image(_, loc, m) => format!("the logo cannot be embedded{}: {m}", at(*loc)),
        KrillaError::SixteenBitImage(_, loc) => {
            format!(
                "the logo has 16-bit colour{}; give an 8-bit PNG or a JPEG",
                at(*loc)
            )
        }
        other => format!("the PDF writer failed: {other}"),
    };
    PdfError::Write(msg)
}

fn standards(by: Validators) -> String {
    let names: Vec<&str> = [
        by.archival().map(|a| a.as_str()),
        by.accessibility().map(|a| a.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    names.join(", ")
}

/// " on page N" for a location set while drawing (the page number is its high half).
fn at(loc: Option<std::num::NonZeroU64>) -> String {
    loc.map(|l| format!(" on page {}", l.get() >> 32))
        .unwrap_or_default()
}

fn font_name(font: &Font, named: &Named<'_>) -> String {
    let id = FaceId::ALL
        .into_iter()
        .find(|id| named.faces.get(id.index()).and_then(Option::as_ref) == Some(font));
    let Some(id) = id else {
        return "font".into();
    };
    let style = format!("{id:?}").to_lowercase();
    match id {
        FaceId::Fallback => "bundled CJK fallback font".into(),
        FaceId::Hangul => "bundled Hangul font".into(),
        FaceId::Mono => "bundled monospace font".into(),
        _ if named.fonts.face(id).is_some_and(|f| !f.is_bundled()) => {
            format!("theme's {style} font")
        }
        _ => format!("bundled {style} font"),
    }
}

fn problem(v: &ValidationError, faces: &Named<'_>) -> String {
    use ValidationError as V;
    match v {
        V::ContainsNotDefGlyph(font, loc, text) => format!(
            "the {} has no glyph for {text:?}{}: use a font that covers it",
            font_name(font, faces),
            at(*loc)
        ),
        V::NoCodepointMapping(font, _, loc) => format!(
            "a glyph of the {} stands for no character{}",
            font_name(font, faces),
            at(*loc)
        ),
        V::InvalidCodepointMapping(_, _, c, loc) | V::UnicodePrivateArea(_, _, c, loc) => format!(
            "U+{:04X} cannot be carried in an archival PDF{}: remove it from the text",
            *c as u32,
            at(*loc)
        ),
        V::RestrictedLicense(font) => format!(
            "the {}'s licence does not allow embedding it for any use: choose a font whose \
             licence does (its OS/2 fsType must not be 2)",
            font_name(font, faces)
        ),
        V::NoDocumentLanguage => "the document has no language".into(),
        V::NoDocumentTitle => "the document has no title".into(),
        V::MissingAltText(loc) => format!("a figure has no alternative text{}", at(*loc)),
        V::MissingHeadingTitle => "a heading has no text".into(),
        V::MissingDocumentOutline => "the document has no outline".into(),
        V::MissingAnnotationAltText(loc) => format!("a link has no description{}", at(*loc)),
        V::MissingDocumentDate => "the document has no date".into(),
        V::Transparency(loc) => format!("transparency is not allowed{}", at(*loc)),
        V::ImageInterpolation(loc) => format!("an image asks for interpolation{}", at(*loc)),
        V::MissingCMYKProfile => "a CMYK colour needs a colour profile: give RGB images".into(),
        V::TooLongString => "a text (title, author …) is longer than 32,767 characters".into(),
        other => format!("{other:?}"),
    }
}
