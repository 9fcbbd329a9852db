//! The logo, made safe and no larger than the pages need, before any renderer sees it.
//!
//! A logo is drawn 6.5 mm high at the top of each PDF page and 36 px high in the HTML header, in
//! every document, and embedded in each file. So [`prepare`] bounds it once, at validation: a
//! PNG may not have more than [`MAX_SIDE`] px a side or [`MAX_PIXELS`] pixels, its image data
//! may not inflate past what those pixels need (a decompression bomb), and one taller than
//! [`FIT_HEIGHT`] or wider than [`FIT_WIDTH`] is scaled down to fit (averaging the pixels it
//! covers) and written again as a PNG. A JPEG or an SVG is embedded as it is (annexa decodes
//! neither), so one over [`MAX_EMBEDDED`] bytes is refused. The PDF writer, the HTML and the
//! workbook then all get the same small image.

use super::png::{self, Header, PngError, Rgba};
use super::theme::{image_size, ImageKind};

/// Most pixels a side of a PNG or JPEG logo.
pub const MAX_SIDE: u32 = 8192;
/// Most pixels of a PNG or JPEG logo (16 megapixels: 64 MiB decoded).
pub const MAX_PIXELS: u64 = 16 << 20;
/// Most bytes of a JPEG or SVG logo, embedded as it is in every file.
pub const MAX_EMBEDDED: usize = 1 << 20;
/// A PNG logo taller than this is scaled down: 6.5 mm in the PDF at 1,000 dpi.
pub const FIT_HEIGHT: u32 = 256;
/// A PNG logo wider than this is scaled down (a banner 8 times as wide as high).
pub const FIT_WIDTH: u32 = 2048;

/// A logo ready for every renderer: its bytes (scaled down when it was larger than needed) and
/// its size in pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    pub bytes: Vec<u8>,
    pub size: Option<(u32, u32)>,
}

/// Why a logo is refused: the message, how to fix it, and whether it is too large (rather than
/// damaged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub message: String,
    pub help: String,
    pub too_large: bool,
}

fn refused(message: String, help: &str) -> Refused {
    Refused {
        message,
        help: help.to_string(),
        too_large: true,
    }
}

const SMALLER: &str =
    "export it smaller: it is drawn at most 6.5 mm high, for which 256 px is plenty";

/// Bounds the logo `bytes` of `kind` and scales a large PNG down (see the module).
pub fn prepare(bytes: Vec<u8>, kind: ImageKind) -> Result<Prepared, Refused> {
    match kind {
        ImageKind::Png => prepare_png(bytes),
        ImageKind::Jpeg | ImageKind::Svg => {
            if bytes.len() > MAX_EMBEDDED {
                let mib = bytes.len() as f64 / f64::from(1 << 20);
                return Err(refused(
                    format!(
                        "the logo is a {mib:.1} MiB {}; annexa embeds it as it is in every document, and takes one of at most 1 MiB",
                        if kind == ImageKind::Jpeg { "JPEG" } else { "SVG" }
                    ),
                    "export it smaller, or as a PNG, which annexa scales down to what the page needs",
                ));
            }
            let size = image_size(&bytes, kind);
            if let Some((w, h)) = size {
                pixels_allowed(w, h)?;
            }
            Ok(Prepared { bytes, size })
        }
    }
}

/// Refuses more than [`MAX_SIDE`] a side or [`MAX_PIXELS`] in all.
fn pixels_allowed(w: u32, h: u32) -> Result<(), Refused> {
    if w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(refused(
            format!("the logo is {w}×{h} px; annexa takes logos of at most {MAX_SIDE} px a side and 16 megapixels"),
            SMALLER,
        ));
    }
    Ok(())
}

fn prepare_png(bytes: Vec<u8>) -> Result<Prepared, Refused> {
    let broken = || Refused {
        too_large: false,
        ..refused(
            "the logo is not a readable PNG (its data is cut short or damaged)".into(),
            "export the image again from an image editor",
        )
    };
    let header = Header::read(&bytes).ok_or_else(broken)?;
    let (w, h) = (header.width, header.height);
    pixels_allowed(w, h)?;
    let bomb = || {
        refused(
            format!("the logo's image data inflates to more than its {w}×{h} pixels need (a decompression bomb?)"),
            "export the image again from an image editor",
        )
    };
    let fits = h <= FIT_HEIGHT && w <= FIT_WIDTH;
    if !header.decodable() {
        png::check(&bytes, &header).map_err(|e| match e {
            PngError::Bomb => bomb(),
            PngError::Broken => broken(),
        })?;
        if !fits {
            return Err(refused(
                format!(
                    "the logo is a {w}×{h} px PNG with {}; annexa scales down only 8-bit, non-interlaced PNGs",
                    if header.interlaced { "interlacing" } else { "other than 8 bits a sample" }
                ),
                "export it as an 8-bit PNG without interlacing, or at most 256 px high",
            ));
        }
        return Ok(Prepared {
            bytes,
            size: Some((w, h)),
        });
    }
    let image = png::decode(&bytes, &header).map_err(|e| match e {
        PngError::Bomb => bomb(),
        PngError::Broken => broken(),
    })?;
    if fits {
        return Ok(Prepared {
            bytes,
            size: Some((w, h)),
        });
    }
    let small = downscale(&image);
    let size = Some((small.width, small.height));
    Ok(Prepared {
        bytes: png::encode(&small),
        size,
    })
}

