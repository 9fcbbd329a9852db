//! Bad branding input reaches the PDF writer as a warning or a clear error, never a panic: a
//! theme font that is not TrueType, one whose licence forbids embedding (an archival file
//! may not carry it), logos huge, tiny, with an alpha channel, CMYK or broken.

use super::{meta, parse};
use crate::support::root;
use annexa::model::theme::{Font, ImageKind, Logo, Theme};
use annexa::render::pdf::render;
use std::io::Write as _;

fn png(width: u32, height: u32, rgba: [u8; 4]) -> Vec<u8> {
    let chunk = |out: &mut Vec<u8>, kind: &[u8], data: &[u8]| {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&[0; 4]); // CRC: not checked by the decoder
    };
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    let row: Vec<u8> = std::iter::once(0) // filter: none
        .chain(rgba.iter().copied().cycle().take(4 * width as usize))
        .collect();
    let raw = row.repeat(height as usize);
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    z.write_all(&raw).expect("deflate");
    let idat = z.finish().expect("deflate");
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &idat);
    chunk(&mut out, b"IEND", &[]);
    out
}

/// A JPEG frame header with `components` colour components and no image data.
fn jpeg(components: u8) -> Vec<u8> {
    let mut j = vec![
        0xff,
        0xd8,
        0xff,
        0xc0,
        0,
        8 + 3 * components,
        8,
        0,
        1,
        0,
        1,
        components,
    ];
    for c in 0..components {
        j.extend_from_slice(&[c + 1, 0x11, 0]);
    }
    j.extend_from_slice(&[0xff, 0xd9]);
    j
}

fn with_logo(bytes: Vec<u8>, kind: ImageKind, size: (u32, u32)) -> Theme {
    Theme {
        logo: Some(Logo {
            bytes,
            kind,
            alt: None,
            size: Some(size),
        }),
        ..Theme::default()
    }
}

fn with_font(regular: Vec<u8>) -> Theme {
    Theme {
        font: Some(Font {
            family: "Body".into(),
            regular,
            bold: None,
            italic: None,
        }),
        ..Theme::default()
    }
}

#[test]
fn logos_of_every_shape_are_drawn_or_warned_about() {
    let md = "# Title\n\nText.\n";
    for (what, theme) in [
        (
            "alpha",
            with_logo(png(4, 2, [10, 120, 100, 128]), ImageKind::Png, (4, 2)),
        ),
        (
            "tiny",
            with_logo(png(1, 1, [0, 0, 0, 255]), ImageKind::Png, (1, 1)),
        ),
        (
            "huge",
            with_logo(
                png(2000, 1500, [0, 90, 200, 255]),
                ImageKind::Png,
                (2000, 1500),
            ),
        ),
    ] {
        let out = render(md, &meta(), None, Some(&theme)).expect(what);
        assert!(out.warnings.is_empty(), "{what}: {:?}", out.warnings);
        let doc = parse(&out.bytes);
        let images = doc
            .objects
            .values()
            .filter_map(|o| o.as_stream().ok())
            .filter(|s| s.dict.get(b"Subtype").and_then(|v| v.as_name()).ok() == Some(b"Image"))
            .count();
        let expected = if what == "alpha" { 2 } else { 1 };
        assert_eq!(images, expected, "{what}: image (and soft mask)");
    }
    for (what, theme, says) in [
        (
            "CMYK JPEG",
            with_logo(jpeg(4), ImageKind::Jpeg, (1, 1)),
            "CMYK",
        ),
        (
            "broken JPEG",
            with_logo(jpeg(3), ImageKind::Jpeg, (1, 1)),
            "logo is not in the PDF",
        ),
    ] {
        let out = render(md, &meta(), None, Some(&theme)).expect(what);
        assert!(
            out.warnings.iter().any(|w| w.contains(says)),
            "{what}: {:?}",
            out.warnings
        );
        parse(&out.bytes);
    }
}

#[test]
fn a_theme_font_that_is_not_truetype_is_an_error() {
    let err = render(
        "text",
        &meta(),
        None,
        Some(&with_font(b"not a font".to_vec())),
    )
    .expect_err("not a font");
    assert!(err.to_string().contains("`Body`"), "{err}");
}

/// DejaVu Sans Mono with its OS/2 fsType set to 2: "restricted licence embedding".
fn restricted_font() -> Vec<u8> {
    let mut font = std::fs::read(root().join("src/fonts/DejaVuSansMono.ttf")).expect("font");
    let tables = u16::from_be_bytes([font[4], font[5]]) as usize;
    let os2 = (0..tables)
        .map(|i| 12 + 16 * i)
        .find(|&r| &font[r..r + 4] == b"OS/2")
        .expect("an OS/2 table");
    let at = u32::from_be_bytes(font[os2 + 8..os2 + 12].try_into().expect("offset")) as usize;
    font[at + 8..at + 10].copy_from_slice(&2u16.to_be_bytes());
    font
}

#[test]
fn a_font_whose_licence_forbids_embedding_is_a_clear_error() {
    let err =
        render("text", &meta(), None, Some(&with_font(restricted_font()))).expect_err("restricted");
    let msg = err.to_string();
    assert!(msg.contains("PDF/A-2a") && msg.contains("licence"), "{msg}");
    // Through the command: the document is named, nothing is written, exit code 1.
    crate::support::Test::new()
        .write(
            "soa.yaml",
            crate::support::lumora() + "\ntheme: theme.yaml\n",
        )
        .write(
            "theme.yaml",
            "font:\n  family: Locked\n  regular: locked.ttf\n",
        )
        .write("locked.ttf", restricted_font())
        .args(["build", "soa.yaml", "--out", "out", "--format", "pdf"])
        .stderr_has(
            ".pdf: could not write the PDF: the PDF would not conform to PDF/A-2a and PDF/UA-1",
        )
        .stderr_has("the theme's regular font's licence does not allow embedding")
        .expect_absent("out")
        .failure();
}

#[test]
fn characters_no_font_has_are_warnings_in_a_theme_font_too() {
    let font = std::fs::read(root().join("src/fonts/DejaVuSansMono.ttf")).expect("font");
    let out =
        render("中文 and \u{10FFFD}", &meta(), None, Some(&with_font(font))).expect("renders");
    assert_eq!(out.warnings.len(), 1, "{:?}", out.warnings);
    assert!(out.warnings[0].contains("U+10FFFD"));
    assert!(super::page_text(&parse(&out.bytes), 1).contains("中文"));
}
