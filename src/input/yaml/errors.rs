//! YAML syntax errors made more useful: the parser says where it noticed a problem, and for the
//! common causes (a tab in the indentation, a flow collection never closed, an invisible
//! character pasted into a line) annexa points at the cause and says how to fix it.
//!
//! A `[` or `{` left open swallows every line after it into one flow collection, so the parser
//! gives up far below it (a stray `- : : [` on line 6 fails at line 19). The error then names
//! both places: where the parser gave up, and the bracket, found by reading the text again up to
//! that point ([`super::brackets`]).

use super::brackets::open_bracket;
use super::{to_u32, Pos, YamlError};
use granit_parser::ScanError;

/// The parser's error, made more useful where a common cause is known: a tab used for
/// indentation (pointed at), or a flow collection (`[...]`, `{...}`) opened on an earlier line and
/// never closed, which the parser only notices later, somewhere else.
pub(super) fn syntax_error(text: &str, e: &ScanError) -> YamlError {
    let mut line = to_u32(e.marker().line());
    let mut col = to_u32(e.marker().col() + 1);
    let mut help = "check the indentation and quoting around this position".to_string();
    let mut related = None;
    let open_flow = open_bracket(text, (line, col)).filter(|(pos, _)| pos.line < line);
    if let Some((l, c, ch)) = hidden_near(text, line, e.info().contains("BOM")) {
        return YamlError {
            pos: Pos {
                line: l,
                col: c,
                len: 1,
            },
            message: format!(
                "YAML syntax error: an invisible character, {}, at line {l}, column {c}",
                crate::diag::escape::describe(ch)
            ),
            help: Some(
                "delete it: most editors do not show it (delete the characters around it and type them again)"
                    .into(),
            ),
            related: None,
        };
    }
    if e.info().contains("tab") {
        // The parser may stop on the line before the tab; point at the first indenting tab.
        let indent = |l: &str| -> Option<usize> {
            l.chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .position(|c| c == '\t')
        };
        let from = line.saturating_sub(1) as usize;
        if let Some((i, at)) = text
            .lines()
            .enumerate()
            .skip(from)
            .take(2)
            .find_map(|(i, l)| indent(l).map(|at| (i, at)))
        {
            line = to_u32(i + 1);
            col = to_u32(at + 1);
        }
        help = "indent with spaces: YAML does not allow tabs for indentation".into();
    } else if let Some((at, open)) = open_flow {
        let close = if open == '{' { '}' } else { ']' };
        help = format!(
            "the `{open}` at line {}, column {} is still open here: is its `{close}` missing?",
            at.line, at.col
        );
        related = Some((
            at,
            format!("this `{open}` is not closed before line {line}"),
        ));
    }
    YamlError {
        pos: Pos { line, col, len: 0 },
        message: format!("YAML syntax error: {}", e.info()),
        help: Some(help),
        related,
    }
}

/// A control or invisible character (a pasted byte-order mark, a zero-width space) on the line
/// of a syntax error, or the line before when the parser complains of a BOM: (line, column,
/// character). It is the likelier cause than anything the parser can say about indentation.
fn hidden_near(text: &str, line: u32, bom: bool) -> Option<(u32, u32, char)> {
    let from = line.saturating_sub(if bom { 2 } else { 1 }) as usize;
    text.lines()
        .enumerate()
        .skip(from)
        .take(if bom { 2 } else { 1 })
        .find_map(|(i, l)| {
            let (col, c) = crate::diag::escape::first_hidden(l)?;
            Some((to_u32(i + 1), col, c))
        })
}
