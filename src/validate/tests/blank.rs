//! Blank values: a field written but left empty (`status: ""`) is reported like a missing one,
//! never silently dropped with what holds it.

use super::{lumora_in, LUMORA};
use crate::model::Soa;
use std::collections::HashSet;
use std::path::Path;

/// What the documents are made of, counted: a blank value that loses any of it unreported is
/// the failure this file looks for.
fn counts(soa: &Soa) -> Vec<usize> {
    vec![
        soa.decisions.len(),
        soa.additional.len(),
        soa.risks.len(),
        soa.ai_systems.len(),
        soa.ai_systems.iter().map(|s| s.impacts.len()).sum(),
        soa.ai_systems
            .iter()
            .filter(|s| s.assessment.is_some())
            .count(),
        soa.management_system.as_ref().map_or(0, Vec::len),
        soa.document.revisions.len(),
        soa.relations.as_ref().map_or(0, |r| r.links.len()),
    ]
}

#[test]
fn a_blank_value_is_an_error_or_loses_nothing() {
    let (soa, _) = lumora_in(Path::new(""), "", "");
    let full = counts(&soa.expect("the example is valid"));
    let lines: Vec<&str> = LUMORA.lines().collect();
    let mut tried: HashSet<&str> = HashSet::new();
    for (i, line) in lines.iter().enumerate() {
        // Each field once per indentation (so `owner` of the document and of a control both).
        let Some((key, value)) = line.split_once(": ") else {
            continue;
        };
        let value = value.trim();
        if value.is_empty() || value.starts_with(['>', '|', '#']) || !tried.insert(key) {
            continue;
        }
        let mut edited: Vec<String> = lines.iter().map(|l| (*l).to_string()).collect();
        edited[i] = format!("{key}: \"\"");
        let text = edited.join("\n");
        let loaded = crate::input::load_text("soa.yaml", text.as_bytes(), Path::new(""));
        let v = crate::validate::validate(loaded);
        let errors = v.diagnostics.errors() > 0;
        let at = i + 1;
        match v.soa {
            None => assert!(errors, "line {at} `{line}` blanked: no model and no error"),
            Some(soa) => assert_eq!(
                counts(&soa),
                full,
                "line {at} `{line}` blanked: something is lost without an error"
            ),
        }
    }
    assert!(tried.len() > 60, "{} fields tried", tried.len());
}
