//! `annexa bundle`: two bundles of the same input are the same bytes; every hash in
//! `SHA256SUMS` and `manifest.json` matches the archive's files (recomputed here, and checked
//! with `sha256sum -c` when the tool is there); the blank toolkit set bundles too.

use crate::support::{lumora_path, root, skip, Test};
use sha2::{Digest as _, Sha256};
use std::io::Read as _;
use std::path::Path;
use std::process::Command;

/// `annexa bundle <args> -o <out>`, run in `cwd`, succeeding.
fn bundle(args: &[&str], out: &Path, cwd: &Path) {
    Test::in_dir(cwd)
        .arg("bundle")
        .args(args)
        .arg("-o")
        .arg(out)
        .success();
}

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn entries(zip: &Path) -> Vec<(String, Vec<u8>)> {
    let file = std::fs::File::open(zip).expect("open zip");
    let mut z = zip::ZipArchive::new(file).expect("zip parses");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).expect("entry");
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).expect("read entry");
            (f.name().expect("name").to_string(), bytes)
        })
        .collect()
}

#[test]
fn bundles_are_reproducible_and_verify() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (one, two) = (tmp.path().join("one.zip"), tmp.path().join("two.zip"));
    bundle(&["examples/lumora/soa.yaml"], &one, &root());
    // Another working folder, an absolute input path: the same archive.
    let input = lumora_path();
    bundle(&[input.to_str().expect("utf-8 path")], &two, tmp.path());
    assert!(
        std::fs::read(&one).expect("one") == std::fs::read(&two).expect("two"),
        "two bundles of the same input differ"
    );

    let files = entries(&one);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "entries are sorted");
    for expected in [
        "README.txt",
        "SHA256SUMS",
        "manifest.json",
        "documents/statement-of-applicability.pdf",
        "documents/statement-of-applicability.xlsx",
        "documents/statement-of-applicability.csv",
        "documents/statement-of-applicability.json",
        "documents/ai-policy.html",
        "documents/ai-impact-assessment-credit-scoring.md",
    ] {
        assert!(names.contains(&expected), "{expected} missing: {names:?}");
    }
    let get = |name: &str| {
        &files
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name}"))
            .1
    };
    let sums = String::from_utf8(get("SHA256SUMS").clone()).expect("utf-8");
    assert_eq!(sums.lines().count(), files.len() - 1, "{sums}");
    for line in sums.lines() {
        let (hash, name) = line.split_once("  ").expect("`HASH  NAME`");
        assert_eq!(hash, hex(get(name)), "{name}");
    }
    let manifest: serde_json::Value =
        serde_json::from_slice(get("manifest.json")).expect("manifest is JSON");
    assert_eq!(manifest["annexa_version"], env!("CARGO_PKG_VERSION"));
    for f in manifest["files"].as_array().expect("files") {
        let name = f["path"].as_str().expect("path");
        assert_eq!(
            f["sha256"].as_str(),
            Some(hex(get(name)).as_str()),
            "{name}"
        );
    }
    let inputs = manifest["inputs"].as_array().expect("inputs");
    let decisions = std::fs::read(&input).expect("soa.yaml");
    assert!(
        inputs
            .iter()
            .any(|i| i["name"] == "soa.yaml" && i["sha256"] == hex(&decisions)),
        "{inputs:?}"
    );
    assert!(inputs.iter().any(|i| i["name"] == "built-in:iso27001-2022"));
    let pdf = get("documents/statement-of-applicability.pdf");
    assert!(lopdf::Document::load_mem(pdf).is_ok());

    // The way a recipient checks it.
    let unzipped = tmp.path().join("unzipped");
    for (name, bytes) in &files {
        let path = unzipped.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
    }
    match Command::new("sha256sum")
        .args(["-c", "SHA256SUMS"])
        .current_dir(&unzipped)
        .output()
    {
        Ok(o) => assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout)),
        Err(e) => skip(
            "`sha256sum -c SHA256SUMS`",
            &format!("sha256sum not runnable ({e})"),
        ),
    }
}

#[test]
fn blank_toolkit_bundles() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (one, two) = (tmp.path().join("one.zip"), tmp.path().join("two.zip"));
    bundle(&["--blank"], &one, tmp.path());
    bundle(&["--blank"], &two, tmp.path());
    assert!(std::fs::read(&one).expect("one") == std::fs::read(&two).expect("two"));
    let files = entries(&one);
    assert!(files
        .iter()
        .any(|(n, _)| n == "documents/ai-impact-assessment-template.pdf"));
    let readme = String::from_utf8(
        files
            .iter()
            .find(|(n, _)| n == "README.txt")
            .expect("readme")
            .1
            .clone(),
    )
    .expect("utf-8");
    assert!(readme.contains("blank toolkit set"), "{readme}");
}

#[test]
fn invalid_input_writes_no_bundle() {
    Test::new()
        .write("soa.yaml", "organisaton: {}\n")
        .args(["bundle", "soa.yaml", "-o", "t.zip"])
        .expect_absent("t.zip")
        .failure();
}
