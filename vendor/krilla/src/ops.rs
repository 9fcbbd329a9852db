//! A page's content as typed operations (annexa's patch).
//!
//! With [`SerializeSettings::page_content_fn`](crate::SerializeSettings::page_content_fn) set,
//! a page's root content builder records what it draws as [`Op`]s instead of writing PDF
//! syntax, and the function writes the page's final content stream from them: no number is
//! formatted and no string encoded only to be parsed back. Streams other than a page's root
//! (patterns, masks, XObjects) are written as before. [`PageOps::write_verbose`] writes
//! operations the way krilla would have, for whatever the function leaves as it is.

use pdf_writer::types::{ColorSpaceOperand, LineCapStyle, LineJoinStyle, TextRenderingMode};
use pdf_writer::{Content, Limits, Name, Settings, Str};

/// A range of bytes in [`PageOps::bytes`] or [`PageOps::raw`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// What path-painting operator ends a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaintOp {
    /// `S`
    Stroke,
    /// `f`
    Fill,
    /// `f*`
    FillEvenOdd,
    /// `B`
    FillStroke,
    /// `B*`
    FillEvenOddStroke,
    /// `n`
    End,
}

impl PaintOp {
    /// The operator.
    pub fn name(self) -> &'static [u8] {
        match self {
            Self::Stroke => b"S",
            Self::Fill => b"f",
            Self::FillEvenOdd => b"f*",
            Self::FillStroke => b"B",
            Self::FillEvenOddStroke => b"B*",
            Self::End => b"n",
        }
    }

    /// Whether it fills and whether it strokes.
    pub fn paints(self) -> (bool, bool) {
        match self {
            Self::Stroke => (false, true),
            Self::Fill | Self::FillEvenOdd => (true, false),
            Self::FillStroke | Self::FillEvenOddStroke => (true, true),
            Self::End => (false, false),
        }
    }
}

/// One operation of a page's content. Names (`/f0`) are in [`PageOps::bytes`] as written,
/// slash included; glyph strings as their raw bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    /// `q`
    Save,
    /// `Q`
    Restore,
    /// `cm`
    Transform([f32; 6]),
    /// `cs` with a named colour space.
    FillSpace(Span),
    /// `CS` with a named colour space.
    StrokeSpace(Span),
    /// `scn` with its components (the first `n`).
    FillColor([f32; 4], u8),
    /// `SCN` with its components (the first `n`).
    StrokeColor([f32; 4], u8),
    /// `w` (0), `J` (1), `j` (2) or `M` (3) and its operand.
    Line(u8, f32),
    /// `m`
    MoveTo(f32, f32),
    /// `l`
    LineTo(f32, f32),
    /// `c`
    CubicTo([f32; 6]),
    /// `h`
    ClosePath,
    /// A path-painting operator.
    Paint(PaintOp),
    /// `BT`
    BeginText,
    /// `ET`
    EndText,
    /// `Tr`
    RenderMode(u8),
    /// `Tf`: the font's name and size.
    Font(Span, f32),
    /// `Tm`
    TextMatrix([f32; 6]),
    /// `Tj`: the string's raw bytes.
    Show(Span),
    /// `TJ`: its items, a range of [`PageOps::items`].
    ShowArray(u32, u32),
    /// `BMC` with its tag (a name).
    BeginMarked(Span),
    /// `BDC`: its operands as written (`/Span<</MCID 0>>`), in [`PageOps::raw`].
    BeginMarkedProps(Span),
    /// `EMC`
    EndMarked,
    /// Anything else: the operation as written (operands and operator), in [`PageOps::raw`].
    Other(Span),
}

/// An item of a `TJ` array.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Item {
    /// A string's raw bytes, in [`PageOps::bytes`].
    Show(Span),
    /// A position adjustment.
    Adjust(f32),
}

/// A page's content as operations.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PageOps {
    /// The operations in order.
    pub ops: Vec<Op>,
    /// The items of every `TJ`.
    pub items: Vec<Item>,
    /// Names and strings.
    pub bytes: Vec<u8>,
    /// Operations written as PDF syntax (the operands of `BDC`, [`Op::Other`]).
    pub raw: Vec<u8>,
}

impl Eq for PageOps {}

impl std::hash::Hash for PageOps {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.to_verbose().hash(state);
    }
}

