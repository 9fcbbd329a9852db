//! YAML merge keys: `<<: *defaults` (or `<<: [*one, *two]`) copies into a mapping the entries
//! of the merged mappings that it does not set itself, as YAML 1.1 defines them. Hand-written
//! YAML uses them to share values; annexa applies them while building the tree, so the rest of
//! the pipeline sees plain mappings.

use super::{Kind, Node, YamlError};

/// A plain `<<` key (a quoted `"<<"` is an ordinary key).
pub(super) fn is_merge_key(key: &Node) -> bool {
    matches!(&key.kind, Kind::Scalar { text, plain: true } if text == "<<")
}

/// Applies the `<<` values of a mapping: each a mapping, or a list of mappings (the first one
/// that sets a key wins); a key the mapping sets itself is never overridden.
pub(super) fn merge(map: &mut Node, merges: Vec<Node>) -> Result<(), YamlError> {
    let Kind::Map(entries) = &mut map.kind else {
        return Ok(());
    };
    for value in merges {
        let pos = value.pos;
        let sources = match value.kind {
            Kind::Map(_) => vec![value],
            Kind::Seq(items) if items.iter().all(|i| matches!(i.kind, Kind::Map(_))) => items,
            _ => {
                return Err(YamlError {
                    pos,
                    message: "`<<` merges a mapping into this one, and this is not a mapping"
                        .into(),
                    help: Some(
                        "write `<<: *name`, where `&name` marks a mapping defined earlier, or `<<: [*one, *two]`"
                            .into(),
                    ),
                    related: None,
                });
            }
        };
        for source in sources {
            let Kind::Map(more) = source.kind else {
                continue;
            };
            for (k, v) in more {
                let set = |e: &(Node, Node)| k.scalar().is_some() && e.0.scalar() == k.scalar();
                if !entries.iter().any(set) {
                    entries.push((k, v));
                }
            }
        }
    }
    Ok(())
}
