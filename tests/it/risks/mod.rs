//! The risk register and evidence references through the real binary: each cross-check of
//! `validate` at the offending line ([`checks`]), `bundle --with-evidence` and its refusals
//! ([`bundle`]), and the risk treatment plan as documents, data and change log ([`plan`]).
//!
//! The decisions files are small edits of one base file, the invalid-input cases' valid file
//! (`tests/invalid/valid/soa.yaml`, three controls of the catalog `tests/invalid/catalog.yaml`),
//! with lines inserted after its risk register and after its first decision.

mod bundle;
mod checks;
mod plan;

use crate::support::{repo_text, Output, Test};
use serde_json::Value;

/// The base decisions file: `{risks}` is replaced by lines after the register's first risk,
/// `{evidence}` by lines in the first decision (`T:C.1`), `{top}` by top-level sections.
const BASE: &str = "organisation:
  name: Example Ltd
  scope:
    isms: Everything Example Ltd does.
document:
  id: EX-SOA-001
  version: \"1.0\"
  classification: Internal
  owner: Head of Security
  approver: Chief Executive Officer
  approval_date: 2026-03-01
  review_cycle: Annually
catalogs:
  - catalog.yaml
risks:
  - id: R-01
    title: Data loss
{risks}controls:
  T:C.1:
    applicable: true
    reasons: [legal]
    justification: Required by regulation.
    status: implemented
{evidence}  T:C.2:
    applicable: true
    reasons: [risk]
    risks: [R-01]
    justification: Backups treat data loss.
    status: planned
    target_date: 2026-09-30
  T:C.3:
    applicable: false
    justification: No systems of our own; all hosting is outsourced.
{top}";

/// A decisions file from the base with these insertions.
fn soa(risks: &str, evidence: &str, top: &str) -> String {
    BASE.replace("{risks}", risks)
        .replace("{evidence}", evidence)
        .replace("{top}", top)
}

/// An AI system for the AI-risk checks; `impacts` are its impact lines (may be empty).
fn ai_system(impacts: &str) -> String {
    format!(
        "ai_systems:
  - id: bot
    name: Help bot
    purpose: Answers questions.
    intended_users: [Staff]
    affected_parties: [Customers]
    role: [ai_customer]
    data: [Help articles]
    autonomy: Answers on its own.
    human_oversight: Staff review transcripts.
    lifecycle_stage: operation
{impacts}"
    )
}

/// A test folder holding `soa.yaml` and the catalog it names.
fn case(text: &str) -> Test {
    Test::new()
        .write("catalog.yaml", repo_text("tests/invalid/catalog.yaml"))
        .write("soa.yaml", text)
}

/// `annexa validate soa.yaml --format json` in the folder `t`, and its diagnostics.
fn validate(t: Test) -> (Output, Vec<Value>) {
    let out = t.args(["validate", "soa.yaml", "--format", "json"]).run();
    let diagnostics = out.json()["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    (out, diagnostics)
}

/// One diagnostic as `(severity, code, line, column)`.
fn place(d: &Value) -> (String, String, u64, u64) {
    (
        d["severity"].as_str().unwrap_or_default().to_string(),
        d["code"].as_str().unwrap_or_default().to_string(),
        d["line"].as_u64().unwrap_or_default(),
        d["column"].as_u64().unwrap_or_default(),
    )
}
