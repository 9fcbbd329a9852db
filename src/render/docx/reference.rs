//! A vendor's reference document (`theme: { docx_reference: corporate.docx }`, like pandoc's
//! `--reference-doc`): what annexa takes from it, read once and checked.
//!
//! Taken: its styles (`styles.xml`, whole; annexa adds only the styles it lacks), its numbering
//! definitions (kept, so numbered headings still work; annexa's lists get IDs after its own),
//! its theme part (the fonts and colours its styles refer to), the page size and margins of its
//! last section, and that section's headers and footers with the images they show. Its body
//! text is not used.
//!
//! [`read`] is also what validation calls, so a file that is not a DOCX, is encrypted
//! (password-protected Word files are OLE containers, not zips) or is damaged is reported with
//! the theme's line and column before anything is built. Every part read is bounded in size.

use super::refxml::{self, NumberingInfo, Rel, SectionInfo, StylesInfo};
use super::styles::{key_roles, Defined};
use std::io::{Cursor, Read};

/// Largest part read from a reference document, and largest total of copied files.
const PART_LIMIT: u64 = 16 << 20;
const COPY_LIMIT: usize = 32 << 20;

/// Why a reference document cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("it is encrypted (password-protected) or an old Word 97–2003 .doc file")]
    Encrypted,
    #[error("it is not a DOCX file (not a zip archive)")]
    NotZip,
    #[error("it is not a Word document: {0}")]
    NotWord(String),
    #[error("it is damaged: {0}")]
    Damaged(String),
}

/// A header or footer part copied from the reference.
#[derive(Debug, Clone)]
pub struct Part {
    /// `header` or `footer`.
    pub kind: String,
    /// `default`, `first` or `even`.
    pub slot: String,
    /// Its name in the output, e.g. `word/header-ref1.xml`.
    pub name: String,
    pub xml: Vec<u8>,
    /// Its relationships, targets renamed to the copied files.
    pub rels: Vec<Rel>,
}

/// A file a header or footer refers to (an image), under its new name.
#[derive(Debug, Clone)]
pub struct Copied {
    pub name: String,
    pub bytes: Vec<u8>,
    pub content_type: String,
}

/// What annexa takes from a reference document.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    pub styles: Option<(String, StylesInfo)>,
    pub numbering: Option<(String, NumberingInfo)>,
    pub theme: Option<Vec<u8>>,
    pub section: SectionInfo,
    pub parts: Vec<Part>,
    pub copied: Vec<Copied>,
    pub even_and_odd: bool,
}

impl Reference {
    /// The styles it defines (`None` when it has no usable `styles.xml`).
    pub fn defined(&self) -> Option<&[Defined]> {
        self.styles.as_ref().map(|(_, s)| s.defined.as_slice())
    }

    /// Names of the styles body text and headings rely on that it lacks (all of them when it
    /// has no styles part).
    pub fn missing_key_styles(&self) -> Vec<String> {
        key_roles()
            .into_iter()
            .filter(|r| {
                let name = r.name();
                !self.defined().is_some_and(|d| {
                    d.iter()
                        .any(|s| s.kind == r.kind().key() && s.name.eq_ignore_ascii_case(&name))
                })
            })
            .map(|r| r.name())
            .collect()
    }
}

struct Package {
    zip: zip::ZipArchive<Cursor<Vec<u8>>>,
    defaults: Vec<(String, String)>,
    overrides: Vec<(String, String)>,
}

