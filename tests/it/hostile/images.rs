//! Logos built by hand (a PNG writer of a few lines, on flate2), and the cases that succeed: a
//! large logo is scaled down to what the page needs, so it no longer costs megabytes in every
//! document; a small one is embedded as it is.

use super::{append, good_build};
use std::io::Write as _;

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend((data.len() as u32).to_be_bytes());
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    out.extend(kind);
    out.extend(data);
    out.extend(crc.sum().to_be_bytes());
}

/// A PNG of `w`×`h` 8-bit RGBA pixels whose IDAT holds `idat` as it is.
fn png_with_idat(w: u32, h: u32, idat: &[u8]) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend(w.to_be_bytes());
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([8, 6, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", idat);
    chunk(&mut out, b"IEND", &[]);
    out
}

fn deflate(raw: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(raw).expect("deflate");
    z.finish().expect("deflate")
}

/// A valid PNG of `w`×`h` RGBA pixels (`rgba` row by row, no filter).
pub(super) fn png(w: u32, h: u32, rgba: &[u8]) -> Vec<u8> {
    let raw: Vec<u8> = rgba
        .chunks(w as usize * 4)
        .flat_map(|row| std::iter::once(0).chain(row.iter().copied()))
        .collect();
    png_with_idat(w, h, &deflate(&raw))
}

/// A 1×1 PNG whose image data inflates to at least `bytes` zeros: a decompression bomb (1 GiB
/// in 6.6 MB). The deflate stream is written by hand, one fixed-Huffman block of "a zero, then
/// copy 258 bytes from 1 back" over and over, so making it costs nothing (compressing 1 GiB
/// with flate2 in a debug build took a minute).
pub(super) fn png_bomb(bytes: usize) -> Vec<u8> {
    let copies = bytes.saturating_sub(1).div_ceil(258).max(1);
    let mut bits = Bits::default();
    bits.lsb(1, 1); // the last block
    bits.lsb(1, 2); // fixed Huffman codes
    bits.code(0x30, 8); // literal 0
    for _ in 0..copies {
        bits.code(0xc5, 8); // length 258 (symbol 285)
        bits.code(0, 5); // distance 1
    }
    bits.code(0, 7); // end of block
    let total = (1 + 258 * copies) as u64;
    // Adler-32 of `total` zeros: a stays 1, b adds it each byte.
    let adler = ((total % 65521) << 16 | 1) as u32;
    let mut idat = vec![0x78, 0x01];
    idat.extend(bits.bytes);
    idat.extend(adler.to_be_bytes());
    png_with_idat(1, 1, &idat)
}

/// A deflate bit stream: values least significant bit first, Huffman codes most significant
/// bit first.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    used: u32,
}

impl Bits {
    fn bit(&mut self, b: u32) {
        if self.used.is_multiple_of(8) {
            self.bytes.push(0);
        }
        if b != 0 {
            *self.bytes.last_mut().expect("a byte") |= 1 << (self.used % 8);
        }
        self.used += 1;
    }

    fn lsb(&mut self, value: u32, n: u32) {
        (0..n).for_each(|i| self.bit(value >> i & 1));
    }

    fn code(&mut self, code: u32, n: u32) {
        (0..n).rev().for_each(|i| self.bit(code >> i & 1));
    }
}

/// A `w`×`h` gradient.
fn gradient(w: u32, h: u32) -> Vec<u8> {
    (0..h)
        .flat_map(|y| (0..w).flat_map(move |x| [(x * 255 / w) as u8, (y * 255 / h) as u8, 90, 255]))
        .collect()
}

#[test]
fn the_hand_made_bomb_inflates_to_what_it_says() {
    use std::io::Read as _;
    let png = png_bomb(1 << 20);
    let idat = &png[33 + 8..png.len() - 12 - 4];
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(idat)
        .read_to_end(&mut out)
        .expect("a valid zlib stream");
    assert!(
        out.len() >= 1 << 20 && out.iter().all(|b| *b == 0),
        "{}",
        out.len()
    );
}

#[test]
fn a_large_logo_is_scaled_down_to_what_the_page_needs() {
    let big = png(1200, 600, &gradient(1200, 600));
    let o = good_build();
    std::fs::write(o.path().join("logo.png"), &big).expect("logo");
    append(o.path(), "theme:\n  logo: logo.png\n");
    let o = o
        .then()
        .args(["build", "soa.yaml", "--out", "out", "--format", "html,pdf"])
        .max_memory_mb(400)
        .success();
    let html = o.read("out/statement-of-applicability.html");
    let start = html
        .find("data:image/png;base64,")
        .expect("the logo in the HTML");
    let len = html[start..].find('"').expect("end of the data URI");
    // 512×256 px: far less than the 1200×600 original, whole in every file.
    assert!(
        len < big.len(),
        "data URI of {len} bytes for a {} byte logo",
        big.len()
    );
    let pdf =
        lopdf::Document::load(o.path().join("out/statement-of-applicability.pdf")).expect("PDF");
    let sizes: Vec<(i64, i64)> = pdf
        .objects
        .values()
        .filter_map(|obj| {
            let dict = &obj.as_stream().ok()?.dict;
            (dict.get(b"Subtype").ok()?.as_name().ok()? == b"Image").then_some(())?;
            Some((
                dict.get(b"Width").ok()?.as_i64().ok()?,
                dict.get(b"Height").ok()?.as_i64().ok()?,
            ))
        })
        .collect();
    assert!(
        sizes.contains(&(512, 256)),
        "image sizes in the PDF: {sizes:?}"
    );
}

#[test]
fn a_small_logo_is_embedded_as_it_is() {
    let small = png(4, 2, &gradient(4, 2));
    let o = good_build();
    std::fs::write(o.path().join("logo.png"), &small).expect("logo");
    append(o.path(), "theme:\n  logo: logo.png\n");
    let o = o
        .then()
        .args(["build", "soa.yaml", "--out", "out", "--format", "html"])
        .success();
    let html = o.read("out/statement-of-applicability.html");
    let expected = annexa::model::theme::base64(&small);
    assert!(
        html.contains(&expected),
        "the logo's own bytes in the data URI"
    );
}

#[test]
fn merge_keys_share_values_between_decisions() {
    let text = super::valid()
        .replacen("  T:C.1:\n", "  T:C.1: &included\n", 1)
        .replacen(
            "  T:C.2:\n    applicable: true\n",
            "  T:C.2:\n    <<: *included\n",
            1,
        );
    assert!(text.contains("<<: *included"));
    let o = good_build();
    std::fs::write(o.path().join("soa.yaml"), text).expect("write");
    o.then()
        .args(["validate", "soa.yaml"])
        .stdout("soa.yaml: valid, 3 controls decided (Test Controls)\n")
        .success();
}
