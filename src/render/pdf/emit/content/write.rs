//! The writing half: each operation of a unit either written or recorded as state, and the
//! state brought up to date right before anything is painted.

use super::{decimal, Color, Paint, State, Unit, UnitKind, Writer, COLOR, IDENTITY, LINE_OPS, POS};
use crate::render::pdf::emit::lex;
use krilla::ops::{push_f32, Item, Op, Span};

impl<'a> Writer<'a> {
    pub(super) fn unit(&mut self, unit: &Unit) {
        match unit.kind {
            UnitKind::Verbatim => {
                self.end_segment();
                self.page
                    .write_verbose(&self.ops[unit.ops.clone()], &mut self.out);
            }
            UnitKind::Text => {
                self.begin_segment();
                if !self.text {
                    self.emit(b"BT");
                    self.text = true;
                    self.line_have = IDENTITY;
                }
                for k in unit.ops.clone() {
                    self.op(k, true);
                }
            }
            UnitKind::Mixed => {
                self.begin_segment();
                self.end_text();
                for k in unit.ops.clone() {
                    self.op(k, false);
                }
            }
        }
    }

    fn begin_segment(&mut self) {
        if !self.segment {
            self.out.extend_from_slice(b"q\n");
            for v in self.root.unwrap_or([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]) {
                push_f32(&mut self.out, v);
                self.out.push(b' ');
            }
            self.out.extend_from_slice(b"cm\n");
            self.segment = true;
            self.have = State::default();
        }
    }

    pub(super) fn end_segment(&mut self) {
        self.end_text();
        if self.segment {
            self.emit(b"Q");
            self.segment = false;
        }
    }

    fn end_text(&mut self) {
        if self.text {
            self.emit(b"ET");
            self.text = false;
        }
    }

    fn emit(&mut self, op: &[u8]) {
        self.out.extend_from_slice(op);
        self.out.push(b'\n');
    }

