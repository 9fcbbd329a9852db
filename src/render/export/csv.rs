//! CSV: one row per control (every standard, then the additional controls), every resolved
//! field, for scripts and GRC imports.
//!
//! RFC 4180: UTF-8 without a byte-order mark, a header row, `\r\n` after every record, a field
//! quoted (with `"` doubled) when it holds `"`, `,`, `\r` or `\n`. Lists are joined with `"; "`.
//! A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`
//! (OWASP, "CSV injection"), so a spreadsheet opening the file shows text instead of running a
//! formula. The columns are documented in `docs/export.md`.

use super::{placed, Document, Placed};

/// The header row, in column order.
pub const COLUMNS: &[&str] = &[
    "id",
    "standard",
    "group",
    "title",
    "summary",
    "applicable",
    "reasons",
    "risks",
    "justification",
    "status",
    "target_date",
    "status_reason",
    "owner",
    "implementation",
    "evidence",
    "last_review",
    "notes",
    "source",
    "ai_systems",
    "control_text",
];

/// The SoA as CSV (`statement-of-applicability.csv`).
pub fn csv(doc: &Document) -> Vec<u8> {
    let mut out = String::new();
    record(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    for p in placed(doc) {
        record(&mut out, fields(doc, &p));
    }
    out.into_bytes()
}

fn fields(doc: &Document, p: &Placed<'_>) -> Vec<String> {
    let r = p.row;
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    let join = |v: Vec<&str>| v.join("; ");
    let fields = vec![
        r.id.clone(),
        p.standard
            .map_or_else(|| "Additional control".to_string(), |s| s.standard.clone()),
        p.group_label(),
        r.title.clone(),
        r.summary.clone(),
        match (doc.blank || r.undecided, r.applicable) {
            (true, _) => String::new(),
            (false, true) => "yes".into(),
            (false, false) => "no".into(),
        },
        join(r.reasons.iter().map(|x| x.key.as_str()).collect()),
        join(r.risks.iter().map(|x| x.id.as_str()).collect()),
        opt(&r.justification),
        r.status.as_ref().map(|s| s.key.clone()).unwrap_or_default(),
        opt(&r.target_date),
        opt(&r.status_reason),
        opt(&r.owner),
        opt(&r.implementation),
        join(r.evidence.iter().map(String::as_str).collect()),
        opt(&r.last_review),
        opt(&r.notes),
        opt(&r.source),
        join(r.ai_systems.iter().map(|x| x.id.as_str()).collect()),
        opt(&r.text),
    ];
    debug_assert_eq!(fields.len(), COLUMNS.len());
    fields
}

pub(super) fn record(out: &mut String, fields: impl IntoIterator<Item = String>) {
    for (i, f) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, &defuse(f));
    }
    out.push_str("\r\n");
}

/// OWASP's advice against formula injection: a leading `'` makes the cell text.
pub(super) fn defuse(s: String) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s
    }
}

fn field(out: &mut String, s: &str) {
    if s.contains(['"', ',', '\r', '\n']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> String {
        let mut out = String::new();
        record(&mut out, [s.to_string()]);
        out
    }

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(one("plain text"), "plain text\r\n");
        assert_eq!(one("a, b"), "\"a, b\"\r\n");
        assert_eq!(one("say \"hi\""), "\"say \"\"hi\"\"\"\r\n");
        assert_eq!(one("two\nlines"), "\"two\nlines\"\r\n");
        assert_eq!(one(""), "\r\n");
    }

    #[test]
    fn formulas_become_text() {
        assert_eq!(one("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0\r\n");
        assert_eq!(one("+1"), "'+1\r\n");
        assert_eq!(one("-1"), "'-1\r\n");
        assert_eq!(one("@SUM(A1)"), "'@SUM(A1)\r\n");
        assert_eq!(one("\tx"), "'\tx\r\n");
        assert_eq!(one("a=b"), "a=b\r\n");
    }
}
