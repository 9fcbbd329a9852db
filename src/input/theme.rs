//! The theme: the `theme:` section of a decisions file (or a theme file of its own, for
//! `--theme`) and the bytes of the logo, font and reference-document files it names.

use super::files::Kind as FileKind;
use super::{parse_file, read_or_report, Loaded, ThemeSource, Tree};
use crate::input::yaml::{Kind, Node, Pos};
use std::path::Path;

/// Reads a theme file on its own (`--theme`, for the blank toolkit set), as if a decisions file
/// said `theme: FILE`; [`crate::validate::validate_theme`] checks it.
pub fn load_theme(path: &Path) -> Loaded {
    let file = path.display().to_string();
    let mut loaded = Loaded::default();
    let text = format!("theme: {file}\n");
    let len = u32::try_from(file.chars().count()).unwrap_or(u32::MAX);
    let source = loaded.sources.add("--theme", text);
    let scalar = |text: &str, col, len| Node {
        pos: Pos { line: 1, col, len },
        kind: Kind::Scalar {
            text: text.to_string(),
            plain: true,
        },
    };
    let tree = Tree {
        file: source,
        root: Node {
            pos: Pos::default(),
            kind: Kind::Map(vec![(scalar("theme", 1, 5), scalar(&file, 8, len))]),
        },
    };
    loaded.theme = read_theme(&mut loaded, &tree);
    loaded
}

/// Reads the `theme:` (a mapping, or the path of a theme file) and the files it names.
pub(super) fn read_theme(loaded: &mut Loaded, decisions: &Tree) -> Option<ThemeSource> {
    let Kind::Map(entries) = &decisions.root.kind else {
        return None;
    };
    let node = entries
        .iter()
        .find(|(k, _)| k.scalar() == Some("theme"))
        .map(|(_, v)| v)
        .filter(|v| !v.is_null())?;
    let (tree, base) = match node.scalar() {
        Some(key) => {
            let key = key.trim();
            let path = loaded.base.join(key);
            let bytes = read_or_report(loaded, &path, FileKind::Yaml, decisions.file, node.pos)?;
            loaded
                .inputs
                .push(crate::input::digest::Input::new(key, &bytes));
            let tree = parse_file(loaded, &path.display().to_string(), &bytes)?;
            (
                tree,
                path.parent().map(Path::to_path_buf).unwrap_or_default(),
            )
        }
        None => (
            Tree {
                file: decisions.file,
                root: node.clone(),
            },
            loaded.base.clone(),
        ),
    };
    let mut assets = Vec::new();
    let Kind::Map(fields) = &tree.root.kind else {
        return Some(ThemeSource { tree, assets });
    };
    let mut named: Vec<(String, &Node)> = Vec::new();
    for (k, v) in fields {
        match (k.scalar(), &v.kind) {
            (Some("logo"), Kind::Scalar { .. }) => named.push(("logo".into(), v)),
            (Some("docx_reference"), Kind::Scalar { .. }) => {
                named.push(("docx_reference".into(), v));
            }
            (Some("font"), Kind::Map(faces)) => {
                for (fk, fv) in faces {
                    if let (Some(face @ ("regular" | "bold" | "italic")), Some(_)) =
                        (fk.scalar(), fv.scalar())
                    {
                        named.push((format!("font.{face}"), fv));
                    }
                }
            }
            _ => {}
        }
    }
    for (field, v) in named {
        let Some(key) = v.scalar().map(str::trim).filter(|k| !k.is_empty()) else {
            continue;
        };
        let kind = match field.as_str() {
            "logo" => FileKind::Logo,
            "docx_reference" => FileKind::Reference,
            _ => FileKind::Font,
        };
        if let Some(bytes) = read_or_report(loaded, &base.join(key), kind, tree.file, v.pos) {
            loaded
                .inputs
                .push(crate::input::digest::Input::new(key, &bytes));
            assets.push((field, bytes));
        }
    }
    Some(ThemeSource { tree, assets })
}
