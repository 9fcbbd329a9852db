//! A folder of template overrides (`--templates DIR` or `templates:`), read into memory.

use super::LoadError;
use std::path::Path;

/// Reads a folder of template overrides: every `.md`, `.html` and `.css` file in it (not
/// recursive), sorted by name, as `(file name, text)`.
pub fn read_templates(dir: &Path) -> Result<Vec<(String, String)>, LoadError> {
    let err = |source| LoadError {
        path: dir.display().to_string(),
        source,
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(err)? {
        let path = entry.map_err(err)?.path();
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
        let text = std::fs::read_to_string(&path).map_err(|source| LoadError {
            path: path.display().to_string(),
            source,
        })?;
        out.push((name, text));
    }
    out.sort();
    Ok(out)
}
