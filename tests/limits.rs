//! Hostile input ends with a clear error, exit code 1, in bounded time and memory: a YAML
//! alias bomb, a 50 MB file, deep nesting, invalid UTF-8, and user templates that loop for
//! ever or recurse. Each run has a generous watchdog (a hang fails the test, it is never a
//! timing assertion) and its peak resident memory is sampled from `/proc` while it runs.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_annexa");
const WATCHDOG: Duration = Duration::from_secs(120);
/// Peak resident memory allowed for any of these runs.
const MEMORY_MB: u64 = 1024;

struct Run {
    code: Option<i32>,
    stderr: String,
    peak_mb: u64,
}

/// Resident set (VmRSS) of a live process in MB; 0 when unknown (not Linux, or it ended).
fn rss_mb(pid: u32) -> u64 {
    fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}

fn annexa(dir: &Path, args: &[&str]) -> Run {
    annexa_env(dir, args, &[])
}

fn annexa_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let err = dir.join(".stderr");
    let mut child = Command::new(BIN)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(fs::File::create(&err).expect("stderr file"))
        .spawn()
        .expect("start annexa");
    let start = Instant::now();
    let mut peak_mb = 0;
    let status = loop {
        peak_mb = peak_mb.max(rss_mb(child.id()));
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > WATCHDOG || peak_mb > MEMORY_MB {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "annexa {args:?} still running after {:?} at {peak_mb} MB: killed",
                start.elapsed()
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Run {
        code: status.code(),
        stderr: fs::read_to_string(&err).unwrap_or_default(),
        peak_mb,
    }
}

/// Runs `annexa <cmd> soa.yaml` on `yaml` and expects a clean refusal naming `expect`.
fn refuses(cmd: &[&str], yaml: &[u8], expect: &str) -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("soa.yaml"), yaml).expect("write input");
    let mut args = cmd.to_vec();
    args.push("soa.yaml");
    let run = annexa(dir.path(), &args);
    assert_eq!(run.code, Some(1), "exit code; stderr:\n{}", run.stderr);
    assert!(
        run.stderr.contains(expect),
        "stderr should mention `{expect}`:\n{}",
        &run.stderr[..run.stderr.len().min(2000)]
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(run.peak_mb <= MEMORY_MB);
    assert!(!dir.path().join("output").exists(), "nothing written");
    run
}

fn lumora() -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lumora/soa.yaml"))
        .expect("example")
}

#[test]
fn alias_bomb() {
    let mut y = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let p = format!("*a{}", i - 1);
        y.push_str(&format!("a{i}: &a{i} [{}]\n", vec![p; 9].join(", ")));
    }
    refuses(&["validate"], y.as_bytes(), "error");
    refuses(&["build"], y.as_bytes(), "error");
}

#[test]
fn fifty_megabytes() {
    // A valid file padded with a 50 MB comment, and one 50 MB justification.
    let mut big = lumora();
    big.push('#');
    big.push_str(&"x".repeat(50 << 20));
    big.push('\n');
    let run = annexa_in_temp(&["validate", "soa.yaml"], big.as_bytes());
    assert!(matches!(run.code, Some(0) | Some(1)), "{}", run.stderr);
    let long = lumora().replacen(
        "justification: >-\n",
        &format!("justification: {}\n    x_: >-\n", "y".repeat(50 << 20)),
        1,
    );
    refuses(&["build"], long.as_bytes(), "error");
}

fn annexa_in_temp(args: &[&str], yaml: &[u8]) -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("soa.yaml"), yaml).expect("write input");
    let run = annexa(dir.path(), args);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(run.peak_mb <= MEMORY_MB);
    run
}

#[test]
fn deep_nesting() {
    for open in ["[", "{a: ", "- "] {
        let depth = 100_000;
        let mut y = String::from("controls: ");
        if open == "- " {
            for i in 0..depth {
                y.push('\n');
                y.push_str(&" ".repeat(i.min(2000) * 2));
                y.push_str("- ");
            }
        } else {
            y.push_str(&open.repeat(depth));
        }
        y.push('\n');
        refuses(&["validate"], y.as_bytes(), "error");
    }
}

#[test]
fn invalid_utf8() {
    let mut y = lumora().into_bytes();
    y.splice(200..200, [0xff, 0xfe, 0xc3, 0x28]);
    refuses(&["build"], &y, "UTF-8");
}

/// A user template directory with one `soa.md` override.
fn build_with_template(template: &str) -> Run {
    build_with_template_env(template, &[], 1)
}

/// Builds with the template; `code` is the exit code expected (1 for a template error, 2 for a
/// render timeout, which is not the input's fault as far as annexa can tell).
fn build_with_template_env(template: &str, env: &[(&str, &str)], code: i32) -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("soa.yaml"), lumora()).expect("input");
    fs::create_dir(dir.path().join("tpl")).expect("tpl");
    fs::write(dir.path().join("tpl/soa.md"), template).expect("template");
    let run = annexa_env(
        dir.path(),
        &["build", "soa.yaml", "--templates", "tpl", "--format", "md"],
        env,
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(run.code, Some(code), "exit code; stderr:\n{}", run.stderr);
    assert!(run.stderr.contains("template"), "{}", run.stderr);
    assert!(run.peak_mb <= MEMORY_MB);
    assert!(!dir.path().join("output").exists(), "nothing written");
    run
}

#[test]
fn template_includes_itself() {
    build_with_template("x {% include \"soa.md\" %}\n");
}

#[test]
fn template_component_recurses() {
    // tera 2 has components, not macros; it stops their recursion at depth 20.
    let run = build_with_template(
        "{% component f(n: integer) %}{{ <f n={n} /> }}{% endcomponent f %}{{ <f n={0} /> }}\n",
    );
    assert!(run.stderr.contains("recursion"), "{}", run.stderr);
}

#[test]
fn template_loops_for_ever_writing() {
    // 10^15 iterations writing output: without a bound this runs for days and fills memory;
    // the output cap stops it, long before the render watchdog's default 120 s.
    let run = build_with_template_env(
        "{% for a in range(end=100000) %}{% for b in range(end=100000) %}\
         {% for c in range(end=100000) %}{{ doc.organisation.name }} {% endfor %}\
         {% endfor %}{% endfor %}\n",
        &[],
        1,
    );
    assert!(run.stderr.contains("MiB of output"), "{}", run.stderr);
}

#[test]
fn template_loops_for_ever_silently() {
    // Writes nothing, so no output cap applies: the render watchdog stops it.
    let run = build_with_template_env(
        "{% for a in range(end=100000) %}{% for b in range(end=100000) %}\
         {% for c in range(end=100000) %}{% set x = c %}{% endfor %}{% endfor %}{% endfor %}\n",
        &[("ANNEXA_RENDER_TIMEOUT", "3")],
        2,
    );
    assert!(run.stderr.contains("loops for ever"), "{}", run.stderr);
}
