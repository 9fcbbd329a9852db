//! Writes a realistic sample page for looking at (not a check): `ANNEXA_HTML_SAMPLE=/tmp/html-sample
//! cargo test --test it write_sample_page -- --ignored`, then `/work/shared/tools/look
//! /tmp/html-sample`. Without `ANNEXA_HTML_SAMPLE` it writes nothing (so that the slow lane's
//! `--include-ignored` leaves no file behind).

use annexa::merge::chart::{Bar, Chart, SegmentKind};
use annexa::render::html::markdown_to_html;

const CONTROLS: &[(&str, &str, &str)] = &[
    ("A.5.1", "Policies for information security", "I"),
    (
        "A.5.2",
        "Information security roles and responsibilities",
        "I",
    ),
    ("A.5.3", "Segregation of duties", "P"),
    ("A.5.4", "Management responsibilities", "I"),
    ("A.5.5", "Contact with authorities", "I"),
    ("A.5.6", "Contact with special interest groups", "I"),
    ("A.5.7", "Threat intelligence", "L"),
    ("A.5.8", "Information security in project management", "P"),
    (
        "A.5.9",
        "Inventory of information and other associated assets",
        "I",
    ),
    (
        "A.5.10",
        "Acceptable use of information and other associated assets",
        "I",
    ),
    ("A.5.11", "Return of assets", "I"),
    ("A.5.12", "Classification of information", "P"),
    ("A.5.13", "Labelling of information", "L"),
    ("A.5.14", "Information transfer", "I"),
    ("A.5.15", "Access control", "I"),
    ("A.5.16", "Identity management", "I"),
    ("A.5.17", "Authentication information", "I"),
    ("A.5.18", "Access rights", "P"),
    (
        "A.5.19",
        "Information security in supplier relationships",
        "I",
    ),
    (
        "A.5.20",
        "Addressing information security within supplier agreements",
        "I",
    ),
    (
        "A.5.23",
        "Information security for use of cloud services",
        "I",
    ),
    (
        "A.5.24",
        "Incident management planning and preparation",
        "I",
    ),
    ("A.5.30", "ICT readiness for business continuity", "N"),
    ("A.6.1", "Screening", "I"),
    (
        "A.6.3",
        "Information security awareness, education and training",
        "P",
    ),
    ("A.6.7", "Remote working", "I"),
    ("A.7.1", "Physical security perimeters", "X"),
    ("A.7.2", "Physical entry", "X"),
    ("A.7.3", "Securing offices, rooms and facilities", "X"),
    ("A.7.7", "Clear desk and clear screen", "I"),
    ("A.7.9", "Security of assets off-premises", "I"),
    ("A.8.1", "User endpoint devices", "I"),
    ("A.8.2", "Privileged access rights", "I"),
    ("A.8.5", "Secure authentication", "I"),
    ("A.8.7", "Protection against malware", "I"),
    ("A.8.8", "Management of technical vulnerabilities", "P"),
    ("A.8.9", "Configuration management", "L"),
    ("A.8.12", "Data leakage prevention", "N"),
    ("A.8.15", "Logging", "I"),
    ("A.8.16", "Monitoring activities", "P"),
    ("A.8.24", "Use of cryptography", "I"),
    ("A.8.28", "Secure coding", "I"),
];

fn row(i: usize, (id, title, code): (&str, &str, &str)) -> String {
    let owners = [
        "CISO",
        "Head of Engineering",
        "People Lead",
        "IT Operations",
        "COO",
    ];
    let owner = owners[i % owners.len()];
    let (applicable, reasons, status, justification) = match code {
        "I" => ("Yes", "Risk assessment (R-{i:03}); contractual", "Implemented".to_string(),
            format!("Required to treat risk R-{:03} and by customer contracts. {title} is covered by the ISMS procedure and checked at each internal audit.", i + 1)),
        "P" => ("Yes", "Risk assessment", "Partially implemented (target 2027-03-31)".to_string(),
            "Applies to all production systems. The procedure is approved; rollout to the data platform team is in progress and tracked in the risk treatment plan.".to_string()),
        "L" => ("Yes", "Best practice", "Planned (Q2 2027)".to_string(),
            "Chosen as good practice for a SaaS provider of our size. Budget approved in the 2027 plan.".to_string()),
        "N" => ("Yes", "Contractual", "Not implemented".to_string(),
            "Two enterprise customers require it. A tool selection is open; until then the risk is accepted by the CEO (RA-2026-07).".to_string()),
        _ => ("No", "—", "Excluded".to_string(),
            "No physical premises: the organisation works fully remotely; offices and data centres are outsourced to the cloud provider, covered by A.5.19–A.5.23.".to_string()),
    };
    let reasons = reasons.replace("{i:03}", &format!("{:03}", i + 1));
    format!(
        "| {id} | {title} | {applicable} | {reasons} | {justification} | {status} | {owner} | POL-{n:02} §{s} | EV-{e:03} |\n",
        n = i % 12 + 1,
        s = i % 7 + 1,
        e = i * 3 + 1
    )
}

