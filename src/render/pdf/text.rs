//! Inline text → measured words → wrapped lines.
//!
//! Styled runs are cut into words at spaces, after hyphens and slashes and around CJK
//! characters; each piece of a word gets the face that can draw it (the wanted face, the
//! regular face, the CJK fallback, or a visible replacement with a warning). Widths are
//! summed once per piece from the font's advances, so a table can ask a cell for its natural
//! and minimum widths and then wrap it without measuring again. A word wider than the line is
//! broken between characters; lines holding right-to-left text are put in visual order with
//! `unicode-bidi`.

use super::bidi::reorder_bidi;
use super::layout::{LinkTarget, Rgb};
use super::words::{Piece, Word};
use crate::fonts::{FaceId, Fonts};
use std::collections::HashSet;

pub use super::words::prepare;

/// How a piece of text is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct TextStyle {
    pub face: FaceId,
    pub size: f32,
    pub color: Rgb,
    pub link: Option<LinkTarget>,
    pub underline: bool,
    pub strike: bool,
    /// Preformatted: spaces are kept as they are and are no break opportunities.
    pub pre: bool,
    /// The structure node of the link this text is (see [`super::structure`]).
    pub node: Option<u32>,
}

impl TextStyle {
    pub fn plain(face: FaceId, size: f32, color: Rgb) -> TextStyle {
        TextStyle {
            face,
            size,
            color,
            link: None,
            underline: false,
            strike: false,
            pre: false,
            node: None,
        }
    }
}

/// Characters no bundled font has, in order of first appearance (one warning each).
#[derive(Debug, Default)]
pub struct Missing {
    pub chars: Vec<char>,
    seen: HashSet<char>,
}

impl Missing {
    pub(super) fn note(&mut self, c: char) {
        if self.seen.insert(c) {
            self.chars.push(c);
        }
    }
}

/// Styled text cut into measured words, ready to be wrapped at any width.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    pub styles: Vec<TextStyle>,
    /// The width of a space in each style's face and size (the glue between words), looked
    /// up once: the column-width search counts lines at many widths.
    pub(super) spaces: Vec<f32>,
    pub(super) words: Vec<Word>,
    /// The pieces of every word, one after another ([`Word::pieces`] is a range of them).
    pub(super) pieces: Vec<Piece>,
    /// The characters of every piece, one after another.
    pub(super) text: String,
    /// The paragraph's base direction is right to left (a right-to-left document), whatever
    /// its first strong character.
    pub rtl: bool,
}

/// A placed piece of a wrapped line (`x` from the line start).
#[derive(Debug, Clone, PartialEq)]
pub struct LineFrag {
    pub x: f32,
    pub width: f32,
    pub text: String,
    pub face: FaceId,
    pub style: usize,
}

/// One wrapped line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TextLine {
    pub width: f32,
    pub frags: Vec<LineFrag>,
    /// The line's base direction is right-to-left (it should be right-aligned).
    pub rtl: bool,
}

impl Prepared {
    /// The pieces of word `w`.
    fn pieces_of(&self, w: &Word) -> &[Piece] {
        self.pieces
            .get(w.pieces.start as usize..w.pieces.end as usize)
            .unwrap_or_default()
    }

    /// Width of the text on one line (hard breaks respected).
    pub fn natural_width(&self) -> f32 {
        let mut best: f32 = 0.0;
        let mut line = 0.0;
        for w in &self.words {
            if w.hard {
                best = best.max(line);
                line = 0.0;
            } else if w.glue && line > 0.0 {
                line += self.space_width(w);
            }
            line += w.width;
        }
        best.max(line)
    }

    /// Width of the widest unbreakable word.
    pub fn min_width(&self) -> f32 {
        self.words.iter().map(|w| w.width).fold(0.0, f32::max)
    }

