//! Hostile input ends with a clear error, exit code 1, in bounded time and memory: a YAML
//! alias bomb, a huge file, deep nesting, invalid UTF-8, and user templates that loop for
//! ever or recurse. Each run has the `Test` builder's generous watchdog (a hang fails the test,
//! it is never a timing assertion) and its peak resident memory is sampled while it runs.
//!
//! The fast lane runs the same inputs smaller (a few MB instead of 50 MB and ~61 MiB); the
//! slow lane runs them at full size, the alias bomb with its memory bound (its diagnostic is
//! also pinned in the fast lane by `cli_invalid`'s `alias-bomb` case), and the template that
//! writes until the 64 MiB output cap.

use crate::support::{lumora, Output, Test};

/// Peak resident memory allowed for any of these runs.
const MEMORY_MB: u64 = 1024;

/// `yaml` as `soa.yaml` in a new folder, run with the memory bound.
fn with_input(yaml: &[u8]) -> Test {
    Test::new().write("soa.yaml", yaml).max_memory_mb(MEMORY_MB)
}

/// Runs `annexa <cmd> soa.yaml` on `yaml` and expects a clean refusal naming `expect`.
fn refuses(cmd: &[&str], yaml: &[u8], expect: &str) -> Output {
    with_input(yaml)
        .args(cmd)
        .arg("soa.yaml")
        .stderr_has(expect)
        .expect_absent("output")
        .failure()
}

#[test]
#[ignore = "slow lane: resource limit, 2 million YAML nodes twice with the memory bound"]
fn alias_bomb() {
    let mut y = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let p = format!("*a{}", i - 1);
        y.push_str(&format!("a{i}: &a{i} [{}]\n", vec![p; 9].join(", ")));
    }
    refuses(&["validate"], y.as_bytes(), "error");
    refuses(&["build"], y.as_bytes(), "error");
}

/// A valid file padded with a `mb` MB comment, and one `mb` MB justification.
fn huge(mb: usize) {
    let mut big = lumora();
    big.push('#');
    big.push_str(&"x".repeat(mb << 20));
    big.push('\n');
    let run = with_input(big.as_bytes())
        .args(["validate", "soa.yaml"])
        .run();
    assert!(matches!(run.code, 0 | 1), "{}", run.stderr);
    let long = lumora().replacen(
        "justification: >-\n",
        &format!("justification: {}\n    x_: >-\n", "y".repeat(mb << 20)),
        1,
    );
    refuses(&["build"], long.as_bytes(), "error");
}

#[test]
fn a_few_megabytes() {
    huge(4);
}

#[test]
#[ignore = "slow lane: resource limit, 50 MB inputs"]
fn fifty_megabytes() {
    huge(50);
}

/// Flow sequences and mappings `flow` levels deep, and block sequences `block` levels deep
/// followed by `siblings` more items at the deepest indentation (the indentation stops growing
/// at `block` levels, as a real file's would, so the file stays proportionate).
fn deep(flow: usize, block: usize, siblings: usize) {
    for open in ["[", "{a: "] {
        let mut y = String::from("controls: ");
        y.push_str(&open.repeat(flow));
        y.push('\n');
        refuses(&["validate"], y.as_bytes(), "error");
    }
    let mut y = String::from("controls: ");
    for i in 0..block + siblings {
        y.push('\n');
        y.push_str(&" ".repeat(i.min(block) * 2));
        y.push_str("- ");
    }
    y.push('\n');
    refuses(&["validate"], y.as_bytes(), "error");
}

#[test]
fn deep_nesting() {
    // 100,000 flow levels (0.4 MB), 2,000 block levels (4 MB).
    deep(100_000, 2000, 0);
}

#[test]
#[ignore = "slow lane: resource limit, a ~61 MiB deeply nested input"]
fn deep_nesting_of_tens_of_megabytes() {
    // 100,000 levels of each kind, block levels capped in indentation at 2,000, and as many
    // deepest items as keep the file under the 64 MiB a YAML file may have (it was ~400 MB
    // before that cap; `hostile::slow` checks the cap itself).
    deep(100_000, 2000, 15_000);
}

#[test]
fn invalid_utf8() {
    let mut y = lumora().into_bytes();
    y.splice(200..200, [0xff, 0xfe, 0xc3, 0x28]);
    refuses(&["build"], &y, "UTF-8");
}

/// A user template directory with one `soa.md` override; `timeout` sets the render watchdog.
/// Exit code 1 for a template error, 2 for a render timeout (not the input's fault as far as
/// annexa can tell).
fn build_with_template(template: &str, timeout: Option<&str>) -> Output {
    let test = Test::new()
        .write("soa.yaml", lumora())
        .write("tpl/soa.md", template)
        .args(["build", "soa.yaml", "--templates", "tpl", "--format", "md"])
        .max_memory_mb(MEMORY_MB)
        .stderr_has("template")
        .expect_absent("output");
    match timeout {
        Some(t) => test.env("ANNEXA_RENDER_TIMEOUT", t).status(2),
        None => test.status(1),
    }
}

#[test]
fn template_includes_itself() {
    build_with_template("x {% include \"soa.md\" %}\n", None);
}

#[test]
fn template_component_recurses() {
    // tera 2 has components, not macros; it stops their recursion at depth 20.
    let run = build_with_template(
        "{% component f(n: integer) %}{{ <f n={n} /> }}{% endcomponent f %}{{ <f n={0} /> }}\n",
        None,
    );
    assert!(run.stderr.contains("recursion"), "{}", run.stderr);
}

#[test]
#[ignore = "slow lane: resource limit, writes 64 MiB before the output cap stops it"]
fn template_loops_for_ever_writing() {
    // 10^15 iterations writing output: without a bound this runs for days and fills memory;
    // the output cap stops it, long before the render watchdog's default 120 s.
    let run = build_with_template(
        "{% for a in range(end=100000) %}{% for b in range(end=100000) %}\
         {% for c in range(end=100000) %}{{ doc.organisation.name }} {% endfor %}\
         {% endfor %}{% endfor %}\n",
        None,
    );
    assert!(run.stderr.contains("MiB of output"), "{}", run.stderr);
}

#[test]
fn template_loops_for_ever_silently() {
    // Writes nothing, so no output cap applies: the render watchdog stops it.
    let run = build_with_template(
        "{% for a in range(end=100000) %}{% for b in range(end=100000) %}\
         {% for c in range(end=100000) %}{% set x = c %}{% endfor %}{% endfor %}{% endfor %}\n",
        Some("3"),
    );
    assert!(run.stderr.contains("loops for ever"), "{}", run.stderr);
}
