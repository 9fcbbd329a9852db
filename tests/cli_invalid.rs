//! Every kind of invalid input, through the real binary.
//!
//! Each case is one small decisions file under `tests/invalid/<case>/` with one mistake: an
//! edit of `tests/invalid/valid/soa.yaml`, which decides the three controls of the tiny
//! catalog `tests/invalid/catalog.yaml` (namespace `T`) and is valid. Mistakes that concern the
//! shipped catalogs need all 131 controls decided: those files are made here from
//! `examples/lumora/soa.yaml` with a one-line edit, and their case folder holds only the golden.
//!
//! For every case, `annexa validate soa.yaml --format json` (run in a temp copy, so file names
//! are stable) must report exactly the expected diagnostics: code, file, line, column, message,
//! help and notes. The human-readable stderr of `annexa validate soa.yaml` is pinned in
//! `tests/invalid/<case>/expected.stderr`; `BLESS=1 cargo test --test cli_invalid` rewrites
//! the goldens (the Lumora-based ones change whenever the example's line numbers do).

use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_annexa");

/// Generous: a run that has not ended by then hangs.
const WATCHDOG: Duration = Duration::from_secs(120);

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/invalid")
}

fn lumora() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lumora/soa.yaml");
    fs::read_to_string(path).expect("read the Lumora example")
}

/// What a run printed and how it ended.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs annexa in `dir`, killing it (and failing) if it does not end within the watchdog.
fn annexa(dir: &Path, args: &[&str]) -> Run {
    let out = dir.join(".stdout");
    let err = dir.join(".stderr");
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out).expect("stdout file"))
        .stderr(fs::File::create(&err).expect("stderr file"))
        .spawn()
        .expect("start annexa");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for annexa") {
            break status;
        }
        if start.elapsed() > WATCHDOG {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`annexa {}` did not finish", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let run = Run {
        code: status.code().expect("annexa ended by a signal"),
        stdout: fs::read_to_string(&out).expect("stdout is UTF-8"),
        stderr: fs::read_to_string(&err).expect("stderr is UTF-8"),
    };
    let _ = fs::remove_file(out);
    let _ = fs::remove_file(err);
    assert!(
        !run.stderr.contains("panicked") && !run.stdout.contains("panicked"),
        "`annexa {}` panicked:\n{}",
        args.join(" "),
        run.stderr
    );
    run
}

/// The decisions file of a case.
enum Input {
    /// `tests/invalid/<case>/`, copied with the shared catalog beside it.
    Fixture,
    /// A generated `soa.yaml` (the case folder holds only the golden).
    Bytes(Vec<u8>),
}

/// One expected diagnostic, as `--format json` reports it.
struct Expect {
    severity: &'static str,
    code: &'static str,
    file: &'static str,
    line: u32,
    column: u32,
    message: String,
    help: Option<String>,
    notes: Vec<String>,
}

fn error(code: &'static str, line: u32, column: u32, message: &str) -> Expect {
    Expect {
        severity: "error",
        code,
        file: "soa.yaml",
        line,
        column,
        message: message.to_string(),
        help: None,
        notes: Vec::new(),
    }
}

fn warning(code: &'static str, line: u32, column: u32, message: &str) -> Expect {
    Expect {
        severity: "warning",
        ..error(code, line, column, message)
    }
}

impl Expect {
    fn help(mut self, help: &str) -> Self {
        self.help = Some(help.to_string());
        self
    }

    fn note(mut self, note: &str) -> Self {
        self.notes.push(note.to_string());
        self
    }

    fn in_file(mut self, file: &'static str) -> Self {
        self.file = file;
        self
    }

    fn json(&self) -> Value {
        let mut v = json!({
            "severity": self.severity,
            "code": self.code,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "message": self.message,
        });
        if let Some(h) = &self.help {
            v["help"] = h.clone().into();
        }
        if !self.notes.is_empty() {
            v["notes"] = self.notes.clone().into();
        }
        v
    }
}

struct Case {
    name: &'static str,
    input: Input,
    expect: Vec<Expect>,
}

fn case(name: &'static str, expect: Vec<Expect>) -> Case {
    Case {
        name,
        input: Input::Fixture,
        expect,
    }
}

/// A case whose file is generated: `bytes` with the given diagnostics.
fn generated(name: &'static str, bytes: impl Into<Vec<u8>>, expect: Vec<Expect>) -> Case {
    Case {
        name,
        input: Input::Bytes(bytes.into()),
        expect,
    }
}

