//! A page's content stream, written from the operations krilla recorded for it
//! (`krilla::ops`, our patch) in fewer bytes than krilla would write them.
//!
//! krilla draws every text run and path as its own group: `q`, the page's y-flip `cm`, the
//! colour space and colour, `BT`, the font, a text matrix, the glyphs, `ET`, `Q` — about 170
//! bytes around each run, most of the example SoA's 1.4 MB of content before compression.
//! Here the page gets one `q cm … Q`; graphics and text state are tracked and an operator is
//! written only when what the next painting needs differs from what the reader already has
//! (lazily, right before the glyphs or the path that uses it); consecutive runs share one text
//! object, moved with `Td`; glyphs are written as raw bytes (half of hex); a one-string `TJ`
//! becomes `Tj`; numbers keep 1/1000 pt and 1/10000 of a colour component. The pages look the
//! same (the operators that paint are the same, in the same order, in the same state), every
//! marked-content sequence keeps its content, and text objects only ever enclose whole
//! sequences. Numbers are read as krilla would have written them (pdf-writer's shortest
//! form), so the stream is byte for byte what rewriting krilla's own stream gave.
//!
//! The operations are cut into top-level units: a marked-content sequence, or a group
//! outside any. A unit of text alone joins the open text object; a unit with paths closes
//! it; a unit holding anything else (an image, a nested group, an operation krilla records
//! only as syntax) is written as krilla writes it, after closing the page's group so it
//! starts from the default state. A page with anything but units at its top level is left
//! to krilla.

use super::lex::{self, Decimal};
use krilla::ops::{Op, PageOps};

mod write;
use std::ops::Range;

/// Decimal places kept for positions (points) and colour components.
const POS: u32 = 3;
const COLOR: u32 = 4;
const IDENTITY: [f64; 6] = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// What writing a page needs beside the page, kept by a thread from page to page.
#[derive(Default)]
pub(super) struct Scratch {
    units: Vec<Unit>,
    out: Vec<u8>,
}

/// The page's content stream (in `scratch`, until the next call), or `None` to have krilla
/// write it.
pub(super) fn write<'s>(page: &PageOps, scratch: &'s mut Scratch) -> Option<&'s [u8]> {
    let Scratch { units, out } = scratch;
    out.clear();
    out.reserve(page.ops.len() * 12);
    let mut w = Writer {
        page,
        ops: &page.ops,
        out: std::mem::take(out),
        root: None,
        segment: false,
        text: false,
        path: false,
        want: State::default(),
        saved: Vec::new(),
        have: State::default(),
        line_want: IDENTITY,
        line_have: IDENTITY,
        moved: false,
        colors: Vec::new(),
    };
    let ok = cut(&mut w, units).is_some();
    if ok {
        for unit in units.iter() {
            w.unit(unit);
        }
        w.end_segment();
    }
    *out = w.out;
    ok.then_some(out.as_slice())
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum UnitKind {
    /// Text only: joins the open text object.
    Text,
    /// Paths (and maybe text): drawn in its own text objects.
    Mixed,
    /// Written as krilla writes it.
    Verbatim,
}

#[derive(Debug, Clone)]
struct Unit {
    ops: Range<usize>,
    kind: UnitKind,
}

/// The colour space (`None`: the default, DeviceGray) and colour (`None`: the space's
/// initial colour) of filling or stroking.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Paint<'a> {
    space: Option<&'a [u8]>,
    color: Option<Color>,
}

/// A colour's components in [`COLOR`] places, and how many there are.
type Color = ([i64; 4], usize);

/// The graphics and text state the writer tracks; `None` is the PDF default.
#[derive(Debug, Clone, PartialEq, Default)]
struct State<'a> {
    fill: Paint<'a>,
    stroke: Paint<'a>,
    line: [Option<f32>; 4],
    font: Option<(&'a [u8], f32)>,
    render: u8,
}

/// The line operators, in [`State::line`] order (krilla's `Op::Line` index), with their
/// defaults.
const LINE_OPS: [(&[u8], f32); 4] = [(b"w", 1.0), (b"J", 0.0), (b"j", 0.0), (b"M", 10.0)];

