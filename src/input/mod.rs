//! Load: the disk end of the pipeline's input side.
//!
//! Reads the decisions file and every file it names (catalogs of the user's own, overlays) into
//! YAML trees, and supplies the shipped catalogs, which are embedded in the binary so annexa
//! works from any directory. Nothing here judges content: a file that cannot be read or parsed
//! becomes a diagnostic at the place that named it, and [`crate::validate`] does the rest.
//! Every file is read through [`files::read`]: regular files only, each kind under a size cap.

use crate::diag::{Code, Diagnostic, Diagnostics, Sources};
use files::{Kind as FileKind, ReadError};
use std::path::{Path, PathBuf};
use yaml::{Kind, Node, Pos};

pub mod batch;
pub mod correspondence;
pub mod digest;
pub mod evidence;
pub mod files;
pub mod import;
mod named;
mod shipped;
mod templates;
mod theme;
pub mod yaml;

pub use shipped::{load_shipped, prepare, shipped, RELATIONS, SHIPPED};
pub use templates::read_templates;
pub use theme::load_theme;

/// How [`Loaded::relations`] names the shipped relations file.
pub const BUILTIN_RELATIONS: &str = "built-in";

/// A parsed YAML file and the index of its text in [`Sources`].
#[derive(Debug, Clone)]
pub struct Tree {
    pub file: usize,
    pub root: Node,
}

/// A catalog or overlay as the decisions file named it.
#[derive(Debug, Clone)]
pub struct Named {
    /// The entry as written (`iso27001-2022` or a path).
    pub key: String,
    /// Where the decisions file names it.
    pub pos: Pos,
    /// `None` when it could not be read or parsed (a diagnostic says why).
    pub tree: Option<Tree>,
}

/// Everything read for one run.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub sources: Sources,
    pub diagnostics: Diagnostics,
    /// The decisions file; `None` when it does not parse.
    pub decisions: Option<Tree>,
    pub catalogs: Vec<Named>,
    pub overlays: Vec<Named>,
    /// The Annex A relations: the file `relations:` names, else the shipped one (key
    /// [`BUILTIN_RELATIONS`]).
    pub relations: Option<Named>,
    /// The folder relative paths in the decisions file are resolved against.
    pub base: PathBuf,
    /// Every file read, with its SHA-256, for the bundle's manifest: named as the decisions
    /// file names it (the decisions file by its file name; built-in catalogs `built-in:NAME`).
    pub inputs: Vec<crate::input::digest::Input>,
    /// The `theme:` section or file, and the logo and font files it names.
    pub theme: Option<ThemeSource>,
    /// The files of the folder `templates:` names, when it names one that could be read.
    pub templates: Option<Vec<(String, String)>>,
    /// The decisions file's path, when it was read from disk (a catalog may not be the
    /// decisions file itself).
    pub path: Option<PathBuf>,
}

/// The theme as read: its YAML (inline in the decisions file, or its own file) and the bytes of
/// each file it names, by field (`logo`, `font.regular`, `font.bold`, `font.italic`).
#[derive(Debug, Clone)]
pub struct ThemeSource {
    pub tree: Tree,
    pub assets: Vec<(String, Vec<u8>)>,
}

/// Why a run could not even start: the decisions file (or a template folder given on the
/// command line) cannot be read. `reason` is in plain words ([`crate::diag::io_words`]).
#[derive(Debug, thiserror::Error)]
#[error("cannot read {path}: {reason}")]
pub struct LoadError {
    pub path: String,
    pub reason: String,
}

/// Reads the decisions file at `path` and everything it names. A decisions file over the size
/// cap is invalid input (a diagnostic); one that is not a regular file, or cannot be read, is
/// a [`LoadError`].
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let shown = path.display().to_string();
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let bytes = match files::read(path, FileKind::Yaml) {
        Ok(bytes) => bytes,
        Err(e @ ReadError::TooLarge(_)) => {
            let mut loaded = Loaded {
                base,
                ..Loaded::default()
            };
            let file = loaded.sources.add(&shown, String::new());
            let at = Pos {
                line: 1,
                col: 1,
                len: 0,
            };
            let d = Diagnostic::error(Code::FileTooLarge, file, at, e.to_string()).help(
                "a decisions file is YAML text of a few MB: check that this is the right file",
            );
            loaded.diagnostics.push(d);
            return Ok(loaded);
        }
        Err(e) => {
            let reason = e.to_string();
            return Err(LoadError {
                path: shown,
                reason,
            });
        }
    };
    let mut loaded = load_from(&shown, &bytes, &base, Some(path));
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    loaded
        .inputs
        .insert(0, crate::input::digest::Input::new(name, &bytes));
    Ok(loaded)
}

/// Like [`load`], for a decisions file already in memory; `base` resolves relative paths.
pub fn load_text(name: &str, bytes: &[u8], base: &Path) -> Loaded {
    load_from(name, bytes, base, None)
}

