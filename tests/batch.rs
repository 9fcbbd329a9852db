//! `annexa build` with many decisions files: 50 generated organisations in one command, one of
//! them broken; the broken one is reported by name and the other 49 folders are complete.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const DOCS: &[&str] = &[
    "statement-of-applicability",
    "ai-policy",
    "ai-impact-assessment-credit-scoring",
    "ai-impact-assessment-support-assistant",
    "management-system",
];

#[test]
fn fifty_organisations_one_broken() {
    let example =
        std::fs::read_to_string(root().join("examples/lumora/soa.yaml")).expect("example");
    let tmp = tempfile::tempdir().expect("tempdir");
    let inputs = tmp.path().join("orgs");
    std::fs::create_dir(&inputs).expect("mkdir");
    for i in 1..=50 {
        let mut text = example
            .replace("Lumora Finance Ltd", &format!("Org {i:02} Ltd"))
            .replace("LUM-ISMS-SOA-001", &format!("ORG{i:02}-SOA-001"));
        if i == 17 {
            text = text.replace("\norganisation:", "\norganisaton:");
        }
        std::fs::write(inputs.join(format!("org{i:02}.yaml")), text).expect("write");
    }
    let out = tmp.path().join("out");
    let o = Command::new(env!("CARGO_BIN_EXE_annexa"))
        .arg("build")
        .arg(&inputs)
        .arg("--out")
        .arg(&out)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("run annexa");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    let line = example
        .lines()
        .position(|l| l == "organisation:")
        .expect("line")
        + 1;
    assert!(stderr.contains(&format!("org17.yaml:{line}:1")), "{stderr}");
    assert!(
        stderr.contains("error: 1 of 50 inputs failed: ") && stderr.contains("org17.yaml"),
        "{stderr}"
    );
    assert!(
        !out.join("org17").exists(),
        "nothing written for the broken input"
    );
    for i in (1..=50).filter(|i| *i != 17) {
        let dir = out.join(format!("org{i:02}"));
        for doc in DOCS {
            for ext in ["md", "html", "pdf"] {
                let path = dir.join(format!("{doc}.{ext}"));
                let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
                assert!(!bytes.is_empty(), "{path:?}");
                if ext == "pdf" {
                    let pdf = lopdf::Document::load_mem(&bytes).expect("PDF parses");
                    assert!(!pdf.get_pages().is_empty(), "{path:?}");
                }
            }
        }
        let md = std::fs::read_to_string(dir.join("statement-of-applicability.md")).expect("md");
        assert!(
            md.contains(&format!("Org {i:02} Ltd")),
            "org{i:02}: wrong organisation"
        );
        let leftovers = std::fs::read_dir(&dir)
            .expect("ls")
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            })
            .count();
        assert_eq!(leftovers, 0);
    }
}
