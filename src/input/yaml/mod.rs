//! YAML text → a tree of [`Node`]s that remember where they came from.
//!
//! Every later message ("unknown field `ownr`", "control decided twice") must point at a line and
//! column, and one run must report every problem. A serde derive stops at the first unknown
//! field and silently merges or rejects duplicate keys, so annexa reads YAML into this small
//! tree first (with granit-parser, the YAML parser under serde-saphyr) and walks it in
//! [`crate::validate`]. Scalars keep their source text (`version: 4.0` stays `"4.0"`), mappings
//! keep every entry in order, duplicates included, and aliases are expanded under a node budget
//! so an alias bomb ends with an error instead of eating memory. Merge keys (`<<: *defaults`,
//! common in hand-written YAML to share values) are applied as YAML 1.1 defines them: the keys
//! of the merged mapping (or list of mappings, the first winning) that the mapping does not set
//! itself.

use granit_parser::{Event, Parser, ScalarStyle};

mod brackets;
mod errors;
mod merge;

use errors::syntax_error;
use merge::{is_merge_key, merge};

/// A position in a source file: 1-based line and column (in characters), and the length of the
/// token in characters when it sits on one line (0 when unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
    pub len: u32,
}

/// One YAML node and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub pos: Pos,
    pub kind: Kind,
}

/// What a node holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A scalar's text after YAML escape processing; `plain` is false for quoted and block
    /// scalars (whose text is never a null or a boolean).
    Scalar {
        text: String,
        plain: bool,
    },
    Seq(Vec<Node>),
    /// Entries in source order, duplicates kept.
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// True for an empty value or an explicit `~` / `null`.
    pub fn is_null(&self) -> bool {
        matches!(&self.kind, Kind::Scalar { text, plain: true }
            if text.is_empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }

    /// The scalar text, if this is a scalar.
    pub fn scalar(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// The value of key `name`, if this is a mapping that has it (the first such key).
    pub fn get(&self, name: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.scalar() == Some(name))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// A short name of the node's type, for messages.
    pub fn type_name(&self) -> &'static str {
        match &self.kind {
            _ if self.is_null() => "nothing",
            Kind::Scalar { .. } => "a scalar",
            Kind::Seq(_) => "a list",
            Kind::Map(_) => "a mapping",
        }
    }
}

/// Why a text is not acceptable YAML for annexa.
#[derive(Debug, Clone, PartialEq)]
pub struct YamlError {
    pub pos: Pos,
    pub message: String,
    pub help: Option<String>,
    /// Another place the error concerns (the bracket left open), with what it is.
    pub related: Option<(Pos, String)>,
}

/// Limits that keep hostile input bounded.
const MAX_NODES: usize = 2_000_000;
const MAX_DEPTH: usize = 64;

