//! The number and string forms the content writer ([`super::content`]) writes, and the end of
//! a literal string (for the file packer).

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

/// Writes one byte of a literal string: `(`, `)` and `\` escaped, a carriage return written
/// `\r` (a reader would turn a raw one into a line feed), every other byte as it is — half
/// the size of hex, a quarter of `\000`.
pub(super) fn push_byte(out: &mut Vec<u8>, b: u8) {
    match b {
        b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', b]),
        b'\r' => out.extend_from_slice(b"\\r"),
        _ => out.push(b),
    }
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

    #[test]
    fn string_bytes_are_escaped_only_where_a_reader_needs_it() {
        let mut out = Vec::new();
        for b in b"\0A()\\\r\n" {
            push_byte(&mut out, *b);
        }
        assert_eq!(out, b"\0A\\(\\)\\\\\\r\n");
    }

    #[test]
    fn a_literal_ends_after_its_balanced_parenthesis() {
        assert_eq!(literal_end(b"(a(b)\\)c) x", 0), Some(9));
        assert_eq!(literal_end(b"(open", 0), None);
    }
}
