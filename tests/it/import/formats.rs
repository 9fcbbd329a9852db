//! Formats and sizes at the edges, through the binary: a workbook saved as .xls and .ods by
//! LibreOffice itself (slow lane; `.ci/run` installs LibreOffice when it can, and the test says
//! it was skipped when `soffice` is absent), a password-protected workbook, values beyond the
//! columns read, an ods whose one row stands for a million, and a million-row xlsx and CSV
//! (slow lane): each refused at its position in bounded time and memory, nothing written.

use super::book::{self, Sheet};
use super::cfb;
use crate::support::{skip, Test};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// A small SoA: a banner row, a header, three decisions.
fn small_soa() -> Sheet {
    Sheet::new(
        "SoA",
        vec![
            vec!["Statement of Applicability, Acme Ltd"],
            vec![
                "Control",
                "Control name",
                "Applicable?",
                "Justification",
                "Status",
            ],
            vec![
                "A.5.1",
                "Policies for information security",
                "Yes",
                "Required by the board",
                "Implemented",
            ],
            vec![
                "A.5.2",
                "Information security roles and responsibilities",
                "Yes",
                "Needed to assign duties",
                "Partially implemented",
            ],
            vec![
                "A.7.5",
                "Protecting against physical and environmental threats",
                "No",
                "Fully remote company: no premises",
                "N/A",
            ],
        ],
    )
}

/// Checks the three decisions of [`small_soa`] in an imported decisions file.
fn has_small_soa(yaml: &str) {
    for want in [
        "27001:A.5.1:  # Policies for information security\n    applicable: true",
        "status: implemented",
        "status: partial",
        "27001:A.7.5:  # Protecting against physical and environmental threats\n    applicable: false",
        "Fully remote company: no premises",
    ] {
        assert!(yaml.contains(want), "{want:?} not in:\n{yaml}");
    }
}

#[test]
fn an_encrypted_workbook_is_refused_with_how_to_unlock_it() {
    Test::new()
        .write("locked.xlsx", cfb::encrypted_xlsx())
        .args(["import", "locked.xlsx"])
        .stderr_has("error: locked.xlsx: `locked.xlsx` is encrypted (password protected)")
        .stderr_has("help: open it, remove the password")
        .stderr_has("nothing was written")
        .expect_absent("soa.yaml")
        .status(1);
}

#[test]
fn values_beyond_the_columns_read_are_said_not_read() {
    let mut s = small_soa();
    let far = annexa::input::import::MAX_COLUMNS + 10;
    s.rows[3].resize(far + 1, String::new());
    s.rows[3][far] = "a note far to the right".into();
    let out = Test::new()
        .write("wide.xlsx", book::xlsx(&[s]))
        .args(["import", "wide.xlsx"])
        .stdout_has("sheet `SoA`: values right of column DX (the first at SoA!EI4) are not read")
        .success();
    has_small_soa(&out.read("soa.yaml"));
}

