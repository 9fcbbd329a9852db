//! Styled runs → measured words: where a line may break, and which face draws each character.
//!
//! Words end at spaces (which become glue), after a hyphen between letters, a slash before a
//! letter or a dash, and around CJK characters (except before closing punctuation). Each
//! character gets the face that can draw it: the wanted one, the regular face, the CJK
//! fallback, or U+FFFD with a note in [`Missing`]. Zero-width and bidi control characters
//! are dropped; tabs and newlines become spaces. A piece in a script that needs shaping
//! (Arabic, Hebrew points, combining marks …) is measured shaped, as the writer will draw it.

use super::text::{Missing, Prepared, TextStyle};
use crate::fonts::{is_invisible, needs_shaping, FaceId, Fonts, REPLACEMENT};

/// A run of one style and face inside a word; its text is `Prepared::text[start..end]` (one
/// buffer per cell or paragraph rather than a string per piece).
#[derive(Debug, Clone)]
pub(super) struct Piece {
    style: u32,
    pub(super) face: FaceId,
    start: u32,
    end: u32,
    pub(super) width: f32,
}

impl Piece {
    /// The index of the piece's style in `Prepared::styles`.
    pub(super) fn style(&self) -> usize {
        self.style as usize
    }

    /// The piece's characters in `buf` (`Prepared::text`).
    pub(super) fn text<'a>(&self, buf: &'a str) -> &'a str {
        buf.get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }
}

/// An index or text offset as a piece stores it (32 bits: a cell or paragraph is capped far
/// below 4 GB by the template output limit).
fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A measured word. Its pieces are `Prepared::pieces[pieces]`: one list per cell or paragraph
/// rather than one per word (the 10,000-control SoA has over a million words, all measured
/// before any is placed, for the column widths).
#[derive(Debug, Clone, Default)]
pub(super) struct Word {
    pub(super) pieces: std::ops::Range<u32>,
    pub(super) width: f32,
    /// A space precedes the word (else it follows a break opportunity without glue).
    pub(super) glue: bool,
    /// A hard line break precedes the word.
    pub(super) hard: bool,
    /// The widest stretch between the points where a too-long word may be broken without
    /// splitting a part of it (after `/ _ - . : \\`, see [`soft_break_after`]).
    pub(super) soft: f32,
    /// The stretch being measured.
    run: f32,
}

