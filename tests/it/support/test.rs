//! `Test`: run the real `annexa` binary on some files in a temporary folder and say what to
//! expect (exit code, stdout, stderr, files written or not), in the spirit of casey/just's
//! `tests/test.rs`. One builder so that every module runs the binary the same way: stdin
//! closed, `SOURCE_DATE_EPOCH` removed unless a test sets it, a generous watchdog (a hang fails
//! the test; it is never a timing assertion), peak resident memory sampled from `/proc`, and a
//! panic message in stderr always a failure.
//!
//! ```ignore
//! Test::new()
//!     .write("soa.yaml", text)
//!     .args(["validate", "soa.yaml"])
//!     .stderr_has("soa.yaml:3:1")
//!     .failure();
//! ```

use std::ffi::OsString;
use std::fs;
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_annexa");

/// Generous: a run that has not ended by then hangs.
const WATCHDOG: Duration = Duration::from_secs(120);

/// Where a command runs: a temporary folder this test owns, or a folder that outlives it.
enum Dir {
    Temp(TempDir),
    At(PathBuf),
}

impl Dir {
    fn path(&self) -> &Path {
        match self {
            Dir::Temp(t) => t.path(),
            Dir::At(p) => p,
        }
    }
}

/// One run of `annexa` to set up and check.
#[must_use]
pub struct Test {
    dir: Dir,
    args: Vec<OsString>,
    env: Vec<(String, Option<String>)>,
    stdout: Option<String>,
    stderr: Option<String>,
    stdout_has: Vec<String>,
    stderr_has: Vec<String>,
    files: Vec<PathBuf>,
    absent: Vec<PathBuf>,
    max_memory_mb: Option<u64>,
    watchdog: Duration,
}

impl Test {
    /// A run in a new, empty temporary folder.
    pub fn new() -> Test {
        Test::with_dir(Dir::Temp(tempfile::tempdir().expect("temp dir")))
    }

    /// A run in an existing folder (the repository root, or a folder a test set up itself).
    pub fn in_dir(dir: impl Into<PathBuf>) -> Test {
        Test::with_dir(Dir::At(dir.into()))
    }

    fn with_dir(dir: Dir) -> Test {
        Test {
            dir,
            args: Vec::new(),
            env: vec![("SOURCE_DATE_EPOCH".into(), None)],
            stdout: None,
            stderr: None,
            stdout_has: Vec::new(),
            stderr_has: Vec::new(),
            files: Vec::new(),
            absent: Vec::new(),
            max_memory_mb: None,
            watchdog: WATCHDOG,
        }
    }

