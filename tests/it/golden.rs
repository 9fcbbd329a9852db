//! Golden documents: each case is built with the real binary and its Markdown and HTML
//! compared byte for byte with `tests/fixtures/<case>/expected/`. `BLESS=1 cargo test --test it
//! golden` rewrites the expected files so a change shows as a reviewable diff. A case fails when
//! an expected file is no longer produced, or a produced file has no expected twin.

use crate::support::{golden::bless, names, root, Test};

/// (case, decisions file relative to the crate root, further arguments).
const CASES: &[(&str, &str, &[&str])] = &[
    ("lumora", "examples/lumora/soa.yaml", &[]),
    ("hostile", "tests/fixtures/hostile/soa.yaml", &[]),
    // Every document in German (issue 17).
    ("lumora-de", "examples/lumora/soa.yaml", &["--lang", "de"]),
];

#[test]
fn golden_documents() {
    let bless = bless();
    let mut failures = Vec::new();
    for (case, input, more) in CASES {
        let out = Test::new()
            .arg("build")
            .arg(root().join(input))
            .args(["--out", ".", "--format", "md,html"])
            .args(more.iter())
            .success();
        let expected_dir = root().join("tests/fixtures").join(case).join("expected");
        let textual = |n: &str| n.ends_with(".md") || n.ends_with(".html");
        let produced = names(out.path(), textual);
        let expected = names(&expected_dir, textual);
        if bless {
            std::fs::create_dir_all(&expected_dir).expect("mkdir");
            for stale in expected.difference(&produced) {
                std::fs::remove_file(expected_dir.join(stale)).expect("remove stale");
            }
            for name in &produced {
                std::fs::copy(out.path().join(name), expected_dir.join(name)).expect("bless");
            }
            continue;
        }
        for missing in expected.difference(&produced) {
            failures.push(format!(
                "{case}: {missing} is expected but no longer produced"
            ));
        }
        for extra in produced.difference(&expected) {
            failures.push(format!(
                "{case}: {extra} is produced but has no expected file (BLESS=1 to add)"
            ));
        }
        for name in produced.intersection(&expected) {
            let got = out.read(name);
            let want = std::fs::read_to_string(expected_dir.join(name)).expect("read expected");
            if got != want {
                let line = got
                    .lines()
                    .zip(want.lines())
                    .position(|(a, b)| a != b)
                    .map_or(got.lines().count().min(want.lines().count()) + 1, |i| i + 1);
                failures.push(format!(
                    "{case}: {name} differs from the golden file at line {line} (BLESS=1 cargo test --test it golden to accept)"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
