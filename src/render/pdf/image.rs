//! Images a page draws (the organisation's logo), decoded for any PDF writer.
//!
//! A JPEG is kept as it is (a PDF shows it with `DCTDecode`); a PNG (8-bit, not interlaced:
//! grey, RGB, palette, with or without alpha) is decoded here with flate2 into RGB plus an
//! optional alpha mask. No image crate needed.

use crate::model::theme::{jpeg_frame, ImageKind, Logo};
use std::io::Read as _;

/// An image ready to be drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    /// What it is, e.g. `Logo` (writers name the resource after it).
    pub name: &'static str,
    pub width: u32,
    pub height: u32,
    pub data: ImageData,
}

/// The pixels of an [`Image`].
#[derive(Debug, Clone, PartialEq)]
pub enum ImageData {
    /// A JPEG file as it is; `gray` when it has one component.
    Jpeg { bytes: Vec<u8>, gray: bool },
    /// 8-bit RGB, and an 8-bit alpha mask unless every pixel is opaque.
    Pixels {
        rgb: Vec<u8>,
        alpha: Option<Vec<u8>>,
    },
}

impl Image {
    /// The logo as an image; `None` when it cannot be drawn in a PDF (an SVG, a PNG kind not
    /// supported, a broken file), so the caller can warn.
    pub fn logo(logo: &Logo) -> Option<Image> {
        let (width, height, data) = match logo.kind {
            ImageKind::Jpeg => {
                let (w, h) = logo.size?;
                let components = jpeg_frame(&logo.bytes).map_or(3, |f| f.components);
                let data = ImageData::Jpeg {
                    bytes: logo.bytes.clone(),
                    gray: components == 1,
                };
                (w, h, data)
            }
            ImageKind::Png => {
                let p = decode_png(&logo.bytes)?;
                let data = ImageData::Pixels {
                    rgb: p.rgb,
                    alpha: p.alpha,
                };
                (p.width, p.height, data)
            }
            ImageKind::Svg => return None,
        };
        (width > 0 && height > 0).then_some(Image {
            name: "Logo",
            width,
            height,
            data,
        })
    }
}

/// Decoded pixels: width, height, RGB and optional alpha.
pub struct Pixels {
    pub width: u32,
    pub height: u32,
    pub rgb: Vec<u8>,
    pub alpha: Option<Vec<u8>>,
}

/// Decodes an 8-bit, non-interlaced PNG.
pub fn decode_png(bytes: &[u8]) -> Option<Pixels> {
    let mut i = 8;
    let (mut width, mut height, mut ctype) = (0u32, 0u32, 0u8);
    let (mut idat, mut plte, mut trns) = (Vec::new(), Vec::new(), Vec::new());
    while i + 8 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[i..i + 4].try_into().ok()?) as usize;
        let kind = &bytes[i + 4..i + 8];
        let data = bytes.get(i + 8..i + 8 + len)?;
        match kind {
            b"IHDR" => {
                width = u32::from_be_bytes(data.get(0..4)?.try_into().ok()?);
                height = u32::from_be_bytes(data.get(4..8)?.try_into().ok()?);
                let (depth, interlace) = (*data.get(8)?, *data.get(12)?);
                ctype = *data.get(9)?;
                if depth != 8 || interlace != 0 {
                    return None;
                }
            }
            b"PLTE" => plte = data.to_vec(),
            b"tRNS" => trns = data.to_vec(),
            b"IDAT" => idat.extend_from_slice(data),
            b"IEND" => break,
            _ => {}
        }
        i += 12 + len;
    }
    let channels: usize = match ctype {
        0 | 3 => 1,
        4 => 2,
        2 => 3,
        6 => 4,
        _ => return None,
    };
    let (w, h) = (width as usize, height as usize);
    let stride = w.checked_mul(channels)?;
    let mut raw = Vec::new();
    flate2::read::ZlibDecoder::new(idat.as_slice())
        .read_to_end(&mut raw)
        .ok()?;
    let px = unfilter(&raw, stride, h, channels)?;
    let mut rgb = Vec::with_capacity(w * h * 3);
    let mut alpha = Vec::with_capacity(w * h);
    for p in px.chunks(channels) {
        let (r, g, b, a) = match ctype {
            0 => (p[0], p[0], p[0], 255),
            4 => (p[0], p[0], p[0], p[1]),
            2 => (p[0], p[1], p[2], 255),
            6 => (p[0], p[1], p[2], p[3]),
            _ => {
                let k = usize::from(p[0]);
                let c = plte.get(k * 3..k * 3 + 3)?;
                (c[0], c[1], c[2], trns.get(k).copied().unwrap_or(255))
            }
        };
        rgb.extend([r, g, b]);
        alpha.push(a);
    }
    let opaque = alpha.iter().all(|a| *a == 255);
    Some(Pixels {
        width,
        height,
        rgb,
        alpha: (!opaque).then_some(alpha),
    })
}

/// Undoes PNG's per-line filters: `h` lines of `stride` bytes, each after its filter byte.
fn unfilter(raw: &[u8], stride: usize, h: usize, channels: usize) -> Option<Vec<u8>> {
    if raw.len() < (stride + 1) * h {
        return None;
    }
    let mut px = vec![0u8; stride * h];
    for y in 0..h {
        let filter = raw[y * (stride + 1)];
        let line = &raw[y * (stride + 1) + 1..(y + 1) * (stride + 1)];
        for x in 0..stride {
            let a = if x >= channels {
                px[y * stride + x - channels]
            } else {
                0
            };
            let b = if y > 0 { px[(y - 1) * stride + x] } else { 0 };
            let c = if x >= channels && y > 0 {
                px[(y - 1) * stride + x - channels]
            } else {
                0
            };
            let v = match filter {
                0 => line[x],
                1 => line[x].wrapping_add(a),
                2 => line[x].wrapping_add(b),
                3 => line[x].wrapping_add(((u16::from(a) + u16::from(b)) / 2) as u8),
                4 => line[x].wrapping_add(paeth(a, b, c)),
                _ => return None,
            };
            px[y * stride + x] = v;
        }
    }
    Some(px)
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