    fn bytes(&self, s: Span) -> &'a [u8] {
        self.page.bytes(s)
    }

    /// Writes operation `k` (or records what it sets); `merged`: inside the shared text object.
    fn op(&mut self, k: usize, merged: bool) {
        match self.ops[k] {
            Op::Save => self.saved.push(self.want.clone()),
            Op::Transform(_) => {}
            Op::Restore => self.want = self.saved.pop().unwrap_or_default(),
            Op::BeginMarked(tag) => {
                self.out.extend_from_slice(self.bytes(tag));
                self.emit(b" BMC");
            }
            Op::BeginMarkedProps(props) => {
                let props = self.page.raw(props);
                self.out.extend_from_slice(props);
                // `/Tag /Name BDC`: a name runs into the operator without a separator.
                if props
                    .last()
                    .is_some_and(|b| !matches!(b, b'>' | b']' | b')'))
                {
                    self.out.push(b' ');
                }
                self.emit(b"BDC");
            }
            Op::EndMarked => self.emit(b"EMC"),
            Op::FillSpace(s) => self.want.fill = self.space(s),
            Op::StrokeSpace(s) => self.want.stroke = self.space(s),
            Op::FillColor(c, n) => self.want.fill.color = Some(self.color(c, n)),
            Op::StrokeColor(c, n) => self.want.stroke.color = Some(self.color(c, n)),
            Op::Line(i, v) => {
                if let Some(slot) = self.want.line.get_mut(usize::from(i)) {
                    *slot = Some(v);
                }
            }
            Op::BeginText => {
                self.line_want = IDENTITY;
                if !merged {
                    self.emit(b"BT");
                    self.text = true;
                    self.line_have = IDENTITY;
                }
            }
            Op::EndText if !merged => self.end_text(),
            Op::EndText => {}
            Op::Font(name, size) => self.want.font = Some((self.bytes(name), size)),
            Op::RenderMode(m) => self.want.render = m,
            Op::TextMatrix(m) => {
                self.line_want = m.map(|v| decimal(v).value());
                self.moved = true;
            }
            Op::Show(_) | Op::ShowArray(..) => self.show(k),
            Op::MoveTo(x, y) => self.path_op(k, &[x, y], b"m"),
            Op::LineTo(x, y) => self.path_op(k, &[x, y], b"l"),
            Op::CubicTo(c) => self.path_op(k, &c, b"c"),
            Op::ClosePath => self.path_op(k, &[], b"h"),
            Op::Paint(p) => {
                self.path = false;
                self.emit(p.name());
            }
            // Never in a unit written here (`classify`).
            Op::Other(s) => {
                let raw = self.page.raw(s);
                self.emit(raw);
            }
        }
    }

    /// A path construction operator: the state its painting needs first, if it starts one.
    fn path_op(&mut self, k: usize, nums: &[f32], name: &[u8]) {
        if !self.path {
            self.path = true;
            let (fill, stroke) = self.painting(k);
            self.sync(fill, stroke);
        }
        // A number of three places or fewer comes out as pdf-writer wrote it.
        for v in nums {
            lex::push_fixed(&mut self.out, decimal(*v).fixed(POS), POS);
            self.out.push(b' ');
        }
        self.emit(name);
    }

    fn space(&self, s: Span) -> Paint<'a> {
        Paint {
            space: Some(self.bytes(s)),
            color: None,
        }
    }

    /// A colour's components, each to [`COLOR`] places as krilla would have written it (the
    /// last few remembered: a page uses a handful of colours).
    fn color(&mut self, c: [f32; 4], n: u8) -> Color {
        if let Some((_, _, fixed)) = self.colors.iter().find(|(k, m, _)| *k == c && *m == n) {
            return *fixed;
        }
        let n_ = usize::from(n).min(4);
        let fixed = std::array::from_fn(|i| {
            if i < n_ {
                decimal(c[i]).fixed(COLOR)
            } else {
                0
            }
        });
        if self.colors.len() == 8 {
            self.colors.remove(0);
        }
        self.colors.push((c, n, (fixed, n_)));
        (fixed, n_)
    }

    /// Whether the path started at operation `k` is filled and whether it is stroked.
    fn painting(&self, k: usize) -> (bool, bool) {
        self.ops[k..]
            .iter()
            .find_map(|op| match op {
                Op::Paint(p) => Some(p.paints()),
                _ => None,
            })
            .unwrap_or((true, true))
    }

    /// Brings the reader's state to what painting needs: fill and/or stroke.
    fn sync(&mut self, fill: bool, stroke: bool) {
        if fill {
            let want = self.want.fill;
            self.paint(want, false);
        }
        if stroke {
            let want = self.want.stroke;
            self.paint(want, true);
            for (i, (op, default)) in LINE_OPS.iter().enumerate() {
                if self.have.line[i] != self.want.line[i] {
                    push_f32(&mut self.out, self.want.line[i].unwrap_or(*default));
                    self.out.push(b' ');
                    self.emit(op);
                    self.have.line[i] = self.want.line[i];
                }
            }
        }
    }

    fn paint(&mut self, want: Paint<'a>, stroke: bool) {
        let have = if stroke {
            self.have.stroke
        } else {
            self.have.fill
        };
        let (cs, scn): (&[u8], &[u8]) = if stroke {
            (b"CS", b"SCN")
        } else {
            (b"cs", b"scn")
        };
        let mut now = have;
        if have.space != want.space || (want.color.is_none() && have.color.is_some()) {
            self.out
                .extend_from_slice(want.space.unwrap_or(b"/DeviceGray"));
            self.out.push(b' ');
            self.emit(cs);
            now = Paint {
                space: want.space,
                color: None,
            };
        }
        if let Some((c, n)) = want.color.filter(|_| now.color != want.color) {
            for v in &c[..n] {
                lex::push_fixed(&mut self.out, *v, COLOR);
                self.out.push(b' ');
            }
            self.emit(scn);
            now.color = want.color;
        }
        if stroke {
            self.have.stroke = now;
        } else {
            self.have.fill = now;
        }
    }

    /// Shows glyphs (`Tj`/`TJ` `k`): font, rendering mode, colour and position first.
    fn show(&mut self, k: usize) {
        if self.have.font != self.want.font {
            if let Some((name, size)) = self.want.font {
                self.out.extend_from_slice(name);
                self.out.push(b' ');
                push_f32(&mut self.out, size);
                self.emit(b" Tf");
            }
            self.have.font = self.want.font;
        }
        let mode = self.want.render;
        if self.have.render != mode {
            lex::push_fixed(&mut self.out, i64::from(mode), 0);
            self.emit(b" Tr");
            self.have.render = mode;
        }
        self.sync(matches!(mode, 0 | 2 | 4 | 6), matches!(mode, 1 | 2 | 5 | 6));
        if self.moved {
            self.position();
            self.moved = false;
        }
        let items = match self.ops[k] {
            Op::ShowArray(a, b) => self.page.items(a, b),
            Op::Show(s) => {
                self.string_out(s);
                self.emit(b"Tj");
                return;
            }
            _ => return,
        };
        // A `TJ` of one string: shown with `Tj`.
        if let [Item::Show(s)] = items {
            self.string_out(*s);
            self.emit(b"Tj");
            return;
        }
        self.out.push(b'[');
        for item in items {
            match *item {
                Item::Show(s) => self.string_out(s),
                Item::Adjust(v) => {
                    self.out.push(b' ');
                    push_f32(&mut self.out, v);
                    self.out.push(b' ');
                }
            }
        }
        self.emit(b"]TJ");
    }

    /// A string of glyphs as a literal of its raw bytes.
    fn string_out(&mut self, s: Span) {
        self.out.push(b'(');
        for &b in self.bytes(s) {
            lex::push_byte(&mut self.out, b);
        }
        self.out.push(b')');
    }

    /// Moves the written line matrix to krilla's: `Td` when only the origin differs (from
    /// where the reader actually is, so rounding never adds up), else `Tm`.
    fn position(&mut self) {
        let (want, have) = (self.line_want, self.line_have);
        let same = (0..4).all(|i| lex::round(want[i], 6) == lex::round(have[i], 6));
        if same && want[1] == 0.0 && want[2] == 0.0 && want[0] != 0.0 && want[3] != 0.0 {
            let dx = lex::round((want[4] - have[4]) / want[0], POS);
            let dy = lex::round((want[5] - have[5]) / want[3], POS);
            lex::push_fixed(&mut self.out, dx, POS);
            self.out.push(b' ');
            lex::push_fixed(&mut self.out, dy, POS);
            self.emit(b" Td");
            let scale = 10f64.powi(POS as i32);
            self.line_have[4] += dx as f64 / scale * want[0];
            self.line_have[5] += dy as f64 / scale * want[3];
            return;
        }
        let mut now = [0.0; 6];
        for (i, v) in want.iter().enumerate() {
            let places = if i < 4 { 6 } else { POS };
            let n = lex::round(*v, places);
            lex::push_fixed(&mut self.out, n, places);
            self.out.push(b' ');
            now[i] = n as f64 / 10f64.powi(places as i32);
        }
        self.emit(b"Tm");
        self.line_have = now;
    }
}
