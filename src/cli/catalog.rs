//! `annexa catalog list` and `annexa catalog show`: the shipped catalogs as a reader looks them
//! up: by name (`iso27001-2022`) or namespace (`27001`), a whole catalog under its theme or
//! objective headings, one control (`27001:A.5.1`), one group (`42001:A.6`) or one clause
//! (`27001:4.1`).

use super::{CatalogAction, ReportFormat};
use crate::model::{Catalog, Control, Group};
use std::process::ExitCode;

pub(super) fn catalog(action: CatalogAction) -> Result<ExitCode, String> {
    match action {
        CatalogAction::List { format } => list(format),
        CatalogAction::Show { id, format } => show(&id, format),
    }
}

fn list(format: ReportFormat) -> Result<ExitCode, String> {
    let catalogs = crate::pipeline::shipped_catalogs()?;
    if format == ReportFormat::Json {
        let list: Vec<_> = catalogs
            .iter()
            .map(|c| serde_json::json!({"name": c.key, "namespace": c.namespace, "title": c.name, "controls": c.controls.len(), "groups": c.groups.len(), "clauses": c.clauses.len()}))
            .collect();
        say!("{}", json(&list)?);
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

fn json(v: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string_pretty(v).map_err(|e| e.to_string())
}

fn show(id: &str, format: ReportFormat) -> Result<ExitCode, String> {
    let (name, local) = match id.split_once(':') {
        Some((ns, local)) => (ns, Some(local.trim())),
        None => (id, None),
    };
    let c = crate::pipeline::shipped_catalog(name)?;
    let Some(local) = local else {
        return whole(&c, format);
    };
    // Clause numbers never start with "A.": `27001:5.3` is clause 5.3; an Annex A ID without
    // its "A." (`27001:5.37`) is still found when no clause has that number.
    if !local.starts_with("A.") && c.clauses.iter().any(|k| k.id == local) {
        return clause(&c, local, format);
    }
    let with_a = if local.starts_with("A.") {
        local.to_string()
    } else {
        format!("A.{local}")
    };
    if let Some(x) = c.control(&with_a) {
        return control(&c, x, format);
    }
    if let Some(g) = c.group(&with_a) {
        return group(&c, g, format);
    }
    Err(format!(
        "`{id}` is not a control, {} or clause of {} (`annexa catalog show {}` lists them)",
        c.group_label.to_lowercase(),
        c.name,
        c.namespace
    ))
}

/// A clause and the sub-clauses under it.
fn clause(c: &Catalog, id: &str, format: ReportFormat) -> Result<ExitCode, String> {
    let prefix = format!("{id}.");
    let under: Vec<_> = (c.clauses.iter())
        .filter(|k| k.id == id || k.id.starts_with(&prefix))
        .collect();
    let standard = c.standard.as_deref().unwrap_or(&c.name);
    if format == ReportFormat::Json {
        let list: Vec<_> = under
            .iter()
            .map(|k| serde_json::json!({"id": format!("{}:{}", c.namespace, k.id), "title": k.title}))
            .collect();
        let v = serde_json::json!({"id": format!("{}:{id}", c.namespace), "kind": "clause", "standard": standard, "clauses": list});
        say!("{}", json(&v)?);
        return Ok(ExitCode::SUCCESS);
    }
    say!("Clause {id} of {standard}");
    for k in under {
        let depth = k.id.matches('.').count() - id.matches('.').count();
        let indent = "  ".repeat(depth + 1);
        say!(
            "{indent}{:<12} {}",
            format!("{}:{}", c.namespace, k.id),
            k.title
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// A group's heading: "Theme A.5 Organizational controls", with its parent's for a sub-group
/// ("Objective A.6 AI system life cycle › A.6.1 Management guidance …").
fn heading(c: &Catalog, g: &Group) -> String {
    let chain: Vec<String> = c
        .group_chain(&g.id)
        .iter()
        .rev()
        .map(|g| format!("{} {}", g.id, g.title))
        .collect();
    format!("{} {}", c.group_label, chain.join(" › "))
}

fn control_json(c: &Catalog, x: &Control) -> serde_json::Value {
    serde_json::json!({"id": format!("{}:{}", c.namespace, x.id), "title": x.title, "group": x.group, "summary": x.summary})
}

fn control(c: &Catalog, x: &Control, format: ReportFormat) -> Result<ExitCode, String> {
    if format == ReportFormat::Json {
        say!("{}", json(&control_json(c, x))?);
    } else {
        let under = c
            .group(&x.group)
            .map_or_else(String::new, |g| heading(c, g));
        say!(
            "{}:{}  {}\n{under}\n\n{}",
            c.namespace,
            x.id,
            x.title,
            x.summary
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The controls of a group and of its sub-groups.
fn members<'a>(c: &'a Catalog, g: &Group) -> Vec<&'a Control> {
    let prefix = format!("{}.", g.id);
    (c.controls.iter())
        .filter(|x| x.group == g.id || x.group.starts_with(&prefix))
        .collect()
}

fn group(c: &Catalog, g: &Group, format: ReportFormat) -> Result<ExitCode, String> {
    let controls = members(c, g);
    if format == ReportFormat::Json {
        let list: Vec<_> = controls.iter().map(|x| control_json(c, x)).collect();
        let v = serde_json::json!({"id": format!("{}:{}", c.namespace, g.id), "kind": "group", "title": g.title, "controls": list});
        say!("{}", json(&v)?);
        return Ok(ExitCode::SUCCESS);
    }
    say!("{} ({} controls)", heading(c, g), controls.len());
    for x in c.controls.iter().filter(|x| x.group == g.id) {
        say!("  {:<14} {}", format!("{}:{}", c.namespace, x.id), x.title);
    }
    print_groups(
        c,
        c.groups
            .iter()
            .filter(|s| s.parent.as_deref() == Some(&g.id)),
    );
    Ok(ExitCode::SUCCESS)
}

fn whole(c: &Catalog, format: ReportFormat) -> Result<ExitCode, String> {
    if format == ReportFormat::Json {
        let list: Vec<_> = c.controls.iter().map(|x| control_json(c, x)).collect();
        let clauses: Vec<_> = c
            .clauses
            .iter()
            .map(|k| serde_json::json!({"id": format!("{}:{}", c.namespace, k.id), "title": k.title}))
            .collect();
        let v = serde_json::json!({"name": c.key, "namespace": c.namespace, "title": c.name, "controls": list, "clauses": clauses});
        say!("{}", json(&v)?);
        return Ok(ExitCode::SUCCESS);
    }
    say!(
        "{} (namespace {}, {} controls; clauses: `annexa catalog show {}:4`)",
        c.name,
        c.namespace,
        c.controls.len(),
        c.namespace
    );
    print_groups(c, c.groups.iter());
    if !c.clauses.is_empty() {
        say!("\nClauses 4-10 ({})", c.clauses.len());
        for k in &c.clauses {
            let indent = "  ".repeat(k.id.matches('.').count() + 1);
            say!(
                "{indent}{:<12} {}",
                format!("{}:{}", c.namespace, k.id),
                k.title
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Each group's heading (a parent group's too, even when it holds no control of its own) and its
/// controls.
fn print_groups<'a>(c: &Catalog, groups: impl Iterator<Item = &'a Group>) {
    for g in groups {
        let own: Vec<&Control> = c.controls.iter().filter(|x| x.group == g.id).collect();
        let total = members(c, g).len();
        if total == 0 {
            continue;
        }
        let label = match &g.parent {
            Some(_) => format!("{} {}", g.id, g.title),
            None => format!("{} {} {}", c.group_label, g.id, g.title),
        };
        say!("\n{label} ({total})");
        for x in own {
            say!("  {:<14} {}", format!("{}:{}", c.namespace, x.id), x.title);
        }
    }
}
