//! load → validate → merge, before rendering: a decisions file's model in its language
//! ([`prepare`]), or the blank toolkit set's ([`prepare_blank`]). A draft has its own
//! ([`super::draft`]).

use super::{check, locale, shipped, Error, Report, Request, NO_MATRIX};
use crate::input::digest::Input;
use crate::model::theme::Theme;
use crate::{input, merge, validate};
use std::path::{Path, PathBuf};

/// A valid input, merged, with its template overrides, theme and inputs.
pub(super) struct Prepared {
    pub(super) doc: merge::Document,
    pub(super) templates: Vec<(String, String)>,
    pub(super) theme: Option<Theme>,
    pub(super) inputs: Vec<Input>,
    pub(super) report: Report,
    pub(super) evidence: Vec<input::evidence::EvidenceRef>,
    pub(super) base: PathBuf,
}

/// load → validate → merge for a decisions file.
pub(super) fn prepare(path: &Path, req: &Request) -> Result<Prepared, Error> {
    let checked = check(path)?;
    let failed = checked.report.diagnostics.errors() > 0
        || (req.deny_warnings && checked.report.diagnostics.warnings() > 0);
    let mut report = checked.report;
    let Some(soa) = checked.soa.filter(|_| !failed) else {
        let path = path.display().to_string();
        return Err(Error::Invalid {
            path,
            report: report.into(),
        });
    };
    let previous = match &req.previous {
        Some(old_path) => {
            let old = check(old_path)?;
            match old.soa {
                Some(s) => Some(s),
                None => {
                    let path = old_path.display().to_string();
                    let previous = Box::new(old.report.errors_only());
                    return Err(Error::PreviousInvalid {
                        path,
                        previous,
                        report: report.into(),
                    });
                }
            }
        }
        None => None,
    };
    let templates = match &req.templates {
        Some(dir) => input::read_templates(dir).map_err(|e| Error::Read(e.to_string()))?,
        None => checked.templates.unwrap_or_default(),
    };
    let opts = merge::Options {
        source_date_epoch: req.source_date_epoch,
        previous: previous.as_ref(),
        draft: false,
    };
    let mut doc = merge::merge(&soa, opts);
    let lang = req.lang.clone().or_else(|| soa.document.language.clone());
    let dir =
        (req.locale_dir.clone()).or_else(|| soa.locales.as_ref().map(|d| checked.base.join(d)));
    locale::localise(&mut doc, lang.as_deref(), dir.as_deref(), &mut report, path)?;
    if soa.management_system.is_none() && soa.catalogs.iter().any(|c| !c.clauses.is_empty()) {
        report.notes.push(NO_MATRIX.into());
    }
    Ok(Prepared {
        doc,
        templates,
        theme: checked.theme,
        inputs: checked.inputs,
        report,
        evidence: checked.evidence,
        base: checked.base,
    })
}

/// The toolkit set: the shipped catalogs, and the theme file when one is given.
pub(super) fn prepare_blank(theme: Option<&Path>, req: &Request) -> Result<Prepared, Error> {
    let (catalogs, relations) = shipped::catalogs_and_relations().map_err(Error::Read)?;
    let mut inputs: Vec<Input> = input::SHIPPED
        .iter()
        .map(|(name, _, text)| Input::new(format!("built-in:{name}"), text.as_bytes()))
        .collect();
    let mut report = Report::default();
    let mut themed = None;
    if let Some(path) = theme {
        let loaded = input::load_theme(path);
        inputs.extend(loaded.inputs.iter().cloned());
        let v = validate::validate_theme(loaded);
        report.diagnostics = v.diagnostics;
        report.sources = v.sources;
        match v.theme {
            Some(t) => themed = Some(t),
            None => {
                let path = path.display().to_string();
                return Err(Error::Invalid {
                    path,
                    report: report.into(),
                });
            }
        }
    }
    if relations.is_some() {
        inputs.push(builtin_relations_input());
    }
    let localised = req.lang.is_some() || req.locale_dir.is_some();
    let locale = if localised {
        let (lang, dir) = (req.lang.as_deref(), req.locale_dir.as_deref());
        locale::locale(lang, dir, &mut report, Path::new("--lang"))?
    } else {
        crate::i18n::Locale::english()
    };
    let mut doc = merge::blank(catalogs, relations, &locale);
    if localised {
        doc.locale = locale;
        crate::i18n::relabel(&mut doc);
    }
    Ok(Prepared {
        doc,
        templates: match &req.templates {
            Some(dir) => input::read_templates(dir).map_err(|e| Error::Read(e.to_string()))?,
            None => Vec::new(),
        },
        theme: themed,
        inputs,
        report,
        evidence: Vec::new(),
        base: PathBuf::new(),
    })
}

/// The shipped relations file as a bundle input (`built-in:relations-27001-42001`).
pub(super) fn builtin_relations_input() -> Input {
    let (file, text) = input::RELATIONS;
    let name = file
        .trim_start_matches("catalogs/")
        .trim_end_matches(".yaml");
    Input::new(format!("built-in:{name}"), text.as_bytes())
}
