//! `annexa build --draft` on what `annexa import` writes: an unfinished file builds, exit 0,
//! with its problems as warnings and a count; undecided controls say **Undecided**, a decision
//! without reasons keeps its values, a missing "why not implemented" is [To complete]; every
//! page of every format says DRAFT (Markdown's first line, the HTML banner, the PDF's watermark
//! and running header on each page, the XLSX page header), and the SoA ends with the problems
//! left. Errors of any other kind still stop it.

use super::book::{self, Sheet};
use crate::pdf::{page_text, parse};
use crate::support::Test;

#[test]
fn a_draft_builds_with_undecided_controls_marked() {
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
    Test::in_dir(&dir)
        .args(["build", "soa.yaml", "-o", "out"])
        .stderr_has("nothing was written")
        .status(1);
    Test::in_dir(&dir)
        .args(["build", "--draft", "soa.yaml", "-o", "out"])
        .args(["--format", "md,html,pdf,xlsx"])
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
    ] {
        assert!(md.contains(row), "{row:?} not in:\n{md}");
    }
    let html =
        std::fs::read_to_string(dir.join("out/statement-of-applicability.html")).expect("html");
    assert!(html.contains("<div class=\"draft-banner\" role=\"note\">DRAFT"));
    let pdf = parse(&std::fs::read(dir.join("out/statement-of-applicability.pdf")).expect("pdf"));
    let pages = pdf.get_pages().len() as u32;
    assert!(pages > 3);
    for n in 1..=pages {
        let text = page_text(&pdf, n);
        assert!(
            text.matches("DRAFT").count() >= 2,
            "page {n} lacks the watermark or the header's DRAFT:\n{text}"
        );
    }
    let xlsx = std::fs::read(dir.join("out/statement-of-applicability.xlsx")).expect("xlsx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).expect("zip");
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet2.xml").expect("sheet"),
        &mut sheet,
    )
    .expect("read");
    assert!(sheet.contains("&amp;CDRAFT · "), "no DRAFT page header");
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
