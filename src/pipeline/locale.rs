//! The documents' language for a build: the locale the decisions file (`document.language`,
//! `locales:`) or the command line (`--lang`, `--locale-dir`) asks for, loaded with its message
//! files, and the view model put into it. A message file's problems become located
//! diagnostics of that file; a language with no messages is reported at `language:`.

use super::{merge, Error, Report};
use std::path::Path;

/// Puts `doc` in its language: the locale for `lang` (English when none) with the message
/// files of `dir`, and the view model's labels relabelled. A message file's problems are
/// diagnostics of that file, located, like every other input's.
pub(super) fn localise(
    doc: &mut merge::Document,
    lang: Option<&str>,
    dir: Option<&Path>,
    report: &mut Report,
    path: &Path,
) -> Result<(), Error> {
    if lang.is_none() && dir.is_none() {
        return Ok(());
    }
    doc.locale = locale(lang, dir, report, path)?;
    crate::i18n::relabel(doc);
    Ok(())
}

/// The locale for `lang` (English when none) with the message files of `dir`; its problems
/// are located diagnostics in `report`.
pub(super) fn locale(
    lang: Option<&str>,
    dir: Option<&Path>,
    report: &mut Report,
    path: &Path,
) -> Result<std::sync::Arc<crate::i18n::Locale>, Error> {
    load_into(lang, dir, report, path).ok_or_else(|| Error::Invalid {
        path: path.display().to_string(),
        report: std::mem::take(report).into(),
    })
}

/// [`locale`], its problems added to `report` and `None` when there are any.
fn load_into(
    lang: Option<&str>,
    dir: Option<&Path>,
    report: &mut Report,
    path: &Path,
) -> Option<std::sync::Arc<crate::i18n::Locale>> {
    match crate::i18n::load(lang.unwrap_or("en"), dir) {
        Ok(l) => Some(std::sync::Arc::new(l)),
        Err(mut errors) => {
            for e in errors.iter_mut().filter(|e| e.file.is_empty()) {
                // The language setting: `language:` in the decisions file, else `--lang`.
                let text = std::fs::read_to_string(path).unwrap_or_default();
                let found = text.lines().enumerate().find_map(|(i, l)| {
                    let col = l.find("language:")?;
                    l.trim_start()
                        .starts_with("language:")
                        .then_some((i + 1, col + 1))
                });
                e.file = path.display().to_string();
                (e.line, e.column) = found.unwrap_or((0, 0));
            }
            crate::i18n::report(&errors, report);
            None
        }
    }
}

/// Whether the language `soa` asks for (`document.language`, `locales:`) has its messages; its
/// problems are added to `report`, located.
pub(super) fn check(
    soa: &crate::model::Soa,
    base: &Path,
    report: &mut Report,
    path: &Path,
) -> bool {
    let lang = soa.document.language.as_deref();
    let dir = soa.locales.as_ref().map(|d| base.join(d));
    if lang.is_none() && dir.is_none() {
        return true;
    }
    load_into(lang, dir.as_deref(), report, path).is_some()
}
