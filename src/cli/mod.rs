//! The command line: parse arguments, call the pipeline, print, pick the exit code.
//!
//! This is the only layer that prints. Exit codes: 0 success, 1 invalid input (the diagnostics
//! say why), 2 any other failure (a file that cannot be read or written, bad arguments).
//! Everything written to stderr goes through `tell`, which shows control and invisible
//! characters escaped (`\u{1b}`): a value from the user's files must not drive the terminal.

/// Prints a line to stdout; a closed pipe (`annexa … | head`) is not an error worth a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Writes `text` to stderr with control and invisible characters escaped.
pub(crate) fn tell(text: &str) {
    use std::io::Write as _;
    let _ = std::io::stderr()
        .lock()
        .write_all(crate::diag::escape(text).as_bytes());
}

/// `error: MESSAGE` and a newline: one `error:` prefix, even when the message has its own (a
/// template error from tera starts with one).
pub(crate) fn error_line(message: &str) -> String {
    let message = message.strip_prefix("error: ").unwrap_or(message);
    format!("error: {message}\n")
}

/// A path as shown on stdout: hidden characters escaped.
pub(crate) fn shown(path: &std::path::Path) -> String {
    crate::diag::escape(&path.display().to_string()).into_owned()
}

mod args;
mod batch;
mod build;
mod catalog;
mod diff;
mod import;
mod starter;

use crate::pipeline::DiffFormat;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "annexa",
    version,
    about = "Statement of Applicability generator for ISO/IEC 27001:2022 and ISO/IEC 42001:2023",
    disable_help_subcommand = true
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
    /// Render the documents (Markdown, HTML, PDF, Word) into a folder
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
        /// Formats to write, comma-separated: md, html, pdf, docx (every document); xlsx, csv, json
        /// (the SoA as data); or all
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
        /// The documents' language: en, de, fr, es, or one a --locale-dir file adds (wins over
        /// `document.language`)
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Folder of message files (`<lang>.ftl`): a language of your own, or changed wording
        /// (wins over `locales:` in the decisions file)
        #[arg(long, value_name = "DIR")]
        locale_dir: Option<PathBuf>,
        /// Build a draft from an unfinished file: undecided controls and missing fields are
        /// allowed (shown as Undecided and [To complete]), every page is marked DRAFT, the
        /// problems left are listed in the SoA's appendix; exit 0 with a warning count
        #[arg(long, conflicts_with_all = ["blank", "deny_warnings", "previous"])]
        draft: bool,
    },
    /// Report what changed between two versions of a decisions file
    Diff {
        /// The earlier decisions file
        old: PathBuf,
        /// The later decisions file
        new: PathBuf,
        /// Output: Markdown (default), an HTML page, JSON, or a Word document (docx, with --out)
        #[arg(long, value_enum, default_value_t = DiffFormat::Md)]
        format: DiffFormat,
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
        /// Copy the evidence files the decisions file names into the zip, under `evidence/`
        #[arg(long, conflicts_with = "blank")]
        with_evidence: bool,
        /// The documents' language (see `build --lang`)
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Folder of message files (see `build --locale-dir`)
        #[arg(long, value_name = "DIR")]
        locale_dir: Option<PathBuf>,
    },
    /// Read an existing SoA spreadsheet (xlsx, xls, ods, csv) into a decisions file; with
    /// --update, merge an edited annexa workbook back into its decisions file
    Import {
        /// The spreadsheet (or, with --update, the edited annexa XLSX)
        file: PathBuf,
        /// Read only this sheet
        #[arg(long)]
        sheet: Option<String>,
        /// What a column holds, when the header does not say: COLUMN=FIELD, where COLUMN is a
        /// header text or a column letter and FIELD one of id, title, applicable, reasons,
        /// risks, justification, status, target_date, status_reason, owner, implementation,
        /// evidence, last_review, notes, ignore (repeat for more columns)
        #[arg(long = "map", value_name = "COLUMN=FIELD")]
        maps: Vec<String>,
        /// The decisions file to write (default soa.yaml; with --update, the updated file
        /// instead of changing SOA.yaml in place)
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Overwrite an existing output file
        #[arg(long)]
        force: bool,
        /// Merge the edited cells of an XLSX annexa wrote into this decisions file, keeping its
        /// comments, order and formatting
        #[arg(long, value_name = "SOA.yaml", conflicts_with_all = ["sheet", "maps", "force"])]
        update: Option<PathBuf>,
    },
    /// Write the built-in templates into a folder, to start your own from
    Templates {
        #[command(subcommand)]
        action: TemplatesAction,
    },
    /// Write a shipped language's messages into a folder, to translate or reword from
    Locales {
        #[command(subcommand)]
        action: LocalesAction,
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
    /// Print help: `annexa help decisions` is the decisions file's schema; `annexa help COMMAND`
    /// a command's options
    Help {
        /// `decisions`, or a command name
        topic: Vec<String>,
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

#[derive(Debug, Subcommand)]
pub enum LocalesAction {
    /// Write the messages of a shipped language into DIR as `<lang>.ftl` (refuses to overwrite
    /// without --force); name the folder with `locales:` or `--locale-dir`
    Export {
        dir: PathBuf,
        /// The shipped language to start from: en, de, fr or es
        #[arg(long, default_value = "en")]
        lang: String,
        /// Write the file as this language instead (a new language, e.g. `ar`)
        #[arg(long = "as", value_name = "LANG")]
        as_lang: Option<String>,
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
            tell(&error_line(&message));
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
        } => build::validate(&file, format, deny_warnings),
        Command::Build {
            files,
            blank: _,
            out,
            format,
            templates,
            deny_warnings,
            previous,
            theme,
            lang,
            locale_dir,
            draft,
        } => {
            if theme.is_some() && !files.is_empty() {
                return Err(THEME_BLANK_ONLY.into());
            }
            let mut base = args::Resolved::new(&format, templates, previous, deny_warnings)?
                .language(lang, locale_dir);
            base.draft = draft;
            args::out_folder(&out)?;
            match files.as_slice() {
                [] => build::build(base.request(crate::pipeline::Source::Blank { theme }), &out),
                [file] if !file.is_dir() => build::build(
                    base.request(crate::pipeline::Source::File(file.clone())),
                    &out,
                ),
                _ => batch::build_many(&files, &base, &out),
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
            with_evidence,
            lang,
            locale_dir,
        } => {
            let base = args::Resolved::new(&["all".into()], templates, None, deny_warnings)?
                .language(lang, locale_dir);
            let source = match file {
                Some(f) => crate::pipeline::Source::File(f),
                None => crate::pipeline::Source::Blank { theme },
            };
            let opts = crate::pipeline::BundleOptions { with_evidence };
            build::bundle(base.request(source), &out, opts)
        }
        Command::Import {
            file,
            sheet,
            maps,
            out,
            force,
            update,
        } => import::import(import::Args {
            file,
            sheet,
            maps,
            out,
            force,
            update,
        }),
        Command::Templates {
            action: TemplatesAction::Export { dir, force },
        } => starter::export_templates(&dir, force),
        Command::Locales {
            action:
                LocalesAction::Export {
                    dir,
                    lang,
                    as_lang,
                    force,
                },
        } => starter::export_locale(&dir, &lang, as_lang.as_deref(), force),
        Command::Init {
            dir,
            catalogs,
            force,
        } => starter::init(dir, catalogs, force),
        Command::Catalog { action } => catalog::catalog(action),
        Command::Help { topic } => starter::help(&topic),
    }
}

const THEME_BLANK_ONLY: &str =
    "--theme is for --blank; a decisions file names its theme with `theme:` (examples/README.md)";

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }
}
