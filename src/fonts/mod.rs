//! The fonts: the bundled faces and a theme's, their metrics and what they cover.
//!
//! Layout and PDF must agree to the point on how wide every piece of text is, or table cells
//! overflow. So widths come from the very TTF files that get embedded (hmtx advances through
//! the `cmap`, no kerning: the PDF's `Tj` with an Identity-H font applies none either), read
//! with skrifa, the font reader krilla is built on. Each face is parsed on first use and kept
//! in a `OnceLock`; advances below U+3000 are tabled 256 code points at a time, as text reaches
//! them. The CJK fallback (4 MB) and the Hangul face are only parsed when a document needs them.
//! Validation asks [`Fonts::parses`] whether a theme's font will do, so it never calls the PDF
//! writer. Runs in scripts that need shaping (Arabic, Hebrew, combining marks, Indic, jamo) are
//! measured and drawn from the same shaping ([`Face::glyphs`]), so layout and writer agree there too.

use skrifa::instance::{LocationRef, Size};
use skrifa::raw::TableProvider;
use skrifa::{FontRef, GlyphId, MetadataProvider};
use std::sync::{Arc, OnceLock};

mod shape;
pub use shape::{is_rtl, needs_shaping, Glyph};

/// The faces a document can use. `Fallback` covers what DejaVu lacks (CJK and more), `Hangul`
/// the Korean syllables Droid Sans Fallback lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FaceId {
    Regular,
    Bold,
    Italic,
    BoldItalic,
    Mono,
    Fallback,
    Hangul,
}

impl FaceId {
    /// Every face, in resource order.
    pub const ALL: [FaceId; 7] = [
        FaceId::Regular,
        FaceId::Bold,
        FaceId::Italic,
        FaceId::BoldItalic,
        FaceId::Mono,
        FaceId::Fallback,
        FaceId::Hangul,
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
            FaceId::Hangul => "K",
        }
    }

    /// Position in [`FaceId::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

const SOURCES: [&[u8]; 5] = [
    include_bytes!("DejaVuSansCondensed.ttf"),
    include_bytes!("DejaVuSansCondensed-Bold.ttf"),
    include_bytes!("DejaVuSansCondensed-Oblique.ttf"),
    include_bytes!("DejaVuSansCondensed-BoldOblique.ttf"),
    include_bytes!("DejaVuSansMono.ttf"),
];
const FALLBACK_SOURCE: &[u8] = include_bytes!("DroidSansFallbackFull.ttf");
/// NanumSquare Regular (SIL OFL 1.1): Hangul syllables and compatibility jamo, 0.7 MB.
const HANGUL_SOURCE: &[u8] = include_bytes!("NanumSquareR.ttf");

/// Advances are tabled in blocks of this many code points, each block on first use.
const BLOCK: usize = 256;
/// Code points below `BLOCKS * BLOCK` (0x3000) are tabled; the rest are looked up each time.
const BLOCKS: usize = 0x30;

/// The bytes of a face: a bundled file, or the user's (from the theme), shared between the
/// faces that use it.
#[derive(Clone)]
enum Bytes {
    Bundled(&'static [u8]),
    User(Arc<[u8]>),
}

impl Bytes {
    fn get(&self) -> &[u8] {
        match self {
            Bytes::Bundled(b) => b,
            Bytes::User(b) => b,
        }
    }
}

/// One parsed face with its metrics.
pub struct Face {
    bytes: Bytes,
    upm: f32,
    /// hhea ascender, in font units.
    ascender: f32,
    /// The first block (Latin-1), tabled when the face is parsed: most text is in it, and a
    /// look-up there is then an index, with no lazy initialisation to check.
    latin: Box<Block>,
    /// Advance in em and glyph id per code point, by block (the first unused); advance
    /// negative when the glyph is missing.
    blocks: [OnceLock<Box<Block>>; BLOCKS],
}

/// A block's (advance, glyph id) per code point.
type Block = [(f32, u16); BLOCK];

/// What a lookup needs from a parsed font.
struct Reader<'a> {
    charmap: skrifa::charmap::Charmap<'a>,
    metrics: skrifa::metrics::GlyphMetrics<'a>,
}

