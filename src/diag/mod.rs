//! Diagnostics: what is wrong with the input, where, and how to fix it.
//!
//! Validation collects every problem of a run into a [`Diagnostics`] list instead of stopping at
//! the first. Each [`Diagnostic`] names a file, line and column, a stable [`Code`] (for scripts
//! and editors; listed in `docs/diagnostics.md`), a message and, where a fix is known, a `help`
//! line. [`Diagnostics::render`] prints them in the compiler style below;
//! [`Diagnostics::to_json`] gives the JSON of `--format json`:
//!
//! ```text
//! error[unknown-control]: unknown control `27001:A.5.38`
//!   --> soa.yaml:14:3
//!    |
//! 14 |   27001:A.5.38:
//!    |   ^^^^^^^^^^^^
//!    = help: did you mean `27001:A.5.28`?
//! ```
//!
//! This file holds the types; the codes, the source texts, the rendering and "did you mean"
//! each have their own module, so that each changes for one reason.

mod code;
pub mod escape;
mod plain;
pub mod render;
mod sources;
mod suggest;

pub use code::Code;
pub use escape::escape;
pub use plain::io_words;
pub use render::render_one;
pub use sources::Sources;
pub use suggest::{closest, distance};

use crate::input::yaml::Pos;

/// How bad a problem is. Errors stop a build; warnings do not, unless `--deny-warnings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    pub message: String,
    /// Index into [`Sources`].
    #[serde(skip)]
    pub file: usize,
    #[serde(flatten)]
    pub pos: PosJson,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Secondary remarks, e.g. where a duplicate was first seen.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Other places in the same file the problem concerns, each shown with its own snippet: the
    /// bracket a YAML syntax error left open, many lines before the parser gave up.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
}

/// A second place in the file of a [`Diagnostic`], with what it is: `this `[` is never closed`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Related {
    #[serde(flatten)]
    pub pos: PosJson,
    pub message: String,
}

/// Line and column as they appear in JSON output.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct PosJson {
    pub line: u32,
    pub column: u32,
    #[serde(skip)]
    pub len: u32,
}

impl From<Pos> for PosJson {
    fn from(p: Pos) -> Self {
        PosJson {
            line: p.line,
            column: p.col,
            len: p.len,
        }
    }
}

impl Diagnostic {
    /// An error. In debug builds, a code that is always a warning is refused here.
    pub fn error(code: Code, file: usize, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Error, code, file, pos, message)
    }

    /// A warning. In debug builds, a code that is always an error is refused here.
    pub fn warning(code: Code, file: usize, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Warning, code, file, pos, message)
    }

    fn new(
        severity: Severity,
        code: Code,
        file: usize,
        pos: Pos,
        message: impl Into<String>,
    ) -> Self {
        debug_assert!(
            code.severity().is_none_or(|s| s == severity),
            "`{code}` is documented as {:?}",
            code.severity()
        );
        Diagnostic {
            severity,
            code,
            message: message.into(),
            file,
            pos: pos.into(),
            help: None,
            notes: Vec::new(),
            related: Vec::new(),
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Adds another place the problem concerns, shown with its own snippet.
    pub fn related(mut self, pos: Pos, message: impl Into<String>) -> Self {
        self.related.push(Related {
            pos: pos.into(),
            message: message.into(),
        });
        self
    }
}

/// Every diagnostic of a run, in the order found; [`Diagnostics::sorted`] orders them by file
/// and position for printing.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, s: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == s).count()
    }

    /// By file, line, column and severity; at one place, in the order found (which is
    /// deterministic), so controls not decided are listed `A.5.9`, `A.5.10` as in the catalog,
    /// not `A.5.10`, `A.5.9` as the alphabet would have it.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        v.sort_by_key(|d| (d.file, d.pos.line, d.pos.column, d.severity));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_keep_the_order_found() {
        let mut list = Diagnostics::default();
        let at = |line| Pos {
            line,
            col: 1,
            len: 0,
        };
        for (line, m) in [(3, "A.5.9"), (3, "A.5.10"), (1, "z"), (3, "A.5.2")] {
            list.push(Diagnostic::error(Code::Undecided, 0, at(line), m));
        }
        list.push(Diagnostic::warning(Code::ReviewOverdue, 0, at(1), "a"));
        let order: Vec<&str> = list.sorted().iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, ["z", "a", "A.5.9", "A.5.10", "A.5.2"]);
    }

    #[test]
    fn json_fields_keep_their_names_and_the_code_its_text() {
        let at = Pos {
            line: 2,
            col: 3,
            len: 4,
        };
        let d = Diagnostic::warning(Code::MissingStatusReason, 0, at, "m").help("h");
        assert_eq!(
            serde_json::to_value(&d).ok(),
            Some(serde_json::json!({
                "severity": "warning",
                "code": "missing-status-reason",
                "message": "m",
                "line": 2,
                "column": 3,
                "help": "h",
            }))
        );
    }
}