impl PageOps {
    /// The bytes of `span` in [`PageOps::bytes`].
    pub fn bytes(&self, span: Span) -> &[u8] {
        &self.bytes[span.range()]
    }

    /// The bytes of `span` in [`PageOps::raw`].
    pub fn raw(&self, span: Span) -> &[u8] {
        &self.raw[span.range()]
    }

    /// The items of `TJ` `(start, end)`.
    pub fn items(&self, start: u32, end: u32) -> &[Item] {
        &self.items[start as usize..end as usize]
    }

    /// Writes `ops` as krilla writes them, one operation a line.
    pub fn write_verbose(&self, ops: &[Op], out: &mut Vec<u8>) {
        for op in ops {
            self.verbose(op, out);
            out.push(b'\n');
        }
    }

    /// The whole page as krilla writes it.
    pub fn to_verbose(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.ops.len() * 24);
        self.write_verbose(&self.ops, &mut out);
        out.pop();
        out
    }

    fn verbose(&self, op: &Op, out: &mut Vec<u8>) {
        let nums = |out: &mut Vec<u8>, vals: &[f32]| {
            for v in vals {
                push_f32(out, *v);
                out.push(b' ');
            }
        };
        match *op {
            Op::Save => out.push(b'q'),
            Op::Restore => out.push(b'Q'),
            Op::Transform(m) => {
                nums(out, &m);
                out.extend_from_slice(b"cm");
            }
            Op::FillSpace(s) | Op::StrokeSpace(s) => {
                out.extend_from_slice(self.bytes(s));
                out.extend_from_slice(if matches!(op, Op::FillSpace(_)) {
                    b" cs"
                } else {
                    b" CS"
                });
            }
            Op::FillColor(c, n) | Op::StrokeColor(c, n) => {
                nums(out, &c[..usize::from(n)]);
                out.extend_from_slice(if matches!(op, Op::FillColor(..)) {
                    b"scn"
                } else {
                    b"SCN"
                });
            }
            Op::Line(i, v) => {
                nums(out, &[v]);
                out.push([b'w', b'J', b'j', b'M'][usize::from(i.min(3))]);
            }
            Op::MoveTo(x, y) => {
                nums(out, &[x, y]);
                out.push(b'm');
            }
            Op::LineTo(x, y) => {
                nums(out, &[x, y]);
                out.push(b'l');
            }
            Op::CubicTo(c) => {
                nums(out, &c);
                out.push(b'c');
            }
            Op::ClosePath => out.push(b'h'),
            Op::Paint(p) => out.extend_from_slice(p.name()),
            Op::BeginText => out.extend_from_slice(b"BT"),
            Op::EndText => out.extend_from_slice(b"ET"),
            Op::RenderMode(m) => {
                nums(out, &[f32::from(m)]);
                out.extend_from_slice(b"Tr");
            }
            Op::Font(name, size) => {
                out.extend_from_slice(self.bytes(name));
                out.push(b' ');
                nums(out, &[size]);
                out.extend_from_slice(b"Tf");
            }
            Op::TextMatrix(m) => {
                nums(out, &m);
                out.extend_from_slice(b"Tm");
            }
            Op::Show(s) => {
                push_hex(out, self.bytes(s));
                out.extend_from_slice(b"Tj");
            }
            Op::ShowArray(a, b) => {
                out.push(b'[');
                for item in self.items(a, b) {
                    match *item {
                        Item::Show(s) => push_hex(out, self.bytes(s)),
                        Item::Adjust(v) => {
                            out.push(b' ');
                            push_f32(out, v);
                            out.push(b' ');
                        }
                    }
                }
                out.extend_from_slice(b"]TJ");
            }
            Op::BeginMarked(s) => {
                out.extend_from_slice(self.bytes(s));
                out.extend_from_slice(b" BMC");
            }
            Op::BeginMarkedProps(s) => {
                let raw = self.raw(s);
                out.extend_from_slice(raw);
                if raw.last().is_some_and(|b| !b"()<>[]/%".contains(b)) {
                    out.push(b' ');
                }
                out.extend_from_slice(b"BDC");
            }
            Op::EndMarked => out.extend_from_slice(b"EMC"),
            Op::Other(s) => out.extend_from_slice(self.raw(s)),
        }
    }
}

