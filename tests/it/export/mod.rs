//! The spreadsheet and data exports, read back the way their users read them: the XLSX with
//! calamine (and its XML for what calamine does not report), the CSV with the `csv` crate, the
//! JSON against its published schema. Every one must be reproducible byte for byte.
//!
//! `xlsx`, `csv_rows` and `json` read each format back; this module holds the documents they
//! share and the determinism checks (same bytes twice, and in a second process).

mod csv_rows;
mod json;
mod xlsx;

use crate::support::{lumora_path, root};
use annexa::merge::{ControlRow, Document};
use annexa::render::export;
use std::path::{Path, PathBuf};

fn doc_of(path: &Path) -> Document {
    let loaded = annexa::input::load(path).expect("load");
    let validated = annexa::validate::validate(loaded);
    let soa = validated.soa.expect("the example is valid");
    annexa::merge::merge(&soa, annexa::merge::Options::default())
}

fn lumora() -> Document {
    doc_of(&lumora_path())
}

fn hostile() -> Document {
    let mut doc = doc_of(&root().join("tests/fixtures/hostile/soa.yaml"));
    let row = &mut doc.standards[0].groups[0].controls[0];
    row.justification = Some(HOSTILE_JUSTIFICATION.into());
    row.notes = Some(HOSTILE_NOTES.into());
    row.owner = Some("@SUM(1+1)*cmd|' /C calc'!A0".into());
    row.evidence = vec![
        "+44 20 7946 0000".into(),
        "-2+3".into(),
        "a, \"b\"; c".into(),
    ];
    doc
}

const HOSTILE_JUSTIFICATION: &str = "=cmd|' /C calc'!A0";
const HOSTILE_NOTES: &str = "He said \"no\", twice,\r\nthen: ,,\"\"\n\tend; עברית 中文 ✓";

fn every_row(doc: &Document) -> Vec<&ControlRow> {
    doc.standards
        .iter()
        .flat_map(|s| s.groups.iter().flat_map(|g| g.controls.iter()))
        .chain(&doc.additional_controls)
        .collect()
}

fn blank() -> Document {
    let catalogs = annexa::pipeline::shipped_catalogs().expect("shipped");
    let relations = annexa::validate::shipped_relations(&catalogs);
    annexa::merge::blank(catalogs, relations, &annexa::i18n::Locale::english())
}

/// The three exports of one document.
fn all_three(doc: &Document) -> [Vec<u8>; 3] {
    [
        export::xlsx(doc, None).expect("xlsx"),
        export::csv(doc),
        export::json(doc),
    ]
}

#[test]
fn exports_are_identical_for_identical_input() {
    for doc in [lumora(), hostile()] {
        assert!(all_three(&doc) == all_three(&doc));
        assert!(all_three(&doc) == all_three(&doc.clone()));
    }
}

/// Writes the example's exports to `$ANNEXA_EXPORT_DUMP` (used below from a second process,
/// and by hand to look at the workbook in LibreOffice).
#[test]
#[ignore = "helper: run with ANNEXA_EXPORT_DUMP=<dir>"]
fn dump_example() {
    let Some(dir) = std::env::var_os("ANNEXA_EXPORT_DUMP") else {
        eprintln!("note: ANNEXA_EXPORT_DUMP is not set; nothing dumped");
        return;
    };
    let dir = PathBuf::from(dir);
    let [x, c, j] = all_three(&lumora());
    std::fs::write(dir.join("statement-of-applicability.xlsx"), x).expect("write");
    std::fs::write(dir.join("statement-of-applicability.csv"), c).expect("write");
    std::fs::write(dir.join("statement-of-applicability.json"), j).expect("write");
    let hostile = export::xlsx(&hostile(), None).expect("xlsx");
    std::fs::write(dir.join("hostile.xlsx"), hostile).expect("write");
    let blank = export::xlsx(&blank(), None).expect("xlsx");
    std::fs::write(dir.join("blank.xlsx"), blank).expect("write");
}

#[test]
fn exports_are_identical_across_processes() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "export::dump_example",
            "--exact",
            "--ignored",
            "--test-threads=1",
        ])
        .env("ANNEXA_EXPORT_DUMP", tmp.path())
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let here = all_three(&lumora());
    for (name, bytes) in ["xlsx", "csv", "json"].iter().zip(here) {
        let there = std::fs::read(
            tmp.path()
                .join(format!("statement-of-applicability.{name}")),
        )
        .expect("dumped");
        assert!(there == bytes, "{name} differs between processes");
    }
}
