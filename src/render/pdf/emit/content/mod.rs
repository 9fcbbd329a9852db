//! A page's content stream, as the writer made it, rewritten to say the same in fewer bytes.
//!
//! krilla draws every text run and path as its own group: `q`, the page's y-flip `cm`, the
//! colour space and colour, `BT`, the font, a text matrix, the glyphs as hex, `ET`, `Q` —
//! about 170 bytes around each run, most of the example SoA's 1.4 MB of content before
//! compression. Here the page gets one `q cm … Q`; graphics and text state are tracked and an
//! operator is written only when what the next painting needs differs from what the reader
//! already has (lazily, right before the glyphs or the path that uses it); consecutive runs
//! share one text object, moved with `Td`; glyphs are written as raw bytes (half of hex); a
//! one-string `TJ` becomes `Tj`; numbers keep 1/1000 pt and 1/10000 of a colour component.
//! The pages look the same (the operators that paint are the same, in the same order, in
//! the same state), every marked-content sequence keeps its content, and text objects only
//! ever enclose whole sequences.
//!
//! The stream is cut into top-level units: a marked-content sequence, or a group outside
//! any. A unit of text alone joins the open text object; a unit with paths closes it; a unit
//! holding anything else (an image, a nested group, an operator not listed here) is copied
//! as it is, after closing the page's group so it starts from the default state. A stream
//! that does not parse, or has anything but units at its top level, is kept as it was.

use super::lex::{self, Kind, Op, Token};

mod write;
use std::ops::Range;

/// Decimal places kept for positions (points) and colour components.
const POS: u32 = 3;
const COLOR: u32 = 4;
const IDENTITY: [f64; 6] = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// What rewriting a page needs beside the page, kept by a thread from page to page: a page's
/// tokens take several times its bytes, and the big build's thousands of pages would otherwise
/// each allocate and free them.
#[derive(Default)]
pub(super) struct Scratch {
    tokens: Vec<lex::Token>,
    ops: Vec<Op>,
    out: Vec<u8>,
}

/// The rewritten stream (in `scratch`, until the next call), or `None` to keep the original.
pub(super) fn rewrite<'s>(src: &[u8], scratch: &'s mut Scratch) -> Option<&'s [u8]> {
    let Scratch { tokens, ops, out } = scratch;
    lex::ops(src, tokens, ops)?;
    out.clear();
    out.reserve(src.len() / 2);
    let mut w = Writer {
        src,
        tokens,
        ops,
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
    };
    let units = units(&mut w);
    if let Some(units) = &units {
        for unit in units {
            w.unit(unit);
        }
        w.end_segment();
    }
    *out = w.out;
    units.map(|_| out.as_slice())
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum UnitKind {
    /// Text only: joins the open text object.
    Text,
    /// Paths (and maybe text): drawn in its own text objects.
    Mixed,
    /// Copied as it is.
    Verbatim,
}

struct Unit {
    ops: Range<usize>,
    kind: UnitKind,
}

/// The colour space (`None`: the default, DeviceGray) and colour (`None`: the space's
/// initial colour) of filling or stroking.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Paint<'a> {
    space: Option<&'a [u8]>,
    color: Option<([i64; 4], usize)>,
}

/// The graphics and text state the rewriter tracks; `None` is the PDF default. Line
/// parameters keep their operands' bytes.
#[derive(Debug, Clone, PartialEq, Default)]
struct State<'a> {
    fill: Paint<'a>,
    stroke: Paint<'a>,
    line: [Option<&'a [u8]>; 5],
    font: Option<(&'a [u8], &'a [u8])>,
    render: i64,
}

/// The line operators, in [`State::line`] order, with their defaults.
const LINE_OPS: [(&[u8], &[u8]); 5] = [
    (b"w", b"1"),
    (b"J", b"0"),
    (b"j", b"0"),
    (b"M", b"10"),
    (b"d", b"[] 0"),
];

struct Writer<'a> {
    src: &'a [u8],
    tokens: &'a [Token],
    ops: &'a [Op],
    out: Vec<u8>,
    /// The operands of the page's `cm` (the y-flip every group starts with).
    root: Option<&'a [u8]>,
    /// The page's group is open; a text object is open; a path is being built.
    segment: bool,
    text: bool,
    path: bool,
    /// The state the original stream asks for here, and the saved ones of its open groups.
    want: State<'a>,
    saved: Vec<State<'a>>,
    /// The state a reader of the rewritten stream has.
    have: State<'a>,
    /// Text line matrices: the original's, and the rewritten one's.
    line_want: [f64; 6],
    line_have: [f64; 6],
    /// The original positioned text since the last glyphs were shown.
    moved: bool,
}

