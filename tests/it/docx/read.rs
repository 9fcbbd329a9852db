//! A small DOCX reader for the tests, independent of the writer: the zip through the `zip`
//! crate, `word/document.xml` through quick-xml, kept to what a reader of the document sees:
//! paragraphs with their style and text (content controls included), tables with their rows'
//! "repeat as header" and "do not split" flags and their cells' text, the sections with their
//! orientation, and field instructions.

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use std::collections::BTreeMap;
use std::io::{Cursor, Read};

/// A package's parts, in archive order, with their modification times.
pub struct Docx {
    pub names: Vec<String>,
    pub times: Vec<(u16, u8, u8, u8, u8, u8)>,
    parts: BTreeMap<String, Vec<u8>>,
}

impl Docx {
    pub fn open(bytes: &[u8]) -> Docx {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a DOCX is a zip");
        let (mut names, mut times, mut parts) = (Vec::new(), Vec::new(), BTreeMap::new());
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).expect("entry");
            let name = f.name().expect("entry name").to_string();
            let t = f.last_modified().unwrap_or_default();
            times.push((t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second()));
            let mut b = Vec::new();
            f.read_to_end(&mut b).expect("entry reads");
            names.push(name.clone());
            parts.insert(name, b);
        }
        Docx { names, times, parts }
    }

    /// A part as text, or a panic naming it.
    pub fn part(&self, name: &str) -> String {
        let b = self.parts.get(name).unwrap_or_else(|| panic!("no part {name}"));
        String::from_utf8(b.clone()).expect("UTF-8 part")
    }

    /// A part's bytes, or a panic naming it.
    pub fn bytes(&self, name: &str) -> &[u8] {
        self.parts.get(name).unwrap_or_else(|| panic!("no part {name}"))
    }

    pub fn has(&self, name: &str) -> bool {
        self.parts.contains_key(name)
    }

    pub fn body(&self) -> Body {
        body(&self.part("word/document.xml"))
    }
}

/// A paragraph outside tables, and the section it is in.
#[derive(Debug, Clone, Default)]
pub struct Para {
    pub style: String,
    pub text: String,
    pub section: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Row {
    pub header: bool,
    pub cant_split: bool,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Table {
    pub rows: Vec<Row>,
    pub section: usize,
}

/// What `document.xml` holds.
#[derive(Debug, Default)]
pub struct Body {
    pub paras: Vec<Para>,
    pub tables: Vec<Table>,
    /// Each section's orientation: true for landscape.
    pub sections: Vec<bool>,
    pub instructions: Vec<String>,
}

fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| a.normalized_value(XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
            .flatten()
    })
}

/// Parses `document.xml`.
pub fn body(xml: &str) -> Body {
    let mut reader = Reader::from_str(xml);
    let mut b = Body::default();
    let mut tables = 0usize; // nesting
    let mut para: Option<Para> = None;
    let mut cell: Option<String> = None;
    let mut in_t = false;
    let mut in_instr = false;
    let mut instr = String::new();
    loop {
        let event = reader.read_event().expect("document.xml is well-formed");
        let (e, empty) = match &event {
            Event::Start(e) => (Some(e.clone()), false),
            Event::Empty(e) => (Some(e.clone()), true),
            _ => (None, false),
        };
        if let Some(e) = e {
            let name = e.local_name().as_ref().to_string();
            match name.as_str() {
                "p" if tables == 0 => {
                    para = Some(Para { section: b.sections.len(), ..Para::default() });
                }
                "pStyle" => {
                    if let Some(p) = para.as_mut() {
                        p.style = attr(&e, "val").unwrap_or_default();
                    }
                }
                "tbl" => {
                    tables += 1;
                    if tables == 1 {
                        b.tables.push(Table { section: b.sections.len(), ..Table::default() });
                    }
                }
                "tr" if tables == 1 => {
                    if let Some(t) = b.tables.last_mut() {
                        t.rows.push(Row::default());
                    }
                }
                "tblHeader" | "cantSplit" if tables == 1 => {
                    if let Some(r) = b.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                        if name == "tblHeader" {
                            r.header = true;
                        } else {
                            r.cant_split = true;
                        }
                    }
                }
                "tc" if tables == 1 => cell = Some(String::new()),
                "t" if !empty => in_t = true,
                "instrText" if !empty => in_instr = true,
                // A tab stop (`<w:tab w:val=…>` in the properties) is no tab character.
                "tab" if attr(&e, "val").is_none() => push(&mut para, &mut cell, tables, "\t"),
                "br" => push(&mut para, &mut cell, tables, "\n"),
                "pgSz" => {
                    let w: u32 = attr(&e, "w").and_then(|v| v.parse().ok()).unwrap_or(0);
                    let h: u32 = attr(&e, "h").and_then(|v| v.parse().ok()).unwrap_or(0);
                    b.sections.push(attr(&e, "orient").as_deref() == Some("landscape") || w > h);
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Text(t) if in_t || in_instr => {
                let s = t.xml_content(XmlVersion::Implicit1_0).into_owned();
                if in_instr {
                    instr.push_str(&s);
                } else {
                    push(&mut para, &mut cell, tables, &s);
                }
            }
            Event::GeneralRef(r) if in_t || in_instr => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match r.xml10_content().as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => format!("&{other};"),
                    },
                };
                if in_instr {
                    instr.push_str(&c);
                } else {
                    push(&mut para, &mut cell, tables, &c);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_t = false,
                "instrText" => {
                    in_instr = false;
                    b.instructions.push(std::mem::take(&mut instr).trim().to_string());
                }
                "p" if tables == 0 => {
                    if let Some(p) = para.take() {
                        b.paras.push(p);
                    }
                }
                "p" if tables == 1 => {
                    if let Some(c) = cell.as_mut() {
                        if !c.is_empty() && !c.ends_with('\n') {
                            c.push('\n');
                        }
                    }
                }
                "tc" if tables == 1 => {
                    let text = cell.take().unwrap_or_default();
                    if let Some(r) = b.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                        r.cells.push(text.trim_end().to_string());
                    }
                }
                "tbl" => tables -= 1,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    b
}

fn push(para: &mut Option<Para>, cell: &mut Option<String>, tables: usize, s: &str) {
    if tables > 0 {
        if let Some(c) = cell.as_mut() {
            c.push_str(s);
        }
    } else if let Some(p) = para.as_mut() {
        p.text.push_str(s);
    }
}
