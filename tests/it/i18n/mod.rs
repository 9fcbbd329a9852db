//! Documents in the auditor's language: every shipped language renders every document (with a
//! change log), the blank toolkit set and `annexa diff` with no English label left, and the
//! formats carry the language (HTML `lang`, PDF and DOCX language, page footers).
//!
//! The English labels are read from an English build of the same inputs: every table header
//! cell and key-value label of every Markdown file, every header of every workbook sheet. A
//! localised build may show none of them, except the few words a language shares with English
//! (`Status`, `Version` …), listed per language below.

use crate::diff::old_and_new;
use crate::support::{Output, Test};
use calamine::{Data, Reader, Xlsx};
use std::collections::BTreeSet;
use std::io::{Cursor, Read};
use std::path::Path;

/// The shipped languages besides English, with the labels each rightly shares with English.
const LANGUAGES: &[(&str, &[&str])] = &[
    (
        "de",
        &["ID", "Status", "Version", "Dimension", "Matrix", "Name"],
    ),
    (
        "fr",
        &[
            "Version",
            "Action",
            "Actions",
            "Description",
            "Dimension",
            "Date",
            "Applicable",
            "Classification",
            "Document",
            "Impact",
            "Justification",
            "Section",
        ],
    ),
    ("es", &["ID", "Control", "Total"]),
];

fn run(dir: &Path, args: &[&str]) -> Output {
    let out = Test::in_dir(dir).args(args).run();
    assert_eq!(Some(out.code), Some(0), "annexa {args:?}: {}", out.stderr);
    out
}

/// The set in `lang` (or English for `None`) under `dir/<name>`: the documents in every
/// format with a change log, the blank toolkit set, and the change log of `annexa diff`.
fn build(dir: &Path, lang: Option<&str>) -> String {
    let name = lang.unwrap_or("en");
    let mut args = vec![
        "build",
        "new.yaml",
        "--previous",
        "old.yaml",
        "--format",
        "all",
    ];
    let out = format!("{name}/set");
    args.extend(["--out", &out]);
    let lang_args = lang.map(|l| vec!["--lang", l]).unwrap_or_default();
    run(dir, &[args.as_slice(), &lang_args].concat());
    let blank = format!("{name}/blank");
    let blank_args = [
        "build",
        "--blank",
        "--format",
        "md,docx,xlsx",
        "--out",
        &blank,
    ];
    run(dir, &[blank_args.as_slice(), &lang_args].concat());
    // `annexa diff` writes in the newer file's language.
    let new = std::fs::read_to_string(dir.join("new.yaml")).expect("new.yaml");
    let with = match lang {
        Some(l) => new.replacen(
            "\ndocument:\n",
            &format!("\ndocument:\n  language: {l}\n"),
            1,
        ),
        None => new,
    };
    std::fs::write(dir.join(format!("{name}.yaml")), with).expect("write");
    let log = format!("{name}/changes.md");
    let file = format!("{name}.yaml");
    run(dir, &["diff", "old.yaml", &file, "--out", &log]);
    name.to_string()
}

/// Every `.md` under `dir`, recursively.
fn markdown(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(markdown(&p));
        } else if p.extension().is_some_and(|x| x == "md") {
            out.push(std::fs::read_to_string(&p).expect("read"));
        }
    }
    out
}

/// A table's header cells and a key-value table's first column: the labels of the documents.
fn labels(md: &str) -> BTreeSet<String> {
    let lines: Vec<&str> = md.lines().collect();
    let mut out = BTreeSet::new();
    let cells = |l: &str| -> Vec<String> {
        l.trim()
            .trim_matches('|')
            .split(" | ")
            .map(|c| c.trim().to_string())
            .collect()
    };
    let mut key_value = false;
    for (i, l) in lines.iter().enumerate() {
        let rule = |s: &str| s.starts_with("|-") || s.starts_with("|--:") || s.starts_with("|:");
        if lines.get(i + 1).is_some_and(|n| rule(n)) {
            key_value = l.trim() == "| | |";
            out.extend(cells(l));
        } else if key_value && l.starts_with("| ") {
            out.extend(cells(l).into_iter().take(1));
        } else if !l.starts_with('|') {
            key_value = false;
        }
    }
    out.retain(|c| !c.is_empty() && !c.contains("ISO/IEC") && !c.starts_with('\\'));
    out
}

/// The header row and the name of every sheet of every workbook under `dir`.
fn sheet_labels(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in std::fs::read_dir(dir).expect("read_dir").flatten() {
        if e.path().extension().is_none_or(|x| x != "xlsx") {
            continue;
        }
        let bytes = std::fs::read(e.path()).expect("read");
        let mut wb: Xlsx<_> =
            calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("calamine opens it");
        for name in wb.sheet_names() {
            out.insert(name.clone());
            let range = wb.worksheet_range(&name).expect("sheet");
            if let Some(row) = range.rows().next() {
                out.extend(row.iter().filter_map(|d| match d {
                    Data::String(s) => Some(s.clone()),
                    _ => None,
                }));
            }
        }
    }
    out.retain(|c| !c.is_empty() && !c.contains("ISO/IEC") && !c.starts_with('['));
    out
}

