//! `annexa import`: an SoA someone already keeps in a spreadsheet (xlsx, xls, ods, csv) → a
//! decisions file in annexa's own layout, every word it mapped reported with its cell.
//!
//! The stages: read the file into a [`grid::Grid`] (workbooks with calamine in `book.rs`, an
//! ods measured first in `ods.rs`, CSV with its encoding and delimiter sniffed in `text.rs`);
//! find each sheet's header row and what its columns hold (`sheet.rs`, with the names in
//! `vocabulary.rs` and [`columns`]); read each row's ID (`ids.rs`, 2013 IDs through
//! [`crate::input::correspondence`]) and values (`decide.rs`, `values.rs`) in `read.rs`;
//! settle IDs that two standards share, rows decided twice, 2013 controls merged or split
//! (`resolve.rs`); write the file (`write.rs`, [`emit`]). Nothing is written to disk here: the
//! CLI does, and only when there is no [`Problem`].
//!
//! [`update`] is the owners' round trip: the XLSX annexa wrote, edited, merged back into the
//! decisions file it came from.

mod book;
pub mod columns;
mod decide;
pub mod emit;
pub mod grid;
mod ids;
mod ods;
mod read;
mod report;
mod resolve;
mod sheet;
mod text;
pub mod update;

mod values;
mod vocabulary;
mod write;

pub use book::{MAX_COLUMNS, MAX_ROWS};
pub use columns::Field;
pub use report::Report;

use crate::model::Catalog;

/// What `annexa import` was asked.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Read only this sheet.
    pub sheet: Option<String>,
    /// `--map COLUMN=FIELD`: a header text or column letter, and the field it holds.
    pub maps: Vec<(String, Field)>,
}

/// A reason the import writes nothing, at a position (`Sheet!B12`, `file.csv:3`, or the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: String,
    pub message: String,
    pub help: Option<String>,
}

impl Problem {
    pub fn new(at: &str, message: impl Into<String>) -> Problem {
        Problem {
            at: at.to_string(),
            message: message.into(),
            help: None,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }

    /// `error: at: message` and its `help:` line, as the terminal shows it.
    pub fn render(&self) -> String {
        let mut s = format!("error: {}: {}\n", self.at, self.message);
        if let Some(h) = &self.help {
            s.push_str(&format!("  help: {h}\n"));
        }
        s
    }
}

/// A finished import: the decisions file's text and the summary.
#[derive(Debug, Clone)]
pub struct Imported {
    pub yaml: String,
    pub report: Report,
}

/// Parses `--map COLUMN=FIELD`.
pub fn parse_map(s: &str) -> Result<(String, Field), String> {
    let (col, field) = s
        .rsplit_once('=')
        .ok_or_else(|| format!("--map `{s}`: write it as COLUMN=FIELD, e.g. \"Ref=id\""))?;
    let f = Field::parse(field).ok_or_else(|| {
        let names: Vec<&str> = Field::NAMES.iter().map(|(n, _)| *n).collect();
        format!(
            "--map `{s}`: `{field}` is not a field; use one of {}",
            names.join(", ")
        )
    })?;
    Ok((col.trim().to_string(), f))
}

/// Reads any supported file into a grid; the text says what it was read as.
pub fn read_grid(name: &str, bytes: &[u8]) -> Result<(grid::Grid, String), Problem> {
    if bytes.is_empty() {
        return Err(Problem::new(name, format!("`{name}` is empty")));
    }
    match book::sniff(bytes) {
        book::Kind::Text => {
            let (g, how) = text::read(name, bytes)?;
            Ok((g, format!("CSV ({how})")))
        }
        kind => {
            let g = book::read(name, bytes, kind)?;
            let n = g.sheets.len();
            let how = format!("workbook, {n} sheet{}", if n == 1 { "" } else { "s" });
            Ok((g, how))
        }
    }
}

/// Imports the spreadsheet `bytes` (named `name` in messages) against the shipped `catalogs`.
pub fn import(
    name: &str,
    bytes: &[u8],
    opts: &Options,
    catalogs: &[Catalog],
) -> Result<Imported, Vec<Problem>> {
    let (grid, how) = read_grid(name, bytes).map_err(|p| vec![p])?;
    let mut report = Report {
        source: format!("{name}: {how}"),
        ..Report::default()
    };
    let read = read::read_sheets(&grid, opts, catalogs, &mut report)?;
    let out = resolve::settle(read, catalogs, &mut report);
    if out.decisions.is_empty() && out.additional.is_empty() {
        return Err(vec![Problem::new(
            name,
            "no row names a control of ISO/IEC 27001 (2022 or 2013) or ISO/IEC 42001",
        )
        .help("the ID column should hold IDs such as A.5.1 or 27001:A.5.1; name it with --map COLUMN=id")]);
    }
    let yaml = write::decisions_file(name, &out, catalogs, &mut report);
    Ok(Imported { yaml, report })
}