fn markdown() -> String {
    let mut md = String::from(
        "# Statement of Applicability\n\n\
         This Statement of Applicability (SoA) records, for every control of ISO/IEC 27001:2022 \
         Annex A and ISO/IEC 42001:2023 Annex A, whether it applies to Lumen Labs, why, and how \
         far it is implemented. It is the reference for the certification audit in March 2027.\n\n\
         ## Document control\n\n\
         Table: Document control\n\n\
         | Field | Value |\n|---|---|\n\
         | Document ID | LUM-ISMS-SOA-001 |\n| Version | 4.0 |\n| Classification | Internal |\n\
         | Owner | Chief Information Security Officer |\n| Approved by | Chief Executive Officer, 2026-11-02 |\n\
         | Review cycle | Annual, and after any significant change |\n| Next review | 2027-11-01 |\n\n\
         ### Revision history\n\n\
         | Version | Date | Author | Change |\n|---|---|---|---|\n\
         | 3.0 | 2025-10-14 | CISO | Transition to ISO/IEC 27001:2022 |\n\
         | 4.0 | 2026-11-02 | CISO | ISO/IEC 42001:2023 controls added; statuses reviewed |\n\n\
         ## Summary\n\n\
         <!-- annexa:chart -->\n\n\
         Table: Controls by status\n\n\
         | Scope | Controls | Applicable | Implemented | Partially implemented | Planned | Not implemented | Excluded |\n\
         |---|--:|--:|--:|--:|--:|--:|--:|\n\
         | ISO/IEC 27001:2022 | 93 | 83 | 61 | 14 | 6 | 2 | 10 |\n\
         | ISO/IEC 42001:2023 | 38 | 36 | 24 | 7 | 4 | 1 | 2 |\n\n\
         ## Scope and method\n\n\
         The SoA covers:\n\n\
         - the Lumen Labs platform (web application, API and data pipeline) and its support;\n\
         - the people, suppliers and cloud services that operate it;\n\
         - the AI features of the platform: the document classifier and the support assistant.\n\n\
         Each decision comes from the risk assessment of 2026-09 ([method](risk/method.md)) and the \
         [supplier register](https://intranet.example.com/suppliers), \
         contract requirements and legal obligations.\n\n\
         ## ISO/IEC 27001:2022 Annex A\n\n\
         Table: ISO/IEC 27001:2022 Annex A controls\n\n\
         | Control | Title | Applicable | Reasons | Justification | Status | Owner | Reference | Evidence |\n\
         |---|---|---|---|---|---|---|---|---|\n",
    );
    for (i, c) in CONTROLS.iter().enumerate() {
        md.push_str(&row(i, *c));
    }
    md.push_str(
        "\n### Additional controls\n\n\
         1. Customer-managed encryption keys for enterprise tenants.\n\
         2. Quarterly access review of the support assistant's knowledge base.\n\n\
         ## Approval\n\nApproved for publication to customers under NDA.\n",
    );
    md
}

fn chart() -> Chart {
    use SegmentKind::*;
    Chart {
        legend: Vec::new(),
        title: "Implementation status of applicable controls".into(),
        bars: vec![
            Bar {
                label: "ISO/IEC 27001:2022".into(),
                segments: vec![
                    (Implemented, 61),
                    (Partial, 14),
                    (Planned, 6),
                    (NotImplemented, 2),
                    (Excluded, 10),
                ],
            },
            Bar {
                label: "ISO/IEC 42001:2023".into(),
                segments: vec![
                    (Implemented, 24),
                    (Partial, 7),
                    (Planned, 4),
                    (NotImplemented, 1),
                    (Excluded, 2),
                ],
            },
        ],
    }
}

#[test]
#[ignore = "helper: writes a sample page to look at when ANNEXA_HTML_SAMPLE=<dir>"]
fn write_sample_page() {
    let Some(dir) = std::env::var_os("ANNEXA_HTML_SAMPLE") else {
        eprintln!("note: ANNEXA_HTML_SAMPLE is not set; no sample page written");
        return;
    };
    let c = chart();
    let body = markdown_to_html(&markdown(), Some(&c));
    let mut tera = tera::Tera::new();
    tera.add_raw_template(
        "page.html",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/page.html")),
    )
    .expect("template");
    let mut ctx = tera::Context::new();
    ctx.insert("title", "Statement of Applicability");
    ctx.insert("lang", "en-GB");
    ctx.insert("subtitle", "Lumen Labs Ltd");
    ctx.insert("header_right", "LUM-ISMS-SOA-001 · Version 4.0 · Internal");
    ctx.insert("footer", "Internal · Approved by the CEO on 2026-11-02");
    ctx.insert("generator", "annexa 0.1.0");
    ctx.insert("toc", &body.toc);
    ctx.insert("content", &body.content);
    ctx.insert("front", &body.front);
    ctx.insert("body", &body.body);
    ctx.insert("credit", "Generated by annexa 0.1.0");
    ctx.insert(
        "css",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/style.css")),
    );
    let page = tera.render("page.html", &ctx).expect("render");
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("sample.html"), page).expect("write");
}