/// A part of a zip (DOCX) as text.
fn part(path: &Path, name: &str) -> String {
    let bytes = std::fs::read(path).expect("read");
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut text = String::new();
    zip.by_name(name)
        .expect("part")
        .read_to_string(&mut text)
        .expect("utf-8");
    text
}

#[test]
fn every_shipped_language_leaves_no_english_label() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    old_and_new(dir);
    let en = build(dir, None);
    let english: BTreeSet<String> = markdown(&dir.join(&en))
        .iter()
        .flat_map(|m| labels(m))
        .collect();
    let english_sheets = sheet_labels(&dir.join(&en).join("set"));
    assert!(english.contains("Justification") && english.contains("Document ID"));
    assert!(
        english.contains("Before treatment") && english.contains("Field"),
        "{english:?}"
    );
    assert!(english.len() > 80, "{} English labels", english.len());
    assert!(
        english_sheets.contains("Reasons for inclusion"),
        "{english_sheets:?}"
    );
    let mut failures = Vec::new();
    let shipped = annexa::i18n::shipped_codes();
    assert_eq!(
        shipped.len(),
        LANGUAGES.len() + 1,
        "a shipped language is not tested"
    );
    for (lang, shared) in LANGUAGES {
        let name = build(dir, Some(lang));
        let root = dir.join(&name);
        let ours: BTreeSet<String> = markdown(&root).iter().flat_map(|m| labels(m)).collect();
        assert!(ours.len() > 80, "{lang}: {} labels", ours.len());
        for left in ours.intersection(&english) {
            if !shared.contains(&left.as_str()) {
                failures.push(format!("{lang}: English label `{left}` in a document"));
            }
        }
        for left in sheet_labels(&root.join("set")).intersection(&english_sheets) {
            if !shared.contains(&left.as_str()) {
                failures.push(format!("{lang}: English label `{left}` in the workbook"));
            }
        }
        for doc in markdown(&root) {
            for english in [
                "[To complete]",
                "How to read",
                "Document control",
                "Changes since",
            ] {
                if doc.contains(english) {
                    failures.push(format!("{lang}: `{english}` left in a document"));
                }
            }
        }
        let set = root.join("set");
        let html =
            std::fs::read_to_string(set.join("statement-of-applicability.html")).expect("html");
        assert!(
            html.contains("<html lang=\"") && !html.contains("lang=\"en-GB\""),
            "{lang}"
        );
        let pdf = std::fs::read(set.join("statement-of-applicability.pdf")).expect("pdf");
        let tag = format!("{lang}-");
        assert!(
            pdf.windows(tag.len()).any(|w| w == tag.as_bytes()),
            "{lang}: PDF language"
        );
        let docx = set.join("statement-of-applicability.docx");
        let core = part(&docx, "docProps/core.xml");
        assert!(
            core.contains(&format!("<dc:language>{lang}-")),
            "{lang}: {core}"
        );
        let custom = part(
            &set.join("statement-of-applicability.xlsx"),
            "docProps/custom.xml",
        );
        assert!(
            custom.contains(&format!(">{lang}-")),
            "{lang}: the workbook's language"
        );
        let footer = part(&docx, "word/footer1.xml");
        assert!(
            !footer.contains("> of <"),
            "{lang}: the DOCX footer still says Page N of M"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_german_decisions_file_writes_german_and_validate_stays_english() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let text =
        crate::support::lumora().replacen("\ndocument:\n", "\ndocument:\n  language: de\n", 1);
    std::fs::write(tmp.path().join("soa.yaml"), &text).expect("write");
    run(
        tmp.path(),
        &["build", "soa.yaml", "--out", "out", "--format", "md"],
    );
    let md =
        std::fs::read_to_string(tmp.path().join("out/statement-of-applicability.md")).expect("soa");
    assert!(
        md.starts_with("# Erklärung zur Anwendbarkeit\n"),
        "{}",
        &md[..200]
    );
    assert!(md.contains("| Ausgabedatum | 02.11.2026 |"));
    // A misspelt language is reported in English, at its line.
    let bad = text.replacen("language: de", "language: deutsch!", 1);
    std::fs::write(tmp.path().join("bad.yaml"), bad).expect("write");
    let out = Test::in_dir(tmp.path())
        .args(["validate", "bad.yaml"])
        .run();
    assert_eq!(Some(out.code), Some(1));
    assert!(
        out.stderr.contains("is not a language tag"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("bad.yaml:"), "{}", out.stderr);
}

mod user;
