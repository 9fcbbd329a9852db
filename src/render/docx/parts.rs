//! The small parts of a DOCX package: document properties, settings, list numbering, and the
//! built-in running header (logo, title, document ID, version, classification) and footer
//! (footer text, "Page N of M" as PAGE and NUMPAGES fields).
//!
//! Every value the user wrote is escaped; fields are only ever the fixed instructions here.

use super::xml::{self, DECL, R_NS, W_NS};
use super::DocxMeta;
use crate::model::theme::{Logo, Rgb};

/// `docProps/core.xml`: title, subject, author, keywords, language, and created and modified
/// from the document date (left out when there is none, as in the blank toolkit set).
pub fn core(meta: &DocxMeta) -> String {
    let mut s = format!(
        "{DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
    );
    let mut el = |tag: &str, value: &str| {
        if !value.is_empty() {
            s.push_str(&format!("<{tag}>"));
            xml::text(&mut s, value);
            s.push_str(&format!("</{tag}>"));
        }
    };
    el("dc:title", &meta.title);
    el("dc:subject", &meta.subject);
    el("dc:creator", &meta.author);
    el("cp:keywords", &meta.keywords);
    el("dc:description", &meta.description);
    el("cp:lastModifiedBy", &meta.author);
    el("dc:language", &meta.lang);
    if let Some((y, m, d)) = meta.date {
        for tag in ["dcterms:created", "dcterms:modified"] {
            s.push_str(&format!(
                "<{tag} xsi:type=\"dcterms:W3CDTF\">{y:04}-{m:02}-{d:02}T00:00:00Z</{tag}>"
            ));
        }
    }
    s.push_str("</cp:coreProperties>");
    s
}

/// `docProps/app.xml`: the application and company.
pub fn app(meta: &DocxMeta) -> String {
    let mut s = format!(
        "{DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Application>"
    );
    xml::text(&mut s, &meta.generator);
    s.push_str("</Application><Company>");
    xml::text(&mut s, &meta.author);
    s.push_str("</Company></Properties>");
    s
}

/// `docProps/custom.xml`: document ID, version and classification, for DOCPROPERTY fields in a
/// reference document's headers.
pub fn custom(meta: &DocxMeta) -> String {
    let mut s = format!(
        "{DECL}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
    );
    for (i, (name, value)) in meta.custom.iter().enumerate() {
        s.push_str(&format!(
            "<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"{}\" name=\"",
            i + 2
        ));
        xml::attr(&mut s, name);
        s.push_str("\"><vt:lpwstr>");
        xml::text(&mut s, value);
        s.push_str("</vt:lpwstr></property>");
    }
    s.push_str("</Properties>");
    s
}

/// `word/settings.xml`.
pub fn settings(meta: &DocxMeta, even_and_odd: bool) -> String {
    let mut s = format!("{DECL}<w:settings xmlns:w=\"{W_NS}\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>");
    if even_and_odd {
        s.push_str("<w:evenAndOddHeaders/>");
    }
    s.push_str("<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat><w:themeFontLang w:val=\"");
    xml::attr(&mut s, &meta.lang);
    s.push_str("\"/><w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>");
    s
}

/// The abstract list definitions (bullets, then decimal numbers) and the lists: `num_base`
/// for bullets, then one per ordered list, restarting at its first number.
pub fn numbering_defs(
    abstract_base: u32,
    num_base: u32,
    ordered: &[(u8, u64)],
) -> (String, String) {
    let mut abs = String::new();
    for (k, bullet) in [(0, true), (1, false)] {
        abs.push_str(&format!(
            "<w:abstractNum w:abstractNumId=\"{}\"><w:multiLevelType w:val=\"hybridMultilevel\"/>",
            abstract_base + k
        ));
        for l in 0..9u32 {
            let (fmt, text) = if bullet {
                (
                    "bullet",
                    ["\u{2022}", "\u{2013}", "\u{25AA}"][l as usize % 3].to_string(),
                )
            } else {
                ("decimal", format!("%{}.", l + 1))
            };
            abs.push_str(&format!(
                "<w:lvl w:ilvl=\"{l}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{fmt}\"/><w:lvlText w:val=\"{text}\"/>\
                 <w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"{}\" w:hanging=\"360\"/></w:pPr></w:lvl>",
                720 + 360 * l
            ));
        }
        abs.push_str("</w:abstractNum>");
    }
    let mut nums = format!(
        "<w:num w:numId=\"{num_base}\"><w:abstractNumId w:val=\"{abstract_base}\"/></w:num>"
    );
    for (k, (level, start)) in ordered.iter().enumerate() {
        let start = (*start).min(i32::MAX as u64);
        nums.push_str(&format!(
            "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"{}\"/><w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride></w:num>",
            num_base + 1 + k as u32,
            abstract_base + 1
        ));
    }
    (abs, nums)
}

