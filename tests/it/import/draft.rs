//! `annexa build --draft` on what `annexa import` writes: an unfinished file builds, exit 0,
//! with its problems as warnings and a count; undecided controls say **Undecided**, a decision
//! without reasons keeps its values, a missing "why not implemented" is [To complete]; every
//! page of every format says DRAFT (Markdown's first line, the HTML banner, the PDF's watermark
//! and running header on each page, the DOCX header of every section, a vendor's reference
//! headers included, the XLSX page header of every sheet), undecided controls are neither "No"
//! nor excluded in the CSV and JSON, and the SoA ends with the problems left. Errors of any
//! other kind still stop it.

use super::book::{self, Sheet};
use crate::pdf::{page_text, parse};
use crate::support::{lumora, Output, Test};
use std::io::{Cursor, Read as _, Write as _};
use std::path::PathBuf;

/// An imported sheet deciding A.5.1 to A.5.3 only, and the folder it was imported in.
pub(super) fn imported() -> (Output, PathBuf) {
    let sheet = Sheet::new(
        "S",
        vec![
            vec!["ID", "Applicable", "Justification", "Status"],
            vec!["A.5.1", "No", "Fully outsourced to the parent company", ""],
            vec!["A.5.2", "Yes", "Duties must be assigned", "Implemented"],
            vec![
                "A.5.3",
                "Yes",
                "Conflicts of interest exist",
                "Not implemented",
            ],
        ],
    );
    let t = Test::new()
        .write("s.xlsx", book::xlsx(&[sheet]))
        .args(["import", "s.xlsx"])
        .success();
    let dir = t.path().to_path_buf();
    (t, dir)
}

#[test]
fn a_draft_builds_with_undecided_controls_marked() {
    let (_t, dir) = imported();
    Test::in_dir(&dir)
        .args(["build", "soa.yaml", "-o", "out"])
        .stderr_has("nothing was written")
        .status(1);
    Test::in_dir(&dir)
        .args([
            "build", "--draft", "soa.yaml", "-o", "out", "--format", "md",
        ])
        .stderr_has("warning[undecided]: control `27001:A.5.4` is not decided")
        .stderr_has("warning[missing-reason]: `27001:A.5.2` is included without a reason")
        .stderr_has("0 errors, ")
        .stderr_has("note: DRAFT: built with ")
        .success();
    let md = std::fs::read_to_string(dir.join("out/statement-of-applicability.md")).expect("md");
    assert!(md.starts_with("> **DRAFT**: not approved; "), "{md}");
    for row in [
        "| 27001:A.5.1 | Policies for information security | No |",
        "| 27001:A.5.2 | Information security roles and responsibilities | Yes |  | Duties must be assigned | Implemented |",
        "| 27001:A.5.3 | Segregation of duties | Yes |  | Conflicts of interest exist | Not implemented \\[To complete\\] |",
        "| 27001:A.5.4 | Management responsibilities | **Undecided** |",
        "- Controls decided: 3 of 93 (90 still undecided)",
        "## Draft: problems left",
        "- soa.yaml:",
        // Not approved, and the date no one gave is not made up.
        "| Issue date | [To complete] |\n| Status | Draft |",
        "| Approver | \\[To complete\\] | *Not yet approved* |",
    ] {
        assert!(md.contains(row), "{row:?} not in:\n{md}");
    }
    assert!(
        !md.contains("2000-01-01") && !md.contains("Approved"),
        "{md}"
    );
    // Errors of other kinds still stop a draft: YAML syntax, an unknown control.
    Test::in_dir(&dir)
        .write("bad.yaml", "controls: [\n")
        .args(["build", "--draft", "bad.yaml", "-o", "bad"])
        .expect_absent("bad")
        .status(1);
    let yaml = std::fs::read_to_string(dir.join("soa.yaml")).expect("soa.yaml");
    let unknown = yaml.replacen("  27001:A.5.4:", "  27001:A.5.99:", 1);
    Test::in_dir(&dir)
        .write("unknown.yaml", unknown)
        .args(["build", "--draft", "unknown.yaml", "-o", "unknown"])
        .stderr_has("error[unknown-control]")
        .expect_absent("unknown")
        .status(1);
}

