//! The heavy cases, measured by `/usr/bin/time -v` (peak resident memory, CPU time): inputs over
//! the 64 MiB YAML cap, a PNG that inflates to 1 GiB, `/dev/zero` where files belong, and the
//! cost of reporting diagnostics, which must grow linearly: 40,000 errors may take at most 5
//! times as long as 10,000 (it took 15 and 52 s before line starts were indexed once).
//! The fast lane has one scaling twin (invalid dates); the rest are `#[ignore = "slow lane: …"]`.

use super::images::png_bomb;
use super::{append, assert_clean, good_build, link_to_dev_zero, snapshot, valid};
use crate::support::test::BIN;
use crate::support::{lumora, skip};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What `/usr/bin/time -v` measured for one run.
struct Measured {
    code: i32,
    stderr: String,
    /// User and system CPU seconds.
    cpu: f64,
    max_rss_mb: u64,
}

/// Runs `annexa args` in `dir` under `/usr/bin/time -v`, killed (and the test failed) after
/// `limit`; `None` when `/usr/bin/time` is not installed.
fn measure(dir: &Path, args: &[&str], limit: Duration) -> Option<Measured> {
    if !Path::new("/usr/bin/time").exists() {
        skip("a measured run", "/usr/bin/time is not installed");
        return None;
    }
    let report = dir.join(".time.txt");
    let stderr = dir.join(".stderr.txt");
    let mut child = Command::new("/usr/bin/time")
        .arg("-v")
        .arg("-o")
        .arg(&report)
        .arg(BIN)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&stderr).expect("stderr file"))
        .spawn()
        .expect("start /usr/bin/time");
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "`annexa {}` still running after {limit:?}: killed",
                args.join(" ")
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let text = std::fs::read_to_string(&report).expect("time report");
    let field = |name: &str| -> f64 {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("no {name:?} in:\n{text}"))
    };
    Some(Measured {
        code: status.code().unwrap_or(-1),
        stderr: std::fs::read_to_string(&stderr).unwrap_or_default(),
        cpu: field("User time (seconds):") + field("System time (seconds):"),
        max_rss_mb: field("Maximum resident set size (kbytes):") as u64 / 1024,
    })
}

/// Runs a hostile `build` after a good one: exit 1 (or `code`), stderr has `expect`, memory
/// and time bounded, the previous output intact.
fn refused_within(setup: impl Fn(&Path), args: &[&str], code: i32, expect: &[&str], mb: u64) {
    let o = good_build();
    let before = snapshot(&o.path().join("out"));
    setup(o.path());
    let Some(m) = measure(o.path(), args, Duration::from_secs(60)) else {
        return;
    };
    assert_eq!(m.code, code, "{}", m.stderr);
    for e in expect {
        assert!(m.stderr.contains(e), "stderr lacks {e:?}:\n{}", m.stderr);
    }
    assert!(
        m.max_rss_mb <= mb,
        "peak {} MB (at most {mb})",
        m.max_rss_mb
    );
    assert!(m.cpu < 20.0, "{} s of CPU", m.cpu);
    assert_eq!(
        snapshot(&o.path().join("out")),
        before,
        "the previous output changed"
    );
    assert_clean("measured", &m.stderr);
}

const BUILD: &[&str] = &["build", "soa.yaml", "--out", "out", "--format", "md,html"];

#[test]
#[ignore = "slow lane: resource limit, a 65 MiB decisions file and catalog"]
fn yaml_over_the_64_mib_cap() {
    let pad = format!("# {}\n", "x".repeat(65 << 20));
    refused_within(
        |d| std::fs::write(d.join("soa.yaml"), format!("{}{pad}", valid())).expect("write"),
        BUILD,
        1,
        &[
            "error[file-too-large]",
            "soa.yaml:1:1",
            "64 MiB annexa reads for a YAML file",
        ],
        300,
    );
    refused_within(
        |d| std::fs::write(d.join("catalog.yaml"), format!("{pad}namespace: T\n")).expect("write"),
        BUILD,
        1,
        &["soa.yaml:14:5", "64 MiB annexa reads for a YAML file"],
        300,
    );
}

#[test]
#[ignore = "slow lane: resource limit, a 1 MB PNG whose data inflates to 1 GiB"]
fn png_bomb_of_one_gib() {
    refused_within(
        |d| {
            std::fs::write(d.join("logo.png"), png_bomb(1 << 30)).expect("write");
            append(d, "theme:\n  logo: logo.png\n");
        },
        BUILD,
        1,
        &["image-too-large", "a decompression bomb"],
        100,
    );
}

