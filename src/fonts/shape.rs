//! Text → positioned glyphs, the one place layout and writer get them from.
//!
//! Most text needs no shaping: each character is its `cmap` glyph with its `hmtx` advance
//! (what the layout has always measured), looked up in the face's tables. Runs holding a
//! character of a script that does need it — Arabic (joining forms, ligatures), Hebrew
//! (points), combining marks, Indic and South-East Asian scripts, Hangul jamo — are shaped
//! with rustybuzz in the run's direction, one script at a time, and measured as shaped (the
//! layout asks for the same glyphs the writer draws). Every glyph keeps the byte range of the
//! text it stands for, so the PDF's text layer gives the logical text back.

use super::Face;
use std::ops::Range;

/// One positioned glyph; advances and offsets in em, `text` the bytes of the source it draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub id: u16,
    pub advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    pub text: Range<usize>,
}

/// Whether `c` belongs to a script whose glyphs depend on their neighbours.
pub fn needs_shaping(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F   // combining diacritical marks
        | 0x0483..=0x0489 // Cyrillic combining marks
        | 0x0590..=0x08FF // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Arabic ext.
        | 0x0900..=0x0DFF // Indic scripts
        | 0x0E00..=0x0FFF // Thai, Lao, Tibetan
        | 0x1000..=0x109F // Myanmar
        | 0x1100..=0x11FF // Hangul jamo
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF // more combining marks
        | 0xA960..=0xA97F | 0xD7B0..=0xD7FF // Hangul jamo extended
        | 0xFB1D..=0xFDFF // Hebrew and Arabic presentation forms
        | 0xFE20..=0xFE2F // combining half marks
        | 0xFE70..=0xFEFF // Arabic presentation forms B
    )
}

impl Face {
    /// The glyphs that draw `text`, left to right as they are placed; `rtl` for a run the bidi
    /// algorithm put right to left. Characters the face lacks are skipped (the layout has
    /// already given every character a face that has it).
    pub fn glyphs(&self, text: &str, rtl: bool) -> Vec<Glyph> {
        if rtl || text.chars().any(needs_shaping) {
            if let Some(g) = self.shape(text, rtl) {
                return g;
            }
        }
        text.char_indices()
            .filter_map(|(i, c)| {
                let (advance, id) = self.glyph(c)?;
                Some(Glyph {
                    id,
                    advance,
                    x_offset: 0.0,
                    y_offset: 0.0,
                    text: i..i + c.len_utf8(),
                })
            })
            .collect()
    }

    /// Width of `text` shaped, in em.
    pub fn shaped_width(&self, text: &str) -> f32 {
        let rtl = text.chars().any(is_rtl);
        self.glyphs(text, rtl).iter().map(|g| g.advance).sum()
    }

    /// Shapes `text` one script at a time (a run may hold Hebrew and Arabic: one buffer would
    /// shape the Arabic as Hebrew, unjoined), the pieces in visual order.
    fn shape(&self, text: &str, rtl: bool) -> Option<Vec<Glyph>> {
        let face = rustybuzz::Face::from_slice(self.bytes(), 0)?;
        let mut pieces = Vec::new();
        for range in script_runs(text) {
            let mut glyphs = self.shape_one(&face, &text[range.clone()], rtl);
            for g in &mut glyphs {
                g.text = g.text.start + range.start..g.text.end + range.start;
            }
            pieces.push(glyphs);
        }
        if rtl {
            pieces.reverse();
        }
        Some(pieces.concat())
    }

