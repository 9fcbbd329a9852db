//! The `theme:` section (or theme file): logo, accent colour, font, footer text and the DOCX
//! reference document. The logo is bounded and, when larger than the pages need, scaled down
//! here ([`crate::model::logo`]), so no renderer ever decodes a decompression bomb or embeds a
//! 20 MB image.

use super::fields::{no_explain, Fields};
use super::read::Ctx;
use crate::diag::Code;
use crate::input::yaml::{Node, Pos};
use crate::input::ThemeSource;
use crate::model::logo;
use crate::model::theme::{DocxReference, Font, ImageKind, Logo, Rgb, Theme};

const FIELDS: &[&str] = &[
    "logo",
    "logo_alt",
    "accent",
    "font",
    "footer",
    "docx_reference",
];

/// Reads the theme; `None` when it has an error (each one reported).
pub fn theme(ctx: &mut Ctx<'_>, src: &ThemeSource) -> Option<Theme> {
    let root = &src.tree.root;
    let errors = ctx.diags.errors();
    let f = Fields::open(ctx, root, "`theme`", root.pos, FIELDS, no_explain)?;
    let accent = accent(ctx, &f);
    let logo_alt = ctx.text(f.get("logo_alt"), "logo_alt");
    let logo = f.get("logo").and_then(|n| {
        ctx.text(Some(n), "logo")?;
        logo(ctx, n, asset(src, "logo")?, logo_alt)
    });
    let footer = ctx.text(f.get("footer"), "footer");
    let font = f.get("font").and_then(|n| {
        let at = f.key_pos("font").unwrap_or(n.pos);
        font(ctx, src, n, at)
    });
    let docx_reference = docx_reference(ctx, &f, asset(src, "docx_reference"));
    let theme = Theme {
        logo,
        accent,
        font,
        footer,
        docx_reference,
    };
    (ctx.diags.errors() == errors).then_some(theme)
}

/// The bytes of the file the theme names in `field` (`logo`, `font.regular` …), when read.
fn asset(src: &ThemeSource, field: &str) -> Option<Vec<u8>> {
    src.assets
        .iter()
        .find(|(n, _)| n == field)
        .map(|(_, b)| b.clone())
}

/// `accent:`, a `#rrggbb` or `#rgb` colour.
fn accent(ctx: &mut Ctx<'_>, f: &Fields<'_>) -> Option<Rgb> {
    if let (Some(pos), None) = (f.key_pos("accent"), f.get("accent")) {
        // `accent: #1f4e79` unquoted: YAML reads the colour as a comment, leaving nothing.
        ctx.error(
            Code::BadColour,
            pos,
            "`accent` has no value (an unquoted `#…` colour is read as a YAML comment)",
            Some("quote the colour, e.g. `accent: \"#1f4e79\"`, or remove the line".into()),
        );
    }
    let n = f.get("accent")?;
    let text = ctx.text(Some(n), "accent")?;
    let rgb = Rgb::parse(&text);
    if rgb.is_none() {
        ctx.error(
            Code::BadColour,
            n.pos,
            format!("`{text}` is not a colour"),
            Some("write it in hex, `#rrggbb` or `#rgb`, e.g. `#1f4e79` (quote it: a bare # starts a YAML comment)".into()),
        );
    }
    rgb
}

/// The logo at `n` (its file read as `bytes`): a PNG, JPEG or SVG, bounded and scaled down
/// to what the pages need.
fn logo(ctx: &mut Ctx<'_>, n: &Node, bytes: Vec<u8>, alt: Option<String>) -> Option<Logo> {
    let Some(kind) = ImageKind::sniff(&bytes) else {
        ctx.error(
            Code::BadImage,
            n.pos,
            "the logo is not a PNG, JPEG or SVG image",
            Some("give a PNG or JPEG (all formats) or an SVG (HTML only)".into()),
        );
        return None;
    };
    let prepared = match logo::prepare(bytes, kind) {
        Ok(p) => p,
        Err(refused) => {
            let code = if refused.too_large {
                Code::ImageTooLarge
            } else {
                Code::BadImage
            };
            ctx.error(code, n.pos, refused.message, Some(refused.help));
            return None;
        }
    };
    if kind == ImageKind::Svg {
        ctx.warning(
            Code::SvgLogo,
            n.pos,
            "an SVG logo shows in the HTML only",
            Some("give a PNG or JPEG to have it in the PDF and the workbook too".into()),
        );
    }
    Some(Logo {
        size: prepared.size,
        bytes: prepared.bytes,
        kind,
        alt,
    })
}

/// `font:` (the mapping at `n`, its key at `at`): a family name and TrueType files.
fn font(ctx: &mut Ctx<'_>, src: &ThemeSource, n: &Node, at: Pos) -> Option<Font> {
    let ff = Fields::open(
        ctx,
        n,
        "`font`",
        at,
        &["family", "regular", "bold", "italic"],
        no_explain,
    )?;
    let family = ctx.req_text(&ff, "family", "add `family:`, the font's name, e.g. Inter");
    let regular = ctx.req_text(
        &ff,
        "regular",
        "add `regular:`, the path of the regular TTF",
    );
    for face in ["regular", "bold", "italic"] {
        let (Some(node), Some(bytes)) = (ff.get(face), asset(src, &format!("font.{face}"))) else {
            continue;
        };
        let ttf = bytes.starts_with(&[0, 1, 0, 0]) || bytes.starts_with(b"true");
        if !ttf || !crate::fonts::Fonts::parses(&bytes) {
            ctx.error(
                Code::BadFont,
                node.pos,
                format!("the `{face}` font is not a TrueType (.ttf) file"),
                Some("give a .ttf file (OpenType with TrueType outlines)".into()),
            );
        }
    }
    regular?;
    Some(Font {
        family: family?,
        regular: asset(src, "font.regular")?,
        bold: asset(src, "font.bold"),
        italic: asset(src, "font.italic"),
    })
}

/// The reference document: a usable Word file (else an error), and a warning naming the
/// styles it lacks, for which annexa's own stand in.
fn docx_reference(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    bytes: Option<Vec<u8>>,
) -> Option<DocxReference> {
    let node = f.get("docx_reference")?;
    let file = ctx.text(Some(node), "docx_reference")?;
    let bytes = bytes?;
    match crate::render::docx::inspect_reference(&bytes) {
        Err(problem) => {
            ctx.error(
                Code::BadDocxReference,
                node.pos,
                format!("`{file}` cannot be the DOCX reference document: {problem}"),
                Some("give a .docx saved by Word or LibreOffice without a password (File → Save As → Word Document)".into()),
            );
            None
        }
        Ok(missing) => {
            if !missing.is_empty() {
                ctx.warning(
                    Code::DocxReferenceStyle,
                    node.pos,
                    format!(
                        "`{file}` has no {} style: the Word files use annexa's own for {}",
                        either(&missing),
                        if missing.len() == 1 { "it" } else { "them" }
                    ),
                    Some("define the style in the reference document (Word: Styles pane → Modify, then save) to have your own".into()),
                );
            }
            Some(DocxReference { file, bytes })
        }
    }
}

/// `A`, `A or B`, `A, B or C`, each name as Word shows it (`heading 2` → `Heading 2`).
fn either(names: &[String]) -> String {
    let shown: Vec<String> = names
        .iter()
        .map(|n| {
            let mut c = n.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    match shown.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}
