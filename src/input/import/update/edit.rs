//! Editing a decisions file as text, so everything an edit does not touch stays byte for byte:
//! comments, blank lines, key order, quoting, folded paragraphs.
//!
//! The positioned YAML tree says where each control's mapping and each field's key start; a
//! field's lines run from its key to the last line indented deeper than the mapping's keys (or
//! blank) before the next line that is not. An edit replaces those lines, removes them, or
//! inserts new ones after the field that precedes it in annexa's field order. Edits are applied
//! from the bottom of the file up, so the positions of the others stay true.

use crate::input::yaml::{Kind, Node};

/// One change to one field of one mapping.
#[derive(Debug, Clone)]
pub struct FieldEdit {
    pub key: String,
    /// The field's new lines (indented, ending in a newline), or `None` to remove it.
    pub lines: Option<String>,
}

/// A mapping in the file: where its keys sit, and its entries.
pub struct Target<'a> {
    /// 1-based line of the key that holds the mapping (the control's ID, or the `- id:` item).
    pub key_line: usize,
    /// The mapping node (`None` when the key's value is empty).
    pub map: Option<&'a Node>,
    /// Indentation of the mapping's keys when it has none yet.
    pub indent: usize,
}

/// The text's lines with their line breaks.
fn lines(text: &str) -> Vec<String> {
    text.split_inclusive('\n').map(str::to_string).collect()
}

fn indent(l: &str) -> usize {
    l.len() - l.trim_start_matches(' ').len()
}

fn blank(l: &str) -> bool {
    l.trim().is_empty()
}

/// The 0-based last line of the entry whose key is on 0-based line `start`, for keys at
/// `key_indent`.
fn entry_end(ls: &[String], start: usize, key_indent: usize) -> usize {
    let mut end = start;
    for (i, l) in ls.iter().enumerate().skip(start + 1) {
        if blank(l) {
            continue;
        }
        if indent(l) <= key_indent {
            break;
        }
        end = i;
    }
    end
}

/// The 1-based last line of the entry `t` names (its key line and every line indented deeper).
pub fn entry_end_of(text: &str, t: &Target<'_>) -> usize {
    let ls = lines(text);
    let Some(key) = ls.get(t.key_line.saturating_sub(1)) else {
        return t.key_line;
    };
    entry_end(&ls, t.key_line - 1, indent(key)) + 1
}

/// Applies `edits` to the mapping `t` in `text`, in `order` (annexa's field order for inserts).
pub fn apply(text: &str, t: &Target<'_>, edits: &[FieldEdit], order: &[&str]) -> String {
    let mut ls = lines(text);
    let entries: Vec<(String, usize)> = match t.map.map(|m| &m.kind) {
        Some(Kind::Map(es)) => es
            .iter()
            .filter_map(|(k, _)| Some((k.scalar()?.to_string(), k.pos.line as usize - 1)))
            .collect(),
        _ => Vec::new(),
    };
    let key_indent = entries.first().map_or(t.indent, |(_, l)| indent(&ls[*l]));
    // Each edit as (first line, last line, replacement, rank), applied bottom up; fields
    // inserted at one line go in `order`, so the one ranked last is inserted first.
    let rank = |k: &str| order.iter().position(|o| *o == k).unwrap_or(usize::MAX);
    let mut ops: Vec<(usize, Option<usize>, String, usize)> = Vec::new();
    for e in edits {
        let new = e.lines.clone().unwrap_or_default();
        match entries.iter().find(|(k, _)| *k == e.key) {
            Some((_, start)) => {
                let end = entry_end(&ls, *start, key_indent);
                let new = keep_comment(&ls[*start..=end], new);
                ops.push((*start, Some(end), new, 0));
            }
            None if e.lines.is_some() => {
                let mine = rank(&e.key);
                let after = entries
                    .iter()
                    .filter(|(k, _)| rank(k) < mine)
                    .max_by_key(|(k, _)| rank(k));
                let at = match (after, entries.first()) {
                    (Some((_, s)), _) => entry_end(&ls, *s, key_indent) + 1,
                    (None, Some((_, first))) => *first,
                    (None, None) => t.key_line,
                };
                ops.push((at, None, new, mine));
            }
            None => {}
        }
    }
    ops.sort_by(|a, b| {
        (b.0.cmp(&a.0))
            .then(b.1.is_some().cmp(&a.1.is_some()))
            .then(b.3.cmp(&a.3))
    });
    for (start, end, new, _) in ops {
        let new = lines(&new);
        match end {
            Some(end) => {
                ls.splice(start..=end, new);
            }
            None => {
                ls.splice(start..start, new);
            }
        }
    }
    ls.concat()
}

