//! The bundled fonts, parsed once per process, and text measurement with their own advances.
//!
//! Layout and PDF must agree to the point on how wide every piece of text is, or table cells
//! overflow. So widths come from the very TTF files that get embedded (hmtx advances, no
//! kerning: printpdf's `Tj` with an Identity-H font applies none either). Fonts are parsed on
//! first use and kept in `OnceLock`s; advances of the first 0x3000 code points are tabled at
//! that time. The CJK fallback (4 MB) is only parsed when a document needs it.

use printpdf::ParsedFont;
use std::sync::OnceLock;

/// The faces a document can use. `Fallback` covers what DejaVu lacks (CJK and more).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FaceId {
    Regular,
    Bold,
    Italic,
    BoldItalic,
    Mono,
    Fallback,
}

impl FaceId {
    /// Every face, in resource order.
    pub const ALL: [FaceId; 6] = [
        FaceId::Regular,
        FaceId::Bold,
        FaceId::Italic,
        FaceId::BoldItalic,
        FaceId::Mono,
        FaceId::Fallback,
    ];

    /// Picks the face for a bold/italic combination.
    pub fn styled(bold: bool, italic: bool) -> FaceId {
        match (bold, italic) {
            (false, false) => FaceId::Regular,
            (true, false) => FaceId::Bold,
            (false, true) => FaceId::Italic,
            (true, true) => FaceId::BoldItalic,
        }
    }

    /// Short name used in the layout dump.
    pub fn short(self) -> &'static str {
        match self {
            FaceId::Regular => "R",
            FaceId::Bold => "B",
            FaceId::Italic => "I",
            FaceId::BoldItalic => "BI",
            FaceId::Mono => "M",
            FaceId::Fallback => "F",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

const SOURCES: [&[u8]; 5] = [
    include_bytes!("fonts/DejaVuSansCondensed.ttf"),
    include_bytes!("fonts/DejaVuSansCondensed-Bold.ttf"),
    include_bytes!("fonts/DejaVuSansCondensed-Oblique.ttf"),
    include_bytes!("fonts/DejaVuSansCondensed-BoldOblique.ttf"),
    include_bytes!("fonts/DejaVuSansMono.ttf"),
];
const FALLBACK_SOURCE: &[u8] = include_bytes!("fonts/DroidSansFallbackFull.ttf");

/// Code points below this have their advance tabled when a face is parsed.
const TABLED: usize = 0x3000;

/// One parsed face with its metrics.
pub struct Face {
    pub parsed: ParsedFont,
    upm: f32,
    /// Advance in em per code point below `TABLED`; negative when the glyph is missing.
    table: Vec<f32>,
}

impl Face {
    fn load(bytes: &[u8]) -> Option<Face> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)?;
        let upm = f32::from(parsed.font_metrics.units_per_em.max(1));
        let mut face = Face {
            parsed,
            upm,
            table: Vec::new(),
        };
        face.table = (0..TABLED as u32)
            .map(|cp| {
                char::from_u32(cp)
                    .and_then(|c| face.lookup(c))
                    .unwrap_or(-1.0)
            })
            .collect();
        Some(face)
    }

    fn lookup(&self, c: char) -> Option<f32> {
        match self.parsed.lookup_glyph_index(c as u32) {
            Some(gid) if gid != 0 => {
                Some(f32::from(self.parsed.get_horizontal_advance(gid)) / self.upm)
            }
            _ => None,
        }
    }

    /// Advance of `c` in em, or `None` if the face has no glyph for it.
    pub fn advance(&self, c: char) -> Option<f32> {
        match self.table.get(c as usize) {
            Some(a) if *a >= 0.0 => Some(*a),
            Some(_) => None,
            None => self.lookup(c),
        }
    }
}

/// The loaded font set; cheap to share (`&'static`).
pub struct Fonts {
    faces: Vec<Face>,
    fallback: OnceLock<Option<Face>>,
}

