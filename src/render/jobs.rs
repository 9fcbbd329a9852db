//! The documents a [`Document`] yields, each as a [`Job`]: its template, file, and the
//! identification its running header and footer carry.
//!
//! The jobs are made from the set's register ([`Document::documents`]), the same values each
//! document's own control block and the others' citations show, so a page header, the document
//! it heads and a reference to it from another document cannot disagree.

use crate::merge::{ControlView, Document};

/// One document to produce: its template, file stem and running header/footer facts.
pub struct Job {
    /// The Markdown template, e.g. `soa.md`.
    pub template: String,
    /// The output file name without extension.
    pub stem: String,
    /// Document title (HTML `<title>`, PDF info and running header).
    pub title: String,
    /// Document ID, version, issue date and classification, for the running header.
    pub id: String,
    pub version: String,
    pub date: String,
    pub classification: String,
    /// Not approved yet: the running header says "Draft".
    pub draft: bool,
    /// Extra template variables besides `doc` (e.g. `system` for an impact assessment).
    pub extra: Vec<(String, serde_json::Value)>,
}

/// The documents a [`Document`] yields, in the register's order: the SoA; with a risk register
/// (and in blank mode), the risk treatment plan; with ISO/IEC 42001 in scope, the AI policy;
/// with management-system clauses in scope, the integrated management-system matrix; and one
/// impact assessment per AI system (in blank mode, one template).
pub fn jobs(doc: &Document) -> Vec<Job> {
    doc.documents.iter().map(|c| job(doc, c)).collect()
}

fn job(doc: &Document, c: &ControlView) -> Job {
    let (template, extra) = match c.kind.as_str() {
        "soa" => ("soa.md", Vec::new()),
        "risk_treatment_plan" => ("risk-treatment-plan.md", Vec::new()),
        "ai_policy" => ("ai-policy.md", Vec::new()),
        "management_system" => ("management-system.md", Vec::new()),
        _ => {
            let system = doc.ai_systems.iter().find(|s| s.file == c.file);
            let value = system.map(|s| serde_json::to_value(s).unwrap_or_default());
            let extra = value.map(|v| ("system".to_string(), v));
            ("ai-impact-assessment.md", extra.into_iter().collect())
        }
    };
    Job {
        template: template.into(),
        stem: c.file.clone(),
        title: c.title.clone(),
        id: c.id.clone(),
        version: c.version.clone(),
        date: c.date.clone(),
        classification: c.classification.clone(),
        draft: c.status.key == "draft",
        extra,
    }
}

/// The risk treatment plan's file stem (its CSV export shares it).
pub const RISK_PLAN: &str = "risk-treatment-plan";

/// Whether the set has a risk treatment plan: a register with a risk, or the toolkit set.
pub fn has_risk_plan(doc: &Document) -> bool {
    doc.blank || !doc.risks.is_empty()
}

/// The running header's right-hand text: "ID · Version V · date · Classification", with
/// "Draft V" for a document not yet approved.
pub fn header_right(job: &Job, l: &crate::i18n::Locale) -> String {
    let version = l.t(if job.draft {
        "header-draft"
    } else {
        "header-version"
    });
    format!(
        "{} · {version} {} · {} · {}",
        job.id,
        job.version,
        l.date(&job.date),
        job.classification
    )
}
