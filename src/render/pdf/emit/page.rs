//! One laid-out page → a krilla page: every item drawn inside marked content.
//!
//! Consecutive items with the same [`Tag`] share one marked-content sequence: content under
//! its structure node (an MCID the tag tree points at), everything else an artifact of its
//! kind (header, footer, pagination for repeated header rows, layout for rules and shading).
//! Text is drawn as the glyphs the layout measured ([`crate::fonts::Glyph`]): the `cmap`
//! glyph and advance per character, or shaped for scripts that need it, right to left for
//! Hebrew and Arabic runs. Links become tagged annotations once the page's drawing is done.

use super::super::layout::{Item, LinkTarget, Page, Rgb, Tag};
use super::tags::Tree;
use super::Faces;
use crate::fonts::{is_rtl, needs_shaping, FaceId, Fonts};
use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, SpanTag};
use krilla::text::{GlyphId, KrillaGlyph};
use krilla::Document;
use std::cell::RefCell;
use std::collections::BTreeMap;

use super::super::PdfError;

/// What drawing a page needs besides the page.
pub(super) struct Ctx<'a> {
    pub(super) fonts: &'a Fonts,
    pub(super) faces: &'a Faces,
    pub(super) images: &'a [Option<krilla::image::Image>],
    /// Heading id → (0-based page, top y), for `#anchor` links.
    pub(super) anchors: &'a BTreeMap<String, (usize, f32)>,
    pub(super) heights: &'a [f32],
    pub(super) index: usize,
    /// The glyphs of the run being drawn (one list reused for every run).
    pub(super) glyphs: &'a RefCell<Vec<KrillaGlyph>>,
}

/// A link to annotate once the surface is done: its box, target and structure node.
struct PendingLink {
    rect: Rect,
    target: Target,
    node: u32,
}

/// Draws page `p` (its items moved out, so a 2,500-page document is not held twice).
pub(super) fn draw(
    doc: &mut Document,
    ctx: &Ctx<'_>,
    p: Page,
    tree: &mut Tree,
) -> Result<(), PdfError> {
    let size = PageSettings::from_wh(p.width, p.height)
        .ok_or_else(|| PdfError::Write(format!("page {} has no size", ctx.index + 1)))?;
    let mut page = doc.start_page_with(size);
    let mut links = Vec::new();
    {
        let mut surface = page.surface();
        let mut open: Option<Tag> = None;
        let mut items = join_rules(p.items).into_iter().peekable();
        while let Some((n, item)) = items.next() {
            surface.set_location(location(ctx.index, n));
            let tag = match &item {
                Item::Image { .. } => Tag::Header,
                _ => item.tag(),
            };
            // Right-to-left text gets a sequence of its own whose ActualText is the logical
            // text, so extraction reads it in reading order whatever the glyph order.
            let actual = match (&item, tag) {
                (Item::Text { text, .. }, Tag::Node(node)) if text.chars().any(is_rtl) => {
                    Some((node, text.clone()))
                }
                _ => None,
            };
            if open != Some(tag) || actual.is_some() {
                if open.is_some() {
                    surface.end_tagged();
                }
                match &actual {
                    Some((node, text)) => {
                        let span = SpanTag::empty().with_actual_text(Some(text));
                        let id = surface.start_tagged(ContentTag::Span(span));
                        tree.content(*node, id);
                    }
                    None => start(&mut surface, tag, &item, tree),
                }
                open = Some(tag);
            }
            if let Item::Line { width, color, .. } = item {
                // A run of rules with one stroke (a table row's grid) is one path.
                let mut run = vec![item];
                while let Some((_, next)) = items.next_if(|(_, i)| same_stroke(i, width, color)) {
                    run.push(next);
                }
                stroke(&mut surface, &run, width, color);
            } else if let Some(link) = draw_item(&mut surface, ctx, item, tree) {
                links.push(link);
            }
            if actual.is_some() {
                surface.end_tagged();
                open = None;
            }
        }
        if open.is_some() {
            surface.end_tagged();
        }
        surface.finish();
    }
    for l in links {
        let alt = tree.link_text(l.node);
        let annotation = Annotation::new_link(LinkAnnotation::new(l.rect, l.target), Some(alt));
        let id = page.add_tagged_annotation(annotation);
        tree.content(l.node, id);
    }
    page.finish();
    Ok(())
}

