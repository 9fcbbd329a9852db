//! Load: the disk end of the pipeline's input side.
//!
//! Reads the decisions file and every file it names (catalogs of the user's own, overlays) into
//! YAML trees, and supplies the shipped catalogs, which are embedded in the binary so annexa
//! works from any directory. Nothing here judges content: a file that cannot be read or parsed
//! becomes a diagnostic at the place that named it, and [`crate::validate`] does the rest.

use crate::diag::{Code, Diagnostic, Diagnostics, Sources};
use std::path::{Path, PathBuf};
use yaml::{Kind, Node, Pos};

pub mod batch;
pub mod correspondence;
pub mod digest;
pub mod evidence;
pub mod import;
mod shipped;
mod templates;
mod theme;
pub mod yaml;

pub use shipped::{load_shipped, shipped, RELATIONS, SHIPPED};
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
}

/// The theme as read: its YAML (inline in the decisions file, or its own file) and the bytes of
/// each file it names, by field (`logo`, `font.regular`, `font.bold`, `font.italic`).
#[derive(Debug, Clone)]
pub struct ThemeSource {
    pub tree: Tree,
    pub assets: Vec<(String, Vec<u8>)>,
}

/// Why a run could not even start: the decisions file itself cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read {path}: {source}")]
pub struct LoadError {
    pub path: String,
    #[source]
    pub source: std::io::Error,
}

/// Reads the decisions file at `path` and everything it names.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError {
        path: path.display().to_string(),
        source,
    })?;
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut loaded = load_text(&path.display().to_string(), &bytes, &base);
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
    let mut loaded = Loaded {
        base: base.to_path_buf(),
        ..Loaded::default()
    };
    loaded.decisions = parse_file(&mut loaded, name, bytes);
    let Some(tree) = loaded.decisions.clone() else {
        return loaded;
    };
    for (field, shipped_ok) in [("catalogs", true), ("overlays", false)] {
        for (key, pos) in list_entries(&tree.root, field) {
            let named = read_named(&mut loaded, &key, pos, tree.file, shipped_ok);
            if field == "catalogs" {
                loaded.catalogs.push(named);
            } else {
                loaded.overlays.push(named);
            }
        }
    }
    loaded.relations = Some(match scalar_field(&tree.root, "relations") {
        Some((key, pos)) => read_named(&mut loaded, &key, pos, tree.file, false),
        None => {
            let tree = parse_file(&mut loaded, RELATIONS.0, RELATIONS.1.as_bytes());
            Named {
                key: BUILTIN_RELATIONS.to_string(),
                pos: Pos::default(),
                tree,
            }
        }
    });
    loaded.theme = theme::read_theme(&mut loaded, &tree);
    loaded
}

/// The bytes of `path`, or a diagnostic at the place that named it.
pub(super) fn read_or_report(
    loaded: &mut Loaded,
    path: &Path,
    from: usize,
    pos: Pos,
) -> Option<Vec<u8>> {
    match std::fs::read(path) {
        Ok(bytes) => Some(bytes),
        Err(e) => {
            loaded.diagnostics.push(
                Diagnostic::error(
                    Code::UnreadableFile,
                    from,
                    pos,
                    format!("cannot read `{}`: {e}", path.display()),
                )
                .help("paths are relative to the file that names them"),
            );
            None
        }
    }
}

/// The text of a top-level scalar field, with its position (anything else is left to
/// validation to report).
fn scalar_field(root: &Node, field: &str) -> Option<(String, Pos)> {
    let Kind::Map(entries) = &root.kind else {
        return None;
    };
    let (_, value) = entries.iter().find(|(k, _)| k.scalar() == Some(field))?;
    let text = value.scalar().filter(|_| !value.is_null())?.trim();
    (!text.is_empty()).then(|| (text.to_string(), value.pos))
}

fn read_named(loaded: &mut Loaded, key: &str, pos: Pos, from: usize, shipped_ok: bool) -> Named {
    let tree = match shipped(key).filter(|_| shipped_ok) {
        Some((file, text)) => {
            let input =
                crate::input::digest::Input::new(format!("built-in:{key}"), text.as_bytes());
            loaded.inputs.push(input);
            parse_file(loaded, file, text.as_bytes())
        }
        None if !key.ends_with(".yaml") && !key.ends_with(".yml") && shipped_ok => {
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
            None
        }
        None => {
            let path = loaded.base.join(key);
            match std::fs::read(&path) {
                Ok(bytes) => {
                    loaded
                        .inputs
                        .push(crate::input::digest::Input::new(key, &bytes));
                    parse_file(loaded, &path.display().to_string(), &bytes)
                }
                Err(e) => {
                    loaded.diagnostics.push(
                        Diagnostic::error(
                            Code::UnreadableFile,
                            from,
                            pos,
                            format!("cannot read `{}`: {e}", path.display()),
                        )
                        .help("paths are relative to the folder of the decisions file"),
                    );
                    None
                }
            }
        }
    };
    Named {
        key: key.to_string(),
        pos,
        tree,
    }
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
