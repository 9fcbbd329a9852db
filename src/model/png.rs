//! PNG, read with its size bounded before a byte is inflated, and written back.
//!
//! A PNG's pixels are zlib-compressed, and zlib inflates about 1,000 to 1: a 1 MB file whose
//! header says 1×1 pixel can hold image data that inflates to 1 GiB. So [`Header::raw_len`]
//! computes, from width, height, channels, bit depth and interlacing, exactly how many bytes
//! the image data must inflate to, and [`decode`] and [`check`] inflate at most one byte more:
//! more is a decompression bomb, refused after a few bytes of work. [`encode`] writes 8-bit RGB
//! or RGBA, for a logo scaled down ([`super::logo`]). Only flate2, already in the tree.

use std::io::Read as _;

/// What the `IHDR` chunk says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub width: u32,
    pub height: u32,
    pub depth: u8,
    /// 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA.
    pub color: u8,
    pub interlaced: bool,
}

/// Why a PNG is not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PngError {
    /// Not a well-formed PNG (a chunk cut short, no header, data too short, bad filter).
    Broken,
    /// The image data inflates to more than the header's pixels need.
    Bomb,
}

impl Header {
    /// Reads the header chunk; `None` when the file does not start with a valid one.
    pub fn read(bytes: &[u8]) -> Option<Header> {
        let data = bytes.get(8..)?;
        let (len, kind) = (be32(data, 0)?, data.get(4..8)?);
        if kind != b"IHDR" || len != 13 {
            return None;
        }
        let h = Header {
            width: be32(data, 8)?,
            height: be32(data, 12)?,
            depth: *data.get(16)?,
            color: *data.get(17)?,
            interlaced: *data.get(20)? == 1,
        };
        (h.width > 0 && h.height > 0 && h.channels() > 0).then_some(h)
    }

    /// Samples per pixel (0 for an unknown colour type).
    pub fn channels(&self) -> u64 {
        match self.color {
            0 | 3 => 1,
            4 => 2,
            2 => 3,
            6 => 4,
            _ => 0,
        }
    }

    /// Whether [`decode`] reads it: 8 bits per sample, not interlaced.
    pub fn decodable(&self) -> bool {
        self.depth == 8 && !self.interlaced
    }

    /// Exactly how many bytes the image data inflates to: one filter byte and the packed
    /// samples per line, for each of the seven Adam7 passes when interlaced.
    pub fn raw_len(&self) -> u64 {
        let bits = self.channels() * u64::from(self.depth);
        let lines = |w: u64, h: u64| {
            if w == 0 || h == 0 {
                0
            } else {
                h * (1 + (w * bits).div_ceil(8))
            }
        };
        let (w, h) = (u64::from(self.width), u64::from(self.height));
        if !self.interlaced {
            return lines(w, h);
        }
        const PASSES: [(u64, u64, u64, u64); 7] = [
            (0, 0, 8, 8),
            (4, 0, 8, 8),
            (0, 4, 4, 8),
            (2, 0, 4, 4),
            (0, 2, 2, 4),
            (1, 0, 2, 2),
            (0, 1, 1, 2),
        ];
        PASSES
            .iter()
            .map(|(x0, y0, dx, dy)| {
                let pw = w.saturating_sub(*x0).div_ceil(*dx);
                let ph = h.saturating_sub(*y0).div_ceil(*dy);
                lines(pw, ph)
            })
            .sum()
    }
}

/// 8-bit RGBA pixels, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rgba {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// The chunks a decoder needs: the concatenated `IDAT` data, the palette and its alphas.
struct Chunks<'b> {
    idat: Vec<u8>,
    plte: &'b [u8],
    trns: &'b [u8],
}

