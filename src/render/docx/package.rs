//! The package: every part of the `.docx`, its relationships and content types, zipped so the
//! same input gives the same bytes (entries sorted by name, one fixed timestamp from the
//! document date, fixed permissions and compression, no clock, no random IDs).
//!
//! Without a reference document the styles, page setup, header and footer are annexa's own;
//! with one, its styles (with annexa's added where it lacks them), numbering, theme, page size
//! and margins, headers and footers (see [`super::reference`]).

use super::frame::Page;
use super::parts::{self, OFFICE};
use super::reference::Reference;
use super::styles::{self, Look, Resolved, Role};
use super::xml::{DECL, R_NS, W_NS};
use super::{merge, DocxError, DocxMeta};
use crate::model::theme::{ImageKind, Logo};
use std::io::Write as _;

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
        self.types
            .push((name.to_string(), content_type.to_string()));
        self.entries.push((name.to_string(), bytes));
    }

    /// A part of the main document, related to it as `kind`.
    fn related(&mut self, id: &str, kind: &str, name: &str, content_type: &str, bytes: Vec<u8>) {
        let target = name.trim_start_matches("word/").to_string();
        self.rels
            .push((id.into(), format!("{OFFICE}/{kind}"), target, false));
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

/// The main document part as it is written: a buffer that [`Part::spill`] empties into the
/// zip entry already open, so the 10,000-control SoA's tens of megabytes of XML are never held
/// whole. Dereferences to the buffer, for the writers that append to a `String`.
pub struct Part<'z> {
    buf: String,
    zip: &'z mut Zip,
    error: Option<std::io::Error>,
}

/// The zip the package is written into.
type Zip = zip::ZipWriter<std::io::Cursor<Vec<u8>>>;

/// Above this many bytes, [`Part::spill`] hands the buffer to the zip.
const SPILL_AT: usize = 1 << 20;

impl Part<'_> {
    /// Hands the buffer to the zip when it has grown past 1 MB (call at a point
    /// where more may follow: between chunks, after a table row).
    pub fn spill(&mut self) {
        if self.buf.len() >= SPILL_AT {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.error.is_none() {
            self.error = self.zip.write_all(self.buf.as_bytes()).err();
        }
        self.buf.clear();
    }
}

impl std::ops::Deref for Part<'_> {
    type Target = String;
    fn deref(&self) -> &String {
        &self.buf
    }
}

impl std::ops::DerefMut for Part<'_> {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.buf
    }
}

/// The main document part's name in the package.
const DOCUMENT: &str = "word/document.xml";