/// A word too wide for its line may be broken after `c`: a path, file name, address or
/// identifier splits between its parts, not inside one.
pub(super) fn soft_break_after(c: char) -> bool {
    matches!(
        c,
        '/' | '\\' | '_' | '-' | '.' | ':' | '@' | '&' | '?' | '=' | ',' | ';' | '+' | '#' | '|'
    )
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// CJK punctuation that must not start a line.
fn no_break_before(c: char) -> bool {
    "、。，．：；！？）」』】〉》・ー".contains(c)
}

/// Builds words from runs; `runs` are `(style index, text)`, a `"\n"` text is a hard break.
pub fn prepare(
    fonts: &Fonts,
    styles: Vec<TextStyle>,
    runs: &[(usize, String)],
    missing: &mut Missing,
) -> Prepared {
    let mut words: Vec<Word> = Vec::new();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut buf = String::with_capacity(runs.iter().map(|(_, t)| t.len()).sum());
    let mut cur = Word::default();
    let mut pending_glue = false;
    let mut pending_hard = false;
    let mut prev: Option<char> = None;
    for (style_idx, text) in runs {
        let Some(style) = styles.get(*style_idx) else {
            continue;
        };
        if text == "\n" {
            finish_word(&mut words, &mut cur, &pieces);
            pending_hard = true;
            pending_glue = false;
            continue;
        }
        let mut chars = text.chars().peekable();
        while let Some(raw) = chars.next() {
            let c = if raw == '\t' || raw == '\n' { ' ' } else { raw };
            if c == ' ' && !style.pre {
                finish_word(&mut words, &mut cur, &pieces);
                prev = None;
                pending_glue = true;
                continue;
            }
            if is_invisible(c) {
                continue;
            }
            let next = chars.peek().copied();
            if is_cjk(c) && !cur.pieces.is_empty() && !no_break_before(c) {
                finish_word(&mut words, &mut cur, &pieces);
            }
            if cur.pieces.is_empty() {
                cur.glue = pending_glue && !words.is_empty();
                cur.hard = pending_hard;
                pending_glue = false;
                pending_hard = false;
            }
            let into = (&mut cur, &mut pieces, &mut buf);
            push_char(fonts, into, *style_idx, style, c, missing);
            if breaks_after(prev, c, next) {
                finish_word(&mut words, &mut cur, &pieces);
            }
            prev = Some(c);
        }
    }
    finish_word(&mut words, &mut cur, &pieces);
    if buf.chars().any(needs_shaping) {
        measure_shaped(fonts, &styles, &buf, &mut words, &mut pieces);
    }
    if pending_hard {
        words.push(Word {
            hard: true,
            ..Word::default()
        });
    }
    let spaces = styles
        .iter()
        .map(|s| fonts.advance(s.face, ' ') * s.size)
        .collect();
    Prepared {
        styles,
        spaces,
        words,
        pieces,
        text: buf,
        rtl: false,
    }
}

/// A line may break after `c` (between `prev` and `next`) without a space: after a hyphen
/// between a lower-case letter and a letter ("non-conformity"; not "2026-10" or the
/// identifier "LUM-AI-001"), a slash before a letter ("and/or", URLs; not between capitals
/// as in "ISO/IEC"), a dash, or a CJK character.
fn breaks_after(prev: Option<char>, c: char, next: Option<char>) -> bool {
    let letter = |x: Option<char>| x.is_some_and(char::is_alphabetic);
    match c {
        '-' => prev.is_some_and(char::is_lowercase) && letter(next),
        // Not inside an all-capitals pair such as "ISO/IEC".
        '/' => {
            letter(next)
                && !(prev.is_some_and(char::is_uppercase) && next.is_some_and(char::is_uppercase))
        }
        '\u{2013}' | '\u{2014}' => next.is_some_and(char::is_alphanumeric),
        _ => is_cjk(c) && !next.is_some_and(no_break_before),
    }
}

/// Re-measures the pieces that need shaping with their shaped width.
fn measure_shaped(
    fonts: &Fonts,
    styles: &[TextStyle],
    buf: &str,
    words: &mut [Word],
    pieces: &mut [Piece],
) {
    for word in words {
        let mut changed = false;
        let own = &mut pieces[word.pieces.start as usize..word.pieces.end as usize];
        for p in own.iter_mut() {
            let text = p.text(buf);
            if text.chars().any(needs_shaping) {
                let size = styles.get(p.style()).map_or(0.0, |s| s.size);
                p.width = fonts.width(p.face, size, text);
                changed = true;
            }
        }
        if changed {
            word.width = own.iter().map(|p| p.width).sum();
        }
    }
}

/// Ends the word being built (if it has pieces); the next one starts after its pieces.
fn finish_word(words: &mut Vec<Word>, cur: &mut Word, pieces: &[Piece]) {
    if !cur.pieces.is_empty() {
        words.push(std::mem::take(cur));
    }
    let end = u32::try_from(pieces.len()).unwrap_or(u32::MAX);
    cur.pieces = end..end;
}

/// Adds `c` to `word`, whose pieces are the last of `pieces`, and its text to `buf`.
fn push_char(
    fonts: &Fonts,
    (word, pieces, buf): (&mut Word, &mut Vec<Piece>, &mut String),
    style_idx: usize,
    style: &TextStyle,
    c: char,
    missing: &mut Missing,
) {
    let (face, c, advance) = match fonts.resolve_advance(style.face, c) {
        Some((face, advance)) => (face, c, advance),
        None => {
            missing.note(c);
            let face = fonts
                .resolve(style.face, REPLACEMENT)
                .unwrap_or(FaceId::Regular);
            (face, REPLACEMENT, fonts.advance(face, REPLACEMENT))
        }
    };
    let w = advance * style.size;
    word.width += w;
    word.run += w;
    word.soft = word.soft.max(word.run);
    if soft_break_after(c) {
        word.run = 0.0;
    }
    let start = small(buf.len());
    buf.push(c);
    let last = if word.pieces.is_empty() {
        None
    } else {
        pieces.last_mut()
    };
    match last {
        Some(p) if p.style() == style_idx && p.face == face && p.end == start => {
            p.end = small(buf.len());
            p.width += w;
        }
        _ => {
            pieces.push(Piece {
                style: small(style_idx),
                face,
                start,
                end: small(buf.len()),
                width: w,
            });
            word.pieces.end = u32::try_from(pieces.len()).unwrap_or(u32::MAX);
        }
    }
}
