//! The package: every part of the `.docx`, its relationships and content types, zipped so the
//! same input gives the same bytes (entries sorted by name, one fixed timestamp from the
//! document date, fixed permissions and compression, no clock, no random IDs).
//!
//! Without a reference document the styles, page setup, header and footer are annexa's own;
//! with one, its styles (with annexa's added where it lacks them), numbering, theme, page size
//! and margins, headers and footers (see [`super::reference`]).

use super::parts::{self, OFFICE};
use super::reference::Reference;
use super::styles::{self, Look, Resolved, Role};
use super::xml::{DECL, R_NS, W_NS};
use super::{DocxError, DocxMeta};
use crate::merge::chart::Chart;
use crate::model::theme::{ImageKind, Logo, Rgb};
use std::io::Write as _;

/// Page size and margins in twips: width, height; top, right, bottom, left, header, footer,
/// gutter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub w: u32,
    pub h: u32,
    pub margins: [i32; 7],
}

impl Page {
    /// A4 with the PDF's margins.
    pub const A4: Page = Page {
        w: 11906,
        h: 16838,
        margins: [1247, 1077, 1134, 1077, 737, 680, 0],
    };

    /// Width and height in the given orientation.
    pub fn size(&self, landscape: bool) -> (u32, u32) {
        let (short, long) = (self.w.min(self.h), self.w.max(self.h));
        if landscape {
            (long, short)
        } else {
            (short, long)
        }
    }

    /// The width text runs in.
    pub fn text_width(&self, landscape: bool) -> u32 {
        let side = i64::from(self.margins[1]) + i64::from(self.margins[3]) + i64::from(self.margins[6]);
        let w = i64::from(self.size(landscape).0) - side;
        u32::try_from(w).unwrap_or(0).max(1440)
    }
}

/// How sections name their headers and footers.
#[derive(Debug, Clone)]
pub enum Refs {
    /// annexa's own: one pair for portrait pages, one for landscape.
    Builtin,
    /// The reference document's: (kind, slot, relationship ID), and whether the first page of
    /// the document has its own.
    Reference {
        list: Vec<(String, String, String)>,
        title_page: bool,
    },
}

/// What laying out the body needs to know about the package.
pub struct Frame<'a> {
    pub page: Page,
    pub ids: &'a Resolved,
    pub header_fill: Rgb,
    pub chart: Option<&'a Chart>,
    pub refs: Refs,
}

impl Frame<'_> {
    /// A section's properties: its headers and footers, page size and margins.
    pub fn sect_pr(&self, landscape: bool, first: bool) -> String {
        let mut s = String::from("<w:sectPr>");
        match &self.refs {
            Refs::Builtin => {
                let n = if landscape { 2 } else { 1 };
                s.push_str(&format!(
                    "<w:headerReference w:type=\"default\" r:id=\"rIdH{n}\"/><w:footerReference w:type=\"default\" r:id=\"rIdF{n}\"/>"
                ));
            }
            Refs::Reference { list, .. } => {
                for (kind, slot, id) in list {
                    s.push_str(&format!(
                        "<w:{kind}Reference w:type=\"{}\" r:id=\"{id}\"/>",
                        super::xml::attr_string(slot)
                    ));
                }
            }
        }
        let (w, h) = self.page.size(landscape);
        let orient = if landscape { " w:orient=\"landscape\"" } else { "" };
        let [top, right, bottom, left, header, footer, gutter] = self.page.margins;
        s.push_str(&format!(
            "<w:pgSz w:w=\"{w}\" w:h=\"{h}\"{orient}/><w:pgMar w:top=\"{top}\" w:right=\"{right}\" w:bottom=\"{bottom}\" \
             w:left=\"{left}\" w:header=\"{header}\" w:footer=\"{footer}\" w:gutter=\"{gutter}\"/><w:cols w:space=\"720\"/>"
        ));
        if first && matches!(self.refs, Refs::Reference { title_page: true, .. }) {
            s.push_str("<w:titlePg/>");
        }
        s.push_str("</w:sectPr>");
        s
    }
}

/// The files of the package, collected before zipping.
#[derive(Default)]
pub struct Files {
    entries: Vec<(String, Vec<u8>)>,
    /// Parts and their content types (overrides).
    types: Vec<(String, String)>,
    /// Relationships of `word/document.xml`.
    rels: Vec<(String, String, String, bool)>,
}

impl Files {
    fn add(&mut self, name: &str, content_type: &str, bytes: Vec<u8>) {
        self.types.push((name.to_string(), content_type.to_string()));
        self.entries.push((name.to_string(), bytes));
    }

    /// A part of the main document, related to it as `kind`.
    fn related(&mut self, id: &str, kind: &str, name: &str, content_type: &str, bytes: Vec<u8>) {
        let target = name.trim_start_matches("word/").to_string();
        self.rels.push((id.into(), format!("{OFFICE}/{kind}"), target, false));
        self.add(name, content_type, bytes);
    }
}