#[test]
#[ignore = "slow lane: resource limit, /dev/zero as the decisions file and the logo, measured"]
fn dev_zero_is_never_read() {
    refused_within(
        |d| link_to_dev_zero(&d.join("zero.yaml")),
        &["build", "zero.yaml", "--out", "out"],
        2,
        &["cannot read zero.yaml: it is a character device"],
        100,
    );
    refused_within(
        |d| {
            link_to_dev_zero(&d.join("logo.png"));
            append(d, "theme:\n  logo: logo.png\n");
        },
        BUILD,
        1,
        &["cannot read `logo.png`: it is a character device"],
        100,
    );
}

/// CPU seconds to validate `text` (best of two runs, against a busy machine).
fn cpu_seconds(text: &str) -> Option<(f64, String)> {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        crate::support::root().join("tests/invalid/catalog.yaml"),
        dir.path().join("catalog.yaml"),
    )
    .expect("catalog");
    std::fs::write(dir.path().join("soa.yaml"), text).expect("write");
    let mut best: Option<(f64, String)> = None;
    for _ in 0..2 {
        let m = measure(
            dir.path(),
            &["validate", "soa.yaml"],
            Duration::from_secs(300),
        )?;
        assert_eq!(m.code, 1, "{}", &m.stderr[..m.stderr.len().min(2000)]);
        if best.as_ref().is_none_or(|(b, _)| m.cpu < *b) {
            best = Some((m.cpu, m.stderr));
        }
    }
    best
}

/// `make(n)` gives a file with `n` errors of one kind; 4 times as many may cost at most 5
/// times as much, and the report shows 200 of them and says how many more there are.
fn scales_linearly(kind: &str, make: fn(usize) -> String, n: usize) {
    let Some((small, report)) = cpu_seconds(&make(n)) else {
        return;
    };
    let Some((large, _)) = cpu_seconds(&make(4 * n)) else {
        return;
    };
    let more = format!("... and {} more `{kind}` errors not shown", n - 200);
    assert!(
        report.contains(&more),
        "no {more:?} in the report's end:\n{}",
        &report[report.len().saturating_sub(600)..]
    );
    assert!(
        report.contains(&format!("\n{n} errors, ")),
        "the tally counts every error"
    );
    assert!(
        large <= 5.0 * small.max(0.05),
        "{kind}: {n} errors took {small:.2} s of CPU, {} took {large:.2} s",
        4 * n
    );
}

/// `n` revisions with an invalid date.
fn bad_dates(n: usize) -> String {
    let revisions: String = (0..n)
        .map(|i| {
            format!(
                "    - version: \"0.{i}\"\n      date: 2026-13-{:02}\n      changes: c\n",
                i % 28 + 1
            )
        })
        .collect();
    valid().replacen(
        "  review_cycle: Annually\n",
        &format!("  review_cycle: Annually\n  revisions:\n{revisions}"),
        1,
    )
}

/// `n` revisions with a misspelt field.
fn unknown_fields(n: usize) -> String {
    let revisions: String = (0..n)
        .map(|i| format!("    - version: \"0.{i}\"\n      date: 2026-01-01\n      changes: c\n      chnages: c\n"))
        .collect();
    valid().replacen(
        "  review_cycle: Annually\n",
        &format!("  review_cycle: Annually\n  revisions:\n{revisions}"),
        1,
    )
}

/// `n` decisions of controls the catalog does not have (each with a "did you mean" search).
fn unknown_controls(n: usize) -> String {
    let keys: String = (0..n)
        .map(|i| format!("  27001:Z.{i}:\n    applicable: true\n"))
        .collect();
    lumora().replacen("controls:\n", &format!("controls:\n{keys}"), 1)
}

#[test]
fn invalid_dates_scale_linearly() {
    scales_linearly("invalid-date", bad_dates, 10_000);
}

#[test]
#[ignore = "slow lane: 10,000 and 40,000 diagnostics of two more kinds, measured"]
fn every_kind_of_diagnostic_scales_linearly() {
    scales_linearly("unknown-field", unknown_fields, 10_000);
    scales_linearly("unknown-control", unknown_controls, 10_000);
}
