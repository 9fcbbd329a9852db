//! LibreOffice, a second and independent reader, turns every `.docx` annexa writes into PDF
//! without error: the example's documents, the branded toolkit set, the change log and a
//! build on a reference document. The SoA's PDF has portrait and landscape pages (its control
//! tables) and "Page N of M" in its footer. Slow lane: `.ci/run` installs
//! `libreoffice-writer-nogui`; without `soffice` the test says it was skipped, and why.

use crate::support::{lumora, skip, Test};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("soffice"))
        .find(|p| p.is_file())
}

/// Converts `files` to PDF into `out` with a private LibreOffice profile; panics on a failure
/// or after five minutes.
fn convert(soffice: &Path, files: &[PathBuf], out: &Path) {
    let profile = tempfile::tempdir().expect("profile");
    let mut child = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(out)
        .args(files)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("soffice starts");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            assert!(status.success(), "soffice failed: {status}");
            return;
        }
        if start.elapsed() > Duration::from_secs(300) {
            let _ = child.kill();
            panic!("soffice did not finish in 5 minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Each page's orientation (true for landscape), from the page objects' `/MediaBox`, which
/// LibreOffice writes uncompressed.
fn orientations(pdf: &[u8]) -> Vec<bool> {
    let text = String::from_utf8_lossy(pdf);
    text.split("endobj")
        .filter(|obj| {
            obj.match_indices("/Type/Page")
                .any(|(at, m)| !obj[at + m.len()..].starts_with('s'))
        })
        .filter_map(|obj| {
            let rest = &obj[obj.find("/MediaBox")? + 9..];
            let (open, close) = (rest.find('[')?, rest.find(']')?);
            let n: Vec<f64> = rest[open + 1..close]
                .split_whitespace()
                .filter_map(|v| v.parse().ok())
                .collect();
            (n.len() == 4).then(|| n[2] - n[0] > n[3] - n[1])
        })
        .collect()
}

/// Builds every kind of DOCX annexa writes into `docs/…` of a new folder: the example, the
/// branded toolkit set, the change log, a build on a reference document.
fn build_sets() -> crate::support::Output {
    let new = lumora().replacen("version: \"4.0\"", "version: \"4.1\"", 1);
    let run = Test::new()
        .write("soa.yaml", lumora())
        .write("new.yaml", new)
        .write(
            "ref/soa.yaml",
            format!("{}\ntheme:\n  docx_reference: corporate.docx\n", lumora()),
        )
        .write(
            "ref/corporate.docx",
            super::reference::corporate(&[1, 2, 3]),
        )
        .copy("tests/fixtures/branding/theme.yaml", "theme.yaml")
        .copy("tests/fixtures/branding/logo.png", "logo.png")
        .args([
            "build",
            "soa.yaml",
            "--out",
            "docs/example",
            "--format",
            "docx",
        ])
        .success();
    let dir = run.path().to_path_buf();
    Test::in_dir(&dir)
        .args([
            "build",
            "--blank",
            "--theme",
            "theme.yaml",
            "--out",
            "docs/blank",
            "--format",
            "docx",
        ])
        .success();
    Test::in_dir(&dir)
        .args([
            "diff",
            "soa.yaml",
            "new.yaml",
            "--format",
            "docx",
            "--out",
            "docs/changes.docx",
        ])
        .success();
    Test::in_dir(&dir)
        .args([
            "build",
            "ref/soa.yaml",
            "--out",
            "docs/reference",
            "--format",
            "docx",
        ])
        .success();
    run
}

#[test]
#[ignore = "slow lane: LibreOffice converts every DOCX to PDF"]
fn libreoffice_converts_every_docx() {
    let Some(soffice) = soffice() else {
        skip(
            "LibreOffice conversion of the DOCX files",
            "soffice is not installed (apt-get install libreoffice-writer-nogui)",
        );
        return;
    };
    let run = build_sets();
    let dir = run.path().to_path_buf();
    let mut converted = 0;
    for (k, sub) in ["docs", "docs/example", "docs/blank", "docs/reference"]
        .iter()
        .enumerate()
    {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(sub))
            .expect("docs")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "docx"))
            .collect();
        files.sort();
        let out = dir.join(format!("pdf/{k}"));
        std::fs::create_dir_all(&out).expect("pdf dir");
        convert(&soffice, &files, &out);
        for f in &files {
            let stem = f.file_stem().expect("stem").to_string_lossy().to_string();
            let path = out.join(format!("{stem}.pdf"));
            let pdf =
                std::fs::read(&path).unwrap_or_else(|e| panic!("{}: no PDF: {e}", f.display()));
            assert!(pdf.starts_with(b"%PDF"), "{}", f.display());
            let pages = orientations(&pdf);
            assert!(!pages.is_empty(), "{}: no page", f.display());
            if stem == "statement-of-applicability" {
                assert!(
                    pages.contains(&true) && pages.contains(&false),
                    "{}: portrait and landscape pages: {pages:?}",
                    f.display()
                );
                // annexa's own footer (the reference document brings its own).
                if *sub != "docs/reference" {
                    page_numbers(&path, pages.len());
                }
            }
            converted += 1;
        }
    }
    // The change log; the example's and the reference build's six documents (SoA, risk
    // treatment plan, AI policy, matrix, two assessments); the toolkit set's five.
    assert_eq!(converted, 1 + 6 + 5 + 6, "every DOCX converted");
}

/// "Page 1 of N" … "Page N of N" in the text, when poppler's `pdftotext` is there to read it.
fn page_numbers(pdf: &Path, pages: usize) {
    let Ok(out) = Command::new("pdftotext").arg(pdf).arg("-").output() else {
        skip(
            "the page-number check of the LibreOffice PDF",
            "pdftotext is not installed (poppler-utils)",
        );
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    for n in [1, pages] {
        let want = format!("Page {n} of {pages}");
        assert!(text.contains(&want), "{}: no `{want}`", pdf.display());
    }
}
