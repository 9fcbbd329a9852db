//! Write: the disk end of the pipeline's output side.
//!
//! Each file is written to a temporary name beside its destination, flushed, then renamed over
//! it, so a failed or killed run never leaves a half-written document where the last good one
//! stood. The output folder is created when missing.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Why a file could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {}: {}", path.display(), crate::diag::io_words(source))]
pub struct WriteError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// Writes `bytes` to `path` atomically (temp file + rename), creating the parent folder: a
/// [`Stage`] of one file, and an error names `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stage = Stage::new(dir);
    stage.put(&name, bytes);
    match stage.commit(&[&name]) {
        Ok(_) => Ok(()),
        Err(e) => Err(WriteError {
            path: path.to_path_buf(),
            source: e.source,
        }),
    }
}

/// Writes every `(file name, bytes)` into `dir`. All files are first written to temporary names;
/// only when every one succeeded are they renamed into place, so a failure leaves the previous
/// set untouched.
pub fn write_all(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<Vec<PathBuf>, WriteError> {
    let stage = Stage::new(dir);
    for (name, bytes) in files {
        stage.put(name, bytes);
    }
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    stage.commit(&names)
}

/// Files written into a folder as they are made, each under a temporary name beside its
/// destination, and renamed into place only when the whole set is done ([`Stage::commit`]):
/// a build need not hold every finished file in memory until the last is made, and a failure
/// still leaves the previous set untouched ([`Stage::abandon`]). Shared between threads: a
/// rendering thread that outlives its build's deadline can still hand files over, and after
/// `abandon` they are dropped, never written.
#[derive(Debug)]
pub struct Stage {
    dir: PathBuf,
    state: std::sync::Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// Set by [`Stage::abandon`] and [`Stage::commit`]: later files are dropped.
    closed: bool,
    /// The folder did not exist and was made for these files.
    made_dir: bool,
    /// (name, temporary path, open file), in the order handed over.
    files: Vec<(String, PathBuf, std::fs::File)>,
    /// The first write that failed: the set is then incomplete, and `commit` says why.
    error: Option<WriteError>,
}

impl Stage {
    /// A stage for `dir`; nothing touches the disk until the first file.
    pub fn new(dir: &Path) -> Stage {
        Stage {
            dir: dir.to_path_buf(),
            state: std::sync::Mutex::new(State::default()),
        }
    }

    /// Writes `bytes` under a temporary name for `name` (creating the folder with the first
    /// file). After [`Stage::abandon`] or a failed write it writes nothing; a failure is kept
    /// for [`Stage::commit`] to report.
    pub fn put(&self, name: &str, bytes: &[u8]) {
        // The lock is held while writing: `abandon` cannot then miss a file being made.
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        if state.closed || state.error.is_some() {
            return;
        }
        if !state.made_dir && !self.dir.is_dir() {
            if let Err(source) = std::fs::create_dir_all(&self.dir) {
                state.error = Some(WriteError {
                    path: self.dir.clone(),
                    source,
                });
                return;
            }
            state.made_dir = true;
        }
        let tmp = self.dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let result = std::fs::File::create(&tmp).and_then(|mut f| {
            f.write_all(bytes)?;
            start_writeback(&f);
            Ok(f)
        });
        match result {
            Ok(f) => {
                state.files.retain(|(n, _, _)| n != name);
                state.files.push((name.to_string(), tmp, f));
            }
            Err(source) => {
                let _ = std::fs::remove_file(&tmp);
                state.error = Some(WriteError {
                    path: self.dir.join(name),
                    source,
                });
            }
        }
    }

    /// Flushes every file to disk, then renames each into place: those `order` names first, in
    /// that order, then any other. Returns the destinations in that order. On any failure the
    /// temporary files left are removed and the error says which file.
    pub fn commit(&self, order: &[&str]) -> Result<Vec<PathBuf>, WriteError> {
        let Ok(mut state) = self.state.lock() else {
            return Err(WriteError {
                path: self.dir.clone(),
                source: std::io::Error::other("a thread writing these files panicked"),
            });
        };
        state.closed = true;
        let mut files = std::mem::take(&mut state.files);
        let cleanup = |files: &[(String, PathBuf, std::fs::File)]| {
            for (_, tmp, _) in files {
                let _ = std::fs::remove_file(tmp);
            }
        };
        let names: Vec<&str> = files.iter().map(|(n, _, _)| n.as_str()).collect();
        remove_stale_temps(&self.dir, &names);
        if let Some(e) = state.error.take() {
            cleanup(&files);
            return Err(e);
        }
        let rank = |name: &str| order.iter().position(|n| *n == name).unwrap_or(order.len());
        files.sort_by_key(|(name, _, _)| rank(name));
        // Every file reaches the disk before any is renamed into place. The waits are I/O,
        // not CPU, so they overlap on a few threads (18 files one after another took 22 ms).
        // Meanwhile each file about to be replaced is opened: see `release`. (The threads
        // allocate nothing: a thread's first allocation costs it a fresh 2 MB of memory.)
        let dests: Vec<PathBuf> = files
            .iter()
            .map(|(name, _, _)| self.dir.join(name))
            .collect();
        let synced = crate::par::map(files.len(), 8, |i| {
            let synced = files[i].2.sync_all();
            (synced, Mutex::new(hold(&dests[i])))
        });
        let (synced, replaced): (Vec<_>, Vec<_>) = synced.into_iter().unzip();
        if let Some((i, source)) =
            (synced.into_iter().enumerate()).find_map(|(i, r)| r.err().map(|e| (i, e)))
        {
            cleanup(&files);
            let path = self.dir.join(&files[i].0);
            return Err(WriteError { path, source });
        }
        let mut written = Vec::new();
        for (i, ((_, tmp, _), dest)) in files.iter().zip(dests).enumerate() {
            if let Err(source) = std::fs::rename(tmp, &dest) {
                cleanup(&files[i..]);
                return Err(WriteError { path: dest, source });
            }
            written.push(dest);
        }
        release(&replaced);
        Ok(written)
    }

    /// Drops the set: removes every temporary file (and the folder, when it was made for them
    /// and is empty), and writes nothing handed over later.
    pub fn abandon(&self) {
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        state.closed = true;
        for (_, tmp, _) in state.files.drain(..) {
            let _ = std::fs::remove_file(tmp);
        }
        if state.made_dir {
            let _ = std::fs::remove_dir(&self.dir);
        }
    }
}

/// Starts writing a finished file to disk without waiting for it (Linux: `posix_fadvise`
/// `DONTNEED` starts write-back of the dirty pages; pages being written stay cached), so the
/// commit's `fsync` finds most of the work done: the example's 28 files, 2.6 → 0.9 ms of
/// waiting at the end of the build (BENCHMARKS.md, issue 13's eighth pass). Elsewhere, and
/// on any error, the `fsync` does it all as before.
fn start_writeback(file: &std::fs::File) {
    #[cfg(target_os = "linux")]
    let _ = rustix::fs::fadvise(file, 0, None, rustix::fs::Advice::DontNeed);
    #[cfg(not(target_os = "linux"))]
    let _ = file;
}

/// The file at `path`, held open when it is a regular file, so that renaming over it only
/// changes the folder: see [`release`]. Unix only: on Windows a file held open can keep the
/// rename from replacing it.
fn hold(path: &Path) -> Option<std::fs::File> {
    let regular = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file());
    (cfg!(unix) && regular).then(|| std::fs::File::open(path).ok())?
}

