//! Bundle: every document in every format, zipped with a manifest, checksums and a README for
//! the recipient, byte-identical for identical input.
//!
//! Pure, like [`crate::render`]: files in memory in, zip bytes out; [`crate::output::write`] puts them
//! on disk. Determinism: entries sorted by name, one fixed timestamp (the document date, or
//! 1980-01-01 when there is none, never the clock), fixed Unix permissions (0644), fixed
//! compression level, no extra fields. The archive holds:
//!
//! - `documents/…`: the rendered files;
//! - `evidence/…`: with `bundle --with-evidence`, the evidence files the decisions file names,
//!   under their path in its folder;
//! - `manifest.json`: annexa version, each document's and evidence file's size and SHA-256
//!   (with the evidence items that name it), each input's SHA-256;
//! - `SHA256SUMS`: the same document hashes (and README's and the manifest's) in the form
//!   `sha256sum -c SHA256SUMS` checks, run in the unzipped folder;
//! - `README.txt`: what each file is and how to verify it.

use crate::input::digest::{sha256_hex, Input};
use crate::input::evidence::Collected;
use std::io::Write as _;

/// What the manifest and README say about the set.
#[derive(Debug, Clone)]
pub struct BundleMeta {
    /// The organisation's name; empty for the blank toolkit set.
    pub organisation: String,
    /// The document date, `YYYY-MM-DD`; empty when there is none.
    pub date: String,
    /// The standards the documents cover, e.g. "ISO/IEC 27001:2022".
    pub standards: Vec<String>,
}

/// Why a bundle could not be made (the zip writer failed: not expected with memory buffers).
#[derive(Debug, thiserror::Error)]
#[error("cannot make the zip: {0}")]
pub struct BundleError(String);

/// Zips `files` (name, bytes) under `documents/` and `evidence` under `evidence/`, with the
/// manifest, checksums and README.
pub fn bundle(
    files: &[(String, Vec<u8>)],
    inputs: &[Input],
    meta: &BundleMeta,
    evidence: &[Collected],
) -> Result<Vec<u8>, BundleError> {
    let mut docs: Vec<(String, &[u8])> = files
        .iter()
        .map(|(n, b)| (format!("documents/{n}"), b.as_slice()))
        .collect();
    docs.sort();
    let mut inputs = inputs.to_vec();
    inputs.sort_by(|a, b| a.name.cmp(&b.name));
    inputs.dedup();
    let manifest = manifest(&docs, &inputs, meta, evidence);
    let readme = readme(&docs, meta, evidence);
    let mut sums = String::new();
    let mut entries: Vec<(String, &[u8])> = docs.clone();
    entries.extend(
        evidence
            .iter()
            .map(|e| (format!("evidence/{}", e.name), e.bytes.as_slice())),
    );
    entries.push(("README.txt".into(), readme.as_bytes()));
    entries.push(("manifest.json".into(), manifest.as_bytes()));
    entries.sort();
    for (name, bytes) in &entries {
        sums.push_str(&format!("{}  {name}\n", sha256_hex(bytes)));
    }
    entries.push(("SHA256SUMS".into(), sums.as_bytes()));
    entries.sort();
    zip(&entries, &meta.date)
}

fn manifest(
    docs: &[(String, &[u8])],
    inputs: &[Input],
    meta: &BundleMeta,
    evidence: &[Collected],
) -> String {
    let files: Vec<_> = docs
        .iter()
        .map(|(n, b)| serde_json::json!({"path": n, "bytes": b.len(), "sha256": sha256_hex(b)}))
        .collect();
    let evidence: Vec<_> = evidence
        .iter()
        .map(|e| {
            let items: Vec<_> = (e.refs.iter())
                .map(|r| serde_json::json!({"id": r.id, "title": r.title, "location": r.path}))
                .collect();
            serde_json::json!({
                "path": format!("evidence/{}", e.name),
                "bytes": e.bytes.len(),
                "sha256": sha256_hex(&e.bytes),
                "items": items,
            })
        })
        .collect();
    let inputs: Vec<_> = inputs
        .iter()
        .map(|i| serde_json::json!({"name": i.name, "sha256": i.sha256}))
        .collect();
    let json = serde_json::json!({
        "schema": "annexa-bundle/1",
        "annexa_version": env!("CARGO_PKG_VERSION"),
        "organisation": meta.organisation,
        "date": meta.date,
        "files": files,
        "evidence": evidence,
        "inputs": inputs,
    });
    let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
    text.push('\n');
    text
}