/// The namespaces of the header and footer parts (they may hold a picture).
const HDR_NS: &str =
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" \
xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

/// The built-in running header: the logo, the title, and the document ID, version and
/// classification at the right margin (`width`, the text width), over a rule in the accent; a
/// draft's title follows a red DRAFT.
pub fn header(
    meta: &DocxMeta,
    style: &str,
    width: u32,
    accent: Rgb,
    logo: Option<(&Logo, u32)>,
) -> String {
    let mut s = format!(
        "{DECL}<w:hdr xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\" {HDR_NS}><w:p><w:pPr><w:pStyle w:val=\"{style}\"/>\
         <w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"{}\"/></w:pBdr>\
         <w:tabs><w:tab w:val=\"right\" w:pos=\"{width}\"/></w:tabs></w:pPr>",
        hex(accent)
    );
    if let Some((logo, id)) = logo {
        s.push_str(&picture(logo, id, meta));
        s.push_str("<w:r><w:t xml:space=\"preserve\">  </w:t></w:r>");
    }
    if let Some(d) = &meta.draft {
        s.push_str(&super::draft::run(d));
    }
    s.push_str("<w:r><w:rPr><w:b/></w:rPr>");
    xml::run_text(&mut s, &meta.title);
    s.push_str("</w:r><w:r><w:tab/>");
    xml::run_text(&mut s, &meta.header_right);
    s.push_str("</w:r></w:p></w:hdr>");
    s
}

/// The built-in running footer: the footer text, and "Page N of M" at the right margin.
pub fn footer(meta: &DocxMeta, style: &str, width: u32) -> String {
    let mut s = format!(
        "{DECL}<w:ftr xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:p><w:pPr><w:pStyle w:val=\"{style}\"/>\
         <w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"B8BEC6\"/></w:pBdr>\
         <w:tabs><w:tab w:val=\"right\" w:pos=\"{width}\"/></w:tabs></w:pPr><w:r>"
    );
    xml::run_text(&mut s, &meta.footer_left);
    // "Page {n} of {total}": the words around the fields, in the document's language.
    let words = match meta.page_of.as_str() {
        "" => crate::render::pdf::PAGE_OF,
        w => w,
    };
    let (before, rest) = words.split_once("{n}").unwrap_or(("", words));
    let (middle, after) = rest.split_once("{total}").unwrap_or((rest, ""));
    s.push_str("</w:r><w:r><w:tab/><w:t xml:space=\"preserve\">");
    xml::text(&mut s, before);
    s.push_str("</w:t></w:r>");
    s.push_str(&field("PAGE"));
    s.push_str("<w:r><w:t xml:space=\"preserve\">");
    xml::text(&mut s, middle);
    s.push_str("</w:t></w:r>");
    s.push_str(&field("NUMPAGES"));
    if !after.is_empty() {
        s.push_str("<w:r><w:t xml:space=\"preserve\">");
        xml::text(&mut s, after);
        s.push_str("</w:t></w:r>");
    }
    s.push_str("</w:p></w:ftr>");
    s
}

/// A field with a fixed instruction and a placeholder result Word and LibreOffice replace.
fn field(instr: &str) -> String {
    format!(
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> {instr} </w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    )
}

/// The logo as an inline picture 6 mm high (relationship `rIdLogo`).
fn picture(logo: &Logo, id: u32, meta: &DocxMeta) -> String {
    let (w, h) = logo.size.unwrap_or((1, 1));
    let cy: u64 = 216_000;
    let cx = (cy * u64::from(w.max(1)) / u64::from(h.max(1))).clamp(36_000, 2_880_000);
    let alt = xml::attr_string(logo.alt.as_deref().unwrap_or(&meta.author));
    format!(
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{cx}\" cy=\"{cy}\"/>\
         <wp:docPr id=\"{id}\" name=\"Logo {id}\" descr=\"{alt}\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
         <a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>\
         <pic:nvPicPr><pic:cNvPr id=\"{id}\" name=\"logo\" descr=\"{alt}\"/><pic:cNvPicPr/></pic:nvPicPr>\
         <pic:blipFill><a:blip r:embed=\"rIdLogo\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
         <pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>\
         </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
}

fn hex(c: Rgb) -> String {
    format!("{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// A `.rels` part from (ID, type URI, target, external).
pub fn rels(list: &[(String, String, String, bool)]) -> String {
    let mut s = format!(
        "{DECL}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, kind, target, external) in list {
        s.push_str("<Relationship Id=\"");
        xml::attr(&mut s, id);
        s.push_str("\" Type=\"");
        xml::attr(&mut s, kind);
        s.push_str("\" Target=\"");
        xml::attr(&mut s, target);
        s.push('"');
        if *external {
            s.push_str(" TargetMode=\"External\"");
        }
        s.push_str("/>");
    }
    s.push_str("</Relationships>");
    s
}

/// The relationship type URIs used.
pub const OFFICE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
