//! Content-stream syntax for [`super::content`]: bytes → operations (an operator and the
//! tokens of its operands), and the number forms the rewriter reads and writes.
//!
//! Only what a content stream may hold: numbers, names, literal and hex strings, arrays,
//! dictionaries (inline marked-content properties), keywords. Anything else — an inline
//! image (`BI … ID … EI` carries raw bytes), an unbalanced string or dictionary — makes
//! [`ops`] return `None`, and the stream is then kept exactly as the writer made it.

use std::ops::Range;

/// A token: what it is and where it lies in the stream.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Kind {
    /// A plain decimal (`12`, `-0.5`, `.25`); its value is in [`Token::num`].
    Number,
    /// Something number-like a content stream should not hold (`1e-7`, `1.2.3`).
    BadNumber,
    Name,
    Literal,
    Hex,
    Open,
    Close,
    DictOpen,
    DictClose,
    /// A keyword inside a dictionary or array (`true`, `false`, `null`).
    Word,
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) kind: Kind,
    pub(super) at: Range<usize>,
    /// A number's value: digits without the point, and how many of them follow it.
    pub(super) num: Decimal,
}

/// A decimal number: `digits / 10^places`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(super) struct Decimal {
    pub(super) digits: i64,
    pub(super) places: u32,
}

impl Decimal {
    pub(super) fn value(self) -> f64 {
        self.digits as f64 / 10f64.powi(self.places as i32)
    }

    /// The value rounded to `places` decimal places, as a count of them.
    pub(super) fn fixed(self, places: u32) -> i64 {
        if self.places <= places {
            self.digits * 10i64.pow(places - self.places)
        } else {
            let div = 10i64.pow(self.places - places);
            let (q, r) = (self.digits / div, self.digits % div);
            // Half away from zero, as `f64::round`.
            if r.abs() * 2 >= div {
                q + r.signum()
            } else {
                q
            }
        }
    }
}

/// One operation: its operator's bytes and its operands (indices into the token list).
#[derive(Debug, Clone)]
pub(super) struct Op {
    pub(super) op: Range<usize>,
    pub(super) args: Range<usize>,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'\x0c' | 0)
}

