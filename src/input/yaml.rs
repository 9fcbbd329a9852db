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

use granit_parser::{Event, Parser, ScalarStyle, ScanError, StructureStyle};

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
        let (event, span) = item.map_err(|e| syntax_error(text, &e, &builder))?;
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
            Event::SequenceStart(style, anchor, _) => builder.open(
                pos,
                Kind::Seq(Vec::new()),
                anchor,
                style == StructureStyle::Flow,
            )?,
            Event::MappingStart(style, anchor, _) => builder.open(
                pos,
                Kind::Map(Vec::new()),
                anchor,
                style == StructureStyle::Flow,
            )?,
            Event::SequenceEnd | Event::MappingEnd => builder.close()?,
            Event::Alias(id) => {
                let Some(target) = builder.anchors.iter().find(|(a, _)| *a == id) else {
                    return Err(YamlError {
                        pos,
                        message: "this alias names no anchor defined before it".into(),
                        help: None,
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

/// The parser's error, made more useful where a common cause is known: a tab used for
/// indentation (pointed at), or a flow collection (`[...]`, `{...}`) opened on an earlier line and
/// never closed, which the parser only notices later, somewhere else.
fn syntax_error(text: &str, e: &ScanError, builder: &Builder) -> YamlError {
    let mut line = to_u32(e.marker().line());
    let mut col = to_u32(e.marker().col() + 1);
    let mut help = "check the indentation and quoting around this position".to_string();
    let open_flow = builder
        .stack
        .iter()
        .rev()
        .find(|o| o.flow)
        .map(|o| &o.node)
        .filter(|n| n.pos.line < line);
    if let Some((l, c, ch)) = hidden_near(text, line, e.info().contains("BOM")) {
        return YamlError {
            pos: Pos {
                line: l,
                col: c,
                len: 1,
            },
            message: format!(
                "YAML syntax error: an invisible character, {}, at line {l}, column {c}",
                crate::diag::escape::describe(ch)
            ),
            help: Some(
                "delete it: most editors do not show it (delete the characters around it and type them again)"
                    .into(),
            ),
        };
    }
    if e.info().contains("tab") {
        // The parser may stop on the line before the tab; point at the first indenting tab.
        let indent = |l: &str| -> Option<usize> {
            l.chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .position(|c| c == '\t')
        };
        let from = line.saturating_sub(1) as usize;
        if let Some((i, at)) = text
            .lines()
            .enumerate()
            .skip(from)
            .take(2)
            .find_map(|(i, l)| indent(l).map(|at| (i, at)))
        {
            line = to_u32(i + 1);
            col = to_u32(at + 1);
        }
        help = "indent with spaces: YAML does not allow tabs for indentation".into();
    } else if let Some(flow) = open_flow {
        let (open, close) = match flow.kind {
            Kind::Map(_) => ('{', '}'),
            _ => ('[', ']'),
        };
        help = format!(
            "the `{open}` at line {}, column {} is still open here: is its `{close}` missing?",
            flow.pos.line, flow.pos.col
        );
    }
    YamlError {
        pos: Pos { line, col, len: 0 },
        message: format!("YAML syntax error: {}", e.info()),
        help: Some(help),
    }
}

/// A control or invisible character (a pasted byte-order mark, a zero-width space) on the line
/// of a syntax error, or the line before when the parser complains of a BOM: (line, column,
/// character). It is the likelier cause than anything the parser can say about indentation.
fn hidden_near(text: &str, line: u32, bom: bool) -> Option<(u32, u32, char)> {
    let from = line.saturating_sub(if bom { 2 } else { 1 }) as usize;
    text.lines()
        .enumerate()
        .skip(from)
        .take(if bom { 2 } else { 1 })
        .find_map(|(i, l)| {
            let (col, c) = crate::diag::escape::first_hidden(l)?;
            Some((to_u32(i + 1), col, c))
        })
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

/// A collection being built: its anchor id, whether it is written in flow style (`[..]`,
/// `{..}`) and, for a mapping, a key waiting for its value.
struct Open {
    node: Node,
    anchor: usize,
    flow: bool,
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
            });
        }
        Ok(())
    }

    fn open(&mut self, pos: Pos, kind: Kind, anchor: usize, flow: bool) -> Result<(), YamlError> {
        self.count(1, pos)?;
        if self.stack.len() >= MAX_DEPTH {
            return Err(YamlError {
                pos,
                message: format!("the document nests deeper than {MAX_DEPTH} levels"),
                help: None,
            });
        }
        self.stack.push(Open {
            node: Node { pos, kind },
            anchor,
            flow,
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

/// A plain `<<` key (a quoted `"<<"` is an ordinary key).
fn is_merge_key(key: &Node) -> bool {
    matches!(&key.kind, Kind::Scalar { text, plain: true } if text == "<<")
}

/// Applies the `<<` values of a mapping: each a mapping, or a list of mappings (the first one
/// that sets a key wins); a key the mapping sets itself is never overridden.
fn merge(map: &mut Node, merges: Vec<Node>) -> Result<(), YamlError> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn map(node: &Node) -> &Vec<(Node, Node)> {
        match &node.kind {
            Kind::Map(entries) => entries,
            other => panic!("not a map: {other:?}"),
        }
    }

    #[test]
    fn keeps_text_positions_and_duplicates() {
        let root = parse("a: 4.0\nb:\n  - x\n  - 'y'\na: true\n").expect("parses");
        let entries = map(&root);
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].1.scalar(), Some("4.0"));
        assert_eq!(entries[2].0.pos.line, 5);
        assert_eq!(
            entries[0].1.pos,
            Pos {
                line: 1,
                col: 4,
                len: 3
            }
        );
        match &entries[1].1.kind {
            Kind::Seq(items) => {
                assert_eq!(
                    items[1].kind,
                    Kind::Scalar {
                        text: "y".into(),
                        plain: false
                    }
                );
                assert_eq!(items[1].pos.col, 5);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn nulls_and_empty_document() {
        let root = parse("a:\nb: ~\nc: ''\n").expect("parses");
        let e = map(&root);
        assert!(e[0].1.is_null() && e[1].1.is_null() && !e[2].1.is_null());
        assert_eq!(map(&parse("").expect("empty")).len(), 0);
    }

    #[test]
    fn syntax_error_has_position() {
        let err = parse("a: [1, 2\nb: c\n").expect_err("unclosed");
        assert!(
            err.message.starts_with("YAML syntax error"),
            "{}",
            err.message
        );
        assert!(err.pos.line >= 1);
    }

    #[test]
    fn aliases_expand_and_bombs_stop() {
        let root = parse("a: &x [1, 2]\nb: *x\n").expect("parses");
        assert_eq!(map(&root)[1].1.pos.line, 2);
        let mut bomb = String::from("a: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let p = i - 1;
            bomb.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
        }
        let err = parse(&bomb).expect_err("bomb");
        assert!(err.message.contains("more than"), "{}", err.message);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(10_000);
        assert!(parse(&deep).is_err());
    }

    #[test]
    fn unclosed_flow_collection_is_named() {
        let err = parse("a:\n  b: [x, y\n  c: z\n").expect_err("unclosed");
        assert_eq!(err.pos.line, 3);
        assert_eq!(
            err.help.as_deref(),
            Some("the `[` at line 2, column 6 is still open here: is its `]` missing?")
        );
    }

    #[test]
    fn tab_indentation_points_at_the_tab() {
        let err = parse("a:\n  b: 1\n\tc: 2\n").expect_err("tab");
        assert_eq!((err.pos.line, err.pos.col), (3, 1));
        assert_eq!(
            err.help.as_deref(),
            Some("indent with spaces: YAML does not allow tabs for indentation")
        );
    }

    #[test]
    fn merge_keys_share_values_and_never_override() {
        let root = parse(
            "base: &b {status: implemented, owner: CISO}\nmore: &m {owner: CTO, notes: n}\nc:\n  <<: [*b, *m]\n  owner: DPO\n\"<<\": literal\n",
        )
        .expect("parses");
        let c = &map(&root)[2].1;
        let got: Vec<(&str, &str)> = map(c)
            .iter()
            .map(|(k, v)| (k.scalar().unwrap_or(""), v.scalar().unwrap_or("")))
            .collect();
        assert_eq!(
            got,
            [("owner", "DPO"), ("status", "implemented"), ("notes", "n")]
        );
        assert_eq!(map(&root)[3].0.scalar(), Some("<<"));
        let err = parse("a: &x 1\nb:\n  <<: *x\n").expect_err("scalar merge");
        assert!(err.message.contains("not a mapping"), "{}", err.message);
    }

    #[test]
    fn an_invisible_character_is_named() {
        let err = parse("a:\n  b: 1\n\u{feff}  c: 2\n").expect_err("BOM");
        assert_eq!((err.pos.line, err.pos.col), (3, 1));
        assert!(err.message.contains("U+FEFF"), "{}", err.message);
    }

    #[test]
    fn two_documents_rejected() {
        let err = parse("a: 1\n---\nb: 2\n").expect_err("two docs");
        assert_eq!(err.pos.line, 2);
    }
}
