//! The command line: parse arguments, call the pipeline, print, pick the exit code.
//!
//! This is the only layer that prints. Exit codes: 0 success, 1 invalid input (the diagnostics
//! say why), 2 any other failure (a file that cannot be read or written, bad arguments).

/// Prints a line to stdout; a closed pipe (`annexa … | head`) is not an error worth a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

mod batch;
mod build;
mod bundle;
mod diff;

use crate::diag::Diagnostics;
use crate::input as load;
use crate::validate;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "annexa",
    version,
    about = "Statement of Applicability generator for ISO/IEC 27001:2022 and ISO/IEC 42001:2023"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a decisions file and report every problem with file, line and column
    Validate {
        /// The decisions file (soa.yaml)
        file: PathBuf,
        /// Output style of the report
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Treat warnings as errors (exit 1 when there is any)
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Render the documents (Markdown, HTML, PDF) into a folder
    Build {
        /// The decisions file (soa.yaml); several files or a folder build one output folder per
        /// organisation under --out
        #[arg(required_unless_present = "blank", conflicts_with = "blank")]
        files: Vec<PathBuf>,
        /// Build the toolkit set instead: every document with no organisation data, placeholders
        /// wherever the organisation must write (for toolkit vendors)
        #[arg(long)]
        blank: bool,
        /// Output folder (created when missing)
        #[arg(long, short, default_value = "output")]
        out: PathBuf,
        /// Formats to write, comma-separated: md, html, pdf (every document); xlsx, csv, json (the
        /// SoA as data); or all
        #[arg(long, value_delimiter = ',', default_value = "md,html,pdf")]
        format: Vec<String>,
        /// Folder of template overrides (wins over `templates:` in the decisions file)
        #[arg(long)]
        templates: Option<PathBuf>,
        /// Treat warnings as errors
        #[arg(long)]
        deny_warnings: bool,
        /// A previous version of the decisions file: adds "Changes since version X" to the SoA
        #[arg(long, value_name = "OLD.yaml", conflicts_with = "blank")]
        previous: Option<PathBuf>,
        /// A theme file (logo, accent, font, footer) for the blank toolkit set; a decisions
        /// file names its own with `theme:`
        #[arg(long)]
        theme: Option<PathBuf>,
    },
    /// Report what changed between two versions of a decisions file
    Diff {
        /// The earlier decisions file
        old: PathBuf,
        /// The later decisions file
        new: PathBuf,
        /// Output: Markdown (default), an HTML page, or JSON
        #[arg(long, value_enum, default_value_t = diff::DiffFormat::Md)]
        format: diff::DiffFormat,
        /// Write the report to this file instead of the terminal
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Folder of template overrides (`changes.md`, `changes-body.md`, `page.html`)
        #[arg(long)]
        templates: Option<PathBuf>,
    },
    /// Zip every document in every format with a manifest of SHA-256 hashes and a README
    Bundle {
        /// The decisions file (soa.yaml)
        #[arg(required_unless_present = "blank", conflicts_with = "blank")]
        file: Option<PathBuf>,
        /// Bundle the blank toolkit set (for toolkit vendors)
        #[arg(long)]
        blank: bool,
        /// The zip file to write
        #[arg(long, short, default_value = "toolkit.zip")]
        out: PathBuf,
        /// Folder of template overrides (wins over `templates:` in the decisions file)
        #[arg(long)]
        templates: Option<PathBuf>,
        /// Treat warnings as errors
        #[arg(long)]
        deny_warnings: bool,
        /// A theme file for the blank toolkit set (see `build --theme`)
        #[arg(long)]
        theme: Option<PathBuf>,
    },
    /// Write the built-in templates into a folder, to start your own from
    Templates {
        #[command(subcommand)]
        action: TemplatesAction,
    },
    /// Write a starter decisions file listing every control, undecided
    Init {
        /// Folder to write soa.yaml into
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Catalogs to include (default: iso27001-2022 and iso42001-2023)
        #[arg(long = "catalog", value_name = "NAME")]
        catalogs: Vec<String>,
        /// Overwrite an existing soa.yaml
        #[arg(long)]
        force: bool,
    },
    /// List or show the shipped catalogs
    Catalog {
        #[command(subcommand)]
        action: CatalogAction,
    },
}