fn is_delim(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(b: u8) -> bool {
    !is_space(b) && !is_delim(b)
}

/// The stream's tokens and operations, into `tokens` and `ops` (emptied first: a thread
/// reuses them page after page); `None` if it holds anything outside the subset.
pub(super) fn ops(src: &[u8], tokens: &mut Vec<Token>, ops: &mut Vec<Op>) -> Option<()> {
    tokens.clear();
    ops.clear();
    let mut first = 0;
    let mut depth = 0usize;
    let mut i = 0;
    while i < src.len() {
        let b = src[i];
        let start = i;
        let kind = match b {
            _ if is_space(b) => {
                i += 1;
                continue;
            }
            b'%' => {
                while i < src.len() && !matches!(src[i], b'\n' | b'\r') {
                    i += 1;
                }
                continue;
            }
            b'/' => {
                i += 1;
                while i < src.len() && is_regular(src[i]) {
                    i += 1;
                }
                Kind::Name
            }
            b'(' => {
                i = literal_end(src, i)?;
                Kind::Literal
            }
            b'<' if src.get(i + 1) == Some(&b'<') => {
                i += 2;
                depth += 1;
                Kind::DictOpen
            }
            b'<' => {
                i += src[i..].iter().position(|&c| c == b'>')? + 1;
                Kind::Hex
            }
            b'>' if src.get(i + 1) == Some(&b'>') => {
                i += 2;
                depth = depth.checked_sub(1)?;
                Kind::DictClose
            }
            b'[' => {
                i += 1;
                depth += 1;
                Kind::Open
            }
            b']' => {
                i += 1;
                depth = depth.checked_sub(1)?;
                Kind::Close
            }
            b'+' | b'-' | b'.' | b'0'..=b'9' => {
                while i < src.len() && is_regular(src[i]) {
                    i += 1;
                }
                match decimal(&src[start..i]) {
                    Some(num) => {
                        tokens.push(Token {
                            kind: Kind::Number,
                            at: start..i,
                            num,
                        });
                        continue;
                    }
                    None => Kind::BadNumber,
                }
            }
            _ if is_regular(b) => {
                while i < src.len() && is_regular(src[i]) {
                    i += 1;
                }
                if depth > 0 {
                    Kind::Word
                } else {
                    // An inline image's data is not tokens: leave such a stream alone.
                    if &src[start..i] == b"BI" {
                        return None;
                    }
                    ops.push(Op {
                        op: start..i,
                        args: first..tokens.len(),
                    });
                    first = tokens.len();
                    continue;
                }
            }
            _ => return None,
        };
        tokens.push(Token {
            kind,
            at: start..i,
            num: Decimal::default(),
        });
    }
    (depth == 0 && first == tokens.len()).then_some(())
}

/// The index after the literal string opening at `at` (nested parentheses, escapes).
pub(super) fn literal_end(src: &[u8], at: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = at;
    while i < src.len() {
        match src[i] {
            b'\\' => i += 1,
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// A plain decimal number (`12`, `-0.5`, `+.25`, `3.`), or `None` (exponents, two points,
/// more digits than fit).
pub(super) fn decimal(b: &[u8]) -> Option<Decimal> {
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    let (mut n, mut places, mut point, mut any) = (0i64, 0u32, false, false);
    for &c in digits {
        match c {
            b'0'..=b'9' => {
                n = n.checked_mul(10)?.checked_add(i64::from(c - b'0'))?;
                places += u32::from(point);
                any = true;
            }
            b'.' if !point => point = true,
            _ => return None,
        }
    }
    (any && places <= 12).then_some(Decimal {
        digits: if neg { -n } else { n },
        places,
    })
}

/// `v` rounded to `places` decimal places, as a count of them.
pub(super) fn round(v: f64, places: u32) -> i64 {
    (v * 10f64.powi(places as i32)).round() as i64
}

/// Writes `n / 10^decimals` as a PDF number without trailing zeros (`0.5`, `-12`, `0.0784`).
pub(super) fn push_fixed(out: &mut Vec<u8>, n: i64, decimals: u32) {
    if n < 0 {
        out.push(b'-');
    }
    let scale = 10u64.pow(decimals);
    let n = n.unsigned_abs();
    push_int(out, n / scale);
    let mut frac = n % scale;
    if frac == 0 {
        return;
    }
    out.push(b'.');
    let mut digits = decimals;
    while frac.is_multiple_of(10) {
        frac /= 10;
        digits -= 1;
    }
    let mut buf = [b'0'; 20];
    let mut k = digits as usize;
    while k > 0 {
        k -= 1;
        buf[k] = b'0' + (frac % 10) as u8;
        frac /= 10;
    }
    out.extend_from_slice(&buf[..digits as usize]);
}

fn push_int(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut k = buf.len();
    loop {
        k -= 1;
        buf[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[k..]);
}

/// Writes a string token (hex or literal) as a literal string of raw bytes: `(`, `)` and `\`
/// escaped, a carriage return written `\r` (a reader would turn a raw one into a line
/// feed), every other byte as it is — half the size of hex, a quarter of `\000`. `None`
/// (and nothing written) if the token is malformed.
pub(super) fn push_string(out: &mut Vec<u8>, tok: &[u8], kind: Kind) -> Option<()> {
    let mark = out.len();
    out.push(b'(');
    let ok = match kind {
        Kind::Hex => hex_into(out, tok),
        Kind::Literal => literal_into(out, tok),
        _ => None,
    };
    if ok.is_none() {
        out.truncate(mark);
        return None;
    }
    out.push(b')');
    Some(())
}

fn push_byte(out: &mut Vec<u8>, b: u8) {
    match b {
        b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', b]),
        b'\r' => out.extend_from_slice(b"\\r"),
        _ => out.push(b),
    }
}

fn hex_into(out: &mut Vec<u8>, tok: &[u8]) -> Option<()> {
    let inner = tok.get(1..tok.len().checked_sub(1)?)?;
    let mut high: Option<u8> = None;
    for &c in inner {
        let v = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ if is_space(c) => continue,
            _ => return None,
        };
        match high.take() {
            Some(h) => push_byte(out, h << 4 | v),
            None => high = Some(v),
        }
    }
    if let Some(h) = high {
        push_byte(out, h << 4);
    }
    Some(())
}

/// A literal string's bytes, escapes resolved (`\n`, `\051`, a line continuation …).
fn literal_into(out: &mut Vec<u8>, tok: &[u8]) -> Option<()> {
    let inner = tok.strip_prefix(b"(")?.strip_suffix(b")")?;
    let mut i = 0;
    while i < inner.len() {
        let c = inner[i];
        i += 1;
        let byte = match c {
            b'\\' => {
                let e = *inner.get(i)?;
                i += 1;
                match e {
                    b'n' => b'\n',
                    b'r' => b'\r',
                    b't' => b'\t',
                    b'b' => 8,
                    b'f' => 12,
                    b'0'..=b'7' => {
                        let mut v = u32::from(e - b'0');
                        for _ in 0..2 {
                            match inner.get(i) {
                                Some(d @ b'0'..=b'7') => {
                                    v = v * 8 + u32::from(d - b'0');
                                    i += 1;
                                }
                                _ => break,
                            }
                        }
                        (v & 0xff) as u8
                    }
                    b'\r' | b'\n' => {
                        if e == b'\r' && inner.get(i) == Some(&b'\n') {
                            i += 1;
                        }
                        continue;
                    }
                    other => other,
                }
            }
            b'\r' => {
                if inner.get(i) == Some(&b'\n') {
                    i += 1;
                }
                b'\n'
            }
            _ => c,
        };
        push_byte(out, byte);
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip_in_short_form() {
        let mut out = Vec::new();
        for (text, d) in [
            (&b"0.078431375"[..], 4),
            (b"-12", 3),
            (b"788.02997", 3),
            (b".5", 3),
            (b"-0.0001", 3),
            (b"3.", 2),
        ] {
            let n = decimal(text).expect("a number");
            push_fixed(&mut out, n.fixed(d), d);
            out.push(b' ');
        }
        assert_eq!(String::from_utf8_lossy(&out), "0.0784 -12 788.03 0.5 0 3 ");
        assert_eq!(decimal(b"-.25").map(Decimal::value), Some(-0.25));
        assert_eq!(decimal(b"1e5"), None);
        assert_eq!(decimal(b"1.2.3"), None);
        assert_eq!(decimal(b"-"), None);
    }

    /// The tokens and operations of `src` in new lists.
    fn lexed(src: &[u8]) -> Option<(Vec<Token>, Vec<Op>)> {
        let (mut tokens, mut list) = (Vec::new(), Vec::new());
        ops(src, &mut tokens, &mut list)?;
        Some((tokens, list))
    }

    #[test]
    fn operations_and_their_operands() {
        let src = b"/Span<</MCID 0/ActualText (a\\)b)>>BDC q 1 0 0 -1 0 841.89 cm [<0041> -20 (x)]TJ Q EMC";
        let (tokens, list) = lexed(src).expect("parses");
        let names: Vec<&[u8]> = list.iter().map(|o| &src[o.op.clone()]).collect();
        assert_eq!(names, [&b"BDC"[..], b"q", b"cm", b"TJ", b"Q", b"EMC"]);
        assert_eq!(list[0].args.len(), 7, "{tokens:?}");
        assert_eq!(list[3].args.len(), 5);
        let (tokens, _) = lexed(b"1e-7 w").expect("lexes");
        assert_eq!(tokens[0].kind, Kind::BadNumber);
    }

    #[test]
    fn inline_images_and_broken_syntax_are_refused() {
        assert!(lexed(b"q BI /W 1 ID \x00\xff EI Q").is_none());
        assert!(lexed(b"(unclosed Tj").is_none());
        assert!(lexed(b"<</A 1 BDC").is_none());
        assert!(lexed(b"1 2").is_none(), "operands without an operator");
    }

    #[test]
    fn strings_become_raw_bytes() {
        let string = |tok: &[u8], kind| {
            let mut out = Vec::new();
            push_string(&mut out, tok, kind).map(|()| out)
        };
        assert_eq!(string(b"<00 4 1>", Kind::Hex), Some(b"(\0A)".to_vec()));
        assert_eq!(string(b"<0g>", Kind::Hex), None);
        assert_eq!(
            string(b"(\\000\\1\\0123\\\nx\r\ny\\q\\(\\\\)", Kind::Literal),
            Some(b"(\0\x01\n3x\nyq\\(\\\\)".to_vec())
        );
        assert_eq!(
            string(b"<28290d>", Kind::Hex),
            Some(b"(\\(\\)\\r)".to_vec())
        );
    }
}
