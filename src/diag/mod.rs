//! Diagnostics: what is wrong with the input, where, and how to fix it.
//!
//! Validation collects every problem of a run into a [`Diagnostics`] list instead of stopping at
//! the first. Each [`Diagnostic`] names a file, line and column, a stable `code` (for scripts and
//! editors), a message and, where a fix is known, a `help` line. The CLI prints them in the
//! compiler style below, or as JSON with `--format json`:
//!
//! ```text
//! error[unknown-control]: unknown control `27001:A.5.38`
//!   --> soa.yaml:14:3
//!    |
//! 14 |   27001:A.5.38:
//!    |   ^^^^^^^^^^^^
//!    = help: did you mean `27001:A.5.28`?
//! ```

use crate::input::yaml::Pos;
use std::fmt::Write as _;

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
    pub code: &'static str,
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
    pub fn error(code: &'static str, file: usize, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            file,
            pos: pos.into(),
            help: None,
            notes: Vec::new(),
        }
    }

    pub fn warning(code: &'static str, file: usize, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, file, pos, message)
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
}

/// The texts of every file a run read, for snippets. Index 0 is the decisions file.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: Vec<(String, String)>,
}

impl Sources {
    /// Adds a file and returns its index.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> usize {
        self.files.push((name.into(), text.into()));
        self.files.len() - 1
    }

    pub fn name(&self, file: usize) -> &str {
        self.files.get(file).map_or("<unknown>", |f| f.0.as_str())
    }

    pub fn text(&self, file: usize) -> &str {
        self.files.get(file).map_or("", |f| f.1.as_str())
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

    /// Renders every diagnostic in the compiler style, then a one-line tally.
    pub fn render(&self, sources: &Sources) -> String {
        let mut out = String::new();
        for d in self.sorted() {
            out.push_str(&render_one(d, sources));
            out.push('\n');
        }
        let (e, w) = (self.errors(), self.warnings());
        if e + w > 0 {
            let _ = writeln!(out, "{}, {}", plural(e, "error"), plural(w, "warning"));
        }
        out
    }

    /// The JSON form: `{"errors": n, "warnings": n, "diagnostics": [{file, line, column, ...}]}`.
    pub fn to_json(&self, sources: &Sources) -> serde_json::Value {
        let list: Vec<serde_json::Value> = self
            .sorted()
            .into_iter()
            .map(|d| {
                let mut v = serde_json::to_value(d).unwrap_or_default();
                if let Some(obj) = v.as_object_mut() {
                    obj.insert("file".into(), sources.name(d.file).into());
                }
                v
            })
            .collect();
        serde_json::json!({
            "errors": self.errors(),
            "warnings": self.warnings(),
            "diagnostics": list,
        })
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// One diagnostic with its snippet.
pub fn render_one(d: &Diagnostic, sources: &Sources) -> String {
    let kind = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut out = format!("{kind}[{}]: {}\n", d.code, d.message);
    let (line, col) = (d.pos.line, d.pos.column);
    // As rustc: the arrow and the gutter are as wide as the line number.
    let num = line.to_string();
    let pad = " ".repeat(num.len());
    let _ = writeln!(out, "{pad}--> {}:{line}:{col}", sources.name(d.file));
    if let Some(src) = line
        .checked_sub(1)
        .and_then(|i| sources.text(d.file).lines().nth(i as usize))
    {
        // Tabs are shown as four spaces so the caret lines up under the token.
        let width = |c: char| if c == '\t' { 4 } else { 1 };
        let shown: String = src
            .chars()
            .take(160)
            .map(|c| {
                if c == '\t' {
                    "    ".to_string()
                } else {
                    c.to_string()
                }
            })
            .collect();
        let start = col.saturating_sub(1) as usize;
        let caret_at: usize = src.chars().take(start).map(width).sum();
        let token: usize = src
            .chars()
            .skip(start)
            .take(d.pos.len.max(1) as usize)
            .map(width)
            .sum();
        let caret_len = token.max(1).min(160usize.saturating_sub(caret_at).max(1));
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{num} | {shown}");
        let _ = writeln!(
            out,
            "{pad} | {}{}",
            " ".repeat(caret_at.min(160)),
            "^".repeat(caret_len)
        );
    }
    for n in &d.notes {
        let _ = writeln!(out, "{pad} = note: {n}");
    }
    if let Some(h) = &d.help {
        let _ = writeln!(out, "{pad} = help: {h}");
    }
    out
}

/// Edit distance (Damerau: a swap of two neighbours counts once), for "did you mean".
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        prev2 = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

/// The closest candidate within a small distance, if any.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).clamp(1, 3);
    candidates
        .into_iter()
        .map(|c| (distance(&word.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("ownr", "owner"), 1);
        assert_eq!(distance("A.5.01", "A.5.10"), 1);
        assert_eq!(distance("abc", "abc"), 0);
        assert_eq!(closest("statsu", ["status", "owner"]), Some("status"));
        assert_eq!(closest("zzzzzz", ["status", "owner"]), None);
    }

    #[test]
    fn ties_keep_the_order_found() {
        let mut list = Diagnostics::default();
        let at = |line| Pos {
            line,
            col: 1,
            len: 0,
        };
        for (line, m) in [(3, "A.5.9"), (3, "A.5.10"), (1, "z"), (3, "A.5.2")] {
            list.push(Diagnostic::error("c", 0, at(line), m));
        }
        list.push(Diagnostic::warning("w", 0, at(1), "a"));
        let order: Vec<&str> = list.sorted().iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, ["z", "a", "A.5.9", "A.5.10", "A.5.2"]);
    }

    #[test]
    fn renders_snippet_with_caret() {
        let mut s = Sources::default();
        let f = s.add("soa.yaml", "a: 1\n  ownr: x\n");
        let d = Diagnostic::error(
            "unknown-field",
            f,
            Pos {
                line: 2,
                col: 3,
                len: 4,
            },
            "unknown field `ownr`",
        )
        .help("did you mean `owner`?");
        let text = render_one(&d, &s);
        assert_eq!(
            text,
            "error[unknown-field]: unknown field `ownr`\n --> soa.yaml:2:3\n  |\n2 |   ownr: x\n  |   ^^^^\n  = help: did you mean `owner`?\n"
        );
    }

    #[test]
    fn the_arrow_is_as_wide_as_the_line_number() {
        let mut s = Sources::default();
        let text = format!("{}x: 1\n", "\n".repeat(1233));
        let f = s.add("soa.yaml", text);
        let at = |line| Pos {
            line,
            col: 1,
            len: 1,
        };
        let long = render_one(&Diagnostic::error("c", f, at(1234), "m").help("h"), &s);
        assert_eq!(
            long,
            "error[c]: m\n    --> soa.yaml:1234:1\n     |\n1234 | x: 1\n     | ^\n     = help: h\n"
        );
        let none = render_one(&Diagnostic::error("c", f, at(99_999), "m").help("h"), &s);
        assert_eq!(
            none,
            "error[c]: m\n     --> soa.yaml:99999:1\n      = help: h\n"
        );
    }

    #[test]
    fn tabs_in_the_snippet_keep_the_caret_aligned() {
        let mut s = Sources::default();
        let f = s.add("soa.yaml", "a:\n\tb: x\n");
        let at = |col, len| Pos { line: 2, col, len };
        let tab = render_one(&Diagnostic::error("yaml-syntax", f, at(1, 0), "tab"), &s);
        assert!(tab.contains("2 |     b: x\n  | ^^^^\n"), "{tab}");
        let value = render_one(&Diagnostic::error("wrong-type", f, at(5, 1), "x"), &s);
        assert!(value.contains("2 |     b: x\n  |        ^\n"), "{value}");
    }
}
