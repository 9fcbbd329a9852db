//! Validation cases that need the whole pipeline from text: the Lumora example with one edit,
//! by part of the input. The helpers here are shared by every part.

use crate::diag::Diagnostic;
use crate::model::Soa;
use std::path::Path;

mod blank;
mod control;
mod decisions;
mod mgmt;
mod relations;

const LUMORA: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/lumora/soa.yaml"
));

/// The errors and warnings for the Lumora example with `old` replaced by `new` once.
fn lumora_with(old: &str, new: &str) -> Vec<Diagnostic> {
    lumora_in(Path::new(""), old, new).1
}

/// Validates the Lumora example, edited, in `dir` (where a relations file may be written).
fn lumora_in(dir: &Path, old: &str, new: &str) -> (Option<Soa>, Vec<Diagnostic>) {
    assert!(LUMORA.contains(old), "the example has no {old:?}");
    let text = LUMORA.replacen(old, new, 1);
    let loaded = crate::input::load_text("soa.yaml", text.as_bytes(), dir);
    let v = super::validate(loaded);
    (v.soa, v.diagnostics.items)
}

fn help_of<'a>(diags: &'a [Diagnostic], code: &str) -> Option<&'a str> {
    diags
        .iter()
        .find(|d| d.code.as_str() == code)
        .and_then(|d| d.help.as_deref())
}

/// (code, line, column, help) of every diagnostic.
fn found(d: &[Diagnostic]) -> Vec<(&str, u32, u32, Option<&str>)> {
    d.iter()
        .map(|d| (d.code.as_str(), d.pos.line, d.pos.column, d.help.as_deref()))
        .collect()
}

/// The line (from 1) where `needle` starts in `text`.
fn line_of(text: &str, needle: &str) -> u32 {
    let at = text.find(needle).expect("needle");
    u32::try_from(text[..at].lines().count()).expect("small") + 1
}