/// Writes a number as pdf-writer does: an integer without a point, else the shortest form.
pub fn push_f32(out: &mut Vec<u8>, v: f32) {
    if v as i32 as f32 == v {
        out.extend_from_slice(itoa::Buffer::new().format(v as i32).as_bytes());
    } else if v == 0.0 || (v.abs() > 1e-6 && v.abs() < 1e12) {
        out.extend_from_slice(ryu::Buffer::new().format(v).as_bytes());
    } else {
        use std::io::Write;
        let _ = write!(out, "{v}");
    }
}

fn push_hex(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'<');
    for b in bytes {
        out.push(HEX[usize::from(b >> 4)]);
        out.push(HEX[usize::from(b & 15)]);
    }
    out.push(b'>');
}

/// What a content builder writes to: PDF syntax as it goes, or a page's [`PageOps`].
pub(crate) struct Recorder {
    /// The stream written (not recording), or the operations recorded as syntax.
    content: Content,
    rec: Option<Record>,
}

struct Record {
    page: PageOps,
    depth: usize,
    /// Where an operation written through a builder (`BDC` with properties) began in `raw`.
    pending: Option<usize>,
    real: f32,
    str_len: usize,
    name_len: usize,
    array_len: usize,
}

impl Record {
    fn real(&mut self, vals: &[f32]) {
        for &v in vals {
            if v as i32 as f32 != v {
                self.real = self.real.max(v.abs());
            }
        }
    }

    fn push(&mut self, op: Op) {
        self.page.ops.push(op);
    }

    fn bytes(&mut self, b: &[u8]) -> Span {
        let start = self.page.bytes.len() as u32;
        self.page.bytes.extend_from_slice(b);
        Span {
            start,
            end: self.page.bytes.len() as u32,
        }
    }

    fn name(&mut self, n: Name) -> Span {
        self.name_len = self.name_len.max(n.0.len());
        let start = self.page.bytes.len() as u32;
        let out = &mut self.page.bytes;
        out.push(b'/');
        for &byte in n.0 {
            if byte != b'#' && byte.is_ascii_graphic() && !b"()<>[]{}/%".contains(&byte) {
                out.push(byte);
            } else {
                out.push(b'#');
                out.extend_from_slice(format!("{byte:02X}").as_bytes());
            }
        }
        Span {
            start,
            end: out.len() as u32,
        }
    }
}

impl Recorder {
    pub(crate) fn new(settings: Settings, record: bool) -> Self {
        Self {
            content: Content::with_settings(settings),
            rec: record.then(|| Record {
                page: PageOps::default(),
                depth: 0,
                pending: None,
                real: 0.0,
                str_len: 0,
                name_len: 0,
                array_len: 0,
            }),
        }
    }

    /// The recording, with an operation written through a builder since the last call
    /// taken in.
    fn rec(&mut self) -> Option<&mut Record> {
        let rec = self.rec.as_mut()?;
        if let Some(start) = rec.pending.take() {
            let written = &self.content.as_bytes()[start..];
            let lead = written.len() - written.trim_ascii_start().len();
            let body = written.trim_ascii();
            let operands = body.strip_suffix(b"BDC").unwrap_or(body).trim_ascii_end();
            let start = (start + lead) as u32;
            rec.push(Op::BeginMarkedProps(Span {
                start,
                end: start + operands.len() as u32,
            }));
        }
        Some(rec)
    }

    /// Writes an operation krilla has no [`Op`] for, as syntax either way.
    fn other(&mut self, write: impl FnOnce(&mut Content)) {
        if self.rec().is_none() {
            write(&mut self.content);
            return;
        }
        let start = self.content.len();
        write(&mut self.content);
        let written = &self.content.as_bytes()[start..];
        let lead = written.len() - written.trim_ascii_start().len();
        let len = written.trim_ascii().len();
        let start = (start + lead) as u32;
        if let Some(rec) = self.rec.as_mut() {
            rec.push(Op::Other(Span {
                start,
                end: start + len as u32,
            }));
        }
    }

    /// Records `op` (with its numbers checked against the limits), or writes it.
    fn typed(&mut self, op: Op, nums: &[f32], write: impl FnOnce(&mut Content)) {
        match self.rec() {
            Some(rec) => {
                rec.real(nums);
                rec.push(op);
            }
            None => write(&mut self.content),
        }
    }

    pub(crate) fn save_state(&mut self) {
        match self.rec() {
            Some(rec) => {
                rec.depth += 1;
                rec.push(Op::Save);
            }
            None => {
                self.content.save_state();
            }
        }
    }

