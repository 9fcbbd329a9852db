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
            times.push((
                t.year(),
                t.month(),
                t.day(),
                t.hour(),
                t.minute(),
                t.second(),
            ));
            let mut b = Vec::new();
            f.read_to_end(&mut b).expect("entry reads");
            names.push(name.clone());
            parts.insert(name, b);
        }
        Docx {
            names,
            times,
            parts,
        }
    }

    /// A part as text, or a panic naming it.
    pub fn part(&self, name: &str) -> String {
        let b = self
            .parts
            .get(name)
            .unwrap_or_else(|| panic!("no part {name}"));
        String::from_utf8(b.clone()).expect("UTF-8 part")
    }

    /// A part's bytes, or a panic naming it.
    pub fn bytes(&self, name: &str) -> &[u8] {
        self.parts
            .get(name)
            .unwrap_or_else(|| panic!("no part {name}"))
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
            .then(|| {
                a.normalized_value(XmlVersion::Implicit1_0)
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

/// Parses `document.xml` (or a header or footer part).
pub fn body(xml: &str) -> Body {
    let mut reader = Reader::from_str(xml);
    let mut p = Parser::default();
    loop {
        match reader.read_event().expect("the part is well-formed") {
            Event::Start(e) => p.open(&e, false),
            Event::Empty(e) => p.open(&e, true),
            Event::Text(t) => p.text(&t.xml_content(XmlVersion::Implicit1_0)),
            Event::GeneralRef(r) => {
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
                p.text(&c);
            }
            Event::End(e) => p.close(e.local_name().as_ref()),
            Event::Eof => break,
            _ => {}
        }
    }
    p.body
}

/// Where the parser is: how deep in tables, which paragraph or cell collects text, whether
/// text is visible (`w:t`) or a field instruction.
#[derive(Default)]
struct Parser {
    body: Body,
    tables: usize,
    para: Option<Para>,
    cell: Option<String>,
    in_t: bool,
    in_instr: bool,
    instr: String,
}

impl Parser {
    fn open(&mut self, e: &BytesStart<'_>, empty: bool) {
        let name = e.local_name().as_ref().to_string();
        let b = &mut self.body;
        match name.as_str() {
            "p" if self.tables == 0 => {
                self.para = Some(Para {
                    section: b.sections.len(),
                    ..Para::default()
                });
            }
            "pStyle" => {
                if let Some(p) = self.para.as_mut() {
                    p.style = attr(e, "val").unwrap_or_default();
                }
            }
            "tbl" => {
                self.tables += 1;
                if self.tables == 1 {
                    b.tables.push(Table {
                        section: b.sections.len(),
                        ..Table::default()
                    });
                }
            }
            "tr" if self.tables == 1 => {
                if let Some(t) = b.tables.last_mut() {
                    t.rows.push(Row::default());
                }
            }
            "tblHeader" | "cantSplit" if self.tables == 1 => {
                if let Some(r) = b.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                    if name == "tblHeader" {
                        r.header = true;
                    } else {
                        r.cant_split = true;
                    }
                }
            }
            "tc" if self.tables == 1 => self.cell = Some(String::new()),
            "t" if !empty => self.in_t = true,
            "instrText" if !empty => self.in_instr = true,
            // A tab stop (`<w:tab w:val=…>` in the properties) is no tab character.
            "tab" if attr(e, "val").is_none() => self.push("\t"),
            "br" => self.push("\n"),
            "pgSz" => {
                let num = |k: &str| attr(e, k).and_then(|v| v.parse::<u32>().ok()).unwrap_or(0);
                let landscape = attr(e, "orient").as_deref() == Some("landscape");
                b.sections.push(landscape || num("w") > num("h"));
            }
            _ => {}
        }
    }

    fn text(&mut self, s: &str) {
        if self.in_instr {
            self.instr.push_str(s);
        } else if self.in_t {
            self.push(s);
        }
    }

    fn push(&mut self, s: &str) {
        if self.tables > 0 {
            if let Some(c) = self.cell.as_mut() {
                c.push_str(s);
            }
        } else if let Some(p) = self.para.as_mut() {
            p.text.push_str(s);
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "t" => self.in_t = false,
            "instrText" => {
                self.in_instr = false;
                let instr = std::mem::take(&mut self.instr);
                self.body.instructions.push(instr.trim().to_string());
            }
            "p" if self.tables == 0 => {
                if let Some(p) = self.para.take() {
                    self.body.paras.push(p);
                }
            }
            "p" if self.tables == 1 => {
                if let Some(c) = self
                    .cell
                    .as_mut()
                    .filter(|c| !c.is_empty() && !c.ends_with('\n'))
                {
                    c.push('\n');
                }
            }
            "tc" if self.tables == 1 => {
                let text = self.cell.take().unwrap_or_default();
                if let Some(r) = self.body.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                    r.cells.push(text.trim_end().to_string());
                }
            }
            "tbl" => self.tables -= 1,
            _ => {}
        }
    }
}