    fn shape_one(&self, face: &rustybuzz::Face<'_>, text: &str, rtl: bool) -> Vec<Glyph> {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        // Default features. (Turning `kern` off through a feature list made rustybuzz 0.20
        // return right-to-left glyphs in logical order: the test below guards against it.)
        let out = rustybuzz::shape(face, &[], buffer);
        let upm = self.units_per_em();
        let infos = out.glyph_infos();
        let positions = out.glyph_positions();
        // Cluster starts, sorted, to find where each cluster's text ends.
        let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let end_of = |start: usize| {
            let k = starts.partition_point(|s| *s <= start);
            starts.get(k).copied().unwrap_or(text.len())
        };
        infos
            .iter()
            .zip(positions)
            .map(|(info, pos)| {
                let start = info.cluster as usize;
                Glyph {
                    id: u16::try_from(info.glyph_id).unwrap_or(0),
                    advance: pos.x_advance as f32 / upm,
                    x_offset: pos.x_offset as f32 / upm,
                    y_offset: pos.y_offset as f32 / upm,
                    text: start..end_of(start),
                }
            })
            .collect()
    }
}

/// Which script family a character belongs to, for splitting a run; `None` for characters
/// that take their neighbours' (spaces, punctuation, digits, marks).
fn family(c: char) -> Option<u8> {
    match c as u32 {
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => Some(1),
        0x0600..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Some(2),
        _ if c.is_alphabetic() => Some(0),
        _ => None,
    }
}

/// `text` cut where the script family changes (neutral characters stay with what precedes).
fn script_runs(text: &str) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let (mut start, mut current) = (0, None);
    for (i, c) in text.char_indices() {
        if let Some(f) = family(c) {
            if current.is_some_and(|cur| cur != f) {
                runs.push(start..i);
                start = i;
            }
            current = Some(f);
        }
    }
    runs.push(start..text.len());
    runs
}

/// A strong right-to-left character (Hebrew, Arabic and their presentation forms).
pub fn is_rtl(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

#[cfg(test)]
mod tests {
    use crate::fonts::{FaceId, Fonts};

    #[test]
    fn arabic_is_joined_and_keeps_its_text() {
        let fonts = Fonts::get().expect("fonts");
        let face = fonts.face(FaceId::Regular).expect("face");
        let word = "مرحبا";
        let shaped = face.glyphs(word, true);
        let isolated: Vec<u16> = word
            .chars()
            .filter_map(|c| face.glyph(c).map(|(_, g)| g))
            .collect();
        let ids: Vec<u16> = shaped.iter().rev().map(|g| g.id).collect();
        assert_ne!(ids, isolated, "joining forms replace the isolated ones");
        let mut covered: Vec<usize> = shaped.iter().flat_map(|g| g.text.clone()).collect();
        covered.sort_unstable();
        covered.dedup();
        assert_eq!(covered, (0..word.len()).collect::<Vec<_>>());
    }

    #[test]
    fn hebrew_then_arabic_shape_as_each_script() {
        let fonts = Fonts::get().expect("fonts");
        let face = fonts.face(FaceId::Regular).expect("face");
        let parts =
            face.shaped_width("עברית") + face.shaped_width(", ") + face.shaped_width("العربية");
        let whole = face.shaped_width("עברית, العربية");
        assert!(
            (parts - whole).abs() < 0.01,
            "{parts} vs {whole}: the Arabic stays joined"
        );
    }

    #[test]
    fn right_to_left_glyphs_come_in_visual_order() {
        let fonts = Fonts::get().expect("fonts");
        let face = fonts.face(FaceId::Regular).expect("face");
        for word in ["שלום", "مرحبا"] {
            let starts: Vec<usize> = face
                .glyphs(word, true)
                .iter()
                .map(|g| g.text.start)
                .collect();
            let mut sorted = starts.clone();
            sorted.sort_unstable_by(|a, b| b.cmp(a));
            assert_eq!(
                starts, sorted,
                "{word}: the last letter is drawn first (leftmost)"
            );
        }
    }

    #[test]
    fn plain_text_is_cmap_and_advances() {
        let fonts = Fonts::get().expect("fonts");
        let face = fonts.face(FaceId::Regular).expect("face");
        let g = face.glyphs("AV", false);
        assert_eq!(g.len(), 2);
        let sum: f32 = g.iter().map(|g| g.advance).sum();
        assert_eq!(sum, fonts.width(FaceId::Regular, 1.0, "AV"), "no kerning");
    }
}