    /// Width of the widest part of a word between the points where a word too wide for its
    /// line is broken (a file name's parts, a path's folders): the least a column of such
    /// text needs.
    pub fn min_soft_width(&self) -> f32 {
        self.words.iter().map(|w| w.soft).fold(0.0, f32::max)
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// How many lines [`Prepared::lines`] would make at width `max`, without making them
    /// (to compare column widths cheaply).
    pub fn count_lines(&self, max: f32) -> u32 {
        let max = max.max(1.0);
        let (mut n, mut line) = (1, 0.0);
        for w in &self.words {
            if w.hard {
                n += 1;
                line = 0.0;
            }
            if w.pieces.is_empty() {
                continue;
            }
            let glue = if w.glue && line > 0.0 {
                self.space_width(w)
            } else {
                0.0
            };
            if line + glue + w.width <= max + 0.01 {
                line += glue + w.width;
                continue;
            }
            if line > 0.0 {
                n += 1;
            }
            let parts = (w.width / max).ceil().max(1.0);
            n += parts as u32 - 1;
            line = w.width - (parts - 1.0) * max;
        }
        n
    }

    /// The glue before word `w`: a space in the style of its first piece.
    fn space_width(&self, w: &Word) -> f32 {
        self.pieces_of(w)
            .first()
            .and_then(|p| self.spaces.get(p.style()))
            .copied()
            .unwrap_or(0.0)
    }

    /// Wraps the words into lines no wider than `max` (a word wider than `max` is broken).
    pub fn lines(&self, fonts: &Fonts, max: f32) -> Vec<TextLine> {
        let max = max.max(1.0);
        let mut out = Vec::new();
        let mut cur = TextLine::default();
        for word in &self.words {
            if word.hard {
                out.push(std::mem::take(&mut cur));
            }
            if word.pieces.is_empty() {
                continue;
            }
            let glue = if word.glue && !cur.frags.is_empty() {
                self.glue_width(fonts, &cur)
            } else {
                0.0
            };
            if cur.width + glue + word.width <= max + 0.01 {
                self.append(&mut cur, word, glue);
                continue;
            }
            if !cur.frags.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if word.width <= max + 0.01 {
                self.append(&mut cur, word, 0.0);
            } else {
                self.break_word(fonts, &mut out, &mut cur, word, max);
            }
        }
        if !cur.frags.is_empty() || out.is_empty() {
            out.push(cur);
        }
        for line in &mut out {
            reorder_bidi(fonts, self, line);
        }
        out
    }

    /// Width of a space drawn in the face of the line's last fragment.
    fn glue_width(&self, fonts: &Fonts, line: &TextLine) -> f32 {
        let Some(last) = line.frags.last() else {
            return 0.0;
        };
        let size = self.styles.get(last.style).map_or(0.0, |s| s.size);
        fonts.advance(last.face, ' ') * size
    }

    fn append(&self, line: &mut TextLine, word: &Word, glue: f32) {
        if glue > 0.0 {
            if let Some(last) = line.frags.last_mut() {
                last.text.push(' ');
                last.width += glue;
                line.width += glue;
            }
        }
        for p in self.pieces_of(word) {
            let text = p.text(&self.text);
            self.append_piece(line, p.style(), p.face, text, p.width);
        }
    }

    fn append_piece(
        &self,
        line: &mut TextLine,
        style: usize,
        face: FaceId,
        text: &str,
        width: f32,
    ) {
        match line.frags.last_mut() {
            Some(f) if f.style == style && f.face == face => {
                f.text.push_str(text);
                f.width += width;
            }
            _ => line.frags.push(LineFrag {
                x: line.width,
                width,
                text: text.to_string(),
                face,
                style,
            }),
        }
        line.width += width;
    }

    /// Breaks an over-long word, filling lines to `max`: after the last of its soft break
    /// points ([`super::words::soft_break_after`]) that fits, else between characters.
    fn break_word(
        &self,
        fonts: &Fonts,
        out: &mut Vec<TextLine>,
        cur: &mut TextLine,
        word: &Word,
        max: f32,
    ) {
        for p in self.pieces_of(word) {
            let size = self.styles.get(p.style()).map_or(0.0, |s| s.size);
            let mut buf = String::new();
            let mut buf_w = 0.0;
            // Where `buf` may be cut: its length and width after a soft break point.
            let mut soft: Option<(usize, f32)> = None;
            for c in p.text(&self.text).chars() {
                let w = fonts.advance(p.face, c) * size;
                if cur.width + buf_w + w > max + 0.01 && (cur.width > 0.0 || buf_w > 0.0) {
                    match soft.take().filter(|(at, _)| *at > 0 && *at < buf.len()) {
                        Some((at, at_w)) => {
                            let rest = buf.split_off(at);
                            self.append_piece(cur, p.style(), p.face, &buf, at_w);
                            buf = rest;
                            buf_w -= at_w;
                        }
                        None => {
                            self.append_piece(cur, p.style(), p.face, &buf, buf_w);
                            buf.clear();
                            buf_w = 0.0;
                        }
                    }
                    out.push(std::mem::take(cur));
                    soft = None;
                }
                buf.push(c);
                buf_w += w;
                if super::words::soft_break_after(c) {
                    soft = Some((buf.len(), buf_w));
                }
            }
            if !buf.is_empty() {
                self.append_piece(cur, p.style(), p.face, &buf, buf_w);
            }
        }
        cur.frags.retain(|f| !f.text.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prep(text: &str) -> Prepared {
        let fonts = Fonts::get().expect("fonts");
        let styles = vec![TextStyle::plain(FaceId::Regular, 10.0, Rgb(0, 0, 0))];
        prepare(
            fonts,
            styles,
            &[(0, text.to_string())],
            &mut Missing::default(),
        )
    }

    fn texts(lines: &[TextLine]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.frags.iter().map(|f| f.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn wraps_at_spaces_within_width() {
        let fonts = Fonts::get().expect("fonts");
        let p = prep("the quick brown fox jumps over the lazy dog");
        let lines = p.lines(fonts, 60.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| l.width <= 60.01));
        assert_eq!(
            texts(&lines).join(" "),
            "the quick brown fox jumps over the lazy dog"
        );
    }

    #[test]
    fn long_word_breaks_anywhere() {
        let fonts = Fonts::get().expect("fonts");
        let word = "x".repeat(10_000);
        let lines = prep(&word).lines(fonts, 100.0);
        assert!(lines.len() > 100);
        assert!(lines.iter().all(|l| l.width <= 100.01));
        assert_eq!(texts(&lines).concat(), word);
    }

    #[test]
    fn long_tokens_break_after_their_separators() {
        let fonts = Fonts::get().expect("fonts");
        let name = "LUM-REG-01_Information_Asset_Register_Export_2026-10-14.xlsx";
        let p = prep(name);
        assert!(p.min_soft_width() < p.min_width() / 3.0);
        let lines = texts(&p.lines(fonts, 90.0));
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.concat(), name);
        for l in &lines[..lines.len() - 1] {
            assert!(l.ends_with(['_', '-', '.']), "{lines:?}");
        }
    }

    #[test]
    fn iso_iec_is_one_word() {
        let fonts = Fonts::get().expect("fonts");
        let lines = texts(&prep("see ISO/IEC 42005:2025").lines(fonts, 60.0));
        assert!(lines.iter().any(|l| l.contains("ISO/IEC")), "{lines:?}");
        let lines = texts(&prep("this and/or that").lines(fonts, 22.0));
        assert!(lines.iter().any(|l| l.ends_with("and/")), "{lines:?}");
    }

    #[test]
    fn missing_chars_are_noted_once() {
        let fonts = Fonts::get().expect("fonts");
        let styles = vec![TextStyle::plain(FaceId::Regular, 10.0, Rgb(0, 0, 0))];
        let mut missing = Missing::default();
        let p = prepare(
            fonts,
            styles,
            &[(0, "a\u{10FFFD}b\u{10FFFD}".into())],
            &mut missing,
        );
        assert_eq!(missing.chars, vec!['\u{10FFFD}']);
        assert_eq!(texts(&p.lines(fonts, 500.0)), vec!["a\u{FFFD}b\u{FFFD}"]);
    }

    #[test]
    fn right_to_left_runs_go_in_visual_order_and_keep_logical_text() {
        let fonts = Fonts::get().expect("fonts");
        let lines = prep("שלום עולם").lines(fonts, 500.0);
        assert!(lines[0].rtl);
        assert_eq!(
            texts(&lines),
            vec!["שלום עולם"],
            "the writer shapes it right to left"
        );
        let mixed = prep("Lumora שלום 42 mixed").lines(fonts, 500.0);
        assert!(!mixed[0].rtl);
        let frags: Vec<&str> = mixed[0].frags.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(frags[0], "Lumora ");
        assert!(frags.iter().any(|f| f.contains("שלום")), "{frags:?}");
    }

    #[test]
    fn preformatted_text_keeps_its_spaces() {
        let fonts = Fonts::get().expect("fonts");
        let style = TextStyle {
            pre: true,
            ..TextStyle::plain(FaceId::Mono, 8.0, Rgb(0, 0, 0))
        };
        let p = prepare(
            fonts,
            vec![style],
            &[(0, "    a  b".into())],
            &mut Missing::default(),
        );
        assert_eq!(texts(&p.lines(fonts, 500.0)), vec!["    a  b"]);
    }
}
