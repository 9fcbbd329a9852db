//! The layout's [`Structure`] → krilla's tag tree, with every piece of marked content and
//! every link annotation under its node, in reading order.
//!
//! Block nodes take their place among their siblings when they are created (document
//! order); a link node when its first content is drawn, so it sits between the words of its
//! paragraph. A node's own content and its children interleave in drawing order. Nodes that
//! got no content are left out by krilla (an empty group is discarded).

use super::super::structure::{Kind, Structure};
use krilla::tagging::{
    Identifier, ListNumbering, Node, TableHeaderScope, Tag, TagGroup, TagKind, TagTree,
};
use std::num::NonZeroU16;

/// A child of a node: one of its own marked contents, or a child node.
enum Entry {
    Content(Identifier),
    Child(u32),
}

/// The tree being filled while the pages are drawn.
pub(super) struct Tree {
    kinds: Vec<Kind>,
    parents: Vec<Option<u32>>,
    entries: Vec<Vec<Entry>>,
    root: Vec<u32>,
    placed: Vec<bool>,
    /// The text drawn for each link node (its annotation's alternative text).
    link_text: Vec<String>,
}

impl Tree {
    pub(super) fn new(s: &Structure) -> Tree {
        let n = s.nodes.len();
        let mut t = Tree {
            kinds: s.nodes.iter().map(|n| n.kind.clone()).collect(),
            parents: s.nodes.iter().map(|n| n.parent).collect(),
            entries: (0..n).map(|_| Vec::new()).collect(),
            root: Vec::new(),
            placed: vec![false; n],
            link_text: vec![String::new(); n],
        };
        for (i, node) in s.nodes.iter().enumerate() {
            if node.eager {
                t.place(i as u32);
            }
        }
        t
    }

    /// Puts node `n` in its parent's entries (its parent first), once.
    fn place(&mut self, n: u32) {
        let i = n as usize;
        if self.placed.get(i).copied().unwrap_or(true) {
            return;
        }
        self.placed[i] = true;
        match self.parents[i] {
            Some(p) if (p as usize) < self.entries.len() => {
                self.place(p);
                self.entries[p as usize].push(Entry::Child(n));
            }
            _ => self.root.push(n),
        }
    }

    /// Adds marked content (or a link annotation) to node `n`.
    pub(super) fn content(&mut self, n: u32, id: Identifier) {
        if (n as usize) < self.entries.len() {
            self.place(n);
            self.entries[n as usize].push(Entry::Content(id));
        }
    }

    /// Notes text drawn for node `n` (kept for links).
    pub(super) fn note_text(&mut self, n: u32, text: &str) {
        if let (Some(Kind::Link), Some(t)) = (
            self.kinds.get(n as usize),
            self.link_text.get_mut(n as usize),
        ) {
            t.push_str(text);
        }
    }

    /// The text of link node `n`, as its annotation's description.
    pub(super) fn link_text(&self, n: u32) -> String {
        let t = self.link_text.get(n as usize).map_or("", |t| t.trim());
        if t.is_empty() {
            "Link".to_string()
        } else {
            super::cap(t)
        }
    }

    /// The finished tag tree, in the document's language.
    pub(super) fn finish(mut self, lang: &str) -> TagTree {
        let mut tree = TagTree::new().with_lang(Some(lang.to_string()));
        let roots = std::mem::take(&mut self.root);
        for n in roots {
            tree.push(self.group(n));
        }
        tree
    }

    fn group(&mut self, n: u32) -> TagGroup {
        let entries = std::mem::take(&mut self.entries[n as usize]);
        let children: Vec<Node> = entries
            .into_iter()
            .map(|e| match e {
                Entry::Content(id) => Node::Leaf(id),
                Entry::Child(c) => Node::Group(self.group(c)),
            })
            .collect();
        TagGroup::with_children(kind(&self.kinds[n as usize]), children)
    }
}

/// The PDF structure type for a node.
fn kind(k: &Kind) -> TagKind {
    match k {
        Kind::Heading { level, title } => {
            let level = NonZeroU16::new(u16::from(*level)).unwrap_or(NonZeroU16::MIN);
            Tag::Hn(level, Some(super::cap(title))).into()
        }
        Kind::Paragraph => Tag::P.into(),
        Kind::List { numbered } => {
            let numbering = if *numbered {
                ListNumbering::Decimal
            } else {
                ListNumbering::Disc
            };
            Tag::L(numbering).into()
        }
        Kind::Item => Tag::LI.into(),
        Kind::Label => Tag::Lbl.into(),
        Kind::Body => Tag::LBody.into(),
        Kind::Quote => Tag::BlockQuote.into(),
        Kind::Code => Tag::Code.into(),
        Kind::Table => Tag::Table.into(),
        Kind::Caption => Tag::Caption.into(),
        Kind::TableHead => Tag::THead.into(),
        Kind::TableBody => Tag::TBody.into(),
        Kind::Row => Tag::TR.into(),
        Kind::HeaderCell => Tag::TH(TableHeaderScope::Column).into(),
        Kind::Cell => Tag::TD.into(),
        Kind::Figure { alt } => Tag::Figure(Some(super::cap(alt))).into(),
        Kind::Link => Tag::Link.into(),
    }
}
