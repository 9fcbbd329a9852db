//! A catalog, overlay or relations file as the decisions file names it: a shipped one by name,
//! or a YAML file by path.
//!
//! Two mistakes are caught here, where the entry that names the file is known, rather than
//! left to show as a dozen errors inside the file: the decisions file listed as its own catalog,
//! and another decisions file listed as a catalog. Both are reported once, at the entry.

use super::files::Kind as FileKind;
use super::shipped::{shipped, SHIPPED};
use super::yaml::{Kind, Pos};
use super::{parse_file, read_or_report, Loaded, Named, Tree};
use crate::diag::{Code, Diagnostic};
use std::path::Path;

/// Reads the entry `key` (written at `pos` in file `from`); `shipped_ok` when a shipped catalog
/// may be named (`catalogs:`, not `overlays:` or `relations:`).
pub(super) fn read_named(
    loaded: &mut Loaded,
    key: &str,
    pos: Pos,
    from: usize,
    shipped_ok: bool,
) -> Named {
    let tree = match shipped(key).filter(|_| shipped_ok) {
        Some((file, text)) => {
            let input =
                crate::input::digest::Input::new(format!("built-in:{key}"), text.as_bytes());
            loaded.inputs.push(input);
            super::shipped::parse_shipped(loaded, file, text)
        }
        None if !key.ends_with(".yaml") && !key.ends_with(".yml") && shipped_ok => {
            unknown_shipped(loaded, key, pos, from);
            None
        }
        None => from_disk(loaded, key, pos, from, shipped_ok),
    };
    Named {
        key: key.to_string(),
        pos,
        tree,
    }
}

/// A name that is no shipped catalog (and no path).
fn unknown_shipped(loaded: &mut Loaded, key: &str, pos: Pos, from: usize) {
    let names: Vec<&str> = SHIPPED.iter().map(|s| s.0).collect();
    let mut d = Diagnostic::error(
        Code::UnknownCatalog,
        from,
        pos,
        format!("no shipped catalog is called `{key}`"),
    );
    d = match crate::diag::closest(key, names.iter().copied()) {
        Some(c) => d.help(format!("did you mean `{c}`?")),
        None => d.help(format!(
            "shipped catalogs: {}; a catalog of your own is a path ending in .yaml",
            names.join(", ")
        )),
    };
    loaded.diagnostics.push(d);
}

/// A YAML file relative to the decisions file; `catalog` when it is listed as a catalog.
fn from_disk(loaded: &mut Loaded, key: &str, pos: Pos, from: usize, catalog: bool) -> Option<Tree> {
    let path = loaded.base.join(key);
    if catalog && is_decisions_file(loaded.path.as_deref(), &path) {
        let d = Diagnostic::error(
            Code::NotACatalog,
            from,
            pos,
            format!("`{key}` is this decisions file itself, not a catalog"),
        )
        .help("list catalogs here: a shipped one by name (iso27001-2022, iso42001-2023) or a catalog file of your own");
        loaded.diagnostics.push(d);
        return None;
    }
    let bytes = read_or_report(loaded, &path, FileKind::Yaml, from, pos)?;
    loaded
        .inputs
        .push(crate::input::digest::Input::new(key, &bytes));
    let tree = parse_file(loaded, &path.display().to_string(), &bytes)?;
    if catalog && looks_like_decisions(&tree) {
        let d = Diagnostic::error(
            Code::NotACatalog,
            from,
            pos,
            format!("`{key}` is a decisions file, not a catalog"),
        )
        .help("a catalog has `namespace:` and a list of `controls:`; a decisions file is what is built, not listed here");
        loaded.diagnostics.push(d);
        return None;
    }
    Some(tree)
}

/// Whether `path` is the decisions file being read (the same file, by any path).
fn is_decisions_file(decisions: Option<&Path>, path: &Path) -> bool {
    let Some(decisions) = decisions else {
        return false;
    };
    match (
        std::fs::canonicalize(decisions),
        std::fs::canonicalize(path),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// A file with `catalogs:` or `organisation:` and no `namespace:` at its top is a decisions
/// file: no catalog has those fields, and every catalog has a namespace.
fn looks_like_decisions(tree: &Tree) -> bool {
    let Kind::Map(entries) = &tree.root.kind else {
        return false;
    };
    let has = |name: &str| entries.iter().any(|(k, _)| k.scalar() == Some(name));
    (has("catalogs") || has("organisation")) && !has("namespace")
}
