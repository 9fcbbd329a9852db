//! Right-to-left text: a wrapped line holding Hebrew or Arabic is put in visual order.
//!
//! `unicode-bidi` resolves the embedding levels of the line (its base direction from its
//! first strong character, or right to left throughout a right-to-left document); the runs are put in visual order, and the pieces of a run at an
//! odd level in reverse. Each piece keeps its text in logical order: the writer shapes it
//! right to left (Arabic joined, Hebrew points placed) and its width is the shaped width,
//! so the PDF's text layer reads in logical order too. Mirrored characters such as brackets
//! are not swapped: a known limit.

use super::text::{LineFrag, Prepared, TextLine};
use crate::fonts::Fonts;
use unicode_bidi::ParagraphBidiInfo;

fn is_rtl_char(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Puts a line holding right-to-left characters into visual order; in a right-to-left
/// document every line, its base direction right to left.
pub fn reorder_bidi(fonts: &Fonts, prep: &Prepared, line: &mut TextLine) {
    if !prep.rtl && !line.frags.iter().any(|f| f.text.chars().any(is_rtl_char)) {
        return;
    }
    let text: String = line.frags.iter().map(|f| f.text.as_str()).collect();
    let base = prep.rtl.then_some(unicode_bidi::Level::rtl());
    let info = ParagraphBidiInfo::new(&text, base);
    line.rtl = info.paragraph_level.is_rtl();
    let (levels, runs) = info.visual_runs(0..text.len());
    let mut bounds = Vec::with_capacity(line.frags.len());
    let mut start = 0;
    for f in &line.frags {
        bounds.push(start..start + f.text.len());
        start += f.text.len();
    }
    let mut out: Vec<LineFrag> = Vec::new();
    for run in runs {
        let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
        let mut parts: Vec<LineFrag> = Vec::new();
        for (f, b) in line.frags.iter().zip(&bounds) {
            let (s, e) = (run.start.max(b.start), run.end.min(b.end));
            if s >= e {
                continue;
            }
            let Some(slice) = text.get(s..e) else {
                continue;
            };
            let piece = slice.to_string();
            let size = prep.styles.get(f.style).map_or(0.0, |st| st.size);
            let width = fonts.width(f.face, size, &piece);
            parts.push(LineFrag {
                x: 0.0,
                width,
                text: piece,
                face: f.face,
                style: f.style,
            });
        }
        if rtl {
            parts.reverse();
        }
        out.extend(parts);
    }
    let mut x = 0.0;
    for f in &mut out {
        f.x = x;
        x += f.width;
    }
    line.width = x;
    line.frags = out;
}