    /// The folder the command runs in.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn arg(mut self, arg: impl Into<OsString>) -> Test {
        self.args.push(arg.into());
        self
    }

    pub fn args<I: IntoIterator<Item = S>, S: Into<OsString>>(mut self, args: I) -> Test {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Test {
        self.env.retain(|(k, _)| k != key);
        self.env.push((key.into(), Some(value.into())));
        self
    }

    /// Writes `bytes` to `path` (relative to the folder), creating parent folders.
    pub fn write(self, path: impl AsRef<Path>, bytes: impl AsRef<[u8]>) -> Test {
        let path = self.path().join(path);
        fs::create_dir_all(path.parent().expect("parent")).expect("create parent folder");
        fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        self
    }

    /// Copies `from` (relative to the crate root) to `to` (relative to the folder).
    pub fn copy(self, from: &str, to: impl AsRef<Path>) -> Test {
        let bytes = fs::read(super::root().join(from)).unwrap_or_else(|e| panic!("{from}: {e}"));
        self.write(to, bytes)
    }

    /// Creates a folder (and its parents).
    pub fn create_dir(self, path: impl AsRef<Path>) -> Test {
        fs::create_dir_all(self.path().join(path)).expect("create folder");
        self
    }

    /// stdout must be exactly `s`.
    pub fn stdout(mut self, s: impl Into<String>) -> Test {
        self.stdout = Some(s.into());
        self
    }

    /// stderr must be exactly `s`.
    pub fn stderr(mut self, s: impl Into<String>) -> Test {
        self.stderr = Some(s.into());
        self
    }

    /// stdout must contain `s`.
    pub fn stdout_has(mut self, s: impl Into<String>) -> Test {
        self.stdout_has.push(s.into());
        self
    }

    /// stderr must contain `s`.
    pub fn stderr_has(mut self, s: impl Into<String>) -> Test {
        self.stderr_has.push(s.into());
        self
    }

    /// After the run, `path` (relative to the folder) exists and is not empty.
    pub fn expect_file(mut self, path: impl Into<PathBuf>) -> Test {
        self.files.push(path.into());
        self
    }

    /// After the run, nothing exists at `path` (relative to the folder).
    pub fn expect_absent(mut self, path: impl Into<PathBuf>) -> Test {
        self.absent.push(path.into());
        self
    }

    /// The run is killed, and the test fails, if its resident memory ever exceeds `mb`.
    pub fn max_memory_mb(mut self, mb: u64) -> Test {
        self.max_memory_mb = Some(mb);
        self
    }

    /// The run is killed, and the test fails, if it has not ended after `limit` (instead of the
    /// generous default): for inputs that once hung, such as a named pipe.
    pub fn timeout(mut self, limit: Duration) -> Test {
        self.watchdog = limit;
        self
    }

    /// Expects exit code 0.
    #[track_caller]
    pub fn success(self) -> Output {
        self.status(0)
    }

    /// Expects exit code 1 (invalid input).
    #[track_caller]
    pub fn failure(self) -> Output {
        self.status(1)
    }

    /// Expects exit code `code` and everything else that was asked for.
    #[track_caller]
    pub fn status(self, code: i32) -> Output {
        let checks = Checks {
            stdout: self.stdout.clone(),
            stderr: self.stderr.clone(),
            stdout_has: self.stdout_has.clone(),
            stderr_has: self.stderr_has.clone(),
            files: self.files.clone(),
            absent: self.absent.clone(),
        };
        let out = self.run();
        checks.verify(&out, code);
        out
    }

    /// Runs without expecting an exit code: the caller looks at [`Output`] itself. Still fails
    /// on a hang, a signal, a panic or the memory bound.
    #[track_caller]
    pub fn run(self) -> Output {
        let shown = self
            .args
            .iter()
            .map(|a| a.to_string_lossy())
            .collect::<Vec<_>>()
            .join(" ");
        let mut stdout = tempfile::tempfile().expect("stdout file");
        let mut stderr = tempfile::tempfile().expect("stderr file");
        let mut cmd = Command::new(BIN);
        cmd.args(&self.args)
            .current_dir(self.path())
            .stdin(Stdio::null())
            .stdout(stdout.try_clone().expect("dup"))
            .stderr(stderr.try_clone().expect("dup"));
        for (key, value) in &self.env {
            match value {
                Some(v) => cmd.env(key, v),
                None => cmd.env_remove(key),
            };
        }
        let mut child = cmd.spawn().expect("start annexa");
        let start = Instant::now();
        let mut peak_mb = 0;
        let status = loop {
            if self.max_memory_mb.is_some() {
                peak_mb = peak_mb.max(rss_mb(child.id()));
            }
            if let Some(status) = child.try_wait().expect("wait for annexa") {
                break status;
            }
            let over = self.max_memory_mb.is_some_and(|max| peak_mb > max);
            if start.elapsed() > self.watchdog || over {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "`annexa {shown}` still running after {:?} at {peak_mb} MB: killed",
                    start.elapsed()
                );
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        let read = |f: &mut fs::File| {
            let mut s = String::new();
            f.rewind().expect("rewind");
            f.read_to_string(&mut s).expect("output is UTF-8");
            s
        };
        let out = Output {
            code: status
                .code()
                .unwrap_or_else(|| panic!("`annexa {shown}` ended by a signal")),
            stdout: read(&mut stdout),
            stderr: read(&mut stderr),
            peak_mb,
            dir: self.dir,
        };
        assert!(
            !out.stderr.contains("panicked") && !out.stdout.contains("panicked"),
            "`annexa {shown}` panicked:\n{}",
            out.stderr
        );
        out
    }
}

/// What `status` checks once the run has ended.
struct Checks {
    stdout: Option<String>,
    stderr: Option<String>,
    stdout_has: Vec<String>,
    stderr_has: Vec<String>,
    files: Vec<PathBuf>,
    absent: Vec<PathBuf>,
}

impl Checks {
    #[track_caller]
    fn verify(&self, out: &Output, code: i32) {
        let mut bad = Vec::new();
        if out.code != code {
            bad.push(format!("exit code {} (expected {code})", out.code));
        }
        for (name, actual, exact, parts) in [
            ("stdout", &out.stdout, &self.stdout, &self.stdout_has),
            ("stderr", &out.stderr, &self.stderr, &self.stderr_has),
        ] {
            if let Some(e) = exact.as_ref().filter(|e| *e != actual) {
                bad.push(format!("{name} differs; expected:\n{e}"));
            }
            for part in parts.iter().filter(|p| !actual.contains(p.as_str())) {
                bad.push(format!("{name} lacks {part:?}"));
            }
        }
        for f in &self.files {
            let len = fs::metadata(out.path().join(f)).map_or(0, |m| m.len());
            if len == 0 {
                bad.push(format!("{} is missing or empty", f.display()));
            }
        }
        for f in self.absent.iter().filter(|f| out.path().join(f).exists()) {
            bad.push(format!(
                "{} exists (nothing should be written)",
                f.display()
            ));
        }
        assert!(
            bad.is_empty(),
            "{}\n--- stdout\n{}\n--- stderr\n{}",
            bad.join("\n"),
            shorten(&out.stdout),
            shorten(&out.stderr)
        );
    }
}

/// At most the first 4,000 characters of `s` (hostile inputs can echo megabytes).
fn shorten(s: &str) -> &str {
    s.char_indices().nth(4000).map_or(s, |(i, _)| &s[..i])
}

/// What a run printed and how it ended; it keeps the folder alive for more runs or reads.
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// Peak resident memory in MB, when [`Test::max_memory_mb`] asked for sampling.
    pub peak_mb: u64,
    dir: Dir,
}

impl Output {
    /// The folder the command ran in.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// A file the run left, as text.
    pub fn read(&self, path: &str) -> String {
        super::read(self.path(), path)
    }

    /// A file the run left, as bytes.
    pub fn bytes(&self, path: &str) -> Vec<u8> {
        fs::read(self.path().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// stdout parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// Another run in the same folder.
    pub fn then(self) -> Test {
        Test::with_dir(self.dir)
    }
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
