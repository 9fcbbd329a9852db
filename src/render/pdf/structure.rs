//! The document's logical structure, for tagged PDF: what each drawn item *is*.
//!
//! The layout stamps every text run, fill and link with a [`Tag`]: a node of this tree
//! (heading, paragraph, list label, table cell, figure …) or one of the artifact kinds
//! (running header and footer, a table header row repeated on a later page, decoration).
//! Nodes are created in document order by `build`, each under its container, so the tree's
//! order is the reading order; `emit` turns it into the PDF's structure tree, with each
//! item's marked content under its node. Writer-neutral, like the rest of the layout.

/// What a drawn item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tag {
    /// Decoration: rules, grid lines, shading, underlines.
    #[default]
    Artifact,
    /// The running header (and the logo in it).
    Header,
    /// The running footer, "Page N of M" included.
    Footer,
    /// A table header row repeated at the top of a later page.
    Repeat,
    /// Content of this node of [`Structure::nodes`].
    Node(u32),
}

/// What a structure node is (the PDF standard structure types it becomes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// `H1`–`H6`, with the heading's text as its title.
    Heading {
        level: u8,
        title: String,
    },
    Paragraph,
    /// `L`: a list, numbered or bulleted (or task boxes).
    List {
        numbered: bool,
    },
    /// `LI`, and its `Lbl` (marker) and `LBody` (content).
    Item,
    Label,
    Body,
    Quote,
    /// A code block.
    Code,
    Table,
    Caption,
    TableHead,
    TableBody,
    Row,
    /// `TH` with column scope.
    HeaderCell,
    Cell,
    /// The status chart; the alternative text states its figures.
    Figure {
        alt: String,
    },
    /// A link's text and its annotation.
    Link,
}

/// One node: its kind, its parent (`None`: the document), and whether it takes its place
/// among its siblings when it is created (blocks) or when its first content is drawn (links,
/// which sit between the words of their paragraph).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub kind: Kind,
    pub parent: Option<u32>,
    pub eager: bool,
}

/// The tree, nodes in creation order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Structure {
    pub nodes: Vec<Node>,
}

impl Structure {
    /// Adds a block node under `parent`; returns its id.
    pub fn block(&mut self, kind: Kind, parent: Option<u32>) -> u32 {
        self.add(kind, parent, true)
    }

    /// Adds a node placed where its first content is drawn (an inline link).
    pub fn inline(&mut self, kind: Kind, parent: Option<u32>) -> u32 {
        self.add(kind, parent, false)
    }

    fn add(&mut self, kind: Kind, parent: Option<u32>, eager: bool) -> u32 {
        let id = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
        self.nodes.push(Node {
            kind,
            parent,
            eager,
        });
        id
    }
}
