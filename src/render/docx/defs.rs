//! annexa's built-in style definitions: what a document looks like without a reference
//! document, and what a reference document lacks. Colours follow the HTML and PDF: headings in
//! the accent (or a dark blue), statuses in the chart's colours, grey rules; the theme's font is
//! the body font. Every definition is a Word style a user can modify in one place.

use super::styles::{Kind, Look, Resolved, Role, BODY_FONT, CODE_FONT, HEADING};
use crate::merge::chart::SegmentKind;
use crate::model::theme::Rgb;

/// `styles.xml` from annexa's definitions alone (no reference document).
pub fn builtin_part(resolved: &Resolved, look: &Look, lang: &str) -> String {
    let font = look.font.as_deref().unwrap_or(BODY_FONT);
    let mut s = String::with_capacity(12_000);
    s.push_str(super::xml::DECL);
    s.push_str(&format!(
        "<w:styles xmlns:w=\"{}\"><w:docDefaults><w:rPrDefault><w:rPr>",
        super::xml::W_NS
    ));
    s.push_str(&fonts(font));
    // The document's language for spelling and hyphenation; a right-to-left language is also
    // the language of complex-script runs.
    let bidi = if crate::i18n::is_rtl_tag(lang) {
        lang
    } else {
        "ar-SA"
    };
    s.push_str("<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"");
    super::xml::attr(&mut s, lang);
    s.push_str("\" w:eastAsia=\"");
    super::xml::attr(&mut s, lang);
    s.push_str("\" w:bidi=\"");
    super::xml::attr(&mut s, bidi);
    s.push_str("\"/></w:rPr></w:rPrDefault>");
    // A right-to-left language's paragraphs run from the right margin (`w:bidi`).
    let rtl = if crate::i18n::is_rtl_tag(lang) {
        "<w:bidi/>"
    } else {
        ""
    };
    s.push_str(&format!("<w:pPrDefault><w:pPr>{rtl}<w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"));
    s.push_str("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");
    s.push_str("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
    s.push_str("<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");
    s.push_str(&resolved.added);
    s.push_str("</w:styles>");
    s
}

fn fonts(name: &str) -> String {
    let n = super::xml::attr_string(name);
    format!("<w:rFonts w:ascii=\"{n}\" w:hAnsi=\"{n}\" w:eastAsia=\"{n}\" w:cs=\"{n}\"/>")
}

fn hex(c: Rgb) -> String {
    format!("{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// A 15 % tint of `c` on white: the fill of table header rows.
pub fn tint(c: Rgb) -> Rgb {
    let mix = |v: u8| 255 - ((255 - u16::from(v)) * 15 / 100) as u8;
    Rgb(mix(c.0), mix(c.1), mix(c.2))
}

/// The fill and text colour of a status, as the HTML badges have them.
pub fn status_colours(kind: SegmentKind) -> (Rgb, Rgb) {
    let (r, g, b) = kind.rgb();
    let white = matches!(kind, SegmentKind::Implemented | SegmentKind::NotImplemented);
    let text = if white {
        Rgb(0xff, 0xff, 0xff)
    } else {
        Rgb(0, 0, 0)
    };
    (Rgb(r, g, b), text)
}

/// One `<w:style>` element for `role`.
pub fn definition(role: Role, ids: &Resolved, look: &Look) -> String {
    let normal = ids.id(Role::Normal).to_string();
    let (ppr, rpr, quick) = match role.kind() {
        Kind::Paragraph => paragraph(role, look),
        _ => character(role),
    };
    let id = super::xml::attr_string(ids.id(role));
    let kind = role.kind().key();
    let default = if role == Role::Normal {
        " w:default=\"1\""
    } else {
        ""
    };
    let mut s = format!(
        "<w:style w:type=\"{kind}\"{default} w:styleId=\"{id}\"><w:name w:val=\"{}\"/>",
        role.name()
    );
    match role {
        Role::Normal => {}
        Role::Table => s.push_str("<w:basedOn w:val=\"TableNormal\"/>"),
        _ if role.kind() == Kind::Paragraph => {
            s.push_str(&format!("<w:basedOn w:val=\"{normal}\"/>"));
            if matches!(
                role,
                Role::Title | Role::Heading(_) | Role::Caption | Role::TocHeading
            ) {
                s.push_str(&format!("<w:next w:val=\"{normal}\"/>"));
            }
        }
        _ => {}
    }
    if quick {
        s.push_str("<w:qFormat/>");
    }
    if !ppr.is_empty() {
        s.push_str(&format!("<w:pPr>{ppr}</w:pPr>"));
    }
    if !rpr.is_empty() {
        s.push_str(&format!("<w:rPr>{rpr}</w:rPr>"));
    }
    if role == Role::Table {
        s.push_str(TABLE_PR);
    }
    s.push_str("</w:style>");
    s
}

/// A paragraph style's paragraph and run properties, and whether it is a quick style.
fn paragraph(role: Role, look: &Look) -> (String, String, bool) {
    let heading = hex(look.accent.unwrap_or(HEADING));
    let (ppr, rpr, extra): (String, String, &str) = match role {
        Role::Normal => (String::new(), "<w:color w:val=\"1A1A1A\"/>".into(), "<w:qFormat/>"),
        Role::Title => (
            "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"120\"/><w:contextualSpacing/>".into(),
            format!("<w:b/><w:color w:val=\"{heading}\"/><w:kern w:val=\"28\"/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>"),
            "<w:qFormat/>",
        ),
        Role::Heading(n) => {
            let (before, size) = match n {
                1 => (360, 28),
                2 => (280, 24),
                3 => (220, 22),
                _ => (180, 20),
            };
            (
                format!("<w:keepNext/><w:keepLines/><w:spacing w:before=\"{before}\" w:after=\"100\"/><w:outlineLvl w:val=\"{}\"/>", n - 1),
                format!("<w:b/><w:color w:val=\"{heading}\"/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>"),
                "<w:qFormat/>",
            )
        }
        Role::Caption => (
            "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/>".into(),
            "<w:b/><w:color w:val=\"555B63\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>".into(),
            "<w:qFormat/>",
        ),
        Role::ListParagraph => (
            "<w:spacing w:after=\"120\"/><w:ind w:left=\"720\"/><w:contextualSpacing/>".into(),
            String::new(),
            "<w:qFormat/>",
        ),
        Role::Quote => (
            "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"A9B6C6\"/></w:pBdr><w:ind w:left=\"284\"/>".into(),
            "<w:color w:val=\"333A42\"/>".into(),
            "<w:qFormat/>",
        ),
        Role::TocHeading => (
            "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"9\"/>".into(),
            format!("<w:b/><w:color w:val=\"{heading}\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"),
            "<w:qFormat/>",
        ),
        Role::Toc(n) => (
            format!("<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9742\"/></w:tabs><w:spacing w:after=\"40\"/><w:ind w:left=\"{}\"/>", (u32::from(n) - 1) * 220),
            String::new(),
            "",
        ),
        Role::TableText => (
            "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>".into(),
            "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>".into(),
            "<w:qFormat/>",
        ),
        Role::TableHeading => (
            "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>".into(),
            "<w:b/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>".into(),
            "<w:qFormat/>",
        ),
        Role::CodeBlock => (
            "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F3F4F6\"/><w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>".into(),
            format!("{}<w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>", fonts(CODE_FONT)),
            "",
        ),
        Role::Header | Role::Footer => (
            "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>".into(),
            "<w:color w:val=\"555B63\"/><w:sz w:val=\"15\"/><w:szCs w:val=\"15\"/>".into(),
            "",
        ),
        _ => (String::new(), String::new(), ""),
    };
    (ppr, rpr, !extra.is_empty())
}

/// A character (or table) style's run properties, and whether it is a quick style.
fn character(role: Role) -> (String, String, bool) {
    let (ppr, rpr, extra): (String, String, &str) = match role {
        Role::Hyperlink => (String::new(), "<w:color w:val=\"1A4F9C\"/><w:u w:val=\"single\"/>".into(), ""),
        Role::Code => (
            String::new(),
            format!("{}<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F3F4F6\"/>", fonts(CODE_FONT)),
            "",
        ),
        Role::Placeholder => (
            String::new(),
            "<w:b/><w:color w:val=\"7A4B00\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF0C2\"/>".into(),
            "<w:qFormat/>",
        ),
        Role::PlaceholderHint => (String::new(), "<w:i/><w:color w:val=\"6B5B3E\"/>".into(), "<w:qFormat/>"),
        Role::Status(kind) => {
            let (fill, text) = status_colours(kind);
            (
                String::new(),
                format!("<w:b/><w:color w:val=\"{}\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>", hex(text), hex(fill)),
                "",
            )
        }
        Role::Applicable(yes) => (
            String::new(),
            format!("<w:b/><w:color w:val=\"{}\"/>", if yes { "14613A" } else { "4A4A4A" }),
            "",
        ),
        Role::Table => (String::new(), String::new(), ""),
        _ => (String::new(), String::new(), ""),
    };
    (ppr, rpr, !extra.is_empty())
}

/// The grid of annexa's table style: thin grey rules, compact cell margins.
const TABLE_PR: &str = "<w:tblPr><w:tblBorders>\
<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B4BBC4\"/>\
<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B4BBC4\"/>\
<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B4BBC4\"/>\
<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B4BBC4\"/>\
<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B4BBC4\"/>\
<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B4BBC4\"/>\
</w:tblBorders><w:tblCellMar><w:top w:w=\"45\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>\
<w:bottom w:w=\"45\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>";