/// `text` with the whole line `old` replaced by `new` (which may span lines or be empty).
fn replace_line(text: &str, old: &str, new: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    assert_eq!(
        lines.iter().filter(|l| **l == old).count(),
        1,
        "expected exactly one line {old:?}"
    );
    lines
        .iter()
        .map(|l| if *l == old { new } else { l })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The 1-based number of the line that is exactly `line`.
fn line_of(text: &str, line: &str) -> u32 {
    let i = text
        .split('\n')
        .position(|l| l == line)
        .unwrap_or_else(|| panic!("no line {line:?}"));
    u32::try_from(i + 1).expect("small")
}

const UNDECIDED_HELP: &str = "set `applicable: true` (with reasons and a status) or `applicable: false` (with a justification)";
const DATE_HELP: &str = "write dates as YYYY-MM-DD, e.g. 2026-03-31, with a day that exists";
const NA_HELP: &str = "say why the control is not needed: e.g. \"no premises of our own: all staff work remotely and hosting is outsourced to …\"";
const STATUS_ON_EXCLUDED_HELP: &str =
    "remove `status`, or set `applicable: true` if the control is in fact applied";

fn add_help(id: &str) -> String {
    format!("add `{id}:` under `controls:` with `applicable: true` or `applicable: false`")
}

/// The cases on the tiny catalog (fixtures in `tests/invalid/<case>/`).
fn fixture_cases() -> Vec<Case> {
    vec![
        case("yaml-syntax", vec![
            error("yaml-syntax", 22, 18, "YAML syntax error: illegal placement of ':' indicator")
                .help("the `[` at line 21, column 14 is still open here: is its `]` missing?"),
        ]),
        case("tab-indent", vec![
            error("yaml-syntax", 22, 1, "YAML syntax error: tabs disallowed within this context (block indentation)")
                .help("indent with spaces: YAML does not allow tabs for indentation"),
        ]),
        case("second-document", vec![
            error("yaml-syntax", 34, 1, "a second YAML document starts here")
                .help("a decisions file holds one document: remove the `---`"),
        ]),
        case("empty-file", vec![
            error("missing-field", 1, 1, "the decisions file has no `organisation`")
                .help("add `organisation:` with `name:`, `scope:` and `ai_roles:`"),
            error("missing-field", 1, 1, "the decisions file has no `document`")
                .help("add `document:` with the document-control fields (see examples/README.md)"),
            error("missing-field", 1, 1, "the decisions file has no `catalogs`")
                .help("list the catalogs in scope, e.g. `catalogs: [iso27001-2022, iso42001-2023]`"),
            error("missing-field", 1, 1, "the decisions file has no `controls`")
                .help("add `controls:` with one decision per control (`annexa init` writes them all)"),
        ]),
        case("unknown-top-field", vec![
            error("unknown-field", 1, 1, "unknown field `organization` in the decisions file")
                .help("annexa spells it `organisation`"),
        ]),
        case("unknown-decision-field", vec![
            error("unknown-field", 24, 5, "unknown field `ownr` in the decision for `T:C.1`")
                .help("did you mean `owner`?"),
        ]),
        case("duplicate-decision-field", vec![
            error("duplicate-field", 24, 5, "`status` is given twice in the decision for `T:C.1`")
                .note("first given at line 23, column 5")
                .help("keep one of them: YAML does not allow a key twice in one mapping"),
        ]),
        case("unknown-control", vec![
            error("unknown-control", 34, 3, "`T:C.4` is not a control of Test Controls")
                .help("did you mean `T:C.1`?"),
        ]),
        case("missing-namespace", vec![
            error("undecided", 18, 1, "control `T:C.3` (Logging) is not decided").help(&add_help("T:C.3")),
            error("missing-namespace", 31, 3, "control ID `C.3` has no catalog namespace")
                .help("write `T:C.3`"),
        ]),
        case("namespace-not-in-scope", vec![
            error("unknown-control", 34, 3, "no catalog in scope has the namespace of `27001:A.5.1`")
                .help("add `iso27001-2022` to `catalogs:` to bring that catalog into scope"),
        ]),
        case("decided-twice", vec![
            error("decided-twice", 34, 3, "control `T:C.1` is decided twice")
                .note("first decided at line 19, column 3")
                .help("keep one decision per control: merge the two into one"),
        ]),
        case("undecided", vec![
            error("undecided", 18, 1, "control `T:C.3` (Logging) is not decided").help(&add_help("T:C.3")),
        ]),
        case("applicable-empty", vec![
            error("undecided", 31, 3, "control `T:C.3` is not decided: `applicable` is not set")
                .help(UNDECIDED_HELP),
        ]),
        case("exclusion-without-justification", vec![
            error("unjustified-exclusion", 31, 3, "`T:C.3` is excluded without a justification")
                .help("add `justification:` saying why the control is not needed here, in terms an auditor accepts (what is absent, what covers the risk instead)"),
        ]),
        case("exclusion-na", vec![
            error("unjustified-exclusion", 33, 20, "`N/A` does not justify excluding `T:C.3`")
                .help(NA_HELP),
        ]),
        case("inclusion-without-reasons", vec![
            error("missing-reason", 19, 3, "`T:C.1` is included without a reason")
                .help("add `reasons: [...]` from: legal, contractual, risk, business"),
        ]),
        case("risk-reason-without-risks", vec![
            error("missing-risk", 26, 5, "`T:C.2` gives the risk assessment as a reason but names no risk")
                .help("add `risks: [R-..]` naming entries of `risks:`"),
        ]),
        case("unknown-risk", vec![
            error("unknown-risk", 27, 13, "risk `R-02` is not in `risks:`").help("did you mean `R-01`?"),
        ]),
        case("planned-without-target-date", vec![
            error("missing-target-date", 29, 13, "`T:C.2` is planned but has no `target_date`")
                .help("add `target_date: YYYY-MM-DD`, when the control will be in place"),
        ]),
        case("not-implemented-without-reason", vec![
            error("missing-status-reason", 23, 13, "`T:C.1` is applicable but not implemented, and says no `status_reason`")
                .help("say in `status_reason:` why an applicable control is not implemented (e.g. risk accepted by …)"),
        ]),
        case("status-on-excluded", vec![
            error("status-on-excluded", 34, 5, "`T:C.3` is excluded but has `status`")
                .help(STATUS_ON_EXCLUDED_HELP),
        ]),
        case("invalid-date", vec![
            error("invalid-date", 30, 18, "`target_date` is not a valid date: `2026-02-30`").help(DATE_HELP),
        ]),
        case("date-format", vec![
            error("invalid-date", 30, 18, "`target_date` is not a valid date: `02/03/2026`").help(DATE_HELP),
        ]),
        case("applicable-yes", vec![
            error("wrong-type", 32, 17, "`applicable` must be true or false, not `yes`")
                .help("write `applicable: true` or `applicable: false` (unquoted)"),
        ]),
        case("applicable-quoted", vec![
            error("wrong-type", 32, 17, "`applicable` must be true or false, not quoted text `false`")
                .help("write `applicable: true` or `applicable: false` (unquoted)"),
        ]),
        case("catalogs-not-a-list", vec![
            error("wrong-type", 13, 11, "`catalogs` must be a list, not a scalar")
                .help("write one `- ` item per entry"),
        ]),
        case("unknown-status", vec![
            error("unknown-value", 23, 13, "`implemnted` is not a valid value for `status`")
                .help("did you mean `implemented`? (one of: implemented, partial, planned, not_implemented)"),
        ]),
        case("unknown-reason", vec![
            error("unknown-value", 21, 15, "`compliance` is not a valid value for `reasons`")
                .help("use one of: legal, contractual, risk, business"),
        ]),
        case("unknown-ai-system", vec![
            error("unknown-ai-system", 24, 18, "AI system `chatbot` is not in `ai_systems:`")
                .help("list the system under `ai_systems:` first"),
        ]),
        case("ai-system-invalid-id", vec![
            error("invalid-id", 19, 9, "AI system ID `Credit Scoring` may hold only lower-case letters, digits and `-` (at most 64)")
                .help("it names the impact-assessment files, e.g. `credit-scoring`"),
        ]),
        case("impact-unknown-dimension", vec![
            error("unknown-value", 30, 20, "`fairnes` is not a valid value for `dimension`")
                .help("did you mean `fairness`? (one of: fairness, transparency, privacy, safety, security, accountability, human_rights, environment, society)"),
        ]),
        case("defaults-status", vec![
            error("unknown-field", 20, 5, "unknown field `status` in the defaults for `T`")
                .help("`status` cannot be a default: applicability, justification and status are decided per control"),
        ]),
        case("defaults-unknown-group", vec![
            error("unknown-selector", 19, 3, "`T:G9` is not a group of Test Controls")
                .help("did you mean `T:G1`?"),
        ]),
        case("catalog-missing", vec![
            error("unreadable-file", 14, 5, "cannot read `internal.yaml`: No such file or directory (os error 2)")
                .help("paths are relative to the folder of the decisions file"),
        ]),
        case("catalog-unknown-group", vec![
            error("unknown-group", 21, 12, "control `C.3` names group `G3`, which is not in `groups:`")
                .help("did you mean `G1`?")
                .in_file("catalog.yaml"),
        ]),
        case("overlay-unknown-control", vec![
            error("unknown-control", 4, 3, "the overlay names `T:C.4`, which the catalog does not have")
                .help("did you mean `C.1`?")
                .in_file("overlay.yaml"),
        ]),
        case("alias-bomb", vec![
            error("yaml-syntax", 8, 20, "the document expands to more than 2000000 YAML nodes")
                .help("aliases (`*name`) that repeat large anchors multiply the document; write the values out or use `defaults:`"),
        ]),
        case("several-mistakes", vec![
            error("invalid-date", 11, 18, "`approval_date` is not a valid date: `2026-13-01`").help(DATE_HELP),
            error("unknown-value", 23, 13, "`implemnted` is not a valid value for `status`")
                .help("did you mean `implemented`? (one of: implemented, partial, planned, not_implemented)"),
            error("unknown-field", 24, 5, "unknown field `ownr` in the decision for `T:C.1`")
                .help("did you mean `owner`?"),
            error("unknown-risk", 28, 13, "risk `R-09` is not in `risks:`").help("did you mean `R-01`?"),
            error("unjustified-exclusion", 34, 20, "`N/A` does not justify excluding `T:C.3`").help(NA_HELP),
            error("status-on-excluded", 35, 5, "`T:C.3` is excluded but has `status`")
                .help(STATUS_ON_EXCLUDED_HELP),
        ]),
    ]
}

/// Cases whose file is generated: bytes that are not UTF-8, and edits of the Lumora example.
fn generated_cases() -> Vec<Case> {
    let valid = fs::read_to_string(fixtures().join("valid/soa.yaml")).expect("valid fixture");
    // A file saved as Latin-1: `é` is the single byte 0xE9.
    let latin1 = valid
        .replacen("Example Ltd", "Caf\u{e9} Ltd", 1)
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("Latin-1"))
        .collect::<Vec<u8>>();
    let lumora = lumora();
    let controls = line_of(&lumora, "controls:");
    let edit = |old: &str, new: &str| replace_line(&lumora, old, new);

    let unknown = edit("  27001:A.5.28:", "  27001:A.5.38:");
    let no_namespace = edit("  27001:A.5.1:", "  A.5.1:");
    let other_standard = edit("  42001:A.9.2:", "  27001:A.9.2:");
    let unknown_catalog = edit("  - iso27001-2022", "  - iso27001-2023");
    // `organisation.scope` without its `aims:` statement (the key and its folded lines).
    let mut lines: Vec<&str> = lumora.split('\n').collect();
    let aims = lines
        .iter()
        .position(|l| *l == "    aims: >-")
        .expect("aims");
    let end = aims
        + 1
        + lines[aims + 1..]
            .iter()
            .take_while(|l| l.starts_with("      "))
            .count();
    lines.drain(aims..end);
    let no_aims = lines.join("\n");

    vec![
        generated("invalid-utf8", latin1, vec![
            error("invalid-utf8", 2, 12, "the file is not valid UTF-8 (byte offset 25)")
                .help("save the file as UTF-8"),
        ]),
        generated("shipped-unknown-control", unknown.clone(), vec![
            error("undecided", controls, 1, "control `27001:A.5.28` (Collection of evidence) is not decided")
                .help(&add_help("27001:A.5.28")),
            error("unknown-control", line_of(&unknown, "  27001:A.5.38:"), 3, "`27001:A.5.38` is not a control of ISO/IEC 27001:2022 Annex A")
                .help("did you mean `27001:A.5.28`?"),
        ]),
        generated("shipped-missing-namespace", no_namespace.clone(), vec![
            error("undecided", controls, 1, "control `27001:A.5.1` (Policies for information security) is not decided")
                .help(&add_help("27001:A.5.1")),
            error("missing-namespace", line_of(&no_namespace, "  A.5.1:"), 3, "control ID `A.5.1` has no catalog namespace")
                .help("write `27001:A.5.1`"),
        ]),
        generated("shipped-wrong-standard", other_standard.clone(), vec![
            error("undecided", controls, 1, "control `42001:A.9.2` (Processes for responsible use of AI systems) is not decided")
                .help(&add_help("42001:A.9.2")),
            error("unknown-control", line_of(&other_standard, "  27001:A.9.2:"), 3, "`27001:A.9.2` is not a control of ISO/IEC 27001:2022 Annex A")
                .help("did you mean `42001:A.9.2` (Processes for responsible use of AI systems)?"),
        ]),
        generated("shipped-no-aims-scope", no_aims.clone(), vec![
            error("missing-field", line_of(&no_aims, "  scope:"), 3, "ISO/IEC 42001 is in scope but `scope` has no `aims` statement")
                .help("add `aims:` under `scope:`: the boundaries of the AI management system"),
        ]),
        generated("shipped-unknown-catalog", unknown_catalog.clone(), vec![
            error("unknown-catalog", line_of(&unknown_catalog, "  - iso27001-2023"), 5, "no shipped catalog is called `iso27001-2023`")
                .help("did you mean `iso27001-2022`?"),
        ]),
    ]
}

