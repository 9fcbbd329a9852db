//! A realistic Statement of Applicability in the Markdown the PDF renderer receives, with
//! its chart: shared by the `pdf` test module and `examples/pdf_sample.rs`.

use annexa::merge::chart::{Bar, Chart, SegmentKind};
use annexa::render::pdf::PdfMeta;

pub fn meta() -> PdfMeta {
    PdfMeta {
        title: "Statement of Applicability".into(),
        author: "Lumora Finance Ltd".into(),
        subject: "ISO/IEC 27001:2022 and ISO/IEC 42001:2023 Statement of Applicability".into(),
        header_right: "LUM-ISMS-SOA-001 · Version 4.0 · Internal".into(),
        footer_left: "Lumora Finance Ltd · Statement of Applicability".into(),
        date: (2026, 11, 2, 9, 30, 0),
        lang: "en-GB".into(),
        page_of: "Page {n} of {total}".into(),
        rtl: false,
        draft: None,
    }
}

pub fn chart() -> Chart {
    use SegmentKind::*;
    let bar = |label: &str, s: [usize; 5]| Bar {
        label: label.into(),
        segments: vec![
            (Implemented, s[0]),
            (Partial, s[1]),
            (Planned, s[2]),
            (NotImplemented, s[3]),
            (Excluded, s[4]),
        ],
    };
    Chart {
        legend: Vec::new(),
        title: "Implementation status by theme".into(),
        bars: vec![
            bar("A.5 Organizational controls", [27, 5, 3, 1, 1]),
            bar("A.6 People controls", [7, 1, 0, 0, 0]),
            bar("A.7 Physical controls", [6, 1, 0, 0, 7]),
            bar("A.8 Technological controls", [25, 6, 2, 0, 1]),
            bar("ISO/IEC 42001 Annex A", [20, 8, 6, 2, 2]),
        ],
    }
}

const SENTENCES: [&str; 12] = [
    "Required to treat risk R-07 (unauthorised access to customer financial data).",
    "Implemented through the access control policy POL-AC-002 and quarterly access reviews.",
    "Mandated by the FCA operational resilience requirements and customer contracts.",
    "The control is partially in place; automation of evidence collection is planned for Q2 2027.",
    "All production workloads run in AWS eu-west-2; physical security is inherited from the provider under the shared responsibility model.",
    "Lumora does not operate its own data centre, so the physical controls of the hosting provider are relied on and reviewed annually via its SOC 2 Type II report.",
    "Supports the ML credit-scoring model lifecycle (LUM-AI-001) from data acquisition to retirement.",
    "Evidence: change tickets in Jira, pipeline logs and signed release approvals.",
    "Excluded: no software is outsourced for development, see the supplier register.",
    "Monitoring alerts are routed to the on-call rota and reviewed in the weekly operations meeting.",
    "Training completion is tracked in the HR system; the target is 100% within 30 days of joining.",
    "Cryptographic keys are held in AWS KMS with automatic annual rotation.",
];

const STATUS: [&str; 5] = [
    "Implemented",
    "Partially implemented",
    "Planned",
    "Not implemented",
    "Excluded",
];

fn justification(i: usize) -> String {
    let n = 1 + (i * 7 + 3) % 3;
    (0..n)
        .map(|k| SENTENCES[(i * 5 + k * 7) % SENTENCES.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// The whole document: about 130 SoA rows over a dozen or more landscape pages.
pub fn markdown(rows: usize) -> String {
    let mut md = String::new();
    md.push_str("# Statement of Applicability\n\n");
    md.push_str("Lumora Finance Ltd — Information Security and AI Management Systems.\n\n");
    md.push_str("## Document control\n\nTable: Document control\n\n| Field | Value |\n|---|---|\n");
    for (k, v) in [
        ("Document ID", "LUM-ISMS-SOA-001"),
        ("Version", "4.0"),
        ("Classification", "Internal"),
        ("Owner", "Head of Information Security"),
        ("Approver", "Chief Executive Officer"),
        ("Approval date", "2026-11-02"),
        ("Review cycle", "Annually, and after any significant change to the ISMS scope, the risk assessment or the AI system inventory"),
    ] {
        md.push_str(&format!("| {k} | {v} |\n"));
    }
    md.push_str("\n## Scope\n\nThe ISMS covers the design, development and operation of the Lumora lending platform, \
its supporting **corporate IT**, and the *people and processes* in the London and Leeds offices. \
See [ISO/IEC 27001](https://www.iso.org/standard/27001) and the [summary](#summary).\n\n");
    md.push_str("Controls are selected on the basis of:\n\n- the risk assessment (RA-2026-02);\n- legal, statutory, regulatory and contractual requirements:\n  - UK GDPR and the Data Protection Act 2018;\n  - FCA SYSC and operational resilience rules;\n- business requirements and the AI policy.\n\n");
    md.push_str("## Summary\n\n<!-- annexa:chart -->\n\nTable: Status by theme\n\n| Theme | Controls | Implemented | Partial | Planned | Excluded |\n|---|--:|--:|--:|--:|--:|\n");
    for (t, c) in [
        ("A.5 Organizational", 37),
        ("A.6 People", 8),
        ("A.7 Physical", 14),
        ("A.8 Technological", 34),
        ("42001 Annex A", 38),
    ] {
        md.push_str(&format!(
            "| {t} | {c} | {} | {} | {} | {} |\n",
            c * 2 / 3,
            c / 6,
            c / 12,
            c / 20
        ));
    }
    md.push_str("\n## Annex A controls\n\nTable: Statement of Applicability — all controls\n\n");
    md.push_str("| ID | Control | Applicable | Status | Justification | Owner | Evidence | Risks | Review |\n");
    md.push_str("|---|---|:-:|---|---|---|---|---|---|\n");
    for i in 0..rows {
        let (group, n) = match i {
            0..=36 => (5, i + 1),
            37..=44 => (6, i - 36),
            45..=58 => (7, i - 44),
            _ => (8, i - 58),
        };
        let status = STATUS[(i * 3) % 5];
        let applicable = if status == "Excluded" { "No" } else { "Yes" };
        md.push_str(&format!(
            "| A.{group}.{n} | {} | {applicable} | {status} | {} | {} | {} | R-{:02} | 2026-10 |\n",
            [
                "Policies for information security",
                "Access control",
                "Secure development life cycle",
                "Threat intelligence",
                "Use of cryptography"
            ][i % 5],
            justification(i),
            [
                "CISO",
                "Head of Engineering",
                "People Lead",
                "Head of Data Science"
            ][i % 4],
            [
                "POL-IS-001",
                "Jira change records",
                "Training report Q3",
                "AWS Config rules"
            ][i % 4],
            i % 23 + 1,
        ));
    }
    md.push_str("\n## Notes\n\n> Controls marked *Excluded* were reviewed by the ISMS steering group on 2026-10-20.\n\n");
    md.push_str("1. Status reflects evidence available at the approval date.\n2. `Planned` items have owners and dates in the risk treatment plan.\n\n---\n\nEnd of document.\n");
    md
}