/// One ods row holding `A.5.1 | Yes`, repeated `n` times, under a header.
fn repeated_ods(n: u64, skip_columns: u64) -> Vec<u8> {
    let cell = |t: &str| {
        format!(
            r#"<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>"#
        )
    };
    let gap = if skip_columns > 0 {
        format!(r#"<table:table-cell table:number-columns-repeated="{skip_columns}"/>"#)
    } else {
        String::new()
    };
    book::ods_tables(&format!(
        r#"<table:table table:name="SoA"><table:table-row>{}{}</table:table-row><table:table-row table:number-rows-repeated="{n}">{}{gap}{}</table:table-row></table:table>"#,
        cell("ID"),
        cell("Applicable"),
        cell("A.5.1"),
        cell("Yes"),
    ))
}

#[test]
fn an_ods_row_repeated_a_million_times_is_refused_before_it_is_read() {
    let bomb = repeated_ods(1_000_000, 0);
    assert!(bomb.len() < 4096, "the file is {} bytes", bomb.len());
    Test::new()
        .write("bomb.ods", &bomb)
        .args(["import", "bomb.ods"])
        .max_memory_mb(150)
        .timeout(Duration::from_secs(20))
        .stderr_has("error: SoA!A1000001: sheet `SoA` has values in row 1000001 and below; annexa imports at most 50000 rows a sheet")
        .stderr_has("nothing was written")
        .expect_absent("soa.yaml")
        .status(1);
    // Few rows, but a value 16,000 columns to the right on each: a dense grid of 600 million
    // cells is refused just the same.
    Test::new()
        .write("wide.ods", repeated_ods(40_000, 16_000))
        .args(["import", "wide.ods"])
        .max_memory_mb(150)
        .timeout(Duration::from_secs(20))
        .stderr_has("error: SoA!WQL:WQL: sheet `SoA` has values as far right as column WQL over 40001 rows; annexa reads at most 128 columns")
        .expect_absent("soa.yaml")
        .status(1);
}

#[test]
#[ignore = "slow lane: a million-row xlsx and CSV (about 20 MB each) made and refused"]
fn a_million_row_sheet_is_refused_in_bounded_time_and_memory() {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Register").expect("name");
    ws.write_row(0, 0, ["ID", "Applicable", "Justification"])
        .expect("header");
    let mut csv = String::from("ID;Applicable;Justification\n");
    for r in 1..=1_000_000u32 {
        let id = format!("A.5.{}", 1 + r % 37);
        let why = format!("row {r}");
        ws.write_row(r, 0, [id.as_str(), "Yes", why.as_str()])
            .expect("row");
        csv.push_str(&format!("{id};Yes;{why}\n"));
    }
    let xlsx = wb.save_to_buffer().expect("xlsx");
    for (name, bytes, at) in [
        (
            "big.xlsx",
            xlsx,
            "error: Register!A50001: sheet `Register` has values in row 50001 and below",
        ),
        (
            "big.csv",
            csv.into_bytes(),
            "error: big.csv:50001: the CSV has more than 50000 rows",
        ),
    ] {
        Test::new()
            .write(name, &bytes)
            .args(["import", name])
            .max_memory_mb(250)
            .timeout(Duration::from_secs(30))
            .stderr_has(at)
            .stderr_has("nothing was written")
            .expect_absent("soa.yaml")
            .status(1);
    }
}

/// LibreOffice's `soffice`, when it is installed with Calc (Debian's `libreoffice-calc-nogui`;
/// `soffice` alone, with Writer only, cannot open a workbook).
fn soffice() -> Option<&'static str> {
    let calc = Path::new("/usr/lib/libreoffice/program/libsclo.so").exists();
    let found = ["/usr/bin/soffice", "/usr/bin/libreoffice"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .filter(|_| calc);
    if found.is_none() {
        skip(
            "the LibreOffice .xls/.ods import test",
            "LibreOffice Calc is not installed (.ci/run installs libreoffice-calc-nogui when it can)",
        );
    }
    found
}

#[test]
#[ignore = "slow lane: LibreOffice converts a workbook to .xls and .ods"]
fn xls_and_ods_saved_by_libreoffice_are_imported() {
    let Some(soffice) = soffice() else { return };
    let t = Test::new().write("acme.xlsx", book::xlsx(&[small_soa()]));
    let dir = t.path().to_path_buf();
    for ext in ["xls", "ods"] {
        let status = Command::new(soffice)
            .arg(format!(
                "-env:UserInstallation=file://{}/.lo-profile",
                dir.display()
            ))
            .args(["--headless", "--convert-to", ext, "--outdir"])
            .arg(&dir)
            .arg(dir.join("acme.xlsx"))
            .current_dir(&dir)
            .output()
            .expect("run soffice");
        assert!(status.status.success(), "soffice: {status:?}");
        let file = format!("acme.{ext}");
        assert!(dir.join(&file).exists(), "soffice wrote no {file}");
        let out = Test::in_dir(&dir)
            .args(["import", &file, "-o", &format!("from-{ext}.yaml")])
            .stdout_has(format!("read {file}: workbook, 1 sheet"))
            .stdout_has("SoA!C2 \"Applicable?\" → applicable")
            .success();
        has_small_soa(&out.read(&format!("from-{ext}.yaml")));
    }
}

#[test]
fn a_file_over_the_size_cap_is_invalid_and_one_that_cannot_be_read_fails() {
    let big = "ID,Applicable\n".repeat((33 << 20) / 14);
    Test::new()
        .write("huge.csv", &big)
        .args(["import", "huge.csv"])
        .max_memory_mb(150)
        .stderr_has("error: cannot read huge.csv: it is larger than the 32 MiB annexa reads for a spreadsheet")
        .stderr_has("help: copy the SoA's sheet into a workbook of its own")
        .expect_absent("soa.yaml")
        .status(1);
    Test::new()
        .args(["import", "missing.xlsx"])
        .stderr_has("error: cannot read missing.xlsx:")
        .expect_absent("soa.yaml")
        .status(2);
    Test::new()
        .create_dir("folder.xlsx")
        .args(["import", "folder.xlsx"])
        .stderr_has("it is a folder, not a regular file")
        .status(2);
}
