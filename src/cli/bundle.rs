//! `annexa bundle`: every document in every format, zipped with a manifest, checksums and a
//! README ([`crate::output::bundle`]), written atomically.

use super::build::{parse_formats, prepare, render_files, source_date_epoch, BuildArgs};
use crate::input as load;
use crate::merge;
use crate::output::bundle::{BundleMeta, Input};
use crate::output::write;
use std::path::Path;
use std::process::ExitCode;

/// Builds the bundle of `file` (or the blank toolkit set) into the zip `out`.
pub fn bundle(
    file: Option<&Path>,
    out: &Path,
    templates: Option<&Path>,
    theme: Option<&Path>,
    deny_warnings: bool,
) -> Result<ExitCode, String> {
    let all = ["all".to_string()];
    let args = BuildArgs {
        out,
        formats: &all,
        templates,
        deny_warnings,
        theme: None,
        previous: None,
    };
    let report;
    let (doc, dir, mut inputs, theme) = match file {
        Some(file) => match prepare(file, &args, source_date_epoch()?) {
            Ok(p) => {
                report = p.report;
                (p.doc, p.templates, p.inputs, p.theme)
            }
            Err(outcome) => return Ok(outcome.print()),
        },
        None => {
            let catalogs = load::SHIPPED
                .iter()
                .map(|s| super::shipped_catalog(s.0))
                .collect::<Result<Vec<_>, _>>()?;
            let (theme, theme_inputs, out) = match super::build::blank_theme(theme) {
                Ok(t) => t,
                Err(outcome) => return Ok(outcome.print()),
            };
            report = out;
            let inputs = load::SHIPPED
                .iter()
                .map(|(name, _, text)| Input::new(format!("built-in:{name}"), text.as_bytes()))
                .chain(theme_inputs)
                .collect();
            (
                merge::blank(catalogs),
                templates.map(Path::to_path_buf),
                inputs,
                theme,
            )
        }
    };
    let user = match dir.as_deref().map(load::read_templates).transpose() {
        Ok(u) => u.unwrap_or_default(),
        Err(e) => return Err(e.to_string()),
    };
    inputs.extend(
        user.iter()
            .map(|(name, text)| Input::new(format!("templates/{name}"), text.as_bytes())),
    );
    let formats = parse_formats(&all)?;
    let (rendered, mut outcome) = match render_files(&doc, &user, &formats, theme.as_ref(), report)
    {
        Ok(r) => r,
        Err(outcome) => return Ok(outcome.print()),
    };
    if deny_warnings && !rendered.warnings.is_empty() {
        eprint!("{}", outcome.stderr);
        eprintln!("error: warnings denied; nothing was written");
        return Ok(ExitCode::from(1));
    }
    let meta = BundleMeta {
        organisation: if doc.blank {
            String::new()
        } else {
            doc.organisation.name.clone()
        },
        date: doc.generated.clone(),
    };
    let zip = crate::output::bundle::bundle(&rendered.files, &inputs, &meta)
        .map_err(|e| e.to_string())?;
    write::write_atomic(out, &zip).map_err(|e| e.to_string())?;
    outcome.written.push(out.to_path_buf());
    let code = outcome.print();
    say!(
        "{} documents, manifest.json, SHA256SUMS and README.txt in {}",
        rendered.files.len(),
        out.display()
    );
    Ok(code)
}