/// What a document file is, from its name.
fn describe(name: &str) -> String {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    let stem = stem.trim_start_matches("documents/");
    let what = if stem == "statement-of-applicability" {
        match ext {
            "xlsx" => "Statement of Applicability, workbook (summary and one sheet per standard)",
            "csv" => "Statement of Applicability, one row per control",
            "json" => "Statement of Applicability, data (schema in annexa's docs/export.md)",
            _ => "Statement of Applicability",
        }
        .to_string()
    } else if stem == "risk-treatment-plan" {
        match ext {
            "csv" => "Risk register and treatment plan, one row per risk",
            _ => "Risk treatment plan (clause 6.1.3 of both standards)",
        }
        .to_string()
    } else if stem == "ai-policy" {
        "AI policy (ISO/IEC 42001 clause 5.2)".to_string()
    } else if let Some(system) = stem.strip_prefix("ai-impact-assessment-") {
        format!("AI system impact assessment: {system}")
    } else if stem == "ai-impact-assessment" {
        "AI system impact assessment (template)".to_string()
    } else {
        stem.to_string()
    };
    let form = match ext {
        "md" => "Markdown",
        "html" => "HTML, one self-contained page",
        "pdf" => "PDF",
        "docx" => "Word",
        "xlsx" => "Excel",
        "csv" => "CSV",
        "json" => "JSON",
        _ => "",
    };
    format!("{what} ({form})")
}

fn readme(docs: &[(String, &[u8])], meta: &BundleMeta, evidence: &[Collected]) -> String {
    let whose = if meta.organisation.is_empty() {
        "the blank toolkit set: every document with placeholders where the organisation writes"
            .to_string()
    } else {
        format!("the documents of {}", meta.organisation)
    };
    let mut s = format!(
        "This archive holds {whose}, made by annexa {} ({}).\n",
        env!("CARGO_PKG_VERSION"),
        meta.standards.join(" and ")
    );
    if !meta.date.is_empty() {
        s.push_str(&format!("Document date: {}.\n", meta.date));
    }
    s.push_str("\nFiles\n\n");
    let width = docs.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    for (name, _) in docs {
        s.push_str(&format!("  {name:<width$}  {}\n", describe(name)));
    }
    if !evidence.is_empty() {
        s.push_str(&format!(
            "  {:<width$}  {} evidence files the decisions file names, under their path in its\n  {:<width$}  folder; manifest.json says which evidence items name each\n",
            "evidence/",
            evidence.len(),
            ""
        ));
    }
    s.push_str(&format!(
        "  {:<width$}  {}\n  {:<width$}  {}\n  {:<width$}  {}\n",
        "manifest.json",
        "annexa version, each file's size and SHA-256, each input's SHA-256",
        "SHA256SUMS",
        "the SHA-256 of every other file in this archive",
        "README.txt",
        "this file"
    ));
    s.push_str(
        "\nVerify\n\nUnzip the archive and, in the folder it made, run\n\n  sha256sum -c SHA256SUMS\n\n\
         (macOS: shasum -a 256 -c SHA256SUMS). Every line must say OK. To check that the set was\n\
         made from given inputs, compare their SHA-256 with the `inputs` in manifest.json; the\n\
         same inputs and annexa version give the same archive, byte for byte.\n",
    );
    s
}

fn zip(entries: &[(String, &[u8])], date: &str) -> Result<Vec<u8>, BundleError> {
    use zip::write::SimpleFileOptions;
    let err = |e: zip::result::ZipError| BundleError(e.to_string());
    let time = zip_time(date);
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(time)
        .unix_permissions(0o644)
        .system(zip::System::Unix);
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        w.start_file(name.as_str(), options).map_err(err)?;
        w.write_all(bytes).map_err(|e| BundleError(e.to_string()))?;
    }
    Ok(w.finish().map_err(err)?.into_inner())
}

/// Midnight of the document date, or 1980-01-01 (the zip epoch).
fn zip_time(date: &str) -> zip::DateTime {
    crate::model::Date::parse(date)
        .and_then(|d| {
            let year = u16::try_from(d.year).ok()?;
            zip::DateTime::from_date_and_time(year, d.month, d.day, 0, 0, 0).ok()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_input_same_bytes_and_sums_match() {
        let files = vec![
            ("b.md".to_string(), b"two".to_vec()),
            ("a.pdf".to_string(), b"one".to_vec()),
        ];
        let meta = BundleMeta {
            organisation: "Org".into(),
            date: "2026-03-01".into(),
            standards: vec!["ISO/IEC 27001:2022".into()],
        };
        let inputs = [Input::new("soa.yaml", b"x")];
        let one = bundle(&files, &inputs, &meta, &[]).expect("zip");
        let two = bundle(&files, &inputs, &meta, &[]).expect("zip");
        assert_eq!(one, two);
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
