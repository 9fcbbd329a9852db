//! `annexa bundle --with-evidence`: local evidence files go into the zip under `evidence/`, with
//! their SHA-256 in the manifest and in `SHA256SUMS` (checked with `sha256sum -c` when the tool
//! is there); a path that leaves the folder, a symbolic link out of it, a FIFO, a folder or a
//! file over the cap is refused at its line, and nothing is written.

use super::{case, soa};
use crate::support::{skip, Test};
use sha2::{Digest as _, Sha256};
use std::io::Read as _;
use std::path::Path;
use std::process::Command;

fn item(id: &str, location: &str) -> String {
    format!("      - id: {id}\n        title: Evidence {id}\n        location: {location}\n")
}

/// A decisions file whose first decision gives these evidence items.
fn with_evidence(items: &[String]) -> String {
    soa("", &format!("    evidence:\n{}", items.concat()), "")
}

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The zip's entries, unzipped into `dir` as well.
fn unzip(zip: &Path, dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(zip).expect("zip")).expect("parses");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).expect("entry");
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).expect("read");
            let name = f.name().expect("name").to_string();
            let path = dir.join(&name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&path, &bytes).expect("write");
            (name, bytes)
        })
        .collect()
}

#[test]
fn evidence_files_are_bundled_with_their_hashes() {
    let pdf = b"%PDF-1.7 access review".to_vec();
    let csv = b"group,role\nadmins,Administrator\n".to_vec();
    let text = with_evidence(&[
        item("EV-01", "evidence/review.pdf"),
        item("EV-02", "./evidence/sub/../roles.csv"),
        item("EV-03", "evidence/roles.csv"),
        item("EV-04", "https://grc.example.com/ev/04"),
    ]);
    let out = case(&text)
        .write("evidence/review.pdf", &pdf)
        .write("evidence/roles.csv", &csv)
        .create_dir("evidence/sub")
        .args(["bundle", "soa.yaml", "-o", "kit.zip", "--with-evidence"])
        .stdout_has("2 evidence files")
        .success();
    let unzipped = out.path().join("unzipped");
    let files = unzip(&out.path().join("kit.zip"), &unzipped);
    let get = |name: &str| {
        &files
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name}"))
            .1
    };
    assert_eq!(get("evidence/evidence/review.pdf"), &pdf);
    assert_eq!(get("evidence/evidence/roles.csv"), &csv);
    let sums = String::from_utf8(get("SHA256SUMS").clone()).expect("utf-8");
    assert!(
        sums.contains(&format!("{}  evidence/evidence/review.pdf\n", hex(&pdf))),
        "{sums}"
    );
    let manifest: serde_json::Value = serde_json::from_slice(get("manifest.json")).expect("json");
    let evidence = manifest["evidence"].as_array().expect("evidence");
    assert_eq!(evidence.len(), 2, "a file named twice is copied once");
    let roles = &evidence[1];
    assert_eq!(roles["path"], "evidence/evidence/roles.csv");
    assert_eq!(roles["sha256"], hex(&csv).as_str());
    assert_eq!(roles["bytes"], csv.len());
    let ids: Vec<&str> = roles["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert_eq!(ids, ["EV-02", "EV-03"]);
    match Command::new("sha256sum")
        .args(["-c", "SHA256SUMS"])
        .current_dir(&unzipped)
        .output()
    {
        Ok(check) => assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stdout)
        ),
        Err(_) => skip("sha256sum -c", "sha256sum is not installed"),
    }
    // Without the flag, the same input bundles its documents only.
    let plain = out
        .then()
        .args(["bundle", "soa.yaml", "-o", "plain.zip"])
        .success();
    let names = unzip(&plain.path().join("plain.zip"), &plain.path().join("plain"));
    assert!(names.iter().all(|(n, _)| !n.starts_with("evidence/")));
    assert!(names
        .iter()
        .any(|(n, _)| n == "documents/risk-treatment-plan.pdf"));
}

/// Runs a bundle that must be refused with `code` at the line of `location`.
fn refused(t: Test, text: &str, location: &str, code: &str) {
    let line = text
        .lines()
        .position(|l| l.ends_with(&format!("location: {location}")))
        .expect("line")
        + 1;
    t.args(["bundle", "soa.yaml", "-o", "kit.zip", "--with-evidence"])
        .stderr_has(format!("error[{code}]"))
        .stderr_has(format!("soa.yaml:{line}:19"))
        .stderr_has("nothing was written")
        .expect_absent("kit.zip")
        .failure();
}

#[test]
fn evidence_that_could_leak_or_hang_is_refused_and_nothing_is_written() {
    let outside = with_evidence(&[item("EV-01", "../outside.txt")]);
    let t = Test::new().write("outside.txt", "secret").create_dir("org");
    let dir = t.path().join("org");
    let t = Test::in_dir(&dir)
        .write(
            "catalog.yaml",
            crate::support::repo_text("tests/invalid/catalog.yaml"),
        )
        .write("soa.yaml", &outside);
    refused(t, &outside, "../outside.txt", "evidence-outside-folder");

    let folder = with_evidence(&[item("EV-01", "evidence")]);
    refused(
        case(&folder).create_dir("evidence"),
        &folder,
        "evidence",
        "evidence-not-a-file",
    );

    let big = with_evidence(&[item("EV-01", "disk.img")]);
    let t = case(&big);
    let file = std::fs::File::create(t.path().join("disk.img")).expect("create");
    file.set_len(65 << 20).expect("a sparse 65 MiB file");
    refused(t, &big, "disk.img", "evidence-too-large");
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_folder_and_a_fifo_are_refused() {
    let link = with_evidence(&[item("EV-01", "evidence/hosts")]);
    let t = case(&link).create_dir("evidence");
    std::os::unix::fs::symlink("/etc/hosts", t.path().join("evidence/hosts")).expect("symlink");
    refused(t, &link, "evidence/hosts", "evidence-outside-folder");

    let fifo = with_evidence(&[item("EV-01", "feed")]);
    let t = case(&fifo);
    match Command::new("mkfifo").arg(t.path().join("feed")).status() {
        Ok(s) if s.success() => refused(t, &fifo, "feed", "evidence-not-a-file"),
        _ => skip("the FIFO case", "mkfifo is not available"),
    }
}