const WML: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// Everything but the body: styles, numbering, settings, properties, headers and footers.
pub struct Assembly<'a> {
    pub meta: &'a DocxMeta,
    pub reference: Option<&'a Reference>,
    pub look: &'a Look,
    pub ids: &'a Resolved,
    pub numbering: (String, String),
    pub logo: Option<&'a Logo>,
    pub page: Page,
}

/// The whole package, zipped.
pub fn package(a: &Assembly<'_>, body: &str, links: &[String]) -> Result<Vec<u8>, DocxError> {
    let mut f = Files::default();
    let document = format!(
        "{DECL}<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>{body}</w:body></w:document>"
    );
    f.add("word/document.xml", &format!("{WML}.document.main+xml"), document.into_bytes());
    let styles_xml = match a.reference.and_then(|r| r.styles.as_ref()) {
        Some((text, info)) => splice(text, &[(info.insert_at, &own(&a.ids.added, info.w_bound))]),
        None => styles::builtin_part(a.ids, a.look),
    };
    f.related("rIdStyles", "styles", "word/styles.xml", &format!("{WML}.styles+xml"), styles_xml.into_bytes());
    let (abs, nums) = &a.numbering;
    let numbering = match a.reference.and_then(|r| r.numbering.as_ref()) {
        Some((text, info)) => splice(
            text,
            &[(info.abstract_at, &own(abs, info.w_bound)), (info.num_at, &own(nums, info.w_bound))],
        ),
        None => format!("{DECL}<w:numbering xmlns:w=\"{W_NS}\">{abs}{nums}</w:numbering>"),
    };
    f.related("rIdNumbering", "numbering", "word/numbering.xml", &format!("{WML}.numbering+xml"), numbering.into_bytes());
    let even = a.reference.is_some_and(|r| r.even_and_odd);
    f.related("rIdSettings", "settings", "word/settings.xml", &format!("{WML}.settings+xml"), parts::settings(a.meta, even).into_bytes());
    match a.reference {
        Some(r) => reference_parts(&mut f, r),
        None => builtin_running(&mut f, a),
    }
    for (i, target) in links.iter().enumerate() {
        f.rels.push((format!("rIdL{}", i + 1), format!("{OFFICE}/hyperlink"), target.clone(), true));
    }
    let doc_rels = parts::rels(&f.rels);
    f.entries.push(("word/_rels/document.xml.rels".into(), doc_rels.into_bytes()));
    let props = "application/vnd.openxmlformats";
    f.add("docProps/core.xml", &format!("{props}-package.core-properties+xml"), parts::core(a.meta).into_bytes());
    f.add("docProps/app.xml", &format!("{props}-officedocument.extended-properties+xml"), parts::app(a.meta).into_bytes());
    f.add("docProps/custom.xml", &format!("{props}-officedocument.custom-properties+xml"), parts::custom(a.meta).into_bytes());
    let root = [
        ("rId1".to_string(), format!("{OFFICE}/officeDocument"), "word/document.xml".to_string(), false),
        ("rId2".into(), "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties".into(), "docProps/core.xml".into(), false),
        ("rId3".into(), format!("{OFFICE}/extended-properties"), "docProps/app.xml".into(), false),
        ("rId4".into(), format!("{OFFICE}/custom-properties"), "docProps/custom.xml".into(), false),
    ];
    f.entries.push(("_rels/.rels".into(), parts::rels(&root).into_bytes()));
    let types = content_types(&f.types);
    f.entries.push(("[Content_Types].xml".into(), types.into_bytes()));
    zip(f.entries, a.meta.date)
}

/// annexa's header and footer, for portrait (1) and landscape (2) pages, with the logo.
fn builtin_running(f: &mut Files, a: &Assembly<'_>) {
    let accent = a.look.accent.unwrap_or(styles::HEADING);
    let logo = a.logo.filter(|l| matches!(l.kind, ImageKind::Png | ImageKind::Jpeg));
    if let Some(l) = logo {
        let ext = if l.kind == ImageKind::Png { "png" } else { "jpeg" };
        f.add(&format!("word/media/logo.{ext}"), l.kind.mime(), l.bytes.clone());
    }
    for n in 1..=2u32 {
        let width = a.page.text_width(n == 2);
        let header = parts::header(a.meta, a.ids.id(Role::Header), width, accent, logo.map(|l| (l, n)));
        let footer = parts::footer(a.meta, a.ids.id(Role::Footer), width);
        f.related(&format!("rIdH{n}"), "header", &format!("word/header{n}.xml"), &format!("{WML}.header+xml"), header.into_bytes());
        f.related(&format!("rIdF{n}"), "footer", &format!("word/footer{n}.xml"), &format!("{WML}.footer+xml"), footer.into_bytes());
        if let Some(l) = logo {
            let ext = if l.kind == ImageKind::Png { "png" } else { "jpeg" };
            let rels = [("rIdLogo".to_string(), format!("{OFFICE}/image"), format!("media/logo.{ext}"), false)];
            f.entries.push((format!("word/_rels/header{n}.xml.rels"), parts::rels(&rels).into_bytes()));
        }
    }
}