impl<'a> Reader<'a> {
    fn new(font: &FontRef<'a>) -> Reader<'a> {
        Reader {
            charmap: font.charmap(),
            metrics: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
        }
    }

    /// Advance of `c` in font units and its glyph, or `None` if the face has no glyph for it.
    fn advance(&self, c: char) -> Option<(f32, u16)> {
        match self.charmap.map(c) {
            Some(gid) if gid != GlyphId::NOTDEF => {
                let id = u16::try_from(gid.to_u32()).ok()?;
                Some((self.metrics.advance_width(gid)?, id))
            }
            _ => None,
        }
    }
}

impl Face {
    /// Parses a face; `None` unless it has what measuring and embedding need (`head`, `hhea`,
    /// `hmtx`, `maxp` and a Unicode `cmap`).
    fn load(bytes: Bytes) -> Option<Face> {
        let font = FontRef::new(bytes.get()).ok()?;
        let upm = f32::from(font.head().ok()?.units_per_em().max(1));
        let ascender = f32::from(font.hhea().ok()?.ascender().to_i16());
        font.hmtx().ok()?;
        font.maxp().ok()?;
        if !font.charmap().has_map() {
            return None;
        }
        let latin = table(&Reader::new(&font), 0, upm);
        Some(Face {
            bytes,
            upm,
            ascender,
            latin,
            blocks: std::array::from_fn(|_| OnceLock::new()),
        })
    }

    fn font(&self) -> Option<FontRef<'_>> {
        FontRef::new(self.bytes.get()).ok()
    }

    /// The file the face was read from (what the PDF embeds).
    pub fn bytes(&self) -> &[u8] {
        self.bytes.get()
    }

    /// The same bytes as a handle to share, not a copy (the bundled file's are in the binary).
    pub fn shared(&self) -> Arc<dyn AsRef<[u8]> + Send + Sync> {
        match &self.bytes {
            Bytes::Bundled(b) => Arc::new(*b),
            Bytes::User(b) => Arc::new(Arc::clone(b)),
        }
    }

    /// Whether the face is one of the bundled files (the same in every document).
    pub fn is_bundled(&self) -> bool {
        matches!(self.bytes, Bytes::Bundled(_))
    }

    /// Advance of `c` in em, or `None` if the face has no glyph for it.
    pub fn advance(&self, c: char) -> Option<f32> {
        self.glyph(c).map(|(a, _)| a)
    }

    /// Advance of `c` in em and its glyph id, or `None` if the face has no glyph for it.
    /// Characters in the private use area count as missing: an archival PDF may not carry
    /// them (their meaning is not in Unicode).
    pub fn glyph(&self, c: char) -> Option<(f32, u16)> {
        let cp = c as usize;
        if let Some(&(a, g)) = self.latin.get(cp) {
            return (a >= 0.0).then_some((a, g));
        }
        if is_private_use(c) {
            return None;
        }
        let Some(block) = self.blocks.get(cp / BLOCK) else {
            let font = self.font()?;
            return Reader::new(&font)
                .advance(c)
                .map(|(a, g)| (a / self.upm, g));
        };
        let table = block.get_or_init(|| match self.font() {
            Some(font) => table(&Reader::new(&font), cp - cp % BLOCK, self.upm),
            None => Box::new([(-1.0, 0); BLOCK]),
        });
        let (a, g) = table[cp % BLOCK];
        (a >= 0.0).then_some((a, g))
    }

    /// Units per em.
    pub fn units_per_em(&self) -> f32 {
        self.upm
    }
}

/// The (advance in em, glyph id) of the `BLOCK` code points from `first`; advance -1 where
/// the face has no glyph.
fn table(reader: &Reader<'_>, first: usize, upm: f32) -> Box<Block> {
    Box::new(std::array::from_fn(|i| {
        u32::try_from(first + i)
            .ok()
            .and_then(char::from_u32)
            .and_then(|c| reader.advance(c))
            .map_or((-1.0, 0), |(a, g)| (a / upm, g))
    }))
}

/// The font set; cheap to share (`&'static`). Each face is parsed the first time a document
/// uses it, so a document without italics or code never pays for those faces.
pub struct Fonts {
    sources: [Bytes; 5],
    faces: [OnceLock<Option<Face>>; 5],
    fallback: OnceLock<Option<Face>>,
    hangul: OnceLock<Option<Face>>,
}

impl Fonts {
    fn new(sources: [Bytes; 5]) -> Option<Fonts> {
        let fonts = Fonts {
            sources,
            faces: std::array::from_fn(|_| OnceLock::new()),
            fallback: OnceLock::new(),
            hangul: OnceLock::new(),
        };
        // The body face is always needed (and measures the ascent): fail early if it is broken.
        fonts.face(FaceId::Regular)?;
        Some(fonts)
    }