#[derive(Debug, Subcommand)]
pub enum CatalogAction {
    /// List the shipped catalogs
    List {
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    /// Show a catalog's controls (by name or namespace), or one control (e.g. 27001:A.5.1)
    Show {
        id: String,
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
}

#[derive(Debug, Subcommand)]
pub enum TemplatesAction {
    /// Write the built-in templates into DIR (refuses to overwrite without --force)
    Export {
        dir: PathBuf,
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

/// Runs the program with the process arguments.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// Runs one command. `Err` is a failure other than invalid input (exit 2).
pub fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Validate {
            file,
            format,
            deny_warnings,
        } => {
            let loaded = load::load(&file).map_err(|e| e.to_string())?;
            let v = validate::validate(loaded);
            let failed =
                v.diagnostics.errors() > 0 || (deny_warnings && v.diagnostics.warnings() > 0);
            match format {
                ReportFormat::Json => {
                    let mut json = v.diagnostics.to_json(&v.sources);
                    json["valid"] = (!failed).into();
                    say!(
                        "{}",
                        serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?
                    );
                }
                ReportFormat::Text => {
                    eprint!("{}", v.diagnostics.render(&v.sources));
                    if let Some(soa) = &v.soa {
                        if !failed {
                            let n = soa.decisions.len();
                            let catalogs: Vec<&str> =
                                soa.catalogs.iter().map(|c| c.name.as_str()).collect();
                            say!(
                                "{}: valid, {n} controls decided ({})",
                                file.display(),
                                catalogs.join(", ")
                            );
                        }
                    }
                }
            }
            Ok(exit(failed))
        }
        Command::Build {
            files,
            blank: _,
            out,
            format,
            templates,
            deny_warnings,
            previous,
            theme,
        } => {
            if theme.is_some() && !files.is_empty() {
                return Err(THEME_BLANK_ONLY.into());
            }
            let opts = build::BuildArgs {
                out: &out,
                formats: &format,
                templates: templates.as_deref(),
                deny_warnings,
                previous: previous.as_deref(),
                theme: theme.as_deref(),
            };
            match files.as_slice() {
                [] => build::build_blank(&opts),
                [file] if !file.is_dir() => build::build(file, &opts),
                _ => batch::build_many(&files, &opts),
            }
        }
        Command::Diff {
            old,
            new,
            format,
            out,
            templates,
        } => diff::diff(&old, &new, format, out.as_deref(), templates.as_deref()),
        Command::Bundle {
            file: Some(_),
            theme: Some(_),
            ..
        } => Err(THEME_BLANK_ONLY.into()),
        Command::Bundle {
            file,
            blank: _,
            out,
            templates,
            deny_warnings,
            theme,
        } => bundle::bundle(
            file.as_deref(),
            &out,
            templates.as_deref(),
            theme.as_deref(),
            deny_warnings,
        ),
        Command::Templates {
            action: TemplatesAction::Export { dir, force },
        } => build::export_templates(&dir, force),
        Command::Init {
            dir,
            catalogs,
            force,
        } => init(dir, catalogs, force),
        Command::Catalog { action } => catalog(action),
    }
}

const THEME_BLANK_ONLY: &str =
    "--theme is for --blank; a decisions file names its theme with `theme:` (examples/README.md)";

fn exit(failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints diagnostics to stderr (used when a command stops on invalid input).
pub fn report(diags: &Diagnostics, sources: &crate::diag::Sources) {
    eprint!("{}", diags.render(sources));
}

pub(crate) fn shipped_catalog(name: &str) -> Result<crate::model::Catalog, String> {
    let loaded = load::load_shipped(name).ok_or_else(|| {
        let names: Vec<&str> = load::SHIPPED.iter().map(|s| s.0).collect();
        format!(
            "no shipped catalog is called `{name}` (shipped: {})",
            names.join(", ")
        )
    })?;
    let v = validate::validate_catalogs(loaded);
    v.into_iter()
        .next()
        .ok_or_else(|| format!("the shipped catalog `{name}` is invalid"))
}

fn init(dir: PathBuf, names: Vec<String>, force: bool) -> Result<ExitCode, String> {
    let names = if names.is_empty() {
        load::SHIPPED.iter().map(|s| s.0.to_string()).collect()
    } else {
        names
    };
    let catalogs = names
        .iter()
        .map(|n| shipped_catalog(n))
        .collect::<Result<Vec<_>, _>>()?;
    let path = dir.join("soa.yaml");
    if path.exists() && !force {
        eprintln!(
            "error: {} already exists; annexa init does not overwrite it\n  = help: pass --force to replace it, or choose another folder",
            path.display()
        );
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

fn catalog(action: CatalogAction) -> Result<ExitCode, String> {
    match action {
        CatalogAction::List { format } => {
            let catalogs = load::SHIPPED
                .iter()
                .map(|s| shipped_catalog(s.0))
                .collect::<Result<Vec<_>, _>>()?;
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
            let key = load::SHIPPED
                .iter()
                .map(|s| s.0)
                .find(|k| {
                    *k == name || k.trim_start_matches("iso").starts_with(&format!("{name}-"))
                })
                .ok_or_else(|| {
                    format!("no shipped catalog is called `{name}` (try `annexa catalog list`)")
                })?;
            let c = shipped_catalog(key)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
