//! Evidence files on disk: whether the paths a decisions file gives as evidence exist, and, for
//! `annexa bundle --with-evidence`, their bytes.
//!
//! Validation finds the paths ([`EvidenceRef`], with where each is written); this module, at
//! the disk end of the pipeline, looks at them. Copying a file into a bundle that is sent to an
//! auditor must not become a way to read anything else on the machine, so a file is copied
//! only when its real path (symbolic links resolved) lies inside the decisions file's folder,
//! it is a regular file (not a folder, device, FIFO or socket: reading a FIFO would block), and
//! it is at most [`MAX_FILE`] bytes ([`MAX_TOTAL`] for all together). Every refusal is a
//! diagnostic at the evidence's `location:`; any refusal means no bundle at all.

use crate::diag::{Code, Diagnostic, Diagnostics};
use crate::input::yaml::Pos;
use std::io::Read as _;
use std::path::{Component, Path, PathBuf};

/// The largest evidence file a bundle takes.
pub const MAX_FILE: u64 = 64 << 20;
/// The most evidence, all files together, a bundle takes.
pub const MAX_TOTAL: u64 = 256 << 20;

/// A relative path given as evidence, and where the decisions file gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceRef {
    /// As written, relative to the decisions file's folder.
    pub path: String,
    /// The file it is written in (index into the sources) and where.
    pub file: usize,
    pub pos: Pos,
    pub id: Option<String>,
    pub title: String,
}

/// An evidence file read for a bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct Collected {
    /// Its path inside the folder, `/`-separated (the bundle stores it under `evidence/`).
    pub name: String,
    pub bytes: Vec<u8>,
    /// Every reference to it (a file cited by several controls is copied once).
    pub refs: Vec<EvidenceRef>,
}

fn problem(r: &EvidenceRef, code: Code, msg: String, help: &str) -> Diagnostic {
    Diagnostic::error(code, r.file, r.pos, msg).help(help)
}

fn name(r: &EvidenceRef) -> String {
    r.id.as_ref()
        .map_or_else(|| format!("`{}`", r.title), |i| format!("`{i}`"))
}

/// Reports every path that does not exist (relative to `base`, the decisions file's folder).
pub fn check_exists(base: &Path, refs: &[EvidenceRef], diags: &mut Diagnostics) {
    for r in refs {
        if std::fs::symlink_metadata(base.join(&r.path)).is_err() {
            diags.push(problem(
                r,
                Code::EvidenceNotFound,
                format!(
                    "evidence {} is not at `{}` (relative to the decisions file's folder)",
                    name(r),
                    r.path
                ),
                "check the path, or give a URL for evidence kept elsewhere",
            ));
        }
    }
}

