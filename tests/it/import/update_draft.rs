//! The owners' round trip on an unfinished file: `import` → `build --draft --format xlsx` →
//! owners decide controls and fill cells in the draft's workbook → `import --update` merges
//! them (the file is still a draft: the count of problems left is said), keeps every comment,
//! and refuses at its cell an edit a draft does not allow either.

use super::book;
use super::draft::imported;
use super::set;
use crate::support::Test;

const SHEET: &str = "27001 Annex A";

#[test]
fn owners_decide_controls_in_a_drafts_workbook_and_the_edits_merge() {
    let (_t, dir) = imported();
    Test::in_dir(&dir)
        .args([
            "build", "--draft", "soa.yaml", "-o", "out", "--format", "xlsx",
        ])
        .success();
    let xlsx = std::fs::read(dir.join("out/statement-of-applicability.xlsx")).expect("xlsx");
    let before = std::fs::read_to_string(dir.join("soa.yaml")).expect("soa.yaml");
    let mut sheets = book::read(&xlsx);
    // Unedited, the draft's own workbook changes nothing.
    Test::in_dir(&dir)
        .write("same.xlsx", book::xlsx(&sheets))
        .args(["import", "--update", "soa.yaml", "same.xlsx"])
        .stdout_has("soa.yaml is unchanged")
        .success();
    set(&mut sheets, SHEET, "27001:A.5.4", "Applicable", "No");
    let why = "Management duties sit with the parent company's board";
    set(&mut sheets, SHEET, "27001:A.5.4", "Justification", why);
    set(&mut sheets, SHEET, "27001:A.5.5", "Applicable", "Yes");
    set(&mut sheets, SHEET, "27001:A.5.5", "Status", "Implemented");
    set(
        &mut sheets,
        SHEET,
        "27001:A.5.5",
        "Owner",
        "Head of Compliance",
    );
    Test::in_dir(&dir)
        .write("edited.xlsx", book::xlsx(&sheets))
        .args(["import", "--update", "soa.yaml", "edited.xlsx"])
        .stderr_has("note: soa.yaml is still a draft: ")
        .stdout_has("wrote soa.yaml")
        .success();
    let after = std::fs::read_to_string(dir.join("soa.yaml")).expect("soa.yaml");
    let comments = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(comments(&before), comments(&after), "comments kept");
    let block = |id: &str| {
        let from = after.find(&format!("  {id}:")).expect(id);
        let rest = &after[from + 3..];
        after[from..from + 3 + rest.find("\n  27001:").unwrap_or(rest.len())].to_string()
    };
    let a54 = block("27001:A.5.4");
    assert!(
        a54.contains("applicable: false") && a54.contains(why),
        "{a54}"
    );
    let a55 = block("27001:A.5.5");
    // New fields in the decisions file's order, whatever the order of the columns.
    let fields = "    applicable: true\n    status: implemented\n    owner: Head of Compliance";
    assert!(a55.contains(fields), "{a55}");
    let built = Test::in_dir(&dir)
        .args([
            "build", "--draft", "soa.yaml", "-o", "out2", "--format", "md",
        ])
        .success();
    let md = built.read("out2/statement-of-applicability.md");
    assert!(
        md.contains("- Controls decided: 5 of 93 (88 still undecided)"),
        "{md}"
    );
    assert!(md.contains(&format!(
        "| 27001:A.5.4 | Management responsibilities | No |  | {why}"
    )));
    // A value no draft allows either is refused at its cell, and nothing is written.
    let mut bad = sheets.clone();
    set(&mut bad, SHEET, "27001:A.5.6", "Target date", "next spring");
    Test::in_dir(&dir)
        .write("bad.xlsx", book::xlsx(&bad))
        .args(["import", "--update", "soa.yaml", "bad.xlsx"])
        .stderr_has("error: '27001 Annex A'!I7: \"next spring\" is not a date")
        .stderr_has("nothing was written")
        .status(1);
    let mut bad = sheets.clone();
    set(&mut bad, SHEET, "27001:A.5.2", "Applicable", "No");
    Test::in_dir(&dir)
        .write("bad.xlsx", book::xlsx(&bad))
        .args(["import", "--update", "soa.yaml", "bad.xlsx"])
        .stderr_has("error: '27001 Annex A'!D3: `27001:A.5.2` is excluded but has `status`")
        .stderr_has("nothing was written")
        .status(1);
    assert_eq!(
        std::fs::read_to_string(dir.join("soa.yaml")).expect("soa"),
        after
    );
}