fn is_path(op: &[u8]) -> bool {
    matches!(op, b"m" | b"l" | b"c" | b"v" | b"y" | b"h" | b"re")
}

/// Whether a path-painting operator fills and whether it strokes (`None`: not one).
fn paints(op: &[u8]) -> Option<(bool, bool)> {
    Some(match op {
        b"S" | b"s" => (false, true),
        b"f" | b"F" | b"f*" => (true, false),
        b"B" | b"B*" | b"b" | b"b*" => (true, true),
        b"n" => (false, false),
        _ => return None,
    })
}

/// Cuts the stream into units and classifies them; `None` if something else is at the top.
fn units<'a>(w: &mut Writer<'a>) -> Option<Vec<Unit>> {
    let mut out = Vec::new();
    let (mut mc, mut q, mut start) = (0usize, 0usize, 0);
    for (k, op) in w.ops.iter().enumerate() {
        let name = &w.src[op.op.clone()];
        if mc == 0 && q == 0 {
            if !matches!(name, b"BDC" | b"BMC" | b"q") {
                return None;
            }
            start = k;
        }
        match name {
            b"BDC" | b"BMC" => mc += 1,
            b"EMC" => mc = mc.checked_sub(1)?,
            b"q" => q += 1,
            b"Q" => q = q.checked_sub(1)?,
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
    (mc == 0 && q == 0).then_some(out)
}

impl<'a> Writer<'a> {
    fn name(&self, k: usize) -> &'a [u8] {
        &self.src[self.ops[k].op.clone()]
    }

    fn args(&self, k: usize) -> &'a [Token] {
        &self.tokens[self.ops[k].args.clone()]
    }

    /// The bytes of operation `k`'s operands.
    fn arg_bytes(&self, k: usize) -> &'a [u8] {
        let args = self.args(k);
        match (args.first(), args.last()) {
            (Some(a), Some(b)) => &self.src[a.at.start..b.at.end],
            _ => &[],
        }
    }

    fn kinds(&self, k: usize, want: &[Kind]) -> bool {
        let args = self.args(k);
        args.len() == want.len() && args.iter().zip(want).all(|(a, w)| a.kind == *w)
    }

    fn numbers(&self, k: usize) -> bool {
        self.args(k).iter().all(|a| a.kind == Kind::Number)
    }

    fn classify(&mut self, ops: Range<usize>) -> UnitKind {
        use Kind::{Name, Number};
        let (mut q, mut text, mut expect_cm) = (0, true, false);
        for k in ops {
            let name = self.name(k);
            if expect_cm {
                let root = self.arg_bytes(k);
                let ok = name == b"cm" && self.kinds(k, &[Number; 6]);
                if !ok || self.root.is_some_and(|r| r != root) {
                    return UnitKind::Verbatim;
                }
                self.root = Some(root);
                expect_cm = false;
                continue;
            }
            let known = match name {
                b"q" => {
                    q += 1;
                    expect_cm = true;
                    q == 1
                }
                b"Q" => {
                    q -= 1;
                    true
                }
                b"BDC" | b"BMC" | b"EMC" => true,
                _ if q == 0 => false,
                b"cs" | b"CS" => self.kinds(k, &[Name]),
                b"scn" | b"SCN" => self.numbers(k) && (1..=4).contains(&self.args(k).len()),
                b"BT" | b"ET" => self.args(k).is_empty(),
                b"Tf" => self.kinds(k, &[Name, Number]),
                b"Tr" => self.kinds(k, &[Number]),
                b"Tm" => self.kinds(k, &[Number; 6]),
                b"Td" => self.kinds(k, &[Number; 2]),
                b"Tj" => self.args(k).len() == 1 && self.is_string(&self.args(k)[0]),
                b"TJ" => self.is_array(k),
                b"w" | b"J" | b"j" | b"M" | b"d" => {
                    text = false;
                    true
                }
                _ if is_path(name) || paints(name).is_some() => {
                    text = false;
                    self.numbers(k)
                }
                _ => false,
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

    fn is_string(&self, t: &Token) -> bool {
        matches!(t.kind, Kind::Hex | Kind::Literal)
    }

    /// `[ string|number … ]`, nothing nested.
    fn is_array(&self, k: usize) -> bool {
        let args = self.args(k);
        let (Some(first), Some(last)) = (args.first(), args.last()) else {
            return false;
        };
        first.kind == Kind::Open
            && last.kind == Kind::Close
            && args[1..args.len() - 1]
                .iter()
                .all(|t| self.is_string(t) || t.kind == Kind::Number)
    }
}

#[cfg(test)]
mod tests;
