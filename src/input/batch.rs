//! The inputs of a batch build (`annexa build a.yaml b.yaml …` or a folder): which decisions
//! files the arguments mean, and the output folder each one gets.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Expands the arguments: a file stays itself; a folder holding a `soa.yaml` is that file;
/// any other folder gives its own `*.yaml`/`*.yml` files and its subfolders' `soa.yaml`, sorted.
pub fn inputs(args: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for a in args {
        if !a.is_dir() {
            out.push(a.clone());
            continue;
        }
        if a.join("soa.yaml").is_file() {
            out.push(a.join("soa.yaml"));
            continue;
        }
        let mut found = BTreeSet::new();
        let entries = std::fs::read_dir(a)
            .map_err(|e| format!("cannot read {}: {}", a.display(), crate::diag::io_words(&e)))?;
        for entry in entries {
            let p = entry
                .map_err(|e| format!("cannot read {}: {}", a.display(), crate::diag::io_words(&e)))?
                .path();
            let ext = p.extension().and_then(|e| e.to_str());
            if p.is_file() && matches!(ext, Some("yaml" | "yml")) {
                found.insert(p);
            } else if p.join("soa.yaml").is_file() {
                found.insert(p.join("soa.yaml"));
            }
        }
        if found.is_empty() {
            return Err(format!(
                "{} holds no decisions file (*.yaml, or a subfolder with soa.yaml)",
                a.display()
            ));
        }
        out.extend(found);
    }
    Ok(out)
}

/// The output folder name of each input: the file's stem, or its folder's name when the file
/// is `soa.yaml`; a name already taken gets `-2`, `-3` … in input order.
pub fn folder_names(inputs: &[PathBuf]) -> Vec<String> {
    let mut taken = BTreeSet::new();
    inputs
        .iter()
        .map(|p| {
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("soa");
            let folder = p
                .parent()
                .and_then(Path::file_name)
                .and_then(|s| s.to_str())
                .filter(|_| stem == "soa");
            let base = folder.unwrap_or(stem).to_string();
            let mut name = base.clone();
            let mut n = 1;
            while !taken.insert(name.clone()) {
                n += 1;
                name = format!("{base}-{n}");
            }
            name
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_names_are_stems_or_folders_deduplicated() {
        let inputs: Vec<PathBuf> = [
            "a/soa.yaml",
            "b/acme.yaml",
            "c/acme.yml",
            "acme/soa.yaml",
            "soa.yaml",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        assert_eq!(
            folder_names(&inputs),
            ["a", "acme", "acme-2", "acme-3", "soa"]
        );
    }
}
