//! Finding the `[` or `{` a YAML syntax error left open.
//!
//! A flow collection opened by mistake (a stray `- : : [`) takes every following line into
//! itself, and the parser gives up many lines later. Neither the parser's events nor the
//! scanner's tokens show the bracket then: the scanner holds its tokens back while it cannot yet
//! tell whether the collection is a mapping key. So [`open_bracket`] reads the text itself, as
//! far as the error, keeping just enough of YAML's rules to tell a bracket that opens a
//! collection from one inside text: comments, quoted scalars (across lines), block scalars
//! (`|`, `>`) and plain text, where a bracket after the first character is only a character.

use super::{to_u32, Pos};

/// What the reader is in at a point of the text.
struct Reader {
    /// The brackets open, outermost first.
    open: Vec<(Pos, char)>,
    /// Inside a quoted scalar started by this quote.
    quote: Option<char>,
    /// Inside a block scalar whose header line has this indentation: more-indented and blank
    /// lines are its text.
    block: Option<usize>,
    /// At the start of a node, where a bracket opens a collection (after indentation, `- `,
    /// `: `, `? `, and in a flow collection after `[`, `{` and `,`).
    node_start: bool,
}

/// The innermost `[` or `{` still open just before `(line, column)` (both from 1): where it is,
/// and which bracket.
pub(super) fn open_bracket(text: &str, (line, col): (u32, u32)) -> Option<(Pos, char)> {
    let mut r = Reader {
        open: Vec::new(),
        quote: None,
        block: None,
        node_start: true,
    };
    for (number, src) in (1u32..).zip(text.lines()) {
        if number > line {
            break;
        }
        let stop = if number == line { col } else { u32::MAX };
        r.line(number, src, stop);
    }
    r.open.pop()
}

impl Reader {
    /// Reads one line up to (not including) column `stop`.
    fn line(&mut self, number: u32, src: &str, stop: u32) {
        let chars: Vec<char> = src.chars().collect();
        let indent = chars.iter().take_while(|c| **c == ' ').count();
        if let Some(header) = self.block {
            if src.trim().is_empty() || indent > header {
                return;
            }
            self.block = None;
        }
        if self.open.is_empty() && self.quote.is_none() {
            self.node_start = true;
        }
        let mut i = 0;
        while i < chars.len() && to_u32(i + 1) < stop {
            i += self.char_at(&chars, i, number, indent);
        }
    }

    /// Reads the character at `i` (and what belongs with it); returns how many were read, or
    /// the rest of the line for a comment or a block scalar's header.
    fn char_at(&mut self, chars: &[char], i: usize, number: u32, indent: usize) -> usize {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let rest = chars.len() - i;
        if let Some(q) = self.quote {
            return match (c, next) {
                ('\\', _) if q == '"' => 2,
                ('\'', Some('\'')) if q == '\'' => 2,
                _ if c == q => {
                    self.quote = None;
                    self.node_start = false;
                    1
                }
                _ => 1,
            };
        }
        let blank_after = next.is_none_or(|n| n == ' ' || n == '\t');
        let flow = !self.open.is_empty();
        match c {
            ' ' | '\t' => {}
            '#' if i == 0 || matches!(chars[i - 1], ' ' | '\t') => return rest,
            '[' | '{' if self.node_start => {
                let at = Pos {
                    line: number,
                    col: to_u32(i + 1),
                    len: 1,
                };
                self.open.push((at, c));
            }
            ']' | '}' if flow => {
                self.open.pop();
                self.node_start = false;
            }
            ',' if flow => self.node_start = true,
            '"' | '\'' if self.node_start => self.quote = Some(c),
            '|' | '>' if self.node_start && !flow => {
                self.block = Some(indent);
                return rest;
            }
            '-' | '?' | ':' if blank_after => self.node_start = true,
            ':' if flow && matches!(next, Some(',' | ']' | '}')) => self.node_start = true,
            // An anchor or a tag comes before the node it names.
            '&' | '!' if self.node_start => {
                return chars[i..].iter().take_while(|c| **c != ' ').count();
            }
            _ => self.node_start = false,
        }
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, line: u32, col: u32) -> Option<(u32, u32, char)> {
        open_bracket(text, (line, col)).map(|(p, c)| (p.line, p.col, c))
    }

    #[test]
    fn the_bracket_left_open_is_found() {
        let stray = "organisation:\n- : : [\n  name:\n  scope:\n    isms: x\ndocument:\n  id: 1\n";
        assert_eq!(at(stray, 7, 5), Some((2, 7, '[')));
        assert_eq!(at("a:\n  b: [x, y\n  c: 1\n", 3, 4), Some((2, 6, '[')));
        assert_eq!(at("a: {x: 1\nb: 2\n", 2, 2), Some((1, 4, '{')));
        let nested = "a: [x, {b: [1, 2], c: 3\nd: 4\n";
        assert_eq!(at(nested, 2, 2), Some((1, 8, '{')));
        assert_eq!(at("a: &x [1\nb: 2\n", 2, 2), Some((1, 7, '[')));
    }

    #[test]
    fn brackets_in_text_open_nothing() {
        for text in [
            "title: a [draft] copy\nb: [x, y]\nc: 1\n",
            "title: \"[not\n  closed\"\nc: 1\n",
            "title: '[it''s'\nc: 1\n",
            "# a [comment\nc: 1\n",
            "a: b # [comment\nc: 1\n",
            "text: |\n  [inside a block\n  {and more\nc: 1\n",
            "- >-\n  [x\n- y\n",
            "a: [x,\n  y]\nc: {k: v}\n",
            "url: http://x/[y]\nc: 1\n",
        ] {
            assert_eq!(at(text, 3, 2), None, "{text}");
        }
    }
}