#[test]
fn every_page_of_every_format_of_a_draft_says_draft() {
    // The example without the organisation's name: every kind of document, one problem.
    let yaml = lumora().replacen("  name: Lumora Finance Ltd\n", "  name:\n", 1);
    let t = Test::new()
        .write("soa.yaml", yaml)
        .args([
            "build", "--draft", "soa.yaml", "-o", "out", "--format", "all",
        ])
        .stderr_has("0 errors, 1 warning")
        .stderr_has("note: DRAFT: built with 1 problem left")
        .success();
    let out = t.path().join("out");
    let read = |f: &str| std::fs::read(out.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
    let mut docs = 0;
    for entry in std::fs::read_dir(&out).expect("out") {
        let name = entry
            .expect("entry")
            .file_name()
            .into_string()
            .expect("name");
        let stem = name.trim_end_matches(".md");
        if name == stem {
            continue;
        }
        docs += 1;
        let md = String::from_utf8(read(&name)).expect("md");
        assert!(
            md.starts_with("> **DRAFT**: not approved; 1 problem left"),
            "{name}"
        );
        let html = String::from_utf8(read(&format!("{stem}.html"))).expect("html");
        assert!(html.contains("<div class=\"draft-banner\" role=\"note\">DRAFT"));
        let pdf = parse(&read(&format!("{stem}.pdf")));
        for n in 1..=pdf.get_pages().len() as u32 {
            let text = page_text(&pdf, n);
            assert!(
                text.matches("DRAFT").count() >= 2,
                "{stem}.pdf page {n} lacks the watermark or the header's DRAFT:\n{text}"
            );
        }
        assert!(docx_sections(&read(&format!("{stem}.docx")), true) > 0);
    }
    assert_eq!(
        docs, 6,
        "SoA, risk plan, AI policy, matrix, two impact assessments"
    );
    xlsx_headers(&read("statement-of-applicability.xlsx"), true);
    // A finished file's documents carry no mark: the checks above can fail.
    let done = Test::new()
        .write("soa.yaml", lumora())
        .args(["build", "soa.yaml", "-o", "out", "--format", "docx,xlsx"])
        .success();
    let finished = done.path().join("out");
    let bytes = std::fs::read(finished.join("statement-of-applicability.docx")).expect("docx");
    docx_sections(&bytes, false);
    xlsx_headers(
        &std::fs::read(finished.join("statement-of-applicability.xlsx")).expect("xlsx"),
        false,
    );
}

/// A draft in German: the mark, the placeholders and the status in every format are German.
#[test]
fn a_german_draft_says_entwurf_in_every_format() {
    let yaml = lumora()
        .replacen("  name: Lumora Finance Ltd\n", "  name:\n", 1)
        .replacen("\ndocument:\n", "\ndocument:\n  language: de\n", 1);
    let t = Test::new()
        .write("soa.yaml", yaml)
        .args([
            "build",
            "--draft",
            "soa.yaml",
            "-o",
            "out",
            "--format",
            "md,pdf,docx,xlsx",
        ])
        .success();
    let read = |f: &str| std::fs::read(t.path().join("out").join(f)).expect(f);
    let md = String::from_utf8(read("statement-of-applicability.md")).expect("md");
    assert!(md.starts_with("> **ENTWURF**"), "{md}");
    // What the draft fills in, and the document control's status, are German too.
    assert!(md.contains("**\\[Auszufüllen\\]**") && md.contains("| Status | Entwurf |"));
    assert!(!md.contains("DRAFT") && !md.contains("To complete"), "{md}");
    let pdf = parse(&read("statement-of-applicability.pdf"));
    for n in 1..=pdf.get_pages().len() as u32 {
        let text = page_text(&pdf, n);
        assert!(text.matches("ENTWURF").count() >= 2, "page {n}:\n{text}");
        assert!(!text.contains("DRAFT"), "page {n}:\n{text}");
    }
    let docx = read("statement-of-applicability.docx");
    assert!(docx_marked(&docx, "ENTWURF", true) > 0);
    // A misspelt language stops a draft with every other problem of the file, in one run.
    let yaml = std::fs::read_to_string(t.path().join("soa.yaml")).expect("soa.yaml");
    let bad = yaml
        .replacen("language: de", "language: deutsch!", 1)
        .replacen("  27001:A.5.4:", "  27001:A.5.99:", 1);
    Test::in_dir(t.path())
        .write("bad.yaml", bad)
        .args(["build", "--draft", "bad.yaml", "-o", "bad"])
        .stderr_has("error[unknown-value]: `language: deutsch!` is not a language tag")
        .stderr_has("error[unknown-control]: `27001:A.5.99`")
        .expect_absent("bad")
        .status(1);
    docx_marked(&docx, "DRAFT", false);
    xlsx_marked(
        &read("statement-of-applicability.xlsx"),
        ("ENTWURF", "ENTWURF · nicht freigegeben: "),
        true,
    );
}

#[test]
fn an_undecided_control_is_not_excluded_in_the_exports() {
    let (_t, dir) = imported();
    Test::in_dir(&dir)
        .args([
            "build",
            "--draft",
            "soa.yaml",
            "-o",
            "out",
            "--format",
            "xlsx,csv,json",
        ])
        .success();
    let read = |f: &str| std::fs::read(dir.join("out").join(f)).expect(f);
    // No pages in CSV and JSON: an undecided control is there neither "no" nor excluded.
    let csv = String::from_utf8(read("statement-of-applicability.csv")).expect("csv");
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .expect("records");
    let row = |id: &str| {
        let r = rows.iter().find(|r| &r[0] == id).expect("row");
        r[5].to_string()
    };
    assert_eq!(row("27001:A.5.1"), "no");
    assert_eq!(row("27001:A.5.2"), "yes");
    assert_eq!(row("27001:A.5.4"), "");
    let json: serde_json::Value =
        serde_json::from_slice(&read("statement-of-applicability.json")).expect("json");
    let controls = json["standards"][0]["groups"][0]["controls"]
        .as_array()
        .expect("controls");
    assert_eq!(controls[0]["applicable"], false);
    assert!(controls[3]["applicable"].is_null() && controls[3]["status"].is_null());
    let totals = &json["totals"];
    assert_eq!(
        (totals["applicable"].as_u64(), totals["excluded"].as_u64()),
        (Some(2), Some(1))
    );
    let sheets = book::read(&read("statement-of-applicability.xlsx"));
    let a54 = sheets
        .iter()
        .flat_map(|s| &s.rows)
        .find(|r| r.first().is_some_and(|c| c == "27001:A.5.4"))
        .expect("A.5.4 row");
    assert!(!a54.iter().any(|c| c == "No" || c == "Yes"), "{a54:?}");
}

#[test]
fn a_vendors_reference_headers_say_draft_and_a_page_kind_without_one_gets_one() {
    let (_t, dir) = imported();
    let yaml = std::fs::read_to_string(dir.join("soa.yaml")).expect("soa.yaml");
    Test::in_dir(&dir)
        .write(
            "themed.yaml",
            format!("{yaml}\ntheme:\n  docx_reference: corporate.docx\n"),
        )
        .write("corporate.docx", reference())
        .args([
            "build",
            "--draft",
            "themed.yaml",
            "-o",
            "out",
            "--format",
            "docx",
        ])
        .success();
    let bytes = std::fs::read(dir.join("out/statement-of-applicability.docx")).expect("docx");
    let doc = part(&bytes, "word/document.xml");
    assert!(
        doc.contains("<w:titlePg/>"),
        "the reference's title page is kept"
    );
    assert!(docx_sections(&bytes, true) > 1);
    let first = doc.split("<w:sectPr>").nth(1).expect("a section");
    assert!(first.contains("w:type=\"first\""), "{first}");
    let vendor = (1..5)
        .map(|n| format!("word/header-ref{n}.xml"))
        .find_map(|n| try_part(&bytes, &n))
        .expect("the vendor's header");
    assert!(vendor.contains("ACME CONFIDENTIAL") && vendor.contains("DRAFT · not approved"));
}

/// Checks every section's headers say DRAFT (`draft`) or do not; returns how many sections.
fn docx_sections(bytes: &[u8], draft: bool) -> usize {
    docx_marked(bytes, "DRAFT", draft)
}

/// Checks every section's headers carry the draft mark `word` (`draft`) or do not.
fn docx_marked(bytes: &[u8], word: &str, draft: bool) -> usize {
    let doc = part(bytes, "word/document.xml");
    let rels = part(bytes, "word/_rels/document.xml.rels");
    let mut n = 0;
    for sect in doc.split("<w:sectPr>").skip(1) {
        let sect = &sect[..sect.find("</w:sectPr>").expect("section end")];
        assert!(
            sect.contains("<w:headerReference w:type=\"default\""),
            "{sect}"
        );
        for r in sect.split("<w:headerReference ").skip(1) {
            let id = between(r, "r:id=\"", "\"");
            let rel = &rels[rels.find(&format!("Id=\"{id}\"")).expect("relationship")..];
            let header = part(bytes, &format!("word/{}", between(rel, "Target=\"", "\"")));
            assert_eq!(header.contains(word), draft, "header {id}: {header}");
        }
        n += 1;
    }
    n
}

/// Checks every sheet's printed page header says DRAFT (`draft`) or does not, and the Summary's
/// title.
fn xlsx_headers(bytes: &[u8], draft: bool) {
    xlsx_marked(bytes, ("DRAFT", "DRAFT · not approved: "), draft);
}

/// [`xlsx_headers`] in other words: the header's mark and the Summary title's start.
fn xlsx_marked(bytes: &[u8], (word, title): (&str, &str), draft: bool) {
    let mut sheets = 0;
    for n in 1..20 {
        let Some(sheet) = try_part(bytes, &format!("xl/worksheets/sheet{n}.xml")) else {
            break;
        };
        assert_eq!(
            sheet.contains(&format!("&amp;C{word} · ")),
            draft,
            "sheet{n}.xml"
        );
        sheets += 1;
    }
    assert!(sheets >= 3, "{sheets} sheets");
    let strings = part(bytes, "xl/sharedStrings.xml");
    assert_eq!(strings.contains(title), draft, "{strings}");
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> &'a str {
    let rest = &s[s.find(open).expect(open) + open.len()..];
    &rest[..rest.find(close).expect(close)]
}

fn part(zip: &[u8], name: &str) -> String {
    try_part(zip, name).unwrap_or_else(|| panic!("no part {name}"))
}

fn try_part(zip: &[u8], name: &str) -> Option<String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(zip)).expect("zip");
    let mut f = zip.by_name(name).ok()?;
    let mut s = String::new();
    f.read_to_string(&mut s).expect("UTF-8 part");
    Some(s)
}

/// A vendor's template: one header (the default one), a title page that has none of its own.
fn reference() -> Vec<u8> {
    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const PKG: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
    let parts = [
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>".to_string()),
        ("_rels/.rels", format!("<?xml version=\"1.0\"?><Relationships xmlns=\"{PKG}\"><Relationship Id=\"rId1\" Type=\"{R}/officeDocument\" Target=\"word/document.xml\"/></Relationships>")),
        ("word/document.xml", format!("<?xml version=\"1.0\"?><w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body><w:p/><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId7\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:titlePg/></w:sectPr></w:body></w:document>")),
        ("word/_rels/document.xml.rels", format!("<?xml version=\"1.0\"?><Relationships xmlns=\"{PKG}\"><Relationship Id=\"rId7\" Type=\"{R}/header\" Target=\"header1.xml\"/></Relationships>")),
        ("word/header1.xml", format!("<?xml version=\"1.0\"?><w:hdr xmlns:w=\"{W}\"><w:p><w:r><w:t>ACME CONFIDENTIAL</w:t></w:r></w:p></w:hdr>")),
    ];
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, text) in parts {
        w.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        w.write_all(text.as_bytes()).expect("write");
    }
    w.finish().expect("zip").into_inner()
}