struct Writer<'a> {
    page: &'a PageOps,
    ops: &'a [Op],
    out: Vec<u8>,
    /// The page's `cm` (the y-flip every group starts with).
    root: Option<[f32; 6]>,
    /// The page's group is open; a text object is open; a path is being built.
    segment: bool,
    text: bool,
    path: bool,
    /// The state krilla's operations ask for here, and the saved ones of its open groups.
    want: State<'a>,
    saved: Vec<State<'a>>,
    /// The state a reader of the written stream has.
    have: State<'a>,
    /// Text line matrices: krilla's, and the written one's.
    line_want: [f64; 6],
    line_have: [f64; 6],
    /// krilla positioned text since the last glyphs were shown.
    moved: bool,
    /// Colours read lately: krilla's components, and as [`Paint::color`] keeps them.
    colors: Vec<([f32; 4], u8, Color)>,
}

/// `v` as pdf-writer writes it, as a decimal: an integer, or its shortest form. A number
/// within ±4096 that is a whole number of thousandths (most positions) is that decimal
/// without formatting it: no other decimal of three places or fewer is the same `f32` there.
fn decimal(v: f32) -> Decimal {
    if v as i32 as f32 == v {
        return Decimal {
            digits: i64::from(v as i32),
            places: 0,
        };
    }
    let x = f64::from(v);
    if x.abs() < 4096.0 {
        let n = (x * 1000.0).round();
        if (n / 1000.0) as f32 == v {
            return Decimal {
                digits: n as i64,
                places: 3,
            };
        }
    }
    let mut b = ryu::Buffer::new();
    lex::decimal(b.format(v).as_bytes()).unwrap_or(Decimal {
        digits: lex::round(x, 12),
        places: 12,
    })
}

/// Cuts the operations into units and classifies them; `None` if something else is at the
/// top.
fn cut(w: &mut Writer<'_>, out: &mut Vec<Unit>) -> Option<()> {
    out.clear();
    let (mut mc, mut q, mut start) = (0usize, 0usize, 0);
    for (k, op) in w.ops.iter().enumerate() {
        if mc == 0 && q == 0 {
            if !matches!(op, Op::BeginMarked(_) | Op::BeginMarkedProps(_) | Op::Save) {
                return None;
            }
            start = k;
        }
        match op {
            Op::BeginMarked(_) | Op::BeginMarkedProps(_) => mc += 1,
            Op::EndMarked => mc = mc.checked_sub(1)?,
            Op::Save => q += 1,
            Op::Restore => q = q.checked_sub(1)?,
            _ => {}
        }
        if mc == 0 && q == 0 {
            let kind = w.classify(start..k + 1);
            out.push(Unit {
                ops: start..k + 1,
                kind,
            });
        }
    }
    (mc == 0 && q == 0).then_some(())
}

impl Writer<'_> {
    fn classify(&mut self, ops: Range<usize>) -> UnitKind {
        let (mut q, mut text, mut expect_cm) = (0, true, false);
        for op in &self.ops[ops] {
            if expect_cm {
                let Op::Transform(m) = *op else {
                    return UnitKind::Verbatim;
                };
                if self.root.is_some_and(|r| r != m) {
                    return UnitKind::Verbatim;
                }
                self.root = Some(m);
                expect_cm = false;
                continue;
            }
            let known = match op {
                Op::Save => {
                    q += 1;
                    expect_cm = true;
                    q == 1
                }
                Op::Restore => {
                    q -= 1;
                    true
                }
                Op::BeginMarked(_) | Op::BeginMarkedProps(_) | Op::EndMarked => true,
                _ if q == 0 => false,
                Op::FillSpace(_) | Op::StrokeSpace(_) | Op::FillColor(..) | Op::StrokeColor(..) => {
                    true
                }
                Op::BeginText
                | Op::EndText
                | Op::Font(..)
                | Op::RenderMode(_)
                | Op::TextMatrix(_)
                | Op::Show(_)
                | Op::ShowArray(..) => true,
                Op::Line(..)
                | Op::MoveTo(..)
                | Op::LineTo(..)
                | Op::CubicTo(_)
                | Op::ClosePath
                | Op::Paint(_) => {
                    text = false;
                    true
                }
                Op::Transform(_) | Op::Other(_) => false,
            };
            if !known {
                return UnitKind::Verbatim;
            }
        }
        if text {
            UnitKind::Text
        } else {
            UnitKind::Mixed
        }
    }
}

#[cfg(test)]
mod tests;