    pub(crate) fn restore_state(&mut self) {
        match self.rec() {
            Some(rec) => {
                rec.depth = rec.depth.saturating_sub(1);
                rec.push(Op::Restore);
            }
            None => {
                self.content.restore_state();
            }
        }
    }

    pub(crate) fn state_nesting_depth(&self) -> usize {
        match &self.rec {
            Some(rec) => rec.depth,
            None => self.content.state_nesting_depth(),
        }
    }

    pub(crate) fn transform(&mut self, m: [f32; 6]) {
        self.typed(Op::Transform(m), &m, |c| {
            c.transform(m);
        });
    }

    pub(crate) fn set_fill_color_space<'a>(&mut self, space: impl Into<ColorSpaceOperand<'a>>) {
        self.color_space(space.into(), false);
    }

    pub(crate) fn set_stroke_color_space<'a>(&mut self, space: impl Into<ColorSpaceOperand<'a>>) {
        self.color_space(space.into(), true);
    }

    fn color_space(&mut self, space: ColorSpaceOperand<'_>, stroke: bool) {
        match (space, self.rec()) {
            (ColorSpaceOperand::Named(name), Some(rec)) => {
                let s = rec.name(name);
                rec.push(if stroke {
                    Op::StrokeSpace(s)
                } else {
                    Op::FillSpace(s)
                });
            }
            (space, _) => self.other(|c| {
                if stroke {
                    c.set_stroke_color_space(space);
                } else {
                    c.set_fill_color_space(space);
                }
            }),
        }
    }

    pub(crate) fn set_fill_color(&mut self, color: impl IntoIterator<Item = f32>) {
        self.color(color, false);
    }

    pub(crate) fn set_stroke_color(&mut self, color: impl IntoIterator<Item = f32>) {
        self.color(color, true);
    }

    fn color(&mut self, color: impl IntoIterator<Item = f32>, stroke: bool) {
        // Up to four components without a list (a colour is set for every run).
        let mut c = [0.0; 4];
        let mut n = 0;
        let mut rest = Vec::new();
        for v in color {
            match c.get_mut(n) {
                Some(slot) => *slot = v,
                None => rest.push(v),
            }
            n += 1;
        }
        if self.rec.is_some() && (1..=4).contains(&n) {
            let op = if stroke {
                Op::StrokeColor(c, n as u8)
            } else {
                Op::FillColor(c, n as u8)
            };
            self.typed(op, &c[..n], |_| {});
            return;
        }
        let all: Vec<f32> = c.iter().take(n).copied().chain(rest).collect();
        self.other(|w| {
            if stroke {
                w.set_stroke_color(all);
            } else {
                w.set_fill_color(all);
            }
        });
    }

    pub(crate) fn set_fill_pattern(&mut self, name: Name) {
        self.other(|c| {
            c.set_fill_pattern(None, name);
        });
    }

    pub(crate) fn set_stroke_pattern(&mut self, name: Name) {
        self.other(|c| {
            c.set_stroke_pattern(None, name);
        });
    }

    pub(crate) fn set_fill_rgb(&mut self, r: f32, g: f32, b: f32) {
        self.other(|c| {
            c.set_fill_rgb(r, g, b);
        });
    }

    pub(crate) fn set_stroke_rgb(&mut self, r: f32, g: f32, b: f32) {
        self.other(|c| {
            c.set_stroke_rgb(r, g, b);
        });
    }

    pub(crate) fn set_fill_gray(&mut self, v: f32) {
        self.other(|c| {
            c.set_fill_gray(v);
        });
    }

    pub(crate) fn set_stroke_gray(&mut self, v: f32) {
        self.other(|c| {
            c.set_stroke_gray(v);
        });
    }

    pub(crate) fn set_fill_cmyk(&mut self, c_: f32, m: f32, y: f32, k: f32) {
        self.other(|c| {
            c.set_fill_cmyk(c_, m, y, k);
        });
    }

    pub(crate) fn set_stroke_cmyk(&mut self, c_: f32, m: f32, y: f32, k: f32) {
        self.other(|c| {
            c.set_stroke_cmyk(c_, m, y, k);
        });
    }

    pub(crate) fn set_line_width(&mut self, w: f32) {
        self.typed(Op::Line(0, w), &[w], |c| {
            c.set_line_width(w);
        });
    }

    pub(crate) fn set_line_cap(&mut self, cap: LineCapStyle) {
        let v = match cap {
            LineCapStyle::ButtCap => 0.0,
            LineCapStyle::RoundCap => 1.0,
            LineCapStyle::ProjectingSquareCap => 2.0,
        };
        self.typed(Op::Line(1, v), &[], |c| {
            c.set_line_cap(cap);
        });
    }

    pub(crate) fn set_line_join(&mut self, join: LineJoinStyle) {
        let v = match join {
            LineJoinStyle::MiterJoin => 0.0,
            LineJoinStyle::RoundJoin => 1.0,
            LineJoinStyle::BevelJoin => 2.0,
        };
        self.typed(Op::Line(2, v), &[], |c| {
            c.set_line_join(join);
        });
    }

    pub(crate) fn set_miter_limit(&mut self, limit: f32) {
        self.typed(Op::Line(3, limit), &[limit], |c| {
            c.set_miter_limit(limit);
        });
    }

    pub(crate) fn set_dash_pattern(&mut self, array: impl IntoIterator<Item = f32>, phase: f32) {
        self.other(|c| {
            c.set_dash_pattern(array, phase);
        });
    }

    pub(crate) fn set_parameters(&mut self, name: Name) {
        self.other(|c| {
            c.set_parameters(name);
        });
    }

    pub(crate) fn move_to(&mut self, x: f32, y: f32) {
        self.typed(Op::MoveTo(x, y), &[x, y], |c| {
            c.move_to(x, y);
        });
    }

    pub(crate) fn line_to(&mut self, x: f32, y: f32) {
        self.typed(Op::LineTo(x, y), &[x, y], |c| {
            c.line_to(x, y);
        });
    }

    pub(crate) fn cubic_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x3: f32, y3: f32) {
        let v = [x1, y1, x2, y2, x3, y3];
        self.typed(Op::CubicTo(v), &v, |c| {
            c.cubic_to(x1, y1, x2, y2, x3, y3);
        });
    }

    pub(crate) fn close_path(&mut self) {
        self.typed(Op::ClosePath, &[], |c| {
            c.close_path();
        });
    }

    fn paint(&mut self, p: PaintOp) {
        self.typed(Op::Paint(p), &[], |c| {
            match p {
                PaintOp::Stroke => c.stroke(),
                PaintOp::Fill => c.fill_nonzero(),
                PaintOp::FillEvenOdd => c.fill_even_odd(),
                PaintOp::FillStroke => c.fill_nonzero_and_stroke(),
                PaintOp::FillEvenOddStroke => c.fill_even_odd_and_stroke(),
                PaintOp::End => c.end_path(),
            };
        });
    }

    pub(crate) fn stroke(&mut self) {
        self.paint(PaintOp::Stroke);
    }

    pub(crate) fn fill_nonzero(&mut self) {
        self.paint(PaintOp::Fill);
    }

    pub(crate) fn fill_even_odd(&mut self) {
        self.paint(PaintOp::FillEvenOdd);
    }

    pub(crate) fn fill_nonzero_and_stroke(&mut self) {
        self.paint(PaintOp::FillStroke);
    }

    pub(crate) fn fill_even_odd_and_stroke(&mut self) {
        self.paint(PaintOp::FillEvenOddStroke);
    }

    pub(crate) fn end_path(&mut self) {
        self.paint(PaintOp::End);
    }

    pub(crate) fn clip_nonzero(&mut self) {
        self.other(|c| {
            c.clip_nonzero();
        });
    }

    pub(crate) fn clip_even_odd(&mut self) {
        self.other(|c| {
            c.clip_even_odd();
        });
    }

    pub(crate) fn begin_text(&mut self) {
        self.typed(Op::BeginText, &[], |c| {
            c.begin_text();
        });
    }

    pub(crate) fn end_text(&mut self) {
        self.typed(Op::EndText, &[], |c| {
            c.end_text();
        });
    }

    pub(crate) fn set_text_rendering_mode(&mut self, mode: TextRenderingMode) {
        let m = match mode {
            TextRenderingMode::Fill => 0,
            TextRenderingMode::Stroke => 1,
            TextRenderingMode::FillStroke => 2,
            TextRenderingMode::Invisible => 3,
            TextRenderingMode::FillClip => 4,
            TextRenderingMode::StrokeClip => 5,
            TextRenderingMode::FillStrokeClip => 6,
            TextRenderingMode::Clip => 7,
        };
        self.typed(Op::RenderMode(m), &[], |c| {
            c.set_text_rendering_mode(mode);
        });
    }

    pub(crate) fn set_font(&mut self, font: Name, size: f32) {
        match self.rec() {
            Some(rec) => {
                let name = rec.name(font);
                rec.real(&[size]);
                rec.push(Op::Font(name, size));
            }
            None => {
                self.content.set_font(font, size);
            }
        }
    }

    pub(crate) fn set_text_matrix(&mut self, m: [f32; 6]) {
        self.typed(Op::TextMatrix(m), &m, |c| {
            c.set_text_matrix(m);
        });
    }

    pub(crate) fn show(&mut self, text: Str) {
        match self.rec() {
            Some(rec) => {
                rec.str_len = rec.str_len.max(text.0.len());
                let s = rec.bytes(text.0);
                rec.push(Op::Show(s));
            }
            None => {
                self.content.show(text);
            }
        }
    }

    /// `TJ` with `items`: a string (`Ok`, a range of `bytes`) or an adjustment (`Err`) each.
    pub(crate) fn show_positioned(
        &mut self,
        bytes: &[u8],
        items: &[Result<std::ops::Range<u32>, f32>],
    ) {
        let s = |r: &std::ops::Range<u32>| &bytes[r.start as usize..r.end as usize];
        match self.rec() {
            Some(rec) => {
                rec.array_len = rec.array_len.max(items.len());
                let start = rec.page.items.len() as u32;
                for item in items {
                    let item = match item {
                        Ok(r) => {
                            rec.str_len = rec.str_len.max(r.len());
                            Item::Show(rec.bytes(s(r)))
                        }
                        Err(v) => {
                            rec.real(&[*v]);
                            Item::Adjust(*v)
                        }
                    };
                    rec.page.items.push(item);
                }
                let end = rec.page.items.len() as u32;
                rec.push(Op::ShowArray(start, end));
            }
            None => {
                let mut positioned = self.content.show_positioned();
                let mut array = positioned.items();
                for item in items {
                    match item {
                        Ok(r) => array.show(Str(s(r))),
                        Err(v) => array.adjust(*v),
                    };
                }
            }
        }
    }

    pub(crate) fn begin_marked_content(&mut self, tag: Name) {
        match self.rec() {
            Some(rec) => {
                let s = rec.name(tag);
                rec.push(Op::BeginMarked(s));
            }
            None => {
                self.content.begin_marked_content(tag);
            }
        }
    }

    /// `BDC`: its properties are written through the builder returned.
    pub(crate) fn begin_marked_content_with_properties(
        &mut self,
        tag: Name,
    ) -> pdf_writer::writers::MarkContent<'_> {
        let at = self.content.len();
        if let Some(rec) = self.rec() {
            rec.pending = Some(at);
        }
        self.content.begin_marked_content_with_properties(tag)
    }

    pub(crate) fn end_marked_content(&mut self) {
        self.typed(Op::EndMarked, &[], |c| {
            c.end_marked_content();
        });
    }

    pub(crate) fn x_object(&mut self, name: Name) {
        self.other(|c| {
            c.x_object(name);
        });
    }

    pub(crate) fn shading(&mut self, name: Name) {
        self.other(|c| {
            c.shading(name);
        });
    }

    /// The stream's syntax (empty when recording), the page's operations when recording, and
    /// the limits what was written or recorded reached, as pdf-writer registers them.
    pub(crate) fn finish(mut self) -> (Vec<u8>, Limits, Option<PageOps>) {
        let _ = self.rec();
        let Some(rec) = self.rec.take() else {
            let buf = self.content.finish();
            let limits = buf.limits().clone();
            return (buf.into_vec(), limits, None);
        };
        let mut page = rec.page;
        let buf = self.content.finish();
        let mut limits = buf.limits().clone();
        page.raw = buf.into_vec();
        let mut c = Content::new();
        {
            let mut op = c.op("x");
            if rec.real > 0.0 {
                op.operand(rec.real);
            }
            op.operand(Str(&vec![0; rec.str_len]));
            op.operand(Name(&vec![b'a'; rec.name_len]));
            op.obj()
                .array()
                .items(std::iter::repeat_n(0, rec.array_len));
        }
        limits.merge(c.finish().limits());
        (Vec::new(), limits, Some(page))
    }
}