fn load_from(name: &str, bytes: &[u8], base: &Path, path: Option<&Path>) -> Loaded {
    let mut loaded = Loaded {
        base: base.to_path_buf(),
        path: path.map(Path::to_path_buf),
        ..Loaded::default()
    };
    // The tree is read while `loaded` gains the files it names, then put back (not copied).
    let Some(tree) = parse_file(&mut loaded, name, bytes) else {
        return loaded;
    };
    for (field, shipped_ok) in [("catalogs", true), ("overlays", false)] {
        for (key, pos) in list_entries(&tree.root, field) {
            let named = named::read_named(&mut loaded, &key, pos, tree.file, shipped_ok);
            if field == "catalogs" {
                loaded.catalogs.push(named);
            } else {
                loaded.overlays.push(named);
            }
        }
    }
    loaded.relations = Some(match scalar_field(&tree.root, "relations") {
        Some((key, pos)) => named::read_named(&mut loaded, &key, pos, tree.file, false),
        None => {
            let tree = shipped::parse_shipped(&mut loaded, RELATIONS.0, RELATIONS.1);
            Named {
                key: BUILTIN_RELATIONS.to_string(),
                pos: Pos::default(),
                tree,
            }
        }
    });
    loaded.theme = theme::read_theme(&mut loaded, &tree);
    loaded.templates = templates::read_named_folder(&mut loaded, &tree);
    loaded.decisions = Some(tree);
    loaded
}

/// The bytes of `path` (a file of `kind`), or a diagnostic at the place that named it.
pub(super) fn read_or_report(
    loaded: &mut Loaded,
    path: &Path,
    kind: FileKind,
    from: usize,
    pos: Pos,
) -> Option<Vec<u8>> {
    match files::read(path, kind) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            let code = match e {
                ReadError::TooLarge(_) => Code::FileTooLarge,
                _ => Code::UnreadableFile,
            };
            let message = format!("cannot read `{}`: {e}", path.display());
            let d = Diagnostic::error(code, from, pos, message).help(e.help());
            loaded.diagnostics.push(d);
            None
        }
    }
}

/// The text of a top-level scalar field, with its position (anything else is left to
/// validation to report).
pub(super) fn scalar_field(root: &Node, field: &str) -> Option<(String, Pos)> {
    let Kind::Map(entries) = &root.kind else {
        return None;
    };
    let (_, value) = entries.iter().find(|(k, _)| k.scalar() == Some(field))?;
    let text = value.scalar().filter(|_| !value.is_null())?.trim();
    (!text.is_empty()).then(|| (text.to_string(), value.pos))
}

/// Adds the file to the sources and parses it; a problem becomes a diagnostic.
pub(super) fn parse_file(loaded: &mut Loaded, name: &str, bytes: &[u8]) -> Option<Tree> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t).to_string(),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
            let col = valid
                .rsplit(|b| *b == b'\n')
                .next()
                .map_or(0, |l| String::from_utf8_lossy(l).chars().count())
                + 1;
            let file = loaded
                .sources
                .add(name, String::from_utf8_lossy(bytes).into_owned());
            loaded.diagnostics.push(
                Diagnostic::error(
                    Code::InvalidUtf8,
                    file,
                    Pos {
                        line: u32::try_from(line).unwrap_or(u32::MAX),
                        col: u32::try_from(col).unwrap_or(u32::MAX),
                        len: 1,
                    },
                    format!(
                        "the file is not valid UTF-8 (byte offset {})",
                        e.valid_up_to()
                    ),
                )
                .help("save the file as UTF-8"),
            );
            return None;
        }
    };
    // YAML counts a lone `\r` (and `\r\n`) as one line break; so must the snippets.
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    let file = loaded.sources.add(name, text);
    match yaml::parse(loaded.sources.text(file)) {
        Ok(root) => Some(Tree { file, root }),
        Err(e) => {
            let mut d = Diagnostic::error(Code::YamlSyntax, file, e.pos, e.message);
            if let Some(h) = e.help {
                d = d.help(h);
            }
            if let Some((at, what)) = e.related {
                d = d.related(at, what);
            }
            loaded.diagnostics.push(d);
            None
        }
    }
}

/// The scalar entries of a top-level list field, with positions (non-scalars are left to
/// validation to report).
fn list_entries(root: &Node, field: &str) -> Vec<(String, Pos)> {
    let Kind::Map(entries) = &root.kind else {
        return Vec::new();
    };
    entries
        .iter()
        .filter(|(k, _)| k.scalar() == Some(field))
        .take(1)
        .flat_map(|(_, v)| match &v.kind {
            Kind::Seq(items) => items
                .iter()
                .filter_map(|i| {
                    i.scalar()
                        .filter(|s| !s.is_empty())
                        .map(|s| (s.trim().to_string(), i.pos))
                })
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_follow_yaml_line_breaks() {
        for text in ["organisation:\r  nam: x\r", "organisation:\r\n  nam: x\r\n"] {
            let loaded = load_text("soa.yaml", text.as_bytes(), Path::new(""));
            let v = crate::validate::validate(loaded);
            let shown = v.diagnostics.render(&v.sources);
            assert!(
                shown.contains("unknown field `nam` in `organisation`\n --> soa.yaml:2:3\n  |\n2 |   nam: x\n  |   ^^^\n"),
                "{shown}"
            );
        }
    }
}