/// A one-line field replaced by a one-line field keeps its trailing comment.
fn keep_comment(old: &[String], new: String) -> String {
    let (Some(first), 1) = (old.first(), old.len()) else {
        return new;
    };
    if new.lines().count() != 1 {
        return new;
    }
    match comment_of(first) {
        Some(c) => format!("{}  {c}\n", new.trim_end_matches('\n')),
        None => new,
    }
}

/// The `# …` at the end of a one-line `key: value`, outside quotes.
fn comment_of(line: &str) -> Option<&str> {
    let (mut single, mut double) = (false, false);
    let b = line.as_bytes();
    for (i, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single && (i == 0 || b[i - 1] != b'\\') => double = !double,
            '#' if !single && !double && i > 0 && b[i - 1] == b' ' => {
                return Some(line[i..].trim_end());
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::yaml;

    const ORDER: &[&str] = &[
        "applicable",
        "reasons",
        "justification",
        "status",
        "target_date",
        "owner",
    ];

    fn edit(text: &str, edits: &[FieldEdit]) -> String {
        let root = yaml::parse(text).expect("parses");
        let Kind::Map(top) = &root.kind else { panic!() };
        let Kind::Map(controls) = &top[0].1.kind else {
            panic!()
        };
        let (k, v) = &controls[0];
        let t = Target {
            key_line: k.pos.line as usize,
            map: matches!(v.kind, Kind::Map(_)).then_some(v),
            indent: k.pos.col as usize + 1,
        };
        apply(text, &t, edits, ORDER)
    }

    fn set(key: &str, line: &str) -> FieldEdit {
        FieldEdit {
            key: key.into(),
            lines: Some(line.into()),
        }
    }

    #[test]
    fn edits_touch_only_their_lines() {
        let text = "controls:\n  # heading\n  27001:A.5.1:  # title\n    applicable: true\n    justification: >-\n      long text\n      folded\n    status: planned  # budget\n    target_date: 2027-01-01\n\n  # next\n  27001:A.5.2:\n    applicable: false\n";
        let out = edit(
            text,
            &[
                set("status", "    status: implemented\n"),
                set("owner", "    owner: CISO\n"),
                set("reasons", "    reasons: [risk]\n"),
                FieldEdit {
                    key: "target_date".into(),
                    lines: None,
                },
            ],
        );
        assert_eq!(
            out,
            "controls:\n  # heading\n  27001:A.5.1:  # title\n    applicable: true\n    reasons: [risk]\n    justification: >-\n      long text\n      folded\n    status: implemented  # budget\n    owner: CISO\n\n  # next\n  27001:A.5.2:\n    applicable: false\n"
        );
    }

    #[test]
    fn an_empty_decision_gets_its_fields() {
        let text = "controls:\n  27001:A.5.1:  # title\n  27001:A.5.2:\n    applicable: false\n";
        let out = edit(text, &[set("applicable", "    applicable: true\n")]);
        assert_eq!(
            out,
            "controls:\n  27001:A.5.1:  # title\n    applicable: true\n  27001:A.5.2:\n    applicable: false\n"
        );
    }

    #[test]
    fn comments_are_found_outside_quotes() {
        assert_eq!(comment_of("    a: b  # c\n"), Some("# c"));
        assert_eq!(comment_of("    a: \"b # c\"\n"), None);
        assert_eq!(comment_of("    a: b#c\n"), None);
    }
}
