//! Lists and code blocks → fragments: the blocks that indent what they hold.
//!
//! A list item's blocks are laid out one level in, and its marker (a bullet that changes with
//! depth, a number, or a task box) is drawn on the item's first line; an empty item still gets
//! a line. A code block is set in the monospace face on a shaded band, one fragment per line,
//! with its spaces kept. Structure: `L` > `LI` > `Lbl` (the marker) and `LBody` (the item's
//! blocks); a code block is one node, its shading an artifact.

use super::blocks::{Align, ListItem};
use super::build::{Builder, Ctx};
use super::draw::line_items;
use super::flow::Frag;
use super::layout::{Item, Kind, Tag};
use super::style as st;
use super::text::{prepare, TextStyle};
use crate::fonts::FaceId;

impl Builder<'_> {
    pub(super) fn list(&mut self, start: Option<u64>, items: &[ListItem], ctx: Ctx, gap: f32) {
        let inner = Ctx {
            depth: ctx.depth + 1,
            ..ctx.indent(st::LIST_INDENT)
        };
        let marker_style = TextStyle::plain(FaceId::Regular, st::BODY_SIZE, st::TEXT);
        let numbered = start.is_some() && items.iter().all(|i| i.task.is_none());
        let list = self.structure.block(Kind::List { numbered }, self.parent);
        for (k, item) in items.iter().enumerate() {
            let li = self.structure.block(Kind::Item, Some(list));
            let label = self.structure.block(Kind::Label, Some(li));
            let body = self.structure.block(Kind::Body, Some(li));
            let marker = match (item.task, start) {
                (Some(true), _) => "\u{2611}".to_string(),
                (Some(false), _) => "\u{2610}".to_string(),
                (None, Some(n)) => format!("{}.", n.saturating_add(k as u64)),
                (None, None) => ["\u{2022}", "\u{25E6}", "\u{25AA}"][ctx.depth % 3].to_string(),
            };
            let first = self.frags.len();
            let outer = self.parent.replace(body);
            self.blocks(&item.blocks, inner, if k == 0 { gap } else { st::LIST_GAP });
            self.parent = outer;
            if self.frags.len() == first {
                self.push(
                    Frag {
                        h: st::BODY_LEAD,
                        gap: st::LIST_GAP,
                        ..Frag::default()
                    },
                    ctx,
                );
            }
            let prep = prepare(
                self.fonts,
                vec![marker_style.clone()],
                &[(0, marker)],
                &mut self.missing,
            );
            let w = prep.natural_width(self.fonts);
            let x = if start.is_some() {
                inner.left - 4.0 - w
            } else {
                ctx.left + 4.0
            };
            let baseline = st::BODY_LEAD * 0.5 + st::BODY_SIZE * 0.34;
            let lines = prep.lines(self.fonts, ctx.width);
            if let (Some(line), Some(f)) = (lines.first(), self.frags.get_mut(first)) {
                line_items(
                    Tag::Node(label),
                    self.fonts,
                    &prep,
                    line,
                    x.max(ctx.left),
                    w,
                    Align::Left,
                    baseline,
                    &mut f.items,
                );
            }
        }
    }

    pub(super) fn code(&mut self, text: &str, ctx: Ctx, gap: f32, node: u32) {
        let style = TextStyle {
            pre: true,
            ..TextStyle::plain(FaceId::Mono, st::CODE_SIZE, st::CODE_TEXT)
        };
        let inner = ctx.indent(st::CODE_PAD);
        let inner = Ctx {
            width: inner.width - st::CODE_PAD,
            ..inner
        };
        let mut lines = Vec::new();
        let mut preps = Vec::new();
        for src in text.split('\n') {
            let prep = prepare(
                self.fonts,
                vec![style.clone()],
                &[(0, src.replace('\t', "    "))],
                &mut self.missing,
            );
            for line in prep.lines(self.fonts, inner.width) {
                lines.push((preps.len(), line));
            }
            preps.push(prep);
        }
        let n = lines.len();
        for (i, (p, line)) in lines.iter().enumerate() {
            let top = if i == 0 { st::CODE_PAD } else { 0.0 };
            let bottom = if i + 1 == n { st::CODE_PAD } else { 0.0 };
            let h = st::CODE_LEAD + top + bottom;
            let mut items = vec![Item::Fill {
                x: ctx.left,
                y: 0.0,
                w: ctx.width,
                h,
                color: st::CODE_BG,
                tag: Tag::Artifact,
            }];
            let baseline = top + st::CODE_LEAD * 0.5 + st::CODE_SIZE * 0.34;
            if let Some(prep) = preps.get(*p) {
                line_items(
                    Tag::Node(node),
                    self.fonts,
                    prep,
                    line,
                    inner.left,
                    inner.width,
                    Align::Left,
                    baseline,
                    &mut items,
                );
            }
            self.push(
                Frag {
                    h,
                    gap: if i == 0 { gap } else { 0.0 },
                    items,
                    ..Frag::default()
                },
                ctx,
            );
        }
    }
}
