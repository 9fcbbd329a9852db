//! A folder of template overrides (`--templates DIR` or `templates:`), read into memory.
//!
//! The folder named by `templates:` is read with the decisions file, so `annexa validate`
//! reports a missing folder, a path that is a file, or a template that cannot be read at the
//! `templates:` line, as it does for every other path. Each template is read like every other
//! input ([`super::files::read`]): regular files only, at most 4 MiB each.

use super::files::{self, Kind as FileKind, ReadError};
use super::{scalar_field, LoadError, Loaded, Tree};
use crate::diag::{Code, Diagnostic};
use std::path::{Path, PathBuf};

/// Reads a folder of template overrides: every `.md`, `.html` and `.css` file in it (not
/// recursive), sorted by name, as `(file name, text)`.
pub fn read_templates(dir: &Path) -> Result<Vec<(String, String)>, LoadError> {
    read_folder(dir).map_err(|(path, e)| LoadError {
        path: path.display().to_string(),
        reason: e.to_string(),
    })
}

/// The folder `templates:` names in the decisions file, read; `None` (with a diagnostic at
/// the `templates:` value) when it cannot be, or when there is no `templates:`.
pub(super) fn read_named_folder(
    loaded: &mut Loaded,
    decisions: &Tree,
) -> Option<Vec<(String, String)>> {
    let (key, pos) = scalar_field(&decisions.root, "templates")?;
    let dir = loaded.base.join(&key);
    match read_folder(&dir) {
        Ok(files) => Some(files),
        Err((path, e)) => {
            let (what, help) = if path == dir {
                (
                    "the template folder",
                    "`templates:` names a folder of template overrides, relative to the decisions file; without it the built-in templates are used",
                )
            } else {
                ("the template", e.help())
            };
            let code = match e {
                ReadError::TooLarge(_) => Code::FileTooLarge,
                _ => Code::UnreadableFile,
            };
            let message = format!("cannot read {what} `{}`: {e}", path.display());
            let d = Diagnostic::error(code, decisions.file, pos, message).help(help);
            loaded.diagnostics.push(d);
            None
        }
    }
}

/// The templates in `dir`, or the path that failed and why.
fn read_folder(dir: &Path) -> Result<Vec<(String, String)>, (PathBuf, ReadError)> {
    files::check_folder(dir).map_err(|e| (dir.to_path_buf(), e))?;
    let io = |e| (dir.to_path_buf(), ReadError::Io(e));
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if !(name.ends_with(".md") || name.ends_with(".html") || name.ends_with(".css"))
            || name == "README.md"
        {
            continue;
        }
        let bytes = files::read(&path, FileKind::Template).map_err(|e| (path.clone(), e))?;
        let text = String::from_utf8(bytes).map_err(|_| (path.clone(), ReadError::NotUtf8))?;
        out.push((name, text));
    }
    out.sort();
    Ok(out)
}
