//! Other PDF tools read every document without complaint (slow lane): `qpdf --check`,
//! `mutool clean` (MuPDF rewrites the file, so it parsed every object) and `pdftotext`.
//! `.ci/run` installs them; a test says it skipped when one is missing.

use crate::support::{root, skip, Test};

/// Runs `tool args… FILE [-]` on `bytes` written to a temporary file; its stdout, or `None`
/// (with a note) when the tool is not installed. A failing run fails the test.
pub(crate) fn run(tool: &str, args: &[&str], bytes: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, bytes).expect("write");
    let mut cmd = std::process::Command::new(tool);
    cmd.args(args).arg(&path);
    match tool {
        "pdftotext" => {
            cmd.arg("-");
        }
        "mutool" if args.first() == Some(&"clean") => {
            cmd.arg(dir.path().join("clean.pdf"));
        }
        _ => {}
    }
    match cmd.output() {
        Ok(o) if o.status.success() => Some(String::from_utf8_lossy(&o.stdout).into_owned()),
        Ok(o) => panic!(
            "{tool} {args:?} failed: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => {
            skip(
                &format!("the {tool} check"),
                &format!("{tool} is not runnable: {e}"),
            );
            None
        }
    }
}

#[test]
#[ignore = "slow lane: needs qpdf, mutool (mupdf-tools) and pdftotext (poppler-utils)"]
fn qpdf_mutool_and_pdftotext_read_every_document() {
    let tmp = tempfile::tempdir().expect("tempdir");
    for (input, out) in [
        (root().join("examples/lumora/soa.yaml"), "example"),
        (root().join("tests/fixtures/hostile/soa.yaml"), "hostile"),
    ] {
        Test::in_dir(tmp.path())
            .arg("build")
            .arg(input)
            .args(["--out", out, "--format", "pdf"])
            .success();
    }
    let mut checked = 0;
    for dir in ["example", "hostile"] {
        for entry in std::fs::read_dir(tmp.path().join(dir)).expect("out") {
            let path = entry.expect("entry").path();
            let bytes = std::fs::read(&path).expect("read");
            if let Some(out) = run("qpdf", &["--check"], &bytes) {
                assert!(out.contains("No syntax or stream encoding errors"), "{out}");
            }
            run("mutool", &["clean"], &bytes);
            if let Some(text) = run("pdftotext", &[], &bytes) {
                assert!(text.contains("Page 1 of"), "{}: {text}", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked >= 6);
}