/// The page's items, each with its index, and each vertical rule that continues one drawn
/// before it (a table's grid, row after row) joined to it: one stroke from the top of the
/// first to the bottom of the last, drawn where the last was, so it is still drawn after
/// every row's shading, as each piece was. A rule is not joined across a fill or image drawn
/// over the part above. The page looks the same; its content is about a tenth shorter
/// (BENCHMARKS.md, issue 13's ninth pass).
fn join_rules(items: Vec<Item>) -> Vec<(usize, Item)> {
    /// A vertical rule still open to be continued: where it is in `out`, its top.
    struct Open {
        at: usize,
        x: f32,
        top: f32,
        bottom: f32,
        width: f32,
        color: Rgb,
    }
    let mut out: Vec<(usize, Option<Item>)> = Vec::with_capacity(items.len());
    let mut open: Vec<Open> = Vec::new();
    for (n, mut item) in items.into_iter().enumerate() {
        match &mut item {
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color,
            } if *x1 == *x2 && *y1 < *y2 => {
                let (x, bottom, width, color) = (*x1, *y2, *width, *color);
                let top = *y1;
                let joins = |o: &Open| {
                    o.x == x
                        && o.width == width
                        && o.color == color
                        && (o.bottom - top).abs() < 0.01
                };
                if let Some(k) = open.iter().position(joins) {
                    let o = open.swap_remove(k);
                    *y1 = o.top;
                    if let Some(slot) = out.get_mut(o.at) {
                        slot.1 = None;
                    }
                }
                open.push(Open {
                    at: out.len(),
                    x,
                    top: *y1,
                    bottom,
                    width,
                    color,
                });
            }
            Item::Fill { x, y, w, h, .. } | Item::Image { x, y, w, h, .. } => {
                let (left, right, top, bottom) = (*x, *x + *w, *y, *y + *h);
                open.retain(|o| {
                    let half = o.width / 2.0;
                    o.x + half <= left || o.x - half >= right || o.bottom <= top || o.top >= bottom
                });
            }
            _ => {}
        }
        out.push((n, Some(item)));
    }
    out.into_iter()
        .filter_map(|(n, item)| Some((n, item?)))
        .collect()
}

/// A location for krilla's errors: the 1-based page number (high half) and item.
fn location(page: usize, item: usize) -> std::num::NonZeroU64 {
    let l = ((page as u64 + 1) << 32) | (item as u64 & 0xffff_ffff);
    std::num::NonZeroU64::new(l).unwrap_or(std::num::NonZeroU64::MIN)
}

fn start(surface: &mut Surface<'_>, tag: Tag, item: &Item, tree: &mut Tree) {
    let artifact = |kind| ContentTag::Artifact(Artifact::with_kind(kind));
    let content = match tag {
        Tag::Artifact => artifact(ArtifactType::Layout),
        Tag::Header => artifact(ArtifactType::Header),
        Tag::Footer => artifact(ArtifactType::Footer),
        Tag::Repeat => artifact(ArtifactType::PaginationOther),
        Tag::Node(_) if matches!(item, Item::Text { .. }) => ContentTag::Span(SpanTag::empty()),
        Tag::Node(_) => ContentTag::Other,
    };
    let id = surface.start_tagged(content);
    if let Tag::Node(node) = tag {
        tree.content(node, id);
    }
}

fn color(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn draw_item(
    surface: &mut Surface<'_>,
    ctx: &Ctx<'_>,
    item: Item,
    tree: &mut Tree,
) -> Option<PendingLink> {
    match item {
        Item::Text {
            x,
            y,
            size,
            face,
            color: c,
            text,
            tag,
        } => {
            if let Tag::Node(node) = tag {
                tree.note_text(node, &text);
            }
            text_run(surface, ctx, (x, y), (face, size, c), &text);
        }
        Item::Fill {
            x,
            y,
            w,
            h,
            color: c,
            ..
        } => {
            let rect = Rect::from_xywh(r(x), r(y), r(w), r(h))?;
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            surface.set_stroke(None);
            surface.set_fill(Some(fill(c)));
            surface.draw_path(&pb.finish()?);
        }
        Item::Line {
            width, color: c, ..
        } => stroke(surface, &[item], width, c),
        Item::Link {
            x,
            y,
            w,
            h,
            target,
            tag,
        } => {
            let Tag::Node(node) = tag else { return None };
            return Some(PendingLink {
                rect: Rect::from_xywh(x, y, w.max(0.1), h.max(0.1))?,
                target: link_target(&target, ctx)?,
                node,
            });
        }
        Item::Image { x, y, w, h, image } => {
            let img = ctx.images.get(image)?.clone()?;
            surface.push_transform(&Transform::from_translate(x, y));
            surface.draw_image(img, Size::from_wh(w, h)?);
            surface.pop();
        }
    }
    None
}

/// A coordinate rounded to 1/100 pt: plenty for print, and short in the content stream
/// (the digits of an unrounded float are most of what is left after compression).
fn r(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

fn same_stroke(item: &Item, w: f32, c: Rgb) -> bool {
    matches!(item, Item::Line { width, color, .. } if *width == w && *color == c)
}

/// Strokes `lines` (all [`Item::Line`]s of width `width` and colour `c`) as one path.
fn stroke(surface: &mut Surface<'_>, lines: &[Item], width: f32, c: Rgb) {
    let mut pb = PathBuilder::new();
    for l in lines {
        if let Item::Line { x1, y1, x2, y2, .. } = *l {
            pb.move_to(r(x1), r(y1));
            pb.line_to(r(x2), r(y2));
        }
    }
    let Some(path) = pb.finish() else { return };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: color(c).into(),
        width,
        ..Stroke::default()
    }));
    surface.draw_path(&path);
}

