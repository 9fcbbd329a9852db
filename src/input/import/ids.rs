//! Control IDs as SoAs write them (`A.5.1`, `A5.1`, `5.1`, `27001:A.5.1`, `ISO 42001 A.6.2.4`,
//! `A.9.2.1` of the 2013 edition) → the candidates they may mean; the caller picks one with
//! the row's title, the sheet's other rows, or reports the ambiguity.

use super::columns::fold;
use crate::input::correspondence::Correspondence;
use crate::model::Catalog;

/// What an ID cell says: its numbers, and the standard its text names, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// `A.5.1` from `5.1`, `A5.1`, `A.5.1.` …
    pub local: String,
    pub hint: Option<Std>,
}

/// A standard (edition) an ID may belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Std {
    Iso27001,
    Iso42001,
    Iso27001_2013,
}

/// One thing an ID may mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Candidate {
    /// A control of a shipped catalog: namespace and local ID.
    Control(String, String),
    /// A 2013 control, mapped through the correspondence.
    Old(String),
}

impl Candidate {
    pub fn std(&self) -> Std {
        match self {
            Candidate::Control(ns, _) if ns == "42001" => Std::Iso42001,
            Candidate::Control(..) => Std::Iso27001,
            Candidate::Old(_) => Std::Iso27001_2013,
        }
    }
}

/// The standard a text names (`ISO/IEC 27001:2013`, `42001`, a sheet called `AI controls`).
pub fn std_hint(text: &str) -> Option<Std> {
    let t = text.to_lowercase();
    if t.contains("2013") || t.contains("27002:2013") {
        Some(Std::Iso27001_2013)
    } else if t.contains("42001") || fold(&t).split(' ').any(|w| w == "ai" || w == "aims") {
        Some(Std::Iso42001)
    } else if t.contains("27001") || t.contains("27002") {
        Some(Std::Iso27001)
    } else {
        None
    }
}

/// Reads an ID cell; `None` when it holds no control number (a heading, a note).
pub fn written(text: &str) -> Option<Written> {
    let hint = std_hint(text);
    let mut t = text.to_lowercase();
    for noise in [
        "iso/iec",
        "iso",
        "iec",
        "27001:2022",
        "27001:2013",
        "42001:2023",
        "27001",
        "42001",
        "2022",
        "2013",
        "2023",
        "annex a",
    ] {
        t = t.replace(noise, " ");
    }
    let t = t.trim_start_matches([' ', ':', '-', '–']);
    let start = t.find(|c: char| c.is_ascii_digit())?;
    let before = t[..start].trim_end_matches([' ', '.', ':']);
    if !(before.is_empty() || before.ends_with('a')) || before.len() > 1 {
        return None;
    }
    let run: String = t[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let parts: Vec<&str> = run.trim_end_matches('.').split('.').collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.is_empty() || p.len() > 3) {
        return None;
    }
    let nums: Vec<String> = parts
        .iter()
        .map(|p| p.trim_start_matches('0').to_string())
        .map(|p| if p.is_empty() { "0".into() } else { p })
        .collect();
    Some(Written {
        local: format!("A.{}", nums.join(".")),
        hint,
    })
}

/// What a written ID may mean among the shipped catalogs and the 2013 table, narrowed by the
/// standard the cell (or its row, or its sheet) names.
pub fn candidates(
    w: &Written,
    hint: Option<Std>,
    catalogs: &[Catalog],
    old: &Correspondence,
) -> Vec<Candidate> {
    let hint = w.hint.or(hint);
    let mut out = Vec::new();
    for c in catalogs {
        if c.control(&w.local).is_some() {
            out.push(Candidate::Control(c.namespace.clone(), w.local.clone()));
        }
    }
    if old.get(&w.local).is_some() {
        out.push(Candidate::Old(w.local.clone()));
    }
    match hint {
        Some(Std::Iso27001) => {
            // "27001" without an edition: 2022, or 2013 for a three-part ID.
            out.retain(|c| c.std() != Std::Iso42001);
        }
        Some(h) => out.retain(|c| c.std() == h),
        None => {}
    }
    out
}

/// True when a title cell names the same control as `title` (folded, one containing the other,
/// or most words shared).
pub fn same_title(cell: &str, title: &str) -> bool {
    let (a, b) = (fold(cell), fold(title));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b || a.contains(&b) || b.contains(&a) {
        return true;
    }
    let wa: Vec<&str> = a.split(' ').filter(|w| w.len() > 2).collect();
    let wb: Vec<&str> = b.split(' ').filter(|w| w.len() > 2).collect();
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    shared * 3 >= wa.len().max(wb.len()) * 2 && shared > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Option<String> {
        written(s).map(|w| w.local)
    }

    #[test]
    fn ids_are_read_in_every_spelling() {
        assert_eq!(w("A.5.1").as_deref(), Some("A.5.1"));
        assert_eq!(w("A5.1").as_deref(), Some("A.5.1"));
        assert_eq!(w("5.1").as_deref(), Some("A.5.1"));
        assert_eq!(w("A.05.01.").as_deref(), Some("A.5.1"));
        assert_eq!(w("27001:A.8.34").as_deref(), Some("A.8.34"));
        assert_eq!(w("ISO/IEC 42001 A.6.2.4").as_deref(), Some("A.6.2.4"));
        assert_eq!(w("A.9.2.1 User registration").as_deref(), Some("A.9.2.1"));
        assert_eq!(w("Annex A 5.10").as_deref(), Some("A.5.10"));
        assert_eq!(w("Organizational controls"), None);
        assert_eq!(w("5"), None);
        assert_eq!(w("Clause 4.1"), None);
        assert_eq!(
            written("42001:A.2.2").and_then(|w| w.hint),
            Some(Std::Iso42001)
        );
        assert_eq!(
            written("A.12.1.1 (2013)").and_then(|w| w.hint),
            Some(Std::Iso27001_2013)
        );
    }

    #[test]
    fn titles_compare_loosely() {
        assert!(same_title("Segregation of duties", "Segregation of duties"));
        assert!(same_title(
            "Policies for Information Security",
            "Policies for information security"
        ));
        assert!(!same_title(
            "Segregation of duties",
            "AI roles and responsibilities"
        ));
    }
}