/// The package: the main part, which `body` writes (everything inside `<w:body>`), with the
/// styles, numbering, settings, running headers and footers, properties and `links`.
pub fn package(
    a: &Assembly<'_>,
    links: &[String],
    body: impl FnOnce(&mut Part<'_>),
) -> Result<Vec<u8>, DocxError> {
    let mut f = Files::default();
    let main = format!("{WML}.document.main+xml");
    // Its bytes are written into the zip in place, by `body`.
    f.add(DOCUMENT, &main, Vec::new());
    let styles = merge::styles_part(a).into_bytes();
    f.related(
        "rIdStyles",
        "styles",
        "word/styles.xml",
        &format!("{WML}.styles+xml"),
        styles,
    );
    let numbering = merge::numbering_part(a).into_bytes();
    let kind = format!("{WML}.numbering+xml");
    f.related(
        "rIdNumbering",
        "numbering",
        "word/numbering.xml",
        &kind,
        numbering,
    );
    let even = a.reference.is_some_and(|r| r.even_and_odd);
    let settings = parts::settings(a.meta, even).into_bytes();
    let kind = format!("{WML}.settings+xml");
    f.related(
        "rIdSettings",
        "settings",
        "word/settings.xml",
        &kind,
        settings,
    );
    match a.reference {
        Some(r) => reference_parts(&mut f, r),
        None => builtin_running(&mut f, a),
    }
    for (i, target) in links.iter().enumerate() {
        let kind = format!("{OFFICE}/hyperlink");
        f.rels
            .push((format!("rIdL{}", i + 1), kind, target.clone(), true));
    }
    let doc_rels = parts::rels(&f.rels).into_bytes();
    f.entries
        .push(("word/_rels/document.xml.rels".into(), doc_rels));
    properties(&mut f, a.meta);
    let types = content_types(&f.types).into_bytes();
    f.entries.push(("[Content_Types].xml".into(), types));
    zip(f.entries, a.meta.date, |zip| {
        let mut part = Part {
            buf: format!("{DECL}<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>"),
            zip,
            error: None,
        };
        body(&mut part);
        part.push_str("</w:body></w:document>");
        part.flush();
        part.error.map_or(Ok(()), Err)
    })
}

/// The document properties and the package's relationships to its parts.
fn properties(f: &mut Files, meta: &DocxMeta) {
    let ct = "application/vnd.openxmlformats";
    let core = parts::core(meta).into_bytes();
    f.add(
        "docProps/core.xml",
        &format!("{ct}-package.core-properties+xml"),
        core,
    );
    let app = parts::app(meta).into_bytes();
    let kind = format!("{ct}-officedocument.extended-properties+xml");
    f.add("docProps/app.xml", &kind, app);
    let custom = parts::custom(meta).into_bytes();
    let kind = format!("{ct}-officedocument.custom-properties+xml");
    f.add("docProps/custom.xml", &kind, custom);
    let core_kind =
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    let rel =
        |id: &str, kind: String, target: &str| (id.to_string(), kind, target.to_string(), false);
    let root = [
        rel(
            "rId1",
            format!("{OFFICE}/officeDocument"),
            "word/document.xml",
        ),
        rel("rId2", core_kind.to_string(), "docProps/core.xml"),
        rel(
            "rId3",
            format!("{OFFICE}/extended-properties"),
            "docProps/app.xml",
        ),
        rel(
            "rId4",
            format!("{OFFICE}/custom-properties"),
            "docProps/custom.xml",
        ),
    ];
    f.entries
        .push(("_rels/.rels".into(), parts::rels(&root).into_bytes()));
}

/// annexa's header and footer, for portrait (1) and landscape (2) pages, with the logo.
fn builtin_running(f: &mut Files, a: &Assembly<'_>) {
    let accent = a.look.accent.unwrap_or(styles::HEADING);
    let logo = a
        .logo
        .filter(|l| matches!(l.kind, ImageKind::Png | ImageKind::Jpeg));
    if let Some(l) = logo {
        let ext = if l.kind == ImageKind::Png {
            "png"
        } else {
            "jpeg"
        };
        f.add(
            &format!("word/media/logo.{ext}"),
            l.kind.mime(),
            l.bytes.clone(),
        );
    }
    for n in 1..=2u32 {
        let width = a.page.text_width(n == 2);
        let header = parts::header(
            a.meta,
            a.ids.id(Role::Header),
            width,
            accent,
            logo.map(|l| (l, n)),
        );
        let footer = parts::footer(a.meta, a.ids.id(Role::Footer), width);
        f.related(
            &format!("rIdH{n}"),
            "header",
            &format!("word/header{n}.xml"),
            &format!("{WML}.header+xml"),
            header.into_bytes(),
        );
        f.related(
            &format!("rIdF{n}"),
            "footer",
            &format!("word/footer{n}.xml"),
            &format!("{WML}.footer+xml"),
            footer.into_bytes(),
        );
        if let Some(l) = logo {
            let ext = if l.kind == ImageKind::Png {
                "png"
            } else {
                "jpeg"
            };
            let rels = [(
                "rIdLogo".to_string(),
                format!("{OFFICE}/image"),
                format!("media/logo.{ext}"),
                false,
            )];
            f.entries.push((
                format!("word/_rels/header{n}.xml.rels"),
                parts::rels(&rels).into_bytes(),
            ));
        }
    }
}

/// The reference document's theme, headers, footers and the files they show.
fn reference_parts(f: &mut Files, r: &Reference) {
    if let Some(theme) = &r.theme {
        f.related(
            "rIdTheme",
            "theme",
            "word/theme/theme1.xml",
            "application/vnd.openxmlformats-officedocument.theme+xml",
            theme.clone(),
        );
    }
    for (i, part) in r.parts.iter().enumerate() {
        let id = format!("rIdR{}", i + 1);
        f.related(
            &id,
            &part.kind,
            &part.name,
            &format!("{WML}.{}+xml", part.kind),
            part.xml.clone(),
        );
        if !part.rels.is_empty() {
            let list: Vec<_> = part
                .rels
                .iter()
                .map(|r| (r.id.clone(), r.kind.clone(), r.target.clone(), r.external))
                .collect();
            let file = part.name.trim_start_matches("word/");
            f.entries.push((
                format!("word/_rels/{file}.rels"),
                parts::rels(&list).into_bytes(),
            ));
        }
    }
    for c in &r.copied {
        f.add(&c.name, &c.content_type, c.bytes.clone());
    }
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

fn zip(
    mut entries: Vec<(String, Vec<u8>)>,
    date: Option<(i32, u8, u8)>,
    document: impl FnOnce(&mut Zip) -> std::io::Result<()>,
) -> Result<Vec<u8>, DocxError> {
    use zip::write::SimpleFileOptions;
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let time = date
        .and_then(|(y, m, d)| {
            zip::DateTime::from_date_and_time(u16::try_from(y).ok()?, m, d, 0, 0, 0).ok()
        })
        .unwrap_or_default();
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        // Deflate level 1: half the time of level 6 for about a fifth more bytes.
        .compression_level(Some(1))
        .last_modified_time(time)
        .unix_permissions(0o644)
        .system(zip::System::Unix);
    let err = |e: zip::result::ZipError| DocxError::Zip(e.to_string());
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut document = Some(document);
    for (name, bytes) in &entries {
        w.start_file(name.as_str(), options).map_err(err)?;
        let written = match document.take_if(|_| name == DOCUMENT) {
            Some(write) => write(&mut w),
            None => w.write_all(bytes),
        };
        written.map_err(|e| DocxError::Zip(e.to_string()))?;
    }
    Ok(w.finish().map_err(err)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::super::{render, DocxMeta};
    use crate::render::marks::Figures;
    use std::io::Read as _;

    /// A table long enough that its document part is spilled into the zip several times
    /// comes back whole: every row in order, the part closed, the entries in name order.
    #[test]
    fn a_document_part_larger_than_the_buffer_is_written_whole() {
        let rows = 12_000;
        let mut md = String::from("# Register\n\n| ID | Note |\n| --- | --- |\n");
        for i in 0..rows {
            md.push_str(&format!(
                "| R-{i:05} | row {i} of the register, kept whole |\n"
            ));
        }
        let bytes = render(&md, &DocxMeta::default(), Figures::default(), None).expect("docx");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
        let names: Vec<String> = (0..zip.len())
            .map(|i| {
                zip.by_index(i)
                    .expect("entry")
                    .name()
                    .expect("name")
                    .to_string()
            })
            .collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted, "entries in name order");
        let mut xml = String::new();
        (zip.by_name(super::DOCUMENT).expect("document part"))
            .read_to_string(&mut xml)
            .expect("UTF-8");
        assert!(
            xml.len() > 3 * super::SPILL_AT,
            "spilled more than once: {}",
            xml.len()
        );
        assert!(xml.ends_with("</w:body></w:document>"));
        let mut at = 0;
        for i in 0..rows {
            let id = format!(">R-{i:05}<");
            at += xml[at..]
                .find(&id)
                .unwrap_or_else(|| panic!("{id} after byte {at}"));
        }
    }
}