impl Fonts {
    /// A font set whose body faces are the user's TrueType files (a missing bold or italic
    /// falls back to the regular face); monospace and the CJK fallback stay bundled. `None`
    /// when a file does not parse.
    pub fn with_body(regular: &[u8], bold: Option<&[u8]>, italic: Option<&[u8]>) -> Option<Fonts> {
        let bold = bold.unwrap_or(regular);
        let italic = italic.unwrap_or(regular);
        let faces = [regular, bold, italic, bold, SOURCES[4]]
            .iter()
            .map(|b| Face::load(b))
            .collect::<Option<Vec<Face>>>()?;
        Some(Fonts {
            faces,
            fallback: OnceLock::new(),
        })
    }

    /// Whether `bytes` parse as a font the PDF can embed.
    pub fn parses(bytes: &[u8]) -> bool {
        let mut warnings = Vec::new();
        ParsedFont::from_bytes(bytes, 0, &mut warnings).is_some()
    }

    /// The process-wide font set, parsed on first call. `None` if a bundled font is broken.
    pub fn get() -> Option<&'static Fonts> {
        static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                let faces: Option<Vec<Face>> = SOURCES.iter().map(|b| Face::load(b)).collect();
                faces.map(|faces| Fonts {
                    faces,
                    fallback: OnceLock::new(),
                })
            })
            .as_ref()
    }

    /// A face; the fallback is parsed on first request.
    pub fn face(&self, id: FaceId) -> Option<&Face> {
        match id {
            FaceId::Fallback => self
                .fallback
                .get_or_init(|| Face::load(FALLBACK_SOURCE))
                .as_ref(),
            _ => self.faces.get(id.index()),
        }
    }

    /// Advance of `c` in `face` in em; 0.5 em if the face cannot draw it (never happens for
    /// text that went through [`Fonts::resolve`]).
    pub fn advance(&self, face: FaceId, c: char) -> f32 {
        self.face(face).and_then(|f| f.advance(c)).unwrap_or(0.5)
    }

    /// Width of `text` in points.
    pub fn width(&self, face: FaceId, size: f32, text: &str) -> f32 {
        text.chars().map(|c| self.advance(face, c)).sum::<f32>() * size
    }

    /// Which face draws `c` when `want` is asked for: `want` itself, the fallback, or none.
    pub fn resolve(&self, want: FaceId, c: char) -> Option<FaceId> {
        if self.face(want).is_some_and(|f| f.advance(c).is_some()) {
            return Some(want);
        }
        if want != FaceId::Regular && self.faces.first().is_some_and(|f| f.advance(c).is_some()) {
            return Some(FaceId::Regular);
        }
        if self
            .face(FaceId::Fallback)
            .is_some_and(|f| f.advance(c).is_some())
        {
            return Some(FaceId::Fallback);
        }
        None
    }

    /// The ascent of the body face in em (used to place baselines).
    pub fn ascent(&self) -> f32 {
        self.faces
            .first()
            .map(|f| f.parsed.font_metrics.ascent / f.upm)
            .unwrap_or(0.9)
    }
}

/// The character drawn in place of one no bundled font has.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Characters that carry no ink and are dropped before layout (zero-width and bidi controls).
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{AD}'
    ) || (c.is_control() && c != '\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        let fonts = Fonts::get().expect("fonts");
        let w_i = fonts.width(FaceId::Regular, 10.0, "iiii");
        let w_m = fonts.width(FaceId::Regular, 10.0, "MMMM");
        assert!(w_i > 5.0 && w_m > w_i * 2.0, "{w_i} {w_m}");
        assert!(fonts.width(FaceId::Bold, 10.0, "abc") > fonts.width(FaceId::Regular, 10.0, "abc"));
        assert_eq!(
            fonts.resolve(FaceId::Regular, REPLACEMENT),
            Some(FaceId::Regular)
        );
    }

    #[test]
    fn cjk_goes_to_the_fallback_and_hebrew_stays() {
        let fonts = Fonts::get().expect("fonts");
        assert_eq!(fonts.resolve(FaceId::Regular, '中'), Some(FaceId::Fallback));
        assert_eq!(fonts.resolve(FaceId::Bold, 'テ'), Some(FaceId::Fallback));
        assert_eq!(fonts.resolve(FaceId::Regular, 'ש'), Some(FaceId::Regular));
        assert_eq!(fonts.resolve(FaceId::Regular, '\u{10FFFD}'), None);
    }
}
