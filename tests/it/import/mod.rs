//! `annexa import`, `--update` and `build --draft`, end to end through the binary, on workbooks
//! and CSV files in the shapes real SoAs take (made by [`book`], not committed).

mod book;
mod cfb;
mod draft;
mod formats;
mod shapes;
mod update_draft;

use crate::support::{lumora, Test};
use book::Sheet;

/// The example's SoA as an XLSX and a CSV, built by the library.
fn lumora_exports() -> (Vec<u8>, Vec<u8>) {
    let mut req = annexa::Request::new(annexa::Source::File(crate::support::lumora_path()));
    req.formats = vec![annexa::render::Format::Xlsx, annexa::render::Format::Csv];
    let built = annexa::build(&req).expect("builds");
    let file = |n: &str| built.files.iter().find(|f| f.0 == n).expect(n).1.clone();
    (
        file("statement-of-applicability.xlsx"),
        file("statement-of-applicability.csv"),
    )
}

/// Sets the cell under `header` in the row whose first cell is `id`.
fn set(sheets: &mut [Sheet], sheet: &str, id: &str, header: &str, value: &str) {
    let s = sheets.iter_mut().find(|s| s.name == sheet).expect(sheet);
    let col = s.rows[0].iter().position(|h| h == header).expect(header);
    let row = s.rows.iter_mut().find(|r| r[0] == id).expect(id);
    row[col] = value.to_string();
}

#[test]
fn owners_edit_five_cells_and_exactly_those_five_values_change() {
    let (xlsx, _) = lumora_exports();
    let mut sheets = book::read(&xlsx);
    set(
        &mut sheets,
        "27001 Annex A",
        "27001:A.5.7",
        "Status",
        "Implemented",
    );
    set(
        &mut sheets,
        "27001 Annex A",
        "27001:A.5.1",
        "Owner",
        "Chief Information Security Officer",
    );
    set(
        &mut sheets,
        "27001 Annex A",
        "27001:A.5.7",
        "Target date",
        "2027-06-30",
    );
    set(
        &mut sheets,
        "42001 Annex A",
        "42001:A.2.2",
        "Implementation",
        "AI Policy LUM-POL-11 v2.0",
    );
    set(
        &mut sheets,
        "27001 Annex A",
        "27001:A.5.3",
        "Justification",
        "Separation of duties keeps one engineer from changing credit decisions alone.",
    );
    let edited = book::xlsx(&sheets);
    let before = lumora();
    let out = Test::new()
        .write("soa.yaml", &before)
        .write("edited.xlsx", &edited)
        .args(["import", "--update", "soa.yaml", "edited.xlsx"])
        .stdout_has("wrote soa.yaml")
        .success();
    let after = std::fs::read_to_string(out.path().join("soa.yaml")).expect("written");
    let old: Vec<&str> = before.lines().collect();
    let new: Vec<&str> = after.lines().collect();
    let count = |ls: &[&str], l: &str| ls.iter().filter(|x| **x == l).count();
    let mut removed: Vec<&str> = old
        .iter()
        .copied()
        .filter(|l| count(&old, l) > count(&new, l))
        .collect();
    removed.sort_unstable();
    removed.dedup();
    let mut added: Vec<&str> = new
        .iter()
        .copied()
        .filter(|l| count(&new, l) > count(&old, l))
        .collect();
    added.sort_unstable();
    added.dedup();
    assert_eq!(
        added,
        [
            "    implementation: AI Policy LUM-POL-11 v2.0",
            "    justification: Separation of duties keeps one engineer from changing credit decisions alone.",
            "    owner: Chief Information Security Officer",
            "    status: implemented",
            "    target_date: 2027-06-30",
        ]
    );
    // What went: A.5.7's status and date, A.5.3's folded justification, A.2.2's implementation
    // (A.5.1's owner came from `defaults:`, so it was added, nothing removed).
    assert!(removed.contains(&"    status: partial"), "{removed:#?}");
    assert!(
        removed.contains(&"    target_date: 2027-03-31"),
        "{removed:#?}"
    );
    assert!(removed.len() <= 10, "{removed:#?}");
    let comments = |t: &str| {
        t.lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .count()
    };
    assert_eq!(comments(&before), comments(&after));
    assert!(out.stdout.contains("A.5.7"), "{}", out.stdout);
}

