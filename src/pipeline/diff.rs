//! `annexa diff`: the change log between two decisions files, as Markdown, an HTML page, JSON or
//! a Word document.
//! Both files are validated first; a change log is only made from two valid files.

use super::{check, Error, Report};
use crate::input;
use crate::render::changes;
use crate::render::markdown::Templates;
use crate::render::RenderError;
use std::path::Path;

/// The change log's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Md,
    Html,
    Json,
    Docx,
}

/// A change log: its bytes (UTF-8 text but for DOCX) and how many changes it reports.
#[derive(Debug)]
pub struct Compared {
    pub bytes: Vec<u8>,
    pub total: usize,
}

/// Compares `old` with `new`; `templates` is a folder of template overrides.
pub fn compare(
    old: &Path,
    new: &Path,
    format: DiffFormat,
    templates: Option<&Path>,
) -> Result<Compared, Error> {
    let (a, checked_new) = (check(old)?, check(new)?);
    let b = &checked_new;
    let (Some(a), Some(b)) = (a.soa.clone(), b.soa.clone()) else {
        let invalid: Vec<(String, Report)> = [(old, &a), (new, b)]
            .into_iter()
            .filter(|(_, c)| c.soa.is_none())
            .map(|(p, c)| (p.display().to_string(), c.report.errors_only()))
            .collect();
        return Err(Error::InvalidFiles { invalid });
    };
    let mut changes = crate::diff::diff(&a, &b);
    // The change log is in the newer file's language.
    let lang = b.document.language.as_deref();
    let dir = (b.locales.as_ref()).map(|d| checked_new.base.join(d));
    let locale = match (lang, &dir) {
        (None, None) => crate::i18n::Locale::english(),
        (lang, dir) => {
            let mut report = Report::default();
            super::locale::locale(lang, dir.as_deref(), &mut report, new)?
        }
    };
    if lang.is_some() || dir.is_some() {
        crate::i18n::changes::localise(&mut changes, &locale);
    }
    let user = match templates {
        Some(d) => input::read_templates(d).map_err(|e| Error::Read(e.to_string()))?,
        None => Vec::new(),
    };
    let org = &b.organisation.name;
    let rendered = Templates::new(&user, &locale)
        .map_err(RenderError::from)
        .and_then(|t| match format {
            DiffFormat::Md => Ok(changes::markdown(&changes, &t)?.into_bytes()),
            DiffFormat::Html => Ok(changes::html(&changes, org, &t)?.into_bytes()),
            DiffFormat::Docx => changes::docx(&changes, org, &t),
            DiffFormat::Json => {
                let json = serde_json::to_string_pretty(&changes).unwrap_or_default();
                Ok((json + "\n").into_bytes())
            }
        });
    let bytes = rendered.map_err(|e| Error::Render {
        error: e.to_string(),
        report: Box::default(),
    })?;
    Ok(Compared {
        bytes,
        total: changes.total,
    })
}
