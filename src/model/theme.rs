//! Branding: the organisation's logo, accent colour, font and footer text, as validated from a
//! `theme:` section (or a theme file) and applied by the renderers (HTML, PDF, XLSX, DOCX).
//!
//! The bytes of the logo and font files are read by [`crate::input`]; nothing here touches the
//! disk. Without a theme every output is exactly what it is without this module.

/// A validated theme. Every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Theme {
    pub logo: Option<Logo>,
    /// The accent colour (headings, rules, table header, header row fill).
    pub accent: Option<Rgb>,
    /// The user's font family, for HTML (and named in the PDF note).
    pub font: Option<Font>,
    /// Text for the running footer (HTML, PDF, XLSX, DOCX), instead of the default.
    pub footer: Option<String>,
    /// A Word document whose styles, page setup, headers and footers the DOCX files take.
    pub docx_reference: Option<DocxReference>,
}

/// A vendor's reference document for the DOCX files (like pandoc's `--reference-doc`),
/// checked by validation to be a usable Word document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxReference {
    /// The path as the theme wrote it.
    pub file: String,
    pub bytes: Vec<u8>,
}

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rrggbb` or `#rgb`.
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.strip_prefix('#')?;
        let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
        let b = hex.as_bytes();
        match b.len() {
            3 => Some(Rgb(digit(b[0])? * 17, digit(b[1])? * 17, digit(b[2])? * 17)),
            6 => {
                let pair = |i: usize| Some(digit(b[i])? * 16 + digit(b[i + 1])?);
                Some(Rgb(pair(0)?, pair(2)?, pair(4)?))
            }
            _ => None,
        }
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The kinds of logo image understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    Png,
    Jpeg,
    /// HTML only (the PDF and XLSX need PNG or JPEG).
    Svg,
}

impl ImageKind {
    /// Recognises an image by its first bytes.
    pub fn sniff(bytes: &[u8]) -> Option<ImageKind> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(ImageKind::Png)
        } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
            Some(ImageKind::Jpeg)
        } else {
            let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_lowercase();
            head.contains("<svg").then_some(ImageKind::Svg)
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ImageKind::Png => "image/png",
            ImageKind::Jpeg => "image/jpeg",
            ImageKind::Svg => "image/svg+xml",
        }
    }
}

/// The organisation's logo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    pub bytes: Vec<u8>,
    pub kind: ImageKind,
    /// Alternative text (default: the organisation's name).
    pub alt: Option<String>,
    /// Width and height in pixels (PNG and JPEG).
    pub size: Option<(u32, u32)>,
}

impl Logo {
    /// `data:` URI of the image.
    pub fn data_uri(&self) -> String {
        format!("data:{};base64,{}", self.kind.mime(), base64(&self.bytes))
    }
}

/// The user's TrueType font family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Font {
    pub family: String,
    pub regular: Vec<u8>,
    pub bold: Option<Vec<u8>>,
    pub italic: Option<Vec<u8>>,
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                s.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                s.push('=');
            }
        }
    }
    s
}

/// Pixel size of a PNG (IHDR) or JPEG (first SOFn marker).
pub fn image_size(bytes: &[u8], kind: ImageKind) -> Option<(u32, u32)> {
    match kind {
        ImageKind::Png => {
            let be32 = |i: usize| Some(u32::from_be_bytes(bytes.get(i..i + 4)?.try_into().ok()?));
            Some((be32(16)?, be32(20)?)).filter(|(w, h)| *w > 0 && *h > 0)
        }
        ImageKind::Jpeg => jpeg_frame(bytes).map(|f| (f.width, f.height)),
        ImageKind::Svg => None,
    }
}

/// What a JPEG's frame header says: its size and how many colour components it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JpegFrame {
    pub width: u32,
    pub height: u32,
    /// 1 grey, 3 YCbCr (RGB), 4 CMYK.
    pub components: u8,
}

/// Reads the first start-of-frame marker of a JPEG (the one JPEG reader: validation and the
/// PDF both use it).
pub fn jpeg_frame(bytes: &[u8]) -> Option<JpegFrame> {
    let be16 = |i: usize| {
        Some(u32::from(u16::from_be_bytes(
            bytes.get(i..i + 2)?.try_into().ok()?,
        )))
    };
    let mut i = 2;
    while i + 9 < bytes.len() {
        if bytes[i] != 0xff {
            return None;
        }
        let marker = bytes[i + 1];
        let len = be16(i + 2)? as usize;
        if matches!(marker, 0xc0..=0xc3 | 0xc5..=0xc7 | 0xc9..=0xcb | 0xcd..=0xcf) {
            return Some(JpegFrame {
                width: be16(i + 7)?,
                height: be16(i + 5)?,
                components: bytes[i + 9],
            });
        }
        i += 2 + len;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_and_base64() {
        assert_eq!(Rgb::parse("#0a7"), Some(Rgb(0x00, 0xaa, 0x77)));
        assert_eq!(Rgb::parse("#1F4E79"), Some(Rgb(0x1f, 0x4e, 0x79)));
        assert_eq!(Rgb::parse("#zzz"), None);
        assert_eq!(Rgb::parse("1f4e79"), None);
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
    }
}