#[test]
fn an_unedited_workbook_changes_nothing() {
    let (xlsx, _) = lumora_exports();
    Test::new()
        .write("soa.yaml", lumora())
        .write("soa.xlsx", &xlsx)
        .args(["import", "--update", "soa.yaml", "soa.xlsx"])
        .stdout_has("soa.yaml is unchanged")
        .success();
}

#[test]
fn edits_to_read_only_cells_and_unknown_rows_are_refused_at_their_cell() {
    let (xlsx, _) = lumora_exports();
    let mut sheets = book::read(&xlsx);
    set(
        &mut sheets,
        "27001 Annex A",
        "27001:A.5.1",
        "Control",
        "Our policies",
    );
    set(
        &mut sheets,
        "27001 Annex A",
        "27001:A.5.2",
        "Status",
        "Amber",
    );
    set(
        &mut sheets,
        "27001 Annex A",
        "27001:A.5.4",
        "ID",
        "27001:A.5.99",
    );
    set(&mut sheets, "Risks", "R-01", "Risk owner", "Somebody");
    Test::new()
        .write("soa.yaml", lumora())
        .write("e.xlsx", book::xlsx(&sheets))
        .args(["import", "--update", "soa.yaml", "e.xlsx"])
        .stderr_has("'27001 Annex A'!B2: column \"Control\" is read-only")
        .stderr_has("'27001 Annex A'!A5: \"27001:A.5.99\" matches no row")
        .stderr_has("Risks!D2: the Risks sheet is read-only")
        .status(1);
}

#[test]
fn an_invalid_edit_is_reported_at_its_cell() {
    let (xlsx, _) = lumora_exports();
    let mut sheets = book::read(&xlsx);
    // Planned needs a target date; A.5.1 has none.
    set(
        &mut sheets,
        "27001 Annex A",
        "27001:A.5.1",
        "Status",
        "Planned",
    );
    Test::new()
        .write("soa.yaml", lumora())
        .write("e.xlsx", book::xlsx(&sheets))
        .args(["import", "--update", "soa.yaml", "e.xlsx"])
        .stderr_has("'27001 Annex A'!H2: ")
        .stderr_has("[missing-target-date]")
        .status(1);
}

/// Exports and import are inverse: what import writes from annexa's CSV or XLSX builds into
/// exports that import back to the same decisions, and the documents of both are byte for
/// byte the same.
#[test]
fn export_then_import_gives_the_same_documents() {
    let (xlsx, csv) = lumora_exports();
    for (name, bytes) in [("export.csv", csv), ("export.xlsx", xlsx)] {
        let t = Test::new()
            .write(name, &bytes)
            .args(["import", name])
            .success();
        let dir = t.path().to_path_buf();
        let ext = name.rsplit('.').next().unwrap_or("csv");
        // Each round: build the imported file, import its export again. The first import
        // drops what a spreadsheet does not carry (the example's risk register and AI
        // systems); from then on, export and import are inverse.
        for round in ["first", "second", "third"] {
            Test::in_dir(&dir)
                .env("SOURCE_DATE_EPOCH", "1790000000")
                .args([
                    "build",
                    "--draft",
                    "soa.yaml",
                    "-o",
                    round,
                    "--format",
                    "md,html,xlsx,csv,json",
                ])
                .success();
            let export = format!("{round}/statement-of-applicability.{ext}");
            Test::in_dir(&dir)
                .args(["import", &export, "--force"])
                .success();
        }
        for f in crate::support::names(&dir.join("second"), |_| true) {
            let a = std::fs::read(dir.join("second").join(&f)).expect("second");
            let b = std::fs::read(dir.join("third").join(&f)).expect("third");
            assert!(a == b, "{name}: {f} differs after export → import");
        }
    }
}

#[test]
fn import_never_overwrites_without_force() {
    let (_, csv) = lumora_exports();
    Test::new()
        .write("soa.csv", &csv)
        .write("soa.yaml", "keep me\n")
        .args(["import", "soa.csv"])
        .stderr_has("already exists")
        .status(2);
}