/// Reads every evidence file for a bundle, or says why each one that cannot go in cannot.
pub fn collect(base: &Path, refs: &[EvidenceRef]) -> Result<Vec<Collected>, Diagnostics> {
    let mut diags = Diagnostics::default();
    let folder = if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    };
    let Ok(root) = folder.canonicalize() else {
        for r in refs {
            let msg = format!(
                "the folder of the decisions file cannot be read for evidence {}",
                name(r)
            );
            diags.push(problem(
                r,
                Code::EvidenceNotFound,
                msg,
                "check the folder's permissions",
            ));
        }
        return Err(diags);
    };
    let mut out: Vec<Collected> = Vec::new();
    let mut total = 0u64;
    for r in refs {
        match one(&root, r, &mut total, &out) {
            Ok(Found::New(c)) => out.push(c),
            Ok(Found::Known(i)) => out[i].refs.push(r.clone()),
            Err(d) => diags.push(d),
        }
    }
    if diags.errors() > 0 {
        return Err(diags);
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// What one reference found: a file to add, or one an earlier reference already read (another
/// spelling of the same path).
enum Found {
    New(Collected),
    Known(usize),
}

/// One reference: its file read, or why it cannot go in a bundle.
fn one(
    root: &Path,
    r: &EvidenceRef,
    total: &mut u64,
    done: &[Collected],
) -> Result<Found, Diagnostic> {
    let outside = |how: &str| {
        problem(
            r,
            Code::EvidenceOutsideFolder,
            format!(
                "evidence {} at `{}` {how} the decisions file's folder",
                name(r),
                r.path
            ),
            "keep evidence files in the decisions file's folder (or below it), or give a URL",
        )
    };
    if leaves(&r.path) {
        return Err(outside("leaves"));
    }
    let path = root.join(&r.path);
    if std::fs::symlink_metadata(&path).is_err() {
        let msg = format!("evidence {} is not at `{}`", name(r), r.path);
        return Err(problem(r, Code::EvidenceNotFound, msg, "check the path"));
    }
    let real = path
        .canonicalize()
        .map_err(|_| outside("cannot be followed inside"))?;
    let Some(inside) = relative(root, &real) else {
        return Err(outside("leads (through a symbolic link) outside"));
    };
    if let Some(i) = done.iter().position(|c| c.name == inside) {
        return Ok(Found::Known(i));
    }
    let meta = std::fs::metadata(&real).map_err(|e| {
        problem(
            r,
            Code::EvidenceNotFound,
            format!("evidence {} cannot be read: {e}", name(r)),
            "check its permissions",
        )
    })?;
    regular(r, &meta.file_type())?;
    too_large(r, meta.len(), *total)?;
    let bytes = read_capped(r, &real)?;
    *total += bytes.len() as u64;
    Ok(Found::New(Collected {
        name: inside,
        bytes,
        refs: vec![r.clone()],
    }))
}

/// Opens and reads the file, checking again on the open handle that it is a regular file
/// within the cap (it may have changed since it was looked at).
fn read_capped(r: &EvidenceRef, real: &Path) -> Result<Vec<u8>, Diagnostic> {
    let unreadable = |e: std::io::Error| {
        problem(
            r,
            Code::EvidenceNotFound,
            format!("evidence {} cannot be read: {e}", name(r)),
            "check its permissions",
        )
    };
    let file = std::fs::File::open(real).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    regular(r, &meta.file_type())?;
    too_large(r, meta.len(), 0)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    too_large(r, bytes.len() as u64, 0)?;
    Ok(bytes)
}

fn regular(r: &EvidenceRef, t: &std::fs::FileType) -> Result<(), Diagnostic> {
    if t.is_file() {
        return Ok(());
    }
    let what = kind_of(t);
    Err(problem(
        r,
        Code::EvidenceNotAFile,
        format!("evidence {} at `{}` is {what}, not a file", name(r), r.path),
        "give the path of a regular file (zip a folder first)",
    ))
}

#[cfg(unix)]
fn kind_of(t: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt as _;
    if t.is_dir() {
        "a folder"
    } else if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_block_device() || t.is_char_device() {
        "a device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
fn kind_of(t: &std::fs::FileType) -> &'static str {
    if t.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    }
}

fn too_large(r: &EvidenceRef, len: u64, total: u64) -> Result<(), Diagnostic> {
    let mib = |n: u64| n >> 20;
    if len > MAX_FILE {
        let msg = format!(
            "evidence {} is {} MiB; a bundle takes files of at most {} MiB",
            name(r),
            mib(len).max(1),
            mib(MAX_FILE)
        );
        return Err(problem(
            r,
            Code::EvidenceTooLarge,
            msg,
            "give large evidence as a URL, or split it",
        ));
    }
    if total + len > MAX_TOTAL {
        let msg = format!(
            "with evidence {}, the evidence comes to more than {} MiB, the most a bundle takes",
            name(r),
            mib(MAX_TOTAL)
        );
        return Err(problem(
            r,
            Code::EvidenceTooLarge,
            msg,
            "give large evidence as URLs instead of files",
        ));
    }
    Ok(())
}

/// Whether a relative path climbs above its start (`../x`, `a/../../x`) or is absolute.
fn leaves(path: &str) -> bool {
    let mut depth = 0i32;
    for c in Path::new(path).components() {
        match c {
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            Component::ParentDir => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            Component::RootDir | Component::Prefix(_) => return true,
        }
    }
    false
}

/// `path` relative to `root`, `/`-separated, when it lies inside (both canonical).
fn relative(root: &Path, path: &Path) -> Option<String> {
    let rest: PathBuf = path.strip_prefix(root).ok()?.to_path_buf();
    let parts: Vec<String> = rest
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    (!parts.is_empty()).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_climb_out_are_caught_before_the_disk() {
        assert!(leaves("../x.pdf"));
        assert!(leaves("a/../../x.pdf"));
        assert!(leaves("/etc/passwd"));
        assert!(!leaves("a/../x.pdf"));
        assert!(!leaves("./evidence/x.pdf"));
    }
}