/// The reference document's theme, headers, footers and the files they show.
fn reference_parts(f: &mut Files, r: &Reference) {
    if let Some(theme) = &r.theme {
        f.related("rIdTheme", "theme", "word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", theme.clone());
    }
    for (i, part) in r.parts.iter().enumerate() {
        let id = format!("rIdR{}", i + 1);
        f.related(&id, &part.kind, &part.name, &format!("{WML}.{}+xml", part.kind), part.xml.clone());
        if !part.rels.is_empty() {
            let list: Vec<_> = part.rels.iter().map(|r| (r.id.clone(), r.kind.clone(), r.target.clone(), r.external)).collect();
            let file = part.name.trim_start_matches("word/");
            f.entries.push((format!("word/_rels/{file}.rels"), parts::rels(&list).into_bytes()));
        }
    }
    for c in &r.copied {
        f.add(&c.name, &c.content_type, c.bytes.clone());
    }
}

/// The header and footer references sections use with a reference document.
pub fn reference_refs(r: &Reference) -> Refs {
    Refs::Reference {
        list: r.parts.iter().enumerate().map(|(i, p)| (p.kind.clone(), p.slot.clone(), format!("rIdR{}", i + 1))).collect(),
        title_page: r.section.title_page,
    }
}

/// Our elements, declaring the `w` prefix themselves when the part's root does not.
fn own(xml: &str, w_bound: bool) -> String {
    if w_bound {
        return xml.to_string();
    }
    let decl = format!(" xmlns:w=\"{W_NS}\"");
    let mut out = String::with_capacity(xml.len() + 64);
    let mut depth = 0usize;
    let mut rest = xml;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        let name_end = tag[1..].find([' ', '/', '>']).map_or(tag.len(), |e| e + 1);
        if depth == 0 && !tag.starts_with("</") {
            out.push_str(&tag[..name_end]);
            out.push_str(&decl);
            out.push_str(&tag[name_end..]);
        } else {
            out.push_str(tag);
        }
        if tag.starts_with("</") {
            depth = depth.saturating_sub(1);
        } else if !tag.ends_with("/>") {
            depth += 1;
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `text` with each insertion placed at its byte offset (offsets in increasing order).
fn splice(text: &str, inserts: &[(usize, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + inserts.iter().map(|(_, s)| s.len()).sum::<usize>());
    let mut from = 0;
    for (at, s) in inserts {
        let at = (*at).clamp(from, text.len());
        out.push_str(text.get(from..at).unwrap_or_default());
        out.push_str(s);
        from = at;
    }
    out.push_str(text.get(from..).unwrap_or_default());
    out
}

fn content_types(overrides: &[(String, String)]) -> String {
    let mut s = format!(
        "{DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    );
    let mut sorted: Vec<&(String, String)> = overrides.iter().collect();
    sorted.sort();
    for (name, ct) in sorted {
        s.push_str("<Override PartName=\"/");
        super::xml::attr(&mut s, name);
        s.push_str("\" ContentType=\"");
        super::xml::attr(&mut s, ct);
        s.push_str("\"/>");
    }
    s.push_str("</Types>");
    s
}

fn zip(mut entries: Vec<(String, Vec<u8>)>, date: Option<(i32, u8, u8)>) -> Result<Vec<u8>, DocxError> {
    use zip::write::SimpleFileOptions;
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let time = date
        .and_then(|(y, m, d)| zip::DateTime::from_date_and_time(u16::try_from(y).ok()?, m, d, 0, 0, 0).ok())
        .unwrap_or_default();
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(time)
        .unix_permissions(0o644)
        .system(zip::System::Unix);
    let err = |e: zip::result::ZipError| DocxError::Zip(e.to_string());
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in &entries {
        w.start_file(name.as_str(), options).map_err(err)?;
        w.write_all(bytes).map_err(|e| DocxError::Zip(e.to_string()))?;
    }
    Ok(w.finish().map_err(err)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_and_own_namespace() {
        assert_eq!(splice("<a></a>", &[(3, "<b/>")]), "<a><b/></a>");
        assert_eq!(
            own("<w:style w:styleId=\"X\"><w:name w:val=\"x\"/></w:style><w:style/>", false),
            format!("<w:style xmlns:w=\"{W_NS}\" w:styleId=\"X\"><w:name w:val=\"x\"/></w:style><w:style xmlns:w=\"{W_NS}\"/>")
        );
    }
}
