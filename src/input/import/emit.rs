//! Values written as YAML in the style of annexa's own files: plain scalars where YAML reads
//! them back as the same text, folded blocks (`>-`) for long paragraphs, literal blocks for text
//! with line breaks, double quotes otherwise. Every choice is checked by parsing it back: a
//! value that would come back different is written quoted.

use crate::input::yaml::{self, Kind};

/// Lines wider than this are folded.
const WIDTH: usize = 100;

/// `key: value` at `indent` spaces, on as many lines as the value needs, ending in a newline.
pub fn field(indent: usize, key: &str, value: &str) -> String {
    let pad = " ".repeat(indent);
    let inline = format!("{pad}{key}: {}\n", scalar(value));
    if !value.contains('\n') && inline.chars().count() <= WIDTH + 1 {
        return inline;
    }
    let block = if value.contains('\n') {
        literal(indent, key, value)
    } else {
        folded(indent, key, value)
    };
    match block {
        Some(b) if reads_back(&b, key, value) => b,
        _ => format!("{pad}{key}: {}\n", quoted(value)),
    }
}

/// A list of short items as a flow sequence: `key: [a, b]`.
pub fn flow_list(indent: usize, key: &str, items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|i| flow_item(i)).collect();
    format!("{}{key}: [{}]\n", " ".repeat(indent), items.join(", "))
}

/// A list as a block sequence, one `- item` a line (evidence).
pub fn block_list(indent: usize, key: &str, items: &[String]) -> String {
    let pad = " ".repeat(indent);
    let mut s = format!("{pad}{key}:\n");
    for i in items {
        let line = field(indent + 2, "-", i);
        // `field` wrote `- : value`; a list item is `- value`.
        s.push_str(&line.replacen("-: ", "- ", 1));
    }
    s
}

/// A scalar on one line: plain when that reads back as the same string, else double-quoted.
pub fn scalar(value: &str) -> String {
    let plain_ok = !value.is_empty()
        && !value.contains('\n')
        && !value.contains(" #")
        && !value.contains(": ")
        && !value.ends_with(':')
        && !value.starts_with([
            '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%',
            '@', '`', ' ',
        ])
        && !value.ends_with(' ')
        && !value.contains('\t');
    if plain_ok {
        let line = format!("k: {value}\n");
        if let Ok(root) = yaml::parse(&line) {
            if let Kind::Map(m) = &root.kind {
                if let Some((_, v)) = m.first() {
                    if matches!(&v.kind, Kind::Scalar { text, .. } if text == value)
                        && !looks_typed(value)
                    {
                        return value.to_string();
                    }
                }
            }
        }
    }
    quoted(value)
}

fn flow_item(value: &str) -> String {
    if value.contains([',', '[', ']', '{', '}']) {
        quoted(value)
    } else {
        scalar(value)
    }
}

/// Text a plain scalar would turn into something else for a reader (`yes`, `1.0`, `null`).
fn looks_typed(v: &str) -> bool {
    let l = v.to_lowercase();
    matches!(
        l.as_str(),
        "null" | "~" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) || v.parse::<f64>().is_ok()
}

/// A double-quoted scalar (JSON's escapes are YAML's).
pub fn quoted(value: &str) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| format!("\"{}\"", value.replace('"', "'")))
}

fn folded(indent: usize, key: &str, value: &str) -> Option<String> {
    if value.starts_with(' ') || value.ends_with(' ') || value.contains("  ") {
        return None;
    }
    let pad = " ".repeat(indent + 2);
    let mut s = format!("{}{key}: >-\n", " ".repeat(indent));
    let mut line = String::new();
    for word in value.split(' ') {
        if !line.is_empty() && pad.len() + line.len() + 1 + word.len() > WIDTH {
            s.push_str(&format!("{pad}{line}\n"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    s.push_str(&format!("{pad}{line}\n"));
    Some(s)
}

fn literal(indent: usize, key: &str, value: &str) -> Option<String> {
    let bad_line = |l: &str| l.ends_with(' ') || l.contains('\t');
    if value.starts_with([' ', '\n']) || value.ends_with('\n') || value.lines().any(bad_line) {
        return None;
    }
    let pad = " ".repeat(indent + 2);
    let mut s = format!("{}{key}: |-\n", " ".repeat(indent));
    for l in value.split('\n') {
        if l.is_empty() {
            s.push('\n');
        } else {
            s.push_str(&format!("{pad}{l}\n"));
        }
    }
    Some(s)
}

/// True when `text` parses to a map whose first value is `value`.
fn reads_back(text: &str, key: &str, value: &str) -> bool {
    let dedented: String = text
        .lines()
        .map(|l| l.strip_prefix(&" ".repeat(indent_of(text))).unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    let Ok(root) = yaml::parse(&dedented) else {
        return false;
    };
    match &root.kind {
        Kind::Map(m) => m
            .first()
            .is_some_and(|(k, v)| k.scalar() == Some(key) && v.scalar() == Some(value)),
        Kind::Seq(items) => items.first().and_then(|i| i.scalar()) == Some(value),
        _ => false,
    }
}

fn indent_of(text: &str) -> usize {
    text.len() - text.trim_start_matches(' ').len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn back(text: &str) -> String {
        let root = yaml::parse(text).expect("parses");
        match &root.kind {
            Kind::Map(m) => m[0].1.scalar().unwrap_or("").to_string(),
            _ => String::new(),
        }
    }

    #[test]
    fn every_value_reads_back() {
        let long = "word ".repeat(40).trim_end().to_string();
        for v in [
            "plain text",
            "yes",
            "1.0",
            "2027-03-31",
            "# not a comment",
            "a: b",
            "trailing ",
            "two\nlines",
            "quote \"this\"",
            long.as_str(),
            "line one\n\nline three",
            "- dash",
            "ends:",
        ] {
            let text = field(0, "k", v);
            assert_eq!(back(&text), v, "{text}");
        }
        assert_eq!(field(0, "k", "plain text"), "k: plain text\n");
        assert_eq!(field(0, "k", "yes"), "k: \"yes\"\n");
        assert!(field(4, "k", &long).starts_with("    k: >-\n      word"));
    }

    #[test]
    fn lists() {
        let items = vec!["risk".to_string(), "legal".to_string()];
        assert_eq!(
            flow_list(4, "reasons", &items),
            "    reasons: [risk, legal]\n"
        );
        let ev = vec!["Report, 2026".to_string(), "yes".to_string()];
        assert_eq!(
            block_list(4, "evidence", &ev),
            "    evidence:\n      - Report, 2026\n      - \"yes\"\n"
        );
    }
}
