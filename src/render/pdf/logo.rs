//! The organisation's logo on every page, top left above the running header.
//!
//! Added to printpdf's finished lopdf document as an image XObject: a JPEG goes in as it is
//! (`DCTDecode`); a PNG (8-bit, not interlaced: grey, RGB, palette, with or without alpha) is
//! decoded here with flate2 and stored as RGB plus an alpha soft mask. No image crate needed.

use super::style as st;
use crate::model::theme::{ImageKind, Logo};
use lopdf::{dictionary, Document, Object, Stream};
use std::io::Read as _;

/// Logo height on the page.
const HEIGHT: f32 = 6.5 * st::MM;
/// Top of the logo, from the top edge.
const TOP: f32 = 3.5 * st::MM;

/// Decoded pixels: width, height, RGB and optional alpha.
pub struct Pixels {
    pub width: u32,
    pub height: u32,
    pub rgb: Vec<u8>,
    pub alpha: Option<Vec<u8>>,
}

/// Draws `logo` on every page. `false` when the image cannot be used (an SVG, or a PNG kind
/// not supported), so the caller can warn.
pub fn place(lo: &mut Document, logo: &Logo) -> bool {
    let (image, w, h) = match logo.kind {
        ImageKind::Jpeg => {
            let Some((w, h)) = logo.size else {
                return false;
            };
            let components = jpeg_components(&logo.bytes).unwrap_or(3);
            let space = if components == 1 {
                "DeviceGray"
            } else {
                "DeviceRGB"
            };
            let dict = dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => i64::from(w),
                "Height" => i64::from(h), "ColorSpace" => space, "BitsPerComponent" => 8,
                "Filter" => "DCTDecode",
            };
            (Stream::new(dict, logo.bytes.clone()), w, h)
        }
        ImageKind::Png => {
            let Some(p) = decode_png(&logo.bytes) else {
                return false;
            };
            let mut dict = dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => i64::from(p.width),
                "Height" => i64::from(p.height), "ColorSpace" => "DeviceRGB",
                "BitsPerComponent" => 8,
            };
            if let Some(alpha) = p.alpha {
                let mask = dictionary! {
                    "Type" => "XObject", "Subtype" => "Image", "Width" => i64::from(p.width),
                    "Height" => i64::from(p.height), "ColorSpace" => "DeviceGray",
                    "BitsPerComponent" => 8,
                };
                let mask = lo.add_object(Stream::new(mask, alpha));
                dict.set("SMask", Object::Reference(mask));
            }
            (Stream::new(dict, p.rgb), p.width, p.height)
        }
        ImageKind::Svg => return false,
    };
    if w == 0 || h == 0 {
        return false;
    }
    let image = lo.add_object(image);
    let draw_w = HEIGHT * w as f32 / h as f32;
    let pages: Vec<_> = lo.get_pages().into_values().collect();
    for page in pages {
        let Ok(dict) = lo.get_dictionary(page) else {
            continue;
        };
        let page_h = dict
            .get(b"MediaBox")
            .and_then(Object::as_array)
            .ok()
            .and_then(|a| a.get(3))
            .and_then(|o| o.as_float().ok())
            .unwrap_or(st::A4_H);
        let ops = format!(
            "q {draw_w:.3} 0 0 {HEIGHT:.3} {:.3} {:.3} cm /AnnexaLogo Do Q\n",
            st::MARGIN_SIDE,
            page_h - TOP - HEIGHT
        );
        let content = lo.add_object(Stream::new(dictionary! {}, ops.into_bytes()));
        let _ = lo.add_xobject(page, "AnnexaLogo", image);
        if let Ok(dict) = lo.get_dictionary_mut(page) {
            let contents = match dict.get(b"Contents") {
                Ok(Object::Array(a)) => a.clone(),
                Ok(o @ Object::Reference(_)) => vec![o.clone()],
                _ => Vec::new(),
            };
            let mut contents = contents;
            contents.insert(0, Object::Reference(content));
            dict.set("Contents", Object::Array(contents));
        }
    }
    true
}

fn jpeg_components(bytes: &[u8]) -> Option<u8> {
    let mut i = 2;
    while i + 9 < bytes.len() {
        let marker = bytes[i + 1];
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        if matches!(marker, 0xc0..=0xc3 | 0xc5..=0xc7 | 0xc9..=0xcb | 0xcd..=0xcf) {
            return bytes.get(i + 9).copied();
        }
        i += 2 + len;
    }
    None
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
