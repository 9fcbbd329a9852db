//! What an import tells the user: where it read, what each column was taken for, every word it
//! mapped (and to what) with its cells, every word it could not map, rows it ignored and why,
//! the 2013 controls that were merged or split, and the totals.

use std::fmt::Write as _;

/// The import's account of itself, printed as its summary.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// "xlsx workbook", "CSV (Windows-1252, `;`-separated)".
    pub source: String,
    /// One line per sheet: read (header row, rows) or left out (why).
    pub sheets: Vec<String>,
    /// `Sheet!B3 "Applicable?" → applicable`.
    pub columns: Vec<String>,
    /// (word, what it became, cells), in order of first appearance.
    pub mapped: Vec<(String, String, Vec<String>)>,
    /// (word, field, cells).
    pub unmapped: Vec<(String, String, Vec<String>)>,
    /// (row position, why).
    pub ignored: Vec<(String, String)>,
    /// 2013 controls merged into one 2022 control, or split into several.
    pub remapped: Vec<String>,
    /// Controls in scope, decided, undecided (left for `annexa validate` to list).
    pub controls: usize,
    pub decided: usize,
    pub additional: usize,
}

impl Report {
    pub fn mapped(&mut self, word: &str, to: &str, at: &str) {
        add(&mut self.mapped, word, to, at);
    }

    pub fn unmapped(&mut self, word: &str, what: &str, at: &str) {
        add(&mut self.unmapped, word, what, at);
    }

    pub fn ignore(&mut self, at: String, why: impl Into<String>) {
        self.ignored.push((at, why.into()));
    }

    /// The summary as printed.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "read {}", self.source);
        for l in &self.sheets {
            let _ = writeln!(s, "  {l}");
        }
        if !self.columns.is_empty() {
            let _ = writeln!(s, "columns:");
            for c in &self.columns {
                let _ = writeln!(s, "  {c}");
            }
        }
        if !self.mapped.is_empty() {
            let _ = writeln!(s, "values mapped:");
            for (w, to, at) in &self.mapped {
                let _ = writeln!(s, "  {:?} → {to} ({})", w, cells(at));
            }
        }
        if !self.unmapped.is_empty() {
            let _ = writeln!(
                s,
                "values not understood (left out; fix the cell or the YAML):"
            );
            for (w, what, at) in &self.unmapped {
                let _ = writeln!(s, "  {:?} as {what} ({})", w, cells(at));
            }
        }
        if !self.remapped.is_empty() {
            let _ = writeln!(s, "ISO/IEC 27001:2013 controls mapped to 2022:");
            for r in &self.remapped {
                let _ = writeln!(s, "  {r}");
            }
        }
        if !self.ignored.is_empty() {
            let _ = writeln!(s, "rows ignored: {}", self.ignored.len());
            for (at, why) in &self.ignored {
                let _ = writeln!(s, "  {at}: {why}");
            }
        }
        let undecided = self.controls - self.decided.min(self.controls);
        let _ = write!(
            s,
            "{} controls in scope: {} decided, {undecided} undecided",
            self.controls, self.decided
        );
        if self.additional > 0 {
            let _ = write!(s, "; {} additional controls", self.additional);
        }
        let _ = writeln!(s, "; rows ignored: {}", self.ignored.len());
        s
    }
}

fn add(list: &mut Vec<(String, String, Vec<String>)>, word: &str, to: &str, at: &str) {
    let word = word.trim().to_string();
    match list.iter_mut().find(|(w, t, _)| *w == word && t == to) {
        Some((_, _, cells)) => cells.push(at.to_string()),
        None => list.push((word, to.to_string(), vec![at.to_string()])),
    }
}

/// `Sheet!F3, F4, F9` for the first cells, `and N more` after eight.
fn cells(at: &[String]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut sheet = "";
    for a in at.iter().take(8) {
        match a.rsplit_once('!') {
            Some((s, c)) if s == sheet => out.push(c.to_string()),
            Some((s, _)) => {
                sheet = s;
                out.push(a.clone());
            }
            None => out.push(a.clone()),
        }
    }
    if at.len() > 8 {
        out.push(format!("and {} more", at.len() - 8));
    }
    out.join(", ")
}
