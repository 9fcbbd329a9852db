//! `annexa init`, `annexa catalog` and `annexa templates export`: the commands that read only
//! what ships inside the binary.

use super::{CatalogAction, ReportFormat};
use crate::render::markdown::BUILTIN;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub(super) fn init(dir: PathBuf, names: Vec<String>, force: bool) -> Result<ExitCode, String> {
    let names = if names.is_empty() {
        crate::input::SHIPPED
            .iter()
            .map(|s| s.0.to_string())
            .collect()
    } else {
        names
    };
    let catalogs = names
        .iter()
        .map(|n| crate::pipeline::shipped_catalog(n))
        .collect::<Result<Vec<_>, _>>()?;
    let path = dir.join("soa.yaml");
    if path.exists() && !force {
        super::tell(&format!(
            "error: {} already exists; annexa init does not overwrite it\n  = help: pass --force to replace it, or choose another folder\n",
            path.display()
        ));
        return Ok(ExitCode::from(1));
    }
    crate::output::write::write_atomic(&path, crate::init::starter(&catalogs).as_bytes())
        .map_err(|e| e.to_string())?;
    let n: usize = catalogs.iter().map(|c| c.controls.len()).sum();
    say!(
        "wrote {} with {n} controls to decide; run `annexa validate {}` to see what is left",
        path.display(),
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

pub(super) fn catalog(action: CatalogAction) -> Result<ExitCode, String> {
    match action {
        CatalogAction::List { format } => {
            let catalogs = crate::pipeline::shipped_catalogs()?;
            if format == ReportFormat::Json {
                let list: Vec<_> = catalogs
                    .iter()
                    .map(|c| serde_json::json!({"name": c.key, "namespace": c.namespace, "title": c.name, "controls": c.controls.len(), "groups": c.groups.len(), "clauses": c.clauses.len()}))
                    .collect();
                say!(
                    "{}",
                    serde_json::to_string_pretty(&list).map_err(|e| e.to_string())?
                );
            } else {
                for c in &catalogs {
                    say!(
                        "{:<15} {:<7} {:>3} controls  {}",
                        c.key,
                        c.namespace,
                        c.controls.len(),
                        c.name
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        CatalogAction::Show { id, format } => {
            let (name, control) = match id.split_once(':') {
                Some((ns, local)) => (ns.to_string(), Some(local.to_string())),
                None => (id.clone(), None),
            };
            let key = crate::input::SHIPPED
                .iter()
                .map(|s| s.0)
                .find(|k| {
                    *k == name || k.trim_start_matches("iso").starts_with(&format!("{name}-"))
                })
                .ok_or_else(|| {
                    format!("no shipped catalog is called `{name}` (try `annexa catalog list`)")
                })?;
            let c = crate::pipeline::shipped_catalog(key)?;
            let controls: Vec<_> = c
                .controls
                .iter()
                .filter(|x| control.as_deref().is_none_or(|l| x.id == l))
                .collect();
            if controls.is_empty() {
                return Err(format!("`{id}` is not a control of {}", c.name));
            }
            if format == ReportFormat::Json {
                let list: Vec<_> = controls
                    .iter()
                    .map(|x| serde_json::json!({"id": format!("{}:{}", c.namespace, x.id), "title": x.title, "group": x.group, "summary": x.summary}))
                    .collect();
                let json = serde_json::json!({"name": c.key, "namespace": c.namespace, "title": c.name, "controls": list});
                say!(
                    "{}",
                    serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?
                );
            } else if control.is_some() {
                for x in controls {
                    say!(
                        "{}:{}  {}\n{} {}\n\n{}",
                        c.namespace,
                        x.id,
                        x.title,
                        c.group_label,
                        x.group,
                        x.summary
                    );
                }
            } else {
                say!(
                    "{} (namespace {}, {} controls)",
                    c.name,
                    c.namespace,
                    c.controls.len()
                );
                for g in &c.groups {
                    let in_group: Vec<_> = controls.iter().filter(|x| x.group == g.id).collect();
                    if in_group.is_empty() {
                        continue;
                    }
                    say!("\n{} {} ({})", g.id, g.title, in_group.len());
                    for x in in_group {
                        say!("  {:<14} {}", format!("{}:{}", c.namespace, x.id), x.title);
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Writes the built-in templates (and their documentation) into `dir`.
pub(super) fn export_templates(dir: &Path, force: bool) -> Result<ExitCode, String> {
    let readme = (
        "README.md",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/README.md")),
    );
    let files: Vec<(&str, &str)> = BUILTIN.iter().copied().chain([readme]).collect();
    let existing: Vec<String> = files
        .iter()
        .map(|(n, _)| dir.join(n))
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() && !force {
        super::tell(&format!(
            "error: {} already exist(s); nothing was written\n  = help: pass --force to overwrite\n",
            existing.join(", ")
        ));
        return Ok(ExitCode::from(1));
    }
    let files: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|(n, t)| ((*n).to_string(), t.as_bytes().to_vec()))
        .collect();
    let written = crate::output::write::write_all(dir, &files).map_err(|e| e.to_string())?;
    for p in &written {
        say!("wrote {}", p.display());
    }
    say!(
        "override any of them with `annexa build --templates {}`",
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