/// Copies `from` (files only) into `to`.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create case dir");
    for entry in fs::read_dir(from).expect("read case dir") {
        let path = entry.expect("entry").path();
        if path.is_file() && path.file_name().is_some_and(|n| n != "expected.stderr") {
            fs::copy(&path, to.join(path.file_name().expect("name"))).expect("copy fixture");
        }
    }
}

/// Sets up a case in `tmp` and returns the folder to run annexa in.
fn set_up(tmp: &Path, case: &Case) -> PathBuf {
    fs::copy(fixtures().join("catalog.yaml"), tmp.join("catalog.yaml")).expect("catalog");
    let dir = tmp.join(case.name);
    match &case.input {
        Input::Fixture => copy_dir(&fixtures().join(case.name), &dir),
        Input::Bytes(bytes) => {
            fs::create_dir_all(&dir).expect("create case dir");
            fs::write(dir.join("soa.yaml"), bytes).expect("write soa.yaml");
        }
    }
    dir
}

fn bless() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Compares `actual` with the golden file, or rewrites it under BLESS. `Err` says what differs.
fn golden(path: &Path, actual: &str) -> Result<(), String> {
    if bless() {
        fs::create_dir_all(path.parent().expect("parent")).expect("golden dir");
        fs::write(path, actual).expect("write golden");
        return Ok(());
    }
    match fs::read_to_string(path) {
        Err(_) => Err(format!(
            "missing golden {}; run `BLESS=1 cargo test --test cli_invalid`. Actual:\n{actual}",
            path.display()
        )),
        Ok(expected) if expected == actual => Ok(()),
        Ok(expected) => Err(format!(
            "{} differs.\n--- expected\n{expected}\n--- actual\n{actual}",
            path.display()
        )),
    }
}