fn fill(c: Rgb) -> Fill {
    Fill {
        paint: color(c).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

/// Draws a run of text in one face, size and colour, its baseline starting at `(x, y)`.
fn text_run(
    surface: &mut Surface<'_>,
    ctx: &Ctx<'_>,
    (x, y): (f32, f32),
    (face, size, c): (FaceId, f32, Rgb),
    text: &str,
) {
    let (Some(Some(font)), Some(f)) = (ctx.faces.get(face.index()), ctx.fonts.face(face)) else {
        return;
    };
    let mut glyphs = ctx.glyphs.borrow_mut();
    glyphs.clear();
    let glyph = |id: u16, advance, dx, dy, text| {
        KrillaGlyph::new(
            GlyphId::new(u32::from(id)),
            advance,
            dx,
            dy,
            0.0,
            text,
            None,
        )
    };
    // Most runs are plain text: each character's glyph and advance straight from the face's
    // table, with no shaping to consider and no list in between.
    let plain = text.is_ascii() || !text.chars().any(|c| is_rtl(c) || needs_shaping(c));
    if plain {
        for (i, ch) in text.char_indices() {
            if let Some((advance, id)) = f.glyph(ch) {
                glyphs.push(glyph(id, advance, 0.0, 0.0, i..i + ch.len_utf8()));
            }
        }
    } else {
        let rtl = text.chars().any(is_rtl);
        for g in f.glyphs(text, rtl) {
            glyphs.push(glyph(g.id, g.advance, g.x_offset, g.y_offset, g.text));
        }
    }
    if glyphs.is_empty() {
        return;
    }
    surface.set_stroke(None);
    surface.set_fill(Some(fill(c)));
    let at = Point::from_xy(r(x), r(y));
    surface.draw_glyphs(at, &glyphs, font.clone(), text, size, false);
}

fn link_target(target: &LinkTarget, ctx: &Ctx<'_>) -> Option<Target> {
    match target {
        LinkTarget::Uri(u) => Some(Target::Action(Action::Link(LinkAction::new(u.clone())))),
        LinkTarget::Anchor(a) => {
            let (page, y) = ctx.anchors.get(a)?;
            ctx.heights.get(*page)?;
            let dest = XyzDestination::new(*page, Point::from_xy(0.0, *y));
            Some(Target::Destination(dest.into()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::join_rules;
    use crate::render::pdf::layout::{Item, Rgb, Tag};

    fn line(x1: f32, y1: f32, x2: f32, y2: f32) -> Item {
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            width: 0.5,
            color: Rgb(0, 0, 0),
        }
    }

    fn fill(y: f32, h: f32) -> Item {
        Item::Fill {
            x: 0.0,
            y,
            w: 100.0,
            h,
            color: Rgb(200, 200, 200),
            tag: Tag::Artifact,
        }
    }

    #[test]
    fn a_grid_rule_is_one_stroke_drawn_where_its_last_piece_was() {
        let rows = vec![
            line(10.0, 0.0, 10.0, 20.0),
            line(0.0, 20.0, 100.0, 20.0),
            fill(20.4, 19.6),
            line(10.0, 20.0, 10.0, 40.0),
            line(0.0, 40.0, 100.0, 40.0),
            line(10.0, 40.0, 10.0, 60.0),
            // Not touching: a second table further down.
            line(10.0, 80.0, 10.0, 90.0),
            // Another colour does not join.
            Item::Line {
                x1: 10.0,
                y1: 90.0,
                x2: 10.0,
                y2: 95.0,
                width: 0.5,
                color: Rgb(1, 0, 0),
            },
        ];
        let out = join_rules(rows);
        let kept: Vec<usize> = out.iter().map(|(n, _)| *n).collect();
        assert_eq!(kept, [1, 2, 4, 5, 6, 7]);
        assert_eq!(out[3].1, line(10.0, 0.0, 10.0, 60.0));
        assert_eq!(out[4].1, line(10.0, 80.0, 10.0, 90.0));
    }

    #[test]
    fn a_rule_is_not_joined_across_a_fill_drawn_over_it() {
        let out = join_rules(vec![
            line(10.0, 0.0, 10.0, 20.0),
            fill(5.0, 10.0),
            line(10.0, 20.0, 10.0, 40.0),
        ]);
        assert_eq!(out.len(), 3);
        assert_eq!(out[2].1, line(10.0, 20.0, 10.0, 40.0));
    }
}