impl Package {
    /// A part's bytes, or `None` when the package has no such part.
    fn bytes(&mut self, name: &str) -> Result<Option<Vec<u8>>, Problem> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let file = self
            .zip
            .by_index_raw(index)
            .map_err(|e| Problem::Damaged(format!("{name}: {e}")))?;
        if file.encrypted() {
            return Err(Problem::Encrypted);
        }
        drop(file);
        let file = self
            .zip
            .by_index(index)
            .map_err(|e| Problem::Damaged(format!("{name}: {e}")))?;
        let mut out = Vec::new();
        file.take(PART_LIMIT + 1)
            .read_to_end(&mut out)
            .map_err(|e| Problem::Damaged(format!("{name}: {e}")))?;
        if out.len() as u64 > PART_LIMIT {
            return Err(Problem::Damaged(format!("{name} is larger than 16 MiB")));
        }
        Ok(Some(out))
    }

    fn text(&mut self, name: &str) -> Result<Option<String>, Problem> {
        self.bytes(name)?
            .map(|b| {
                String::from_utf8(b).map_err(|_| Problem::Damaged(format!("{name} is not UTF-8")))
            })
            .transpose()
    }

    /// The relationships of part `name` (none when it has no `.rels`).
    fn rels_of(&mut self, name: &str) -> Result<Vec<Rel>, Problem> {
        let (dir, file) = name.rsplit_once('/').unwrap_or(("", name));
        let rels_name = if dir.is_empty() {
            format!("_rels/{file}.rels")
        } else {
            format!("{dir}/_rels/{file}.rels")
        };
        match self.text(&rels_name)? {
            Some(t) => refxml::rels(&t).map_err(|e| Problem::Damaged(format!("{rels_name}: {e}"))),
            None => Ok(Vec::new()),
        }
    }

    fn content_type(&self, name: &str) -> String {
        let ext = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_lowercase())
            .unwrap_or_default();
        (self.overrides.iter().find(|(n, _)| n == name))
            .or_else(|| self.defaults.iter().find(|(e, _)| *e == ext))
            .map_or_else(|| "application/octet-stream".into(), |(_, ct)| ct.clone())
    }
}

/// Reads and checks a reference document.
pub fn read(bytes: &[u8]) -> Result<Reference, Problem> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(Problem::Encrypted);
    }
    let zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).map_err(|_| Problem::NotZip)?;
    let mut pkg = Package {
        zip,
        defaults: Vec::new(),
        overrides: Vec::new(),
    };
    let types = pkg
        .text("[Content_Types].xml")?
        .ok_or_else(|| Problem::NotWord("it has no [Content_Types].xml".into()))?;
    (pkg.defaults, pkg.overrides) = refxml::content_types(&types)
        .map_err(|e| Problem::Damaged(format!("[Content_Types].xml: {e}")))?;
    let main = pkg
        .rels_of("")?
        .into_iter()
        .find(|r| r.is("officeDocument") && !r.external)
        .map(|r| resolve("", &r.target))
        .ok_or_else(|| Problem::NotWord("it names no main document".into()))?;
    let main_type = pkg.content_type(&main);
    if !main_type.contains("wordprocessingml") {
        return Err(Problem::NotWord(format!(
            "its main part {main} is `{main_type}`"
        )));
    }
    let document = pkg
        .text(&main)?
        .ok_or_else(|| Problem::NotWord(format!("it lacks its main part {main}")))?;
    let mut reference = Reference {
        section: refxml::body_section(&document).map_err(damaged(&main))?,
        ..Reference::default()
    };
    let rels = pkg.rels_of(&main)?;
    related_parts(&mut pkg, &mut reference, &main, &rels)?;
    let refs = reference.section.refs.clone();
    for (kind, slot, id) in refs {
        let Some(rel) = rels.iter().find(|r| r.id == id && !r.external) else {
            return Err(Problem::Damaged(format!("its {kind} `{id}` names no part")));
        };
        let name = resolve(&main, &rel.target);
        let part = copy_part(&mut pkg, &mut reference, &kind, &slot, &name)?;
        reference.parts.push(part);
    }
    Ok(reference)
}

fn damaged(part: &str) -> impl Fn(String) -> Problem + '_ {
    move |e| Problem::Damaged(format!("{part}: {e}"))
}

