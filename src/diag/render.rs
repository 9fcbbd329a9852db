//! Diagnostics as text (compiler style, with a snippet of the line and a caret under the
//! token) and as JSON, both byte-stable: CI users match on them.
//!
//! The report is one block per diagnostic in [`Diagnostics::sorted`] order, then a tally line.
//! Snippets are cut at 160 characters and tabs shown as four spaces, so the caret stays under
//! the token it points at. Control and invisible characters from the user's files are shown
//! escaped (`\u{1b}`, see [`super::escape::escape`]). At most [`MAX_PER_CODE`] diagnostics of one code
//! are shown, then one line says how many more there are: 40,000 copies of one mistake bury
//! everything else, and the JSON report still lists every one.

use super::escape::{escape, hidden, shown_width};
use super::{Code, Diagnostic, Diagnostics, Severity, Sources};
use std::collections::HashMap;
use std::fmt::Write as _;

/// How many characters of a line a snippet shows.
const SNIPPET_WIDTH: usize = 160;

/// How many diagnostics of one code the text report shows. Above the 131 controls of the two
/// shipped catalogs, so a fresh `annexa init` file still lists every control left to decide.
pub const MAX_PER_CODE: usize = 200;

impl Diagnostics {
    /// Renders the diagnostics in the compiler style (at most [`MAX_PER_CODE`] of each code,
    /// then how many more), then a one-line tally.
    pub fn render(&self, sources: &Sources) -> String {
        let mut out = String::new();
        let mut shown: HashMap<Code, usize> = HashMap::new();
        let mut skipped: Vec<&Diagnostic> = Vec::new();
        for d in self.sorted() {
            let n = shown.entry(d.code).or_insert(0);
            *n += 1;
            if *n > MAX_PER_CODE {
                skipped.push(d);
            } else {
                out.push_str(&render_one(d, sources));
                out.push('\n');
            }
        }
        out.push_str(&not_shown(&skipped));
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

/// One line per code with diagnostics left out: "... and 39800 more `invalid-date` errors".
fn not_shown(skipped: &[&Diagnostic]) -> String {
    let mut codes: Vec<Code> = Vec::new();
    for d in skipped {
        if !codes.contains(&d.code) {
            codes.push(d.code);
        }
    }
    let mut out = String::new();
    for code in codes {
        let of = |s: Severity| {
            (skipped.iter())
                .filter(|d| d.code == code && d.severity == s)
                .count()
        };
        let (errors, warnings) = (of(Severity::Error), of(Severity::Warning));
        let kind = match (errors, warnings) {
            (_, 0) => "error",
            (0, _) => "warning",
            _ => "diagnostic",
        };
        let _ = writeln!(
            out,
            "... and {} more `{code}` {} not shown (`--format json` lists every one)\n",
            errors + warnings,
            plural(errors + warnings, kind)
                .split_once(' ')
                .map_or("", |(_, w)| w),
        );
    }
    out
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// One diagnostic with its snippet, and a snippet for each related place (rustc's `:::`).
pub fn render_one(d: &Diagnostic, sources: &Sources) -> String {
    let kind = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut out = format!("{kind}[{}]: {}\n", d.code, escape(&d.message));
    // As rustc: the arrow and the gutter are as wide as the widest line number.
    let width = (d.related.iter().map(|r| r.pos.line))
        .chain([d.pos.line])
        .map(|l| l.to_string().len())
        .max()
        .unwrap_or(1);
    let pad = " ".repeat(width);
    let file = escape(sources.name(d.file));
    let _ = writeln!(out, "{pad}--> {file}:{}:{}", d.pos.line, d.pos.column);
    if let Some(src) = sources.line(d.file, d.pos.line) {
        snippet(&mut out, d.pos, src, (width, &pad), None);
    }
    for r in &d.related {
        let _ = writeln!(out, "{pad}::: {file}:{}:{}", r.pos.line, r.pos.column);
        if let Some(src) = sources.line(d.file, r.pos.line) {
            snippet(&mut out, r.pos, src, (width, &pad), Some(&r.message));
        }
    }
    for n in &d.notes {
        let _ = writeln!(out, "{pad} = note: {}", escape(n));
    }
    if let Some(h) = &d.help {
        let _ = writeln!(out, "{pad} = help: {}", escape(h));
    }
    out
}

/// The line `src` under its number, and a caret under the token at `pos`, followed by `label`
/// when there is one.
fn snippet(
    out: &mut String,
    pos: super::PosJson,
    src: &str,
    (width, pad): (usize, &str),
    label: Option<&str>,
) {
    // Tabs are shown as four spaces and hidden characters escaped, so the caret lines up under
    // the token.
    let shown: String = src
        .chars()
        .take(SNIPPET_WIDTH)
        .map(|c| {
            if c == '\t' {
                "    ".to_string()
            } else if hidden(c) {
                super::escape::escaped(c)
            } else {
                c.to_string()
            }
        })
        .collect();
    let start = pos.column.saturating_sub(1) as usize;
    let caret_at: usize = src.chars().take(start).map(shown_width).sum();
    let token: usize = src
        .chars()
        .skip(start)
        .take(pos.len.max(1) as usize)
        .map(shown_width)
        .sum();
    let caret_len = token
        .max(1)
        .min(SNIPPET_WIDTH.saturating_sub(caret_at).max(1));
    let label = label.map(|l| format!(" {}", escape(l))).unwrap_or_default();
    let _ = writeln!(out, "{pad} |");
    let _ = writeln!(out, "{:<width$} | {shown}", pos.line);
    let _ = writeln!(
        out,
        "{pad} | {}{}{label}",
        " ".repeat(caret_at.min(SNIPPET_WIDTH)),
        "^".repeat(caret_len)
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;
    use crate::input::yaml::Pos;

    #[test]
    fn renders_snippet_with_caret() {
        let mut s = Sources::default();
        let f = s.add("soa.yaml", "a: 1\n  ownr: x\n");
        let d = Diagnostic::error(
            Code::UnknownField,
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
        let c = Code::MissingField;
        let long = render_one(&Diagnostic::error(c, f, at(1234), "m").help("h"), &s);
        assert_eq!(
            long,
            "error[missing-field]: m\n    --> soa.yaml:1234:1\n     |\n1234 | x: 1\n     | ^\n     = help: h\n"
        );
        let none = render_one(&Diagnostic::error(c, f, at(99_999), "m").help("h"), &s);
        assert_eq!(
            none,
            "error[missing-field]: m\n     --> soa.yaml:99999:1\n      = help: h\n"
        );
    }

    #[test]
    fn tabs_in_the_snippet_keep_the_caret_aligned() {
        let mut s = Sources::default();
        let f = s.add("soa.yaml", "a:\n\tb: x\n");
        let at = |col, len| Pos { line: 2, col, len };
        let tab = render_one(&Diagnostic::error(Code::YamlSyntax, f, at(1, 0), "tab"), &s);
        assert!(tab.contains("2 |     b: x\n  | ^^^^\n"), "{tab}");
        let value = render_one(&Diagnostic::error(Code::WrongType, f, at(5, 1), "x"), &s);
        assert!(value.contains("2 |     b: x\n  |        ^\n"), "{value}");
    }

    #[test]
    fn a_long_line_is_cut_and_the_tally_counts_both_kinds() {
        let mut s = Sources::default();
        let f = s.add("soa.yaml", format!("{}x\n", "a".repeat(200)));
        let at = Pos {
            line: 1,
            col: 201,
            len: 1,
        };
        let mut list = Diagnostics::default();
        list.push(Diagnostic::error(Code::WrongType, f, at, "m"));
        list.push(Diagnostic::warning(Code::SvgLogo, f, at, "w"));
        let text = list.render(&s);
        let caret = format!("  | {}^\n", " ".repeat(SNIPPET_WIDTH));
        assert!(
            text.contains(&format!("1 | {}\n", "a".repeat(160))),
            "{text}"
        );
        assert!(text.contains(&caret), "{text}");
        assert!(text.ends_with("\n1 error, 1 warning\n"), "{text}");
    }

    #[test]
    fn a_related_place_has_its_own_snippet_and_label() {
        let mut s = Sources::default();
        let text = format!("a: [x\n{}b: 1\n", "\n".repeat(8));
        let f = s.add("soa.yaml", text);
        let at = |line, col| Pos { line, col, len: 1 };
        let d = Diagnostic::error(Code::YamlSyntax, f, at(10, 2), "syntax")
            .related(at(1, 4), "this `[` is never closed")
            .help("close it");
        let json = serde_json::to_value(&d).unwrap_or_default();
        assert_eq!(
            json["related"],
            serde_json::json!([{"line": 1, "column": 4, "message": "this `[` is never closed"}])
        );
        assert_eq!(
            render_one(&d, &s),
            "error[yaml-syntax]: syntax\n  --> soa.yaml:10:2\n   |\n10 | b: 1\n   |  ^\n  \
             ::: soa.yaml:1:4\n   |\n1  | a: [x\n   |    ^ this `[` is never closed\n   = help: close it\n"
        );
    }
}