/// Parses one YAML document. An empty document is an empty mapping at line 1.
pub fn parse(text: &str) -> Result<Node, YamlError> {
    let mut builder = Builder::default();
    let mut parser = Parser::new_from_str(text);
    let mut documents = 0;
    while let Some(item) = parser.next_event() {
        let (event, span) = item.map_err(|e| syntax_error(text, &e))?;
        let pos = Pos {
            line: to_u32(span.start.line()),
            col: to_u32(span.start.col() + 1),
            len: if span.end.line() == span.start.line() {
                to_u32(span.end.col().saturating_sub(span.start.col()))
            } else {
                0
            },
        };
        match event {
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return Err(YamlError {
                        pos,
                        message: "a second YAML document starts here".into(),
                        help: Some("a decisions file holds one document: remove the `---`".into()),
                        related: None,
                    });
                }
            }
            Event::Scalar(text, style, anchor, _) => {
                let plain = style == ScalarStyle::Plain;
                let node = Node {
                    pos,
                    kind: Kind::Scalar {
                        text: text.into_owned(),
                        plain,
                    },
                };
                builder.value(node, anchor)?;
            }
            Event::SequenceStart(_, anchor, _) => {
                builder.open(pos, Kind::Seq(Vec::new()), anchor)?
            }
            Event::MappingStart(_, anchor, _) => {
                builder.open(pos, Kind::Map(Vec::new()), anchor)?
            }
            Event::SequenceEnd | Event::MappingEnd => builder.close()?,
            Event::Alias(id) => {
                let Some(target) = builder.anchors.iter().find(|(a, _)| *a == id) else {
                    return Err(YamlError {
                        pos,
                        message: "this alias names no anchor defined before it".into(),
                        help: None,
                        related: None,
                    });
                };
                let size = count_nodes(&target.1);
                let mut node = target.1.clone();
                builder.count(size, pos)?;
                node.pos = pos;
                builder.value(node, 0)?;
            }
            _ => {}
        }
    }
    Ok(builder.root.unwrap_or(Node {
        pos: Pos {
            line: 1,
            col: 1,
            len: 0,
        },
        kind: Kind::Map(Vec::new()),
    }))
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn count_nodes(node: &Node) -> usize {
    match &node.kind {
        Kind::Scalar { .. } => 1,
        Kind::Seq(items) => 1 + items.iter().map(count_nodes).sum::<usize>(),
        Kind::Map(entries) => {
            1 + entries
                .iter()
                .map(|(k, v)| count_nodes(k) + count_nodes(v))
                .sum::<usize>()
        }
    }
}

/// A collection being built: its anchor id and, for a mapping, a key waiting for its value.
struct Open {
    node: Node,
    anchor: usize,
    key: Option<Node>,
    /// The values of `<<` merge keys, applied when the mapping closes.
    merges: Vec<Node>,
}

/// Builds the tree from the event stream with an explicit stack (no recursion on input depth).
#[derive(Default)]
struct Builder {
    /// Open collections.
    stack: Vec<Open>,
    anchors: Vec<(usize, Node)>,
    root: Option<Node>,
    nodes: usize,
}

impl Builder {
    fn count(&mut self, n: usize, pos: Pos) -> Result<(), YamlError> {
        self.nodes = self.nodes.saturating_add(n);
        if self.nodes > MAX_NODES {
            return Err(YamlError {
                pos,
                message: format!("the document expands to more than {MAX_NODES} YAML nodes"),
                help: Some("aliases (`*name`) that repeat large anchors multiply the document; write the values out or use `defaults:`".into()),
                related: None,
            });
        }
        Ok(())
    }

    fn open(&mut self, pos: Pos, kind: Kind, anchor: usize) -> Result<(), YamlError> {
        self.count(1, pos)?;
        if self.stack.len() >= MAX_DEPTH {
            return Err(YamlError {
                pos,
                message: format!("the document nests deeper than {MAX_DEPTH} levels"),
                help: None,
                related: None,
            });
        }
        self.stack.push(Open {
            node: Node { pos, kind },
            anchor,
            key: None,
            merges: Vec::new(),
        });
        Ok(())
    }

    fn close(&mut self) -> Result<(), YamlError> {
        match self.stack.pop() {
            Some(mut open) => {
                merge(&mut open.node, open.merges)?;
                self.value(open.node, open.anchor)
            }
            None => Ok(()),
        }
    }

    fn value(&mut self, node: Node, anchor: usize) -> Result<(), YamlError> {
        if matches!(node.kind, Kind::Scalar { .. }) {
            self.count(1, node.pos)?;
        }
        if anchor != 0 {
            self.anchors.retain(|(a, _)| *a != anchor);
            self.anchors.push((anchor, node.clone()));
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Open {
                node: parent,
                key,
                merges,
                ..
            }) => match &mut parent.kind {
                Kind::Seq(items) => items.push(node),
                Kind::Map(entries) => match key.take() {
                    None => *key = Some(node),
                    Some(key) if is_merge_key(&key) => merges.push(node),
                    Some(key) => entries.push((key, node)),
                },
                Kind::Scalar { .. } => {}
            },
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