/// Lets go of the files the renames replaced, on several threads. Each was held open across
/// its rename, so the rename only changed the folder; releasing the last hold frees the old
/// file's blocks, which on a file system that discards freed blocks waits for the device
/// (2.4 ms for the example's 28 files one after another inside the renames, 1.0 ms
/// overlapped here).
fn release(replaced: &[Mutex<Option<std::fs::File>>]) {
    crate::par::map(replaced.len(), 8, |i| {
        let held = replaced[i].lock().map(|mut h| h.take());
        drop(held);
    });
}

/// Removes temp files a killed earlier run left beside the files being written: names of our
/// own pattern `.{name}.{pid}.tmp` only, never anything else, and never this process's.
fn remove_stale_temps(dir: &Path, names: &[&str]) {
    let own = std::process::id().to_string();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let entry_name = entry.file_name();
        let Some(n) = entry_name.to_str() else {
            continue;
        };
        let stale = names.iter().any(|name| {
            n.strip_prefix('.')
                .and_then(|r| r.strip_prefix(name))
                .and_then(|r| r.strip_prefix('.'))
                .and_then(|r| r.strip_suffix(".tmp"))
                .is_some_and(|pid| {
                    !pid.is_empty() && pid != own && pid.bytes().all(|b| b.is_ascii_digit())
                })
        });
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("out");
        write_all(&out, &[("a.md".into(), b"one".to_vec())]).expect("first");
        write_all(&out, &[("a.md".into(), b"two".to_vec())]).expect("second");
        assert_eq!(std::fs::read(out.join("a.md")).expect("read"), b"two");
        let names: Vec<_> = std::fs::read_dir(&out)
            .expect("ls")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temp files left: {names:?}");
    }

    #[test]
    fn only_a_regular_file_is_held_across_its_replacement() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("a.md");
        std::fs::write(&file, "old").expect("seed");
        assert_eq!(hold(&file).is_some(), cfg!(unix));
        assert!(hold(dir.path()).is_none(), "a folder");
        assert!(hold(&dir.path().join("missing.md")).is_none());
        #[cfg(unix)]
        {
            let link = dir.path().join("link.md");
            std::os::unix::fs::symlink(&file, &link).expect("symlink");
            assert!(hold(&link).is_none(), "a link is replaced, never followed");
        }
        // A reader that had the old file open keeps reading it; the name gives the new one.
        let mut reader = std::fs::File::open(&file).expect("open");
        write_all(dir.path(), &[("a.md".into(), b"new".to_vec())]).expect("replace");
        let mut old = String::new();
        std::io::Read::read_to_string(&mut reader, &mut old).expect("read");
        assert_eq!(old, "old");
        assert_eq!(std::fs::read(&file).expect("read"), b"new");
    }

    #[test]
    fn removes_stale_temps_of_its_own_naming_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        let keep = [".a.md.tmp", ".a.md.12x.tmp", ".b.md.12.tmp", "a.md.12.tmp"];
        for n in keep.iter().chain(&[".a.md.4242.tmp"]) {
            std::fs::write(dir.path().join(n), "x").expect("seed");
        }
        write_all(dir.path(), &[("a.md".into(), b"one".to_vec())]).expect("write");
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("ls")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let mut want: Vec<_> = keep.iter().map(|s| s.to_string()).collect();
        want.push("a.md".into());
        want.sort();
        assert_eq!(names, want);
    }

    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .expect("ls")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_stage_commits_in_the_order_asked_whatever_the_order_handed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("out");
        let stage = Stage::new(&out);
        assert!(!out.exists(), "nothing on disk before the first file");
        stage.put("b.md", b"two");
        stage.put("a.md", b"one");
        assert_eq!(listing(&out).len(), 2, "both written under temporary names");
        let written = stage.commit(&["a.md", "b.md"]).expect("commit");
        assert_eq!(written, vec![out.join("a.md"), out.join("b.md")]);
        assert_eq!(listing(&out), ["a.md", "b.md"]);
        stage.put("c.md", b"late");
        assert_eq!(listing(&out), ["a.md", "b.md"], "nothing after commit");
    }

    #[test]
    fn an_abandoned_stage_leaves_the_previous_set_and_takes_nothing_more() {
        let dir = tempfile::tempdir().expect("tempdir");
        write_all(dir.path(), &[("a.md".into(), b"one".to_vec())]).expect("first");
        let stage = Stage::new(dir.path());
        stage.put("a.md", b"two");
        stage.abandon();
        stage.put("b.md", b"after");
        assert_eq!(listing(dir.path()), ["a.md"]);
        assert_eq!(
            std::fs::read(dir.path().join("a.md")).expect("read"),
            b"one"
        );
        assert!(stage
            .commit(&["a.md"])
            .expect("nothing to commit")
            .is_empty());
        // A folder made for the files goes with them.
        let out = dir.path().join("new");
        let stage = Stage::new(&out);
        stage.put("a.md", b"x");
        stage.abandon();
        assert!(!out.exists());
    }

    #[test]
    fn a_failed_write_is_reported_by_commit_and_nothing_is_renamed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "x").expect("seed");
        let stage = Stage::new(&blocker.join("out"));
        stage.put("a.md", b"one");
        let e = stage
            .commit(&["a.md"])
            .expect_err("cannot make a folder inside a file");
        assert_eq!(e.path, blocker.join("out"));
        let stage = Stage::new(dir.path());
        stage.put("a.md", b"one");
        stage.put("sub/b.md", b"no such folder");
        let e = stage
            .commit(&["a.md", "sub/b.md"])
            .expect_err("second write fails");
        assert_eq!(e.path, dir.path().join("sub/b.md"));
        assert_eq!(
            listing(dir.path()),
            ["file"],
            "the first file's temporary removed too"
        );
    }
}