    /// A font set whose body faces are the user's TrueType files (a missing bold or italic
    /// falls back to the regular face); monospace and the CJK fallback stay bundled. `None`
    /// when a file does not parse.
    pub fn with_body(regular: &[u8], bold: Option<&[u8]>, italic: Option<&[u8]>) -> Option<Fonts> {
        let user = |b: &[u8]| Bytes::User(Arc::from(b));
        let regular = user(regular);
        let bold = bold.map_or_else(|| regular.clone(), user);
        let italic = italic.map_or_else(|| regular.clone(), user);
        let fonts = Fonts::new([
            regular,
            bold.clone(),
            italic,
            bold,
            Bytes::Bundled(SOURCES[4]),
        ])?;
        // A user's file that does not parse must fail now, not on first use.
        for id in [FaceId::Bold, FaceId::Italic] {
            fonts.face(id)?;
        }
        Some(fonts)
    }

    /// Whether `bytes` parse as a font that can be measured and embedded.
    pub fn parses(bytes: &[u8]) -> bool {
        Face::load(Bytes::User(Arc::from(bytes))).is_some()
    }

    /// The process-wide bundled font set. `None` if a bundled font is broken.
    pub fn get() -> Option<&'static Fonts> {
        static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
        FONTS
            .get_or_init(|| Fonts::new(SOURCES.map(Bytes::Bundled)))
            .as_ref()
    }

    /// A face, parsed on first request.
    pub fn face(&self, id: FaceId) -> Option<&Face> {
        match id {
            FaceId::Fallback => self
                .fallback
                .get_or_init(|| Face::load(Bytes::Bundled(FALLBACK_SOURCE)))
                .as_ref(),
            FaceId::Hangul => self
                .hangul
                .get_or_init(|| Face::load(Bytes::Bundled(HANGUL_SOURCE)))
                .as_ref(),
            _ => {
                let i = id.index();
                self.faces
                    .get(i)?
                    .get_or_init(|| Face::load(self.sources.get(i)?.clone()))
                    .as_ref()
            }
        }
    }

    /// Advance of `c` in `face` in em; 0.5 em if the face cannot draw it (never happens for
    /// text that went through [`Fonts::resolve`]).
    pub fn advance(&self, face: FaceId, c: char) -> f32 {
        self.face(face).and_then(|f| f.advance(c)).unwrap_or(0.5)
    }

    /// Width of `text` in points (shaped, when its script needs shaping).
    pub fn width(&self, face: FaceId, size: f32, text: &str) -> f32 {
        if text.chars().any(needs_shaping) {
            if let Some(f) = self.face(face) {
                return f.shaped_width(text) * size;
            }
        }
        text.chars().map(|c| self.advance(face, c)).sum::<f32>() * size
    }

    /// Which face draws `c` when `want` is asked for: `want` itself, the regular face, the
    /// CJK fallback, the Hangul face, or none.
    pub fn resolve(&self, want: FaceId, c: char) -> Option<FaceId> {
        self.resolve_advance(want, c).map(|(face, _)| face)
    }

    /// As [`Fonts::resolve`], with the advance of `c` in that face, in em (one look-up
    /// instead of two for every character laid out).
    pub fn resolve_advance(&self, want: FaceId, c: char) -> Option<(FaceId, f32)> {
        if let Some(a) = self.face(want).and_then(|f| f.advance(c)) {
            return Some((want, a));
        }
        let rest: &[FaceId] = if want == FaceId::Regular {
            &[FaceId::Fallback, FaceId::Hangul]
        } else {
            &[FaceId::Regular, FaceId::Fallback, FaceId::Hangul]
        };
        rest.iter()
            .find_map(|id| Some((*id, self.face(*id)?.advance(c)?)))
    }

    /// The ascent of the body face in em (used to place baselines).
    pub fn ascent(&self) -> f32 {
        self.face(FaceId::Regular)
            .map(|f| f.ascender / f.upm)
            .unwrap_or(0.9)
    }
}

/// A character of the Unicode private use areas (its meaning is private, not in Unicode).
pub fn is_private_use(c: char) -> bool {
    matches!(c as u32, 0xE000..=0xF8FF | 0xF_0000..=0xF_FFFD | 0x10_0000..=0x10_FFFD)
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
        assert_eq!(
            fonts.resolve(FaceId::Regular, '\u{E000}'),
            None,
            "private use"
        );
    }

    #[test]
    fn hangul_has_a_face() {
        let fonts = Fonts::get().expect("fonts");
        for c in "한국어 텍스트".chars().filter(|c| *c != ' ') {
            assert!(fonts.resolve(FaceId::Regular, c).is_some(), "{c}");
        }
        assert_eq!(fonts.resolve(FaceId::Regular, '텍'), Some(FaceId::Hangul));
    }
}