/// Runs one case; `Err` lists what is wrong with it.
fn check(tmp: &Path, case: &Case) -> Result<(), String> {
    let dir = set_up(tmp, case);
    let mut problems = Vec::new();

    let run = annexa(&dir, &["validate", "soa.yaml", "--format", "json"]);
    if run.code != 1 {
        problems.push(format!("--format json: exit {} (expected 1)", run.code));
    }
    let report: Value = serde_json::from_str(&run.stdout)
        .map_err(|e| format!("--format json printed no JSON ({e}):\n{}", run.stdout))?;
    let expected: Vec<Value> = case.expect.iter().map(Expect::json).collect();
    let actual = report["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if actual != expected {
        problems.push(format!(
            "diagnostics differ.\n--- expected\n{}\n--- actual\n{}",
            serde_json::to_string_pretty(&expected).unwrap_or_default(),
            serde_json::to_string_pretty(&actual).unwrap_or_default()
        ));
    }
    let errors = case.expect.iter().filter(|e| e.severity == "error").count();
    if report["errors"] != json!(errors) || report["valid"] != json!(false) {
        problems.push(format!(
            "counts: errors {} valid {} (expected {errors}, false)",
            report["errors"], report["valid"]
        ));
    }

    let run = annexa(&dir, &["validate", "soa.yaml"]);
    if run.code != 1 {
        problems.push(format!("text: exit {} (expected 1)", run.code));
    }
    if !run.stdout.is_empty() {
        problems.push(format!("text: unexpected stdout {:?}", run.stdout));
    }
    let golden_path = fixtures().join(case.name).join("expected.stderr");
    if let Err(e) = golden(&golden_path, &run.stderr) {
        problems.push(e);
    }

    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn every_invalid_input_is_reported_precisely() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cases: Vec<Case> = fixture_cases()
        .into_iter()
        .chain(generated_cases())
        .collect();
    let mut failures = Vec::new();
    for case in &cases {
        if let Err(e) = check(tmp.path(), case) {
            failures.push(format!("== case `{}`:\n{e}", case.name));
        }
    }
    // Every case folder is a case here (a forgotten one would be a fixture nobody checks).
    for entry in fs::read_dir(fixtures()).expect("fixtures") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir()
            && !["valid", "next-review-past"].contains(&name)
            && !cases.iter().any(|c| c.name == name)
        {
            failures.push(format!("== folder tests/invalid/{name} is not a case"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn the_valid_file_passes() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = set_up(
        tmp.path(),
        &Case {
            name: "valid",
            input: Input::Fixture,
            expect: Vec::new(),
        },
    );
    let run = annexa(&dir, &["validate", "soa.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    assert_eq!(
        run.stdout,
        "soa.yaml: valid, 3 controls decided (Test Controls)\n"
    );
    let run = annexa(&dir, &["validate", "soa.yaml", "--format", "json"]);
    assert_eq!(run.code, 0);
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        report,
        json!({"diagnostics": [], "errors": 0, "warnings": 0, "valid": true})
    );
}

/// A warning alone passes; `--deny-warnings` makes it fail.
#[test]
fn a_past_next_review_warns_and_fails_only_with_deny_warnings() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let case = Case {
        name: "next-review-past",
        input: Input::Fixture,
        expect: Vec::new(),
    };
    let dir = set_up(tmp.path(), &case);
    let expected = warning(
        "review-overdue",
        13,
        16,
        "`next_review` (2025-03-01) is already past on the document's date (2026-03-01)",
    )
    .help("review the document and set the next review date, or correct `date`")
    .json();

    let run = annexa(&dir, &["validate", "soa.yaml", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(report["diagnostics"], json!([expected]));
    assert_eq!(
        (&report["errors"], &report["warnings"], &report["valid"]),
        (&json!(0), &json!(1), &json!(true))
    );

    let run = annexa(
        &dir,
        &[
            "validate",
            "soa.yaml",
            "--format",
            "json",
            "--deny-warnings",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(report["diagnostics"], json!([expected]));
    assert_eq!(report["valid"], json!(false));

    let run = annexa(&dir, &["validate", "soa.yaml"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        "soa.yaml: valid, 3 controls decided (Test Controls)\n"
    );
    let golden_path = fixtures().join("next-review-past/expected.stderr");
    golden(&golden_path, &run.stderr).unwrap_or_else(|e| panic!("{e}"));

    let run = annexa(&dir, &["validate", "soa.yaml", "--deny-warnings"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    golden(&golden_path, &run.stderr).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_decisions_file_that_cannot_be_read_is_exit_2() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let run = annexa(tmp.path(), &["validate", "missing.yaml"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: cannot read missing.yaml: No such file or directory (os error 2)\n"
    );
}

#[test]
fn init_does_not_overwrite_without_force() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mine = "# my decisions, not to be lost\norganisation: {name: Mine}\n";
    fs::write(tmp.path().join("soa.yaml"), mine).expect("write");

    let run = annexa(tmp.path(), &["init"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "error: ./soa.yaml already exists; annexa init does not overwrite it\n  = help: pass --force to replace it, or choose another folder\n"
    );
    assert_eq!(
        fs::read(tmp.path().join("soa.yaml")).expect("read"),
        mine.as_bytes()
    );

    let run = annexa(tmp.path(), &["init", "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let written = fs::read_to_string(tmp.path().join("soa.yaml")).expect("read");
    assert!(
        written.starts_with("# annexa decisions file, written by `annexa init`."),
        "{written}"
    );
}

/// `annexa init` then `annexa validate`: exactly the 131 controls and the empty fields are left.
#[test]
fn a_fresh_init_lists_what_is_left_to_decide() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let run = annexa(tmp.path(), &["init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "wrote ./soa.yaml with 131 controls to decide; run `annexa validate ./soa.yaml` to see what is left\n"
    );

    let run = annexa(tmp.path(), &["validate", "soa.yaml", "--format", "json"]);
    assert_eq!(run.code, 1);
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let diags = report["diagnostics"].as_array().expect("list");
    let undecided: Vec<&str> = diags
        .iter()
        .filter(|d| d["code"] == "undecided")
        .map(|d| d["message"].as_str().expect("message"))
        .collect();
    assert_eq!(undecided.len(), 131);
    assert!(undecided
        .iter()
        .all(|m| m.ends_with("is not decided: `applicable` is not set")));
    let mut ids: Vec<&str> = undecided
        .iter()
        .filter_map(|m| m.split('`').nth(1))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 131);
    assert_eq!(ids.iter().filter(|i| i.starts_with("27001:A.")).count(), 93);
    assert_eq!(ids.iter().filter(|i| i.starts_with("42001:A.")).count(), 38);

    let rest: Vec<(&str, &str)> = diags
        .iter()
        .filter(|d| d["code"] != "undecided")
        .map(|d| {
            (
                d["code"].as_str().expect("code"),
                d["message"].as_str().expect("message"),
            )
        })
        .collect();
    assert_eq!(
        rest,
        [
            ("missing-field", "`organisation` has no `name`"),
            (
                "missing-field",
                "ISO/IEC 27001 is in scope but `scope` has no `isms` statement"
            ),
            (
                "missing-field",
                "ISO/IEC 42001 is in scope but `scope` has no `aims` statement"
            ),
            (
                "missing-field",
                "ISO/IEC 42001 is in scope but `organisation` has no `ai_roles`"
            ),
            ("missing-field", "`document` has no `id`"),
            ("missing-field", "`document` has no `owner`"),
            ("missing-field", "`document` has no `approver`"),
            ("missing-field", "`document` has no `approval_date`"),
        ]
    );
    assert_eq!(report["errors"], json!(139));
    assert_eq!(report["warnings"], json!(0));
}

fn catalog_json(name: &str) -> Value {
    let tmp = tempfile::tempdir().expect("temp dir");
    let run = annexa(tmp.path(), &["catalog", "show", name, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("JSON")
}

fn title_of<'a>(catalog: &'a Value, id: &str) -> &'a str {
    catalog["controls"]
        .as_array()
        .expect("controls")
        .iter()
        .find(|c| c["id"] == id)
        .and_then(|c| c["title"].as_str())
        .unwrap_or_else(|| panic!("no control {id}"))
}

#[test]
fn the_shipped_catalogs_have_93_and_38_controls() {
    let iso27001 = catalog_json("iso27001-2022");
    let controls = iso27001["controls"].as_array().expect("controls");
    assert_eq!(controls.len(), 93);
    assert_eq!(controls[0]["id"], "27001:A.5.1");
    assert_eq!(controls[92]["id"], "27001:A.8.34");
    assert!(controls
        .iter()
        .all(|c| c["id"].as_str().is_some_and(|i| i.starts_with("27001:A."))));
    assert_eq!(
        title_of(&iso27001, "27001:A.5.1"),
        "Policies for information security"
    );
    assert_eq!(
        title_of(&iso27001, "27001:A.5.28"),
        "Collection of evidence"
    );
    assert_eq!(
        title_of(&iso27001, "27001:A.8.34"),
        "Protection of information systems during audit testing"
    );

    let iso42001 = catalog_json("42001");
    let controls = iso42001["controls"].as_array().expect("controls");
    assert_eq!(controls.len(), 38);
    assert_eq!(iso42001["name"], "iso42001-2023");
    assert_eq!(controls[0]["id"], "42001:A.2.2");
    assert!(controls
        .iter()
        .all(|c| c["id"].as_str().is_some_and(|i| i.starts_with("42001:A."))));
    assert_eq!(
        title_of(&iso42001, "42001:A.6.2.8"),
        "AI system recording of event logs"
    );
    assert_eq!(
        title_of(&iso42001, "42001:A.9.2"),
        "Processes for responsible use of AI systems"
    );
    assert_eq!(
        title_of(&iso42001, "42001:A.5.2"),
        "AI system impact assessment process"
    );
}