/// The [`Chunks`] of a PNG file.
fn chunks(bytes: &[u8]) -> Result<Chunks<'_>, PngError> {
    let (mut idat, mut plte, mut trns) = (Vec::new(), &[][..], &[][..]);
    let mut i = 8;
    while i + 8 <= bytes.len() {
        let len = be32(bytes, i).ok_or(PngError::Broken)? as usize;
        let data = bytes.get(i + 8..i + 8 + len).ok_or(PngError::Broken)?;
        match &bytes[i + 4..i + 8] {
            b"PLTE" => plte = data,
            b"tRNS" => trns = data,
            b"IDAT" => idat.extend_from_slice(data),
            b"IEND" => break,
            _ => {}
        }
        i += 12 + len;
    }
    Ok(Chunks { idat, plte, trns })
}

/// Inflates the image data, at most `header.raw_len()` bytes; more is a [`PngError::Bomb`].
fn inflate(idat: &[u8], header: &Header) -> Result<Vec<u8>, PngError> {
    let expected = header.raw_len();
    let mut raw = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
    flate2::read::ZlibDecoder::new(idat)
        .take(expected + 1)
        .read_to_end(&mut raw)
        .map_err(|_| PngError::Broken)?;
    match (raw.len() as u64).cmp(&expected) {
        std::cmp::Ordering::Greater => Err(PngError::Bomb),
        std::cmp::Ordering::Less => Err(PngError::Broken),
        std::cmp::Ordering::Equal => Ok(raw),
    }
}

/// Checks, for any PNG, that its image data inflates to no more than its header's pixels need.
pub fn check(bytes: &[u8], header: &Header) -> Result<(), PngError> {
    let idat = chunks(bytes)?.idat;
    let expected = header.raw_len();
    let mut decoder = flate2::read::ZlibDecoder::new(idat.as_slice()).take(expected + 1);
    let inflated =
        std::io::copy(&mut decoder, &mut std::io::sink()).map_err(|_| PngError::Broken)?;
    if inflated > expected {
        return Err(PngError::Bomb);
    }
    Ok(())
}

/// Decodes an 8-bit, non-interlaced PNG ([`Header::decodable`]) into RGBA.
pub fn decode(bytes: &[u8], header: &Header) -> Result<Rgba, PngError> {
    let Chunks { idat, plte, trns } = chunks(bytes)?;
    let raw = inflate(&idat, header)?;
    let channels = header.channels() as usize;
    let (w, h) = (header.width as usize, header.height as usize);
    let px = unfilter(&raw, w * channels, h, channels)?;
    let mut pixels = Vec::with_capacity(w * h * 4);
    for p in px.chunks(channels) {
        let rgba = match header.color {
            0 => [p[0], p[0], p[0], 255],
            4 => [p[0], p[0], p[0], p[1]],
            2 => [p[0], p[1], p[2], 255],
            6 => [p[0], p[1], p[2], p[3]],
            _ => {
                let k = usize::from(p[0]);
                let c = plte.get(k * 3..k * 3 + 3).ok_or(PngError::Broken)?;
                [c[0], c[1], c[2], trns.get(k).copied().unwrap_or(255)]
            }
        };
        pixels.extend(rgba);
    }
    Ok(Rgba {
        width: header.width,
        height: header.height,
        pixels,
    })
}

