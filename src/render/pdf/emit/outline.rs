//! The layout's outline tree as PDF outline items (H1 > H2 > H3), on printpdf's lopdf document.

use super::super::layout::{Layout, OutlineEntry};
use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};
use std::collections::BTreeMap;

/// A PDF text string: UTF-16BE with a byte-order mark.
fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xfe, 0xff];
    for unit in s.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Writes the outline; returns the root's id, or `None` without headings. Entries get their
/// object ids in document order.
pub(super) fn outline(lo: &mut Document, layout: &Layout) -> Option<ObjectId> {
    let count = layout.outline_entries().len();
    if count == 0 {
        return None;
    }
    let pages = lo.get_pages();
    let root = lo.new_object_id();
    let ids: Vec<ObjectId> = (0..count).map(|_| lo.new_object_id()).collect();
    let (first, last) = level(
        lo,
        &layout.outline,
        root,
        0,
        &ids,
        &Targets {
            pages: &pages,
            layout,
        },
    );
    let mut d = Dictionary::new();
    d.set("Type", Object::Name(b"Outlines".to_vec()));
    if let (Some(first), Some(last)) = (first, last) {
        d.set("First", Object::Reference(first));
        d.set("Last", Object::Reference(last));
    }
    d.set("Count", Object::Integer(count as i64));
    lo.set_object(root, d);
    Some(root)
}

/// Where bookmarks point: the writer's page objects and the layout's page heights.
struct Targets<'a> {
    pages: &'a BTreeMap<u32, ObjectId>,
    layout: &'a Layout,
}

/// Writes `nodes` (siblings under `parent`, the first of them the `first`-th entry in document
/// order) and everything under them; returns the first and last sibling's ids.
fn level(
    lo: &mut Document,
    nodes: &[OutlineEntry],
    parent: ObjectId,
    first: usize,
    ids: &[ObjectId],
    to: &Targets<'_>,
) -> (Option<ObjectId>, Option<ObjectId>) {
    let mut starts = Vec::with_capacity(nodes.len());
    let mut index = first;
    for n in nodes {
        starts.push(index);
        index += n.walk().len();
    }
    for (k, node) in nodes.iter().enumerate() {
        let at = starts[k];
        let mut d = Dictionary::new();
        d.set("Title", text_string(&node.title));
        d.set("Parent", Object::Reference(parent));
        if k > 0 {
            d.set("Prev", Object::Reference(ids[starts[k - 1]]));
        }
        if let Some(&next) = starts.get(k + 1) {
            d.set("Next", Object::Reference(ids[next]));
        }
        let (kid_first, kid_last) = level(lo, &node.children, ids[at], at + 1, ids, to);
        if let (Some(f), Some(l)) = (kid_first, kid_last) {
            d.set("First", Object::Reference(f));
            d.set("Last", Object::Reference(l));
            d.set("Count", Object::Integer((node.walk().len() - 1) as i64));
        }
        if let (Some(page_id), Some(page)) = (
            to.pages.get(&(node.page as u32 + 1)),
            to.layout.pages.get(node.page),
        ) {
            let top = Object::Real(page.height - node.y);
            d.set(
                "Dest",
                Object::Array(vec![
                    Object::Reference(*page_id),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    top,
                    Object::Null,
                ]),
            );
        }
        lo.set_object(ids[at], d);
    }
    (
        starts.first().map(|&i| ids[i]),
        starts.last().map(|&i| ids[i]),
    )
}