/// The image scaled to fit [`FIT_WIDTH`] × [`FIT_HEIGHT`], keeping its proportions: each new
/// pixel the average of the pixels it covers, weighted by their alpha (so transparent pixels
/// do not darken the edges).
pub fn downscale(image: &Rgba) -> Rgba {
    let (w, h) = (u64::from(image.width), u64::from(image.height));
    let scale = (FIT_WIDTH as f64 / w as f64).min(FIT_HEIGHT as f64 / h as f64);
    let nw = ((w as f64 * scale).round() as u64).clamp(1, w);
    let nh = ((h as f64 * scale).round() as u64).clamp(1, h);
    let mut pixels = Vec::with_capacity((nw * nh * 4) as usize);
    for y in 0..nh {
        let (y0, y1) = (y * h / nh, ((y + 1) * h / nh).max(y * h / nh + 1));
        for x in 0..nw {
            let (x0, x1) = (x * w / nw, ((x + 1) * w / nw).max(x * w / nw + 1));
            let mut sum = [0u64; 4];
            for sy in y0..y1 {
                for sx in x0..x1 {
                    let i = ((sy * w + sx) * 4) as usize;
                    let p = &image.pixels[i..i + 4];
                    let a = u64::from(p[3]);
                    sum[0] += u64::from(p[0]) * a;
                    sum[1] += u64::from(p[1]) * a;
                    sum[2] += u64::from(p[2]) * a;
                    sum[3] += a;
                }
            }
            let n = (y1 - y0) * (x1 - x0);
            let colour = |c: u64| (c + sum[3] / 2).checked_div(sum[3]).unwrap_or(0) as u8;
            pixels.extend([
                colour(sum[0]),
                colour(sum[1]),
                colour(sum[2]),
                ((sum[3] + n / 2) / n) as u8,
            ]);
        }
    }
    Rgba {
        width: nw as u32,
        height: nh as u32,
        pixels,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_of(w: u32, h: u32) -> Vec<u8> {
        let pixels = (0..w * h)
            .flat_map(|i| [(i % 256) as u8, 40, 200, 255])
            .collect();
        png::encode(&Rgba {
            width: w,
            height: h,
            pixels,
        })
    }

    #[test]
    fn a_small_png_is_kept_and_a_large_one_scaled_down() {
        let small = png_of(160, 48);
        let kept = prepare(small.clone(), ImageKind::Png).expect("small");
        assert_eq!((kept.bytes, kept.size), (small, Some((160, 48))));
        let large = prepare(png_of(1200, 600), ImageKind::Png).expect("large");
        assert_eq!(large.size, Some((512, 256)));
        let header = Header::read(&large.bytes).expect("a PNG");
        assert_eq!((header.width, header.height), (512, 256));
        let wide = prepare(png_of(4100, 10), ImageKind::Png).expect("wide");
        assert_eq!(wide.size, Some((2048, 5)));
    }

    #[test]
    fn too_many_pixels_and_large_jpegs_are_refused() {
        let mut huge = png_of(1, 1);
        huge[16..20].copy_from_slice(&9000u32.to_be_bytes());
        let e = prepare(huge, ImageKind::Png).expect_err("huge");
        assert!(e.message.contains("9000×1 px"), "{}", e.message);
        let mut jpeg = vec![0xff, 0xd8, 0xff];
        jpeg.resize(MAX_EMBEDDED + 1, 0);
        let e = prepare(jpeg, ImageKind::Jpeg).expect_err("big JPEG");
        assert!(e.message.contains("1.0 MiB JPEG"), "{}", e.message);
    }

    #[test]
    fn transparent_pixels_do_not_darken_the_average() {
        // Opaque red and transparent black, alternating, 4096 wide: halved to 2048.
        let out = downscale(&Rgba {
            width: 4096,
            height: 1,
            pixels: [255, 0, 0, 255, 0, 0, 0, 0].repeat(2048),
        });
        assert_eq!((out.width, out.height), (2048, 1));
        assert_eq!(&out.pixels[..4], &[255, 0, 0, 128]);
    }
}
