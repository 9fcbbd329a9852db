//! The rewriter's writing half: each operation of a unit either written or recorded as
//! state, and the state brought up to date right before anything is painted.

use super::{
    is_path, paints, Paint, State, Unit, UnitKind, Writer, COLOR, IDENTITY, LINE_OPS, POS,
};
use crate::render::pdf::emit::lex::{self, Kind, Token};

impl<'a> Writer<'a> {
    pub(super) fn unit(&mut self, unit: &Unit) {
        match unit.kind {
            UnitKind::Verbatim => {
                self.end_segment();
                let (first, last) = (unit.ops.start, unit.ops.end - 1);
                let from = self
                    .args(first)
                    .first()
                    .map_or(self.ops[first].op.start, |t| t.at.start);
                self.out
                    .extend_from_slice(&self.src[from..self.ops[last].op.end]);
                self.out.push(b'\n');
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
            self.out
                .extend_from_slice(self.root.unwrap_or(b"1 0 0 1 0 0"));
            self.out.extend_from_slice(b" cm\n");
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

    /// Writes operation `k` (or records what it sets); `merged`: inside the shared text object.
    fn op(&mut self, k: usize, merged: bool) {
        let name = self.name(k);
        match name {
            b"q" => self.saved.push(self.want.clone()),
            b"cm" => {}
            b"Q" => self.want = self.saved.pop().unwrap_or_default(),
            b"BDC" | b"BMC" | b"EMC" => {
                let args = self.arg_bytes(k);
                self.out.extend_from_slice(args);
                // `/Tag BMC`: a name runs into the operator without a separator.
                if args
                    .last()
                    .is_some_and(|b| !matches!(b, b'>' | b']' | b')'))
                {
                    self.out.push(b' ');
                }
                self.emit(name);
            }
            b"cs" => self.want.fill = self.space(k),
            b"CS" => self.want.stroke = self.space(k),
            b"scn" => self.want.fill.color = Some(self.color(k)),
            b"SCN" => self.want.stroke.color = Some(self.color(k)),
            b"w" | b"J" | b"j" | b"M" | b"d" => {
                if let Some(i) = LINE_OPS.iter().position(|(o, _)| *o == name) {
                    self.want.line[i] = Some(self.arg_bytes(k));
                }
            }
            b"BT" => {
                self.line_want = IDENTITY;
                if !merged {
                    self.emit(b"BT");
                    self.text = true;
                    self.line_have = IDENTITY;
                }
            }
            b"ET" if !merged => self.end_text(),
            b"ET" => {}
            b"Tf" => {
                let args = self.args(k);
                self.want.font = Some((self.src_of(&args[0]), self.src_of(&args[1])));
            }
            b"Tr" => self.want.render = self.num(k, 0).round() as i64,
            b"Tm" => {
                self.line_want = std::array::from_fn(|i| self.num(k, i));
                self.moved = true;
            }
            b"Td" => {
                let (tx, ty) = (self.num(k, 0), self.num(k, 1));
                let m = &mut self.line_want;
                m[4] += tx * m[0] + ty * m[2];
                m[5] += tx * m[1] + ty * m[3];
                self.moved = true;
            }
            b"Tj" | b"TJ" => self.show(k),
            _ if is_path(name) => {
                if !self.path {
                    self.path = true;
                    let (fill, stroke) = self.painting(k);
                    self.sync(fill, stroke);
                }
                self.numbers_out(k, POS);
                self.emit(name);
            }
            _ => {
                self.path = false;
                self.emit(name);
            }
        }
    }

    fn src_of(&self, t: &Token) -> &'a [u8] {
        &self.src[t.at.clone()]
    }

    fn num(&self, k: usize, i: usize) -> f64 {
        self.args(k).get(i).map_or(0.0, |t| t.num.value())
    }

    fn space(&self, k: usize) -> Paint<'a> {
        Paint {
            space: self.args(k).first().map(|t| self.src_of(t)),
            color: None,
        }
    }

    fn color(&self, k: usize) -> ([i64; 4], usize) {
        let n = self.args(k).len().min(4);
        let args = self.args(k);
        let c = std::array::from_fn(|i| args.get(i).map_or(0, |t| t.num.fixed(COLOR)));
        (c, n)
    }

    /// Whether the path started at operation `k` is filled and whether it is stroked.
    fn painting(&self, k: usize) -> (bool, bool) {
        (k..self.ops.len())
            .find_map(|j| paints(self.name(j)))
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
                    let value = self.want.line[i].unwrap_or(default);
                    self.out.extend_from_slice(value);
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
                self.out.extend_from_slice(size);
                self.emit(b" Tf");
            }
            self.have.font = self.want.font;
        }
        let mode = self.want.render;
        if self.have.render != mode {
            lex::push_fixed(&mut self.out, mode, 0);
            self.emit(b" Tr");
            self.have.render = mode;
        }
        self.sync(matches!(mode, 0 | 2 | 4 | 6), matches!(mode, 1 | 2 | 5 | 6));
        if self.moved {
            self.position();
            self.moved = false;
        }
        let args = self.args(k);
        // `Tj`, or a `TJ` of one string: shown with `Tj`.
        let one = match args {
            [s] => Some(s),
            [open, s, close] if open.kind == Kind::Open && close.kind == Kind::Close => Some(s),
            _ => None,
        };
        if let Some(s) = one.filter(|s| self.is_string(s)) {
            self.string_out(s);
            self.emit(b"Tj");
            return;
        }
        self.out.push(b'[');
        for t in args
            .iter()
            .filter(|t| !matches!(t.kind, Kind::Open | Kind::Close))
        {
            if self.is_string(t) {
                self.string_out(t);
            } else {
                self.out.push(b' ');
                self.out.extend_from_slice(self.src_of(t));
                self.out.push(b' ');
            }
        }
        self.emit(b"]TJ");
    }

    fn string_out(&mut self, t: &Token) {
        let raw = self.src_of(t);
        if lex::push_string(&mut self.out, raw, t.kind).is_none() {
            self.out.extend_from_slice(raw);
        }
    }

    /// Moves the rewritten line matrix to the original's: `Td` when only the origin differs
    /// (from where the reader actually is, so rounding never adds up), else `Tm`.
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

    /// Writes operation `k`'s numbers, each as it was when it has at most `places` decimals.
    fn numbers_out(&mut self, k: usize, places: u32) {
        for t in self.args(k) {
            if t.num.places <= places {
                self.out.extend_from_slice(&self.src[t.at.clone()]);
            } else {
                lex::push_fixed(&mut self.out, t.num.fixed(places), places);
            }
            self.out.push(b' ');
        }
    }
}