/// Undoes the per-line filters: `h` lines of `stride` bytes, each after its filter byte.
fn unfilter(raw: &[u8], stride: usize, h: usize, bpp: usize) -> Result<Vec<u8>, PngError> {
    let mut px = vec![0u8; stride * h];
    for y in 0..h {
        let line = &raw[y * (stride + 1)..(y + 1) * (stride + 1)];
        let (done, rest) = px.split_at_mut(y * stride);
        let prev = done
            .get(done.len().saturating_sub(stride)..)
            .filter(|_| y > 0);
        let cur = &mut rest[..stride];
        for x in 0..stride {
            let a = if x >= bpp { cur[x - bpp] } else { 0 };
            let b = prev.map_or(0, |p| p[x]);
            let c = if x >= bpp {
                prev.map_or(0, |p| p[x - bpp])
            } else {
                0
            };
            let v = line[1 + x];
            cur[x] = match line[0] {
                0 => v,
                1 => v.wrapping_add(a),
                2 => v.wrapping_add(b),
                3 => v.wrapping_add(((u16::from(a) + u16::from(b)) / 2) as u8),
                4 => v.wrapping_add(paeth(a, b, c)),
                _ => return Err(PngError::Broken),
            };
        }
    }
    Ok(px)
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

/// Writes `image` as an 8-bit PNG: RGB when every pixel is opaque, RGBA otherwise; each line
/// with the Sub filter, deflated at the best level (deterministic: same pixels, same bytes).
pub fn encode(image: &Rgba) -> Vec<u8> {
    let opaque = image.pixels.chunks(4).all(|p| p[3] == 255);
    let channels = if opaque { 3 } else { 4 };
    let stride = image.width as usize * channels;
    let mut raw = Vec::with_capacity((stride + 1) * image.height as usize);
    for row in image.pixels.chunks(image.width as usize * 4) {
        let samples: Vec<u8> = row
            .chunks(4)
            .flat_map(|p| p[..channels].iter().copied())
            .collect();
        raw.push(1);
        raw.extend((0..stride).map(|x| {
            let left = if x >= channels {
                samples[x - channels]
            } else {
                0
            };
            samples[x].wrapping_sub(left)
        }));
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = std::io::Write::write_all(&mut z, &raw);
    let idat = z.finish().unwrap_or_default();
    let mut ihdr = Vec::with_capacity(13);
    ihdr.extend(image.width.to_be_bytes());
    ihdr.extend(image.height.to_be_bytes());
    ihdr.extend([8, if opaque { 2 } else { 6 }, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in [(b"IHDR", &ihdr), (b"IDAT", &idat), (b"IEND", &Vec::new())] {
        out.extend((data.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        out.extend(kind);
        out.extend(data.iter());
        out.extend(crc.sum().to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(w: u32, h: u32, alpha: u8) -> Rgba {
        let pixels = (0..w * h)
            .flat_map(|i| [(i % 251) as u8, (i * 7 % 256) as u8, 9, alpha])
            .collect();
        Rgba {
            width: w,
            height: h,
            pixels,
        }
    }

    #[test]
    fn encode_then_decode_gives_the_pixels_back() {
        for img in [image(5, 3, 255), image(4, 4, 128), image(1, 1, 0)] {
            let bytes = encode(&img);
            let header = Header::read(&bytes).expect("header");
            assert!(header.decodable());
            assert_eq!(decode(&bytes, &header), Ok(img.clone()));
            assert_eq!(encode(&img), bytes, "deterministic");
        }
    }

    #[test]
    fn raw_len_counts_filter_bytes_packing_and_passes() {
        let h = |width, height, depth, color, interlaced| Header {
            width,
            height,
            depth,
            color,
            interlaced,
        };
        assert_eq!(h(1, 1, 8, 2, false).raw_len(), 4);
        assert_eq!(h(10, 2, 1, 0, false).raw_len(), 2 * (1 + 2));
        assert_eq!(h(3, 2, 16, 6, false).raw_len(), 2 * (1 + 24));
        // 1×1 interlaced: only the first pass has a pixel.
        assert_eq!(h(1, 1, 8, 6, true).raw_len(), 5);
    }

    #[test]
    fn a_decompression_bomb_is_refused_after_a_few_bytes() {
        // A valid 1×1 RGB PNG whose image data inflates to 64 MiB of zeros.
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        let _ = std::io::Write::write_all(&mut z, &vec![0u8; 64 << 20]);
        let idat = z.finish().expect("deflate");
        let mut bytes = encode(&image(1, 1, 255));
        let at = bytes.windows(4).position(|w| w == b"IDAT").expect("IDAT") - 4;
        let old = u32::from_be_bytes(bytes[at..at + 4].try_into().expect("len")) as usize;
        let mut chunk = (idat.len() as u32).to_be_bytes().to_vec();
        chunk.extend(b"IDAT");
        chunk.extend(&idat);
        chunk.extend([0, 0, 0, 0]);
        bytes.splice(at..at + 12 + old, chunk);
        let header = Header::read(&bytes).expect("header");
        assert_eq!(decode(&bytes, &header), Err(PngError::Bomb));
        assert_eq!(check(&bytes, &header), Err(PngError::Bomb));
    }
}