/// The main document's styles, numbering, theme and settings.
fn related_parts(
    pkg: &mut Package,
    reference: &mut Reference,
    main: &str,
    rels: &[Rel],
) -> Result<(), Problem> {
    let target = |name: &str| {
        rels.iter()
            .find(|r| r.is(name) && !r.external)
            .map(|r| resolve(main, &r.target))
    };
    if let Some(name) = target("styles") {
        if let Some(text) = pkg.text(&name)? {
            let text = refxml::open_root(&text);
            let info = refxml::styles(&text).map_err(damaged(&name))?;
            reference.styles = Some((text, info));
        }
    }
    if let Some(name) = target("numbering") {
        if let Some(text) = pkg.text(&name)? {
            let text = refxml::open_root(&text);
            let info = refxml::numbering(&text).map_err(damaged(&name))?;
            reference.numbering = Some((text, info));
        }
    }
    if let Some(name) = target("theme") {
        if let Some(text) = pkg.text(&name)? {
            refxml::well_formed(&text).map_err(damaged(&name))?;
            reference.theme = Some(text.into_bytes());
        }
    }
    if let Some(name) = target("settings") {
        if let Some(text) = pkg.text(&name)? {
            reference.even_and_odd = refxml::even_and_odd(&text).map_err(damaged(&name))?;
        }
    }
    Ok(())
}

/// Copies a header or footer part and the files it refers to, under new names.
fn copy_part(
    pkg: &mut Package,
    reference: &mut Reference,
    kind: &str,
    slot: &str,
    name: &str,
) -> Result<Part, Problem> {
    let xml = pkg
        .text(name)?
        .ok_or_else(|| Problem::Damaged(format!("it lacks its {kind} part {name}")))?;
    refxml::well_formed(&xml).map_err(|e| Problem::Damaged(format!("{name}: {e}")))?;
    let mut rels = pkg.rels_of(name)?;
    for rel in &mut rels {
        if rel.external {
            continue;
        }
        let source = resolve(name, &rel.target);
        let bytes = pkg.bytes(&source)?.ok_or_else(|| {
            Problem::Damaged(format!("{name} refers to {source}, which it lacks"))
        })?;
        let total: usize = reference.copied.iter().map(|c| c.bytes.len()).sum();
        if total + bytes.len() > COPY_LIMIT {
            return Err(Problem::Damaged(
                "its headers and footers refer to more than 32 MiB of files".into(),
            ));
        }
        let ext: String = source
            .rsplit_once('.')
            .map(|(_, e)| {
                e.chars()
                    .filter(char::is_ascii_alphanumeric)
                    .take(5)
                    .collect()
            })
            .unwrap_or_default();
        let n = reference.copied.len() + 1;
        let copied = format!(
            "word/media/ref{n}.{}",
            if ext.is_empty() { "bin" } else { &ext }
        );
        rel.target = copied.trim_start_matches("word/").to_string();
        reference.copied.push(Copied {
            content_type: pkg.content_type(&source),
            name: copied,
            bytes,
        });
    }
    let n = reference.parts.len() + 1;
    Ok(Part {
        kind: kind.to_string(),
        slot: slot.to_string(),
        name: format!("word/{kind}-ref{n}.xml"),
        xml: xml.into_bytes(),
        rels,
    })
}

/// The part a relationship target names, from the part `source` (`""` for the package).
fn resolve(source: &str, target: &str) -> String {
    let mut parts: Vec<&str> = if target.starts_with('/') {
        Vec::new()
    } else {
        let dir = source.rsplit_once('/').map_or("", |(d, _)| d);
        dir.split('/').filter(|s| !s.is_empty()).collect()
    };
    for seg in target.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_from_their_part() {
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(
            resolve("word/document.xml", "styles.xml"),
            "word/styles.xml"
        );
        assert_eq!(resolve("word/header1.xml", "../media/x.png"), "media/x.png");
        assert_eq!(
            resolve("word/document.xml", "/word/theme/theme1.xml"),
            "word/theme/theme1.xml"
        );
    }

    #[test]
    fn what_is_not_a_docx_says_so() {
        assert_eq!(read(b"plain text").err(), Some(Problem::NotZip));
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        assert_eq!(read(&ole).err(), Some(Problem::Encrypted));
    }
}
