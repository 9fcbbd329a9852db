//! The DRAFT mark of `annexa build --draft` in a Word document: in the running header, so it
//! is on every page whatever section, orientation or page the reader is on.
//!
//! annexa's own header gets a bold red "DRAFT ·" before the title ([`run`]). A reference
//! document's headers are the vendor's, copied as they are, so a draft adds a centred line
//! "DRAFT · not approved" at the top of each of them (both in the document's language: [`Draft`]), and, for a page kind the reference gives
//! no header for (every page, the first page of a document with a title page, even pages when
//! odd and even differ), a header holding only that line: no page of a draft goes unmarked.

use super::reference::{Part, Reference};
use super::xml::{self, DECL, W_NS};
use quick_xml::events::Event;
use quick_xml::Reader;

/// The mark's colour (the HTML banner's and the PDF watermark's red).
const RED: &str = "B42318";

/// A draft's words, in the document's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The mark before the title in annexa's own header: "DRAFT".
    pub mark: String,
    /// The line added to a reference document's headers: "DRAFT · not approved".
    pub line: String,
}

/// The run annexa's own header starts with in a draft.
pub fn run(d: &Draft) -> String {
    let mut s =
        format!("<w:r><w:rPr><w:b/><w:color w:val=\"{RED}\"/></w:rPr><w:t xml:space=\"preserve\">");
    xml::text(&mut s, &d.mark);
    s.push_str(" · </w:t></w:r>");
    s
}

/// Marks a reference document's headers, and adds a header for every page kind that has none.
pub fn mark_reference(r: &mut Reference, d: &Draft) {
    for p in r.parts.iter_mut().filter(|p| p.kind == "header") {
        p.xml = mark_part(&String::from_utf8_lossy(&p.xml), d).into_bytes();
    }
    let mut slots = vec!["default"];
    if r.section.title_page {
        slots.push("first");
    }
    if r.even_and_odd {
        slots.push("even");
    }
    for slot in slots {
        if !r.parts.iter().any(|p| p.kind == "header" && p.slot == slot) {
            r.parts.push(Part {
                kind: "header".into(),
                slot: slot.into(),
                name: format!("word/header-draft-{slot}.xml"),
                xml: format!("{DECL}<w:hdr xmlns:w=\"{W_NS}\">{}</w:hdr>", line("w:", d))
                    .into_bytes(),
                rels: Vec::new(),
            });
        }
    }
}

/// The centred DRAFT line as a paragraph, its elements written with `prefix` (`w:`, or empty
/// when the part binds WordprocessingML as its default namespace).
fn line(prefix: &str, d: &Draft) -> String {
    let p = prefix;
    let mut words = String::new();
    xml::text(&mut words, &d.line);
    format!(
        "<{p}p><{p}pPr><{p}jc {p}val=\"center\"/></{p}pPr><{p}r><{p}rPr><{p}b/><{p}color {p}val=\"{RED}\"/></{p}rPr><{p}t xml:space=\"preserve\">{words}</{p}t></{p}r></{p}p>"
    )
}

/// A header part (`<w:hdr>`, whatever its prefix) with the DRAFT line first inside its root.
/// The part was checked well formed when the reference was read; were its root not found, it
/// is returned unchanged.
fn mark_part(xml: &str, d: &Draft) -> String {
    let xml = super::refxml::open_root(xml);
    let mut reader = Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let end = usize::try_from(reader.buffer_position()).unwrap_or(0);
                let name = e.name().as_ref().to_string();
                let prefix = match name.split_once(':') {
                    Some((p, _)) => format!("{p}:"),
                    None => String::new(),
                };
                return format!("{}{}{}", &xml[..end], line(&prefix, d), &xml[end..]);
            }
            Ok(Event::Eof) | Err(_) => return xml,
            Ok(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Draft {
        Draft {
            mark: "DRAFT".into(),
            line: "DRAFT · not approved".into(),
        }
    }

    #[test]
    fn the_line_goes_first_inside_the_root_with_its_prefix() {
        let x = mark_part(
            "<?xml version=\"1.0\"?>\n<w:hdr xmlns:w=\"u\"><w:p/></w:hdr>",
            &words(),
        );
        assert!(
            x.starts_with("<?xml version=\"1.0\"?>\n<w:hdr xmlns:w=\"u\"><w:p><w:pPr>"),
            "{x}"
        );
        assert!(x.ends_with("DRAFT · not approved</w:t></w:r></w:p><w:p/></w:hdr>"));
        let x = mark_part("<hdr xmlns=\"u\"/>", &words());
        assert!(
            x.starts_with("<hdr xmlns=\"u\"><p><pPr><jc val=\"center\"/>"),
            "{x}"
        );
        assert!(x.ends_with("</p></hdr>"), "{x}");
    }

    #[test]
    fn every_page_kind_gets_a_header() {
        let mut r = Reference {
            even_and_odd: true,
            ..Reference::default()
        };
        r.section.title_page = true;
        r.parts.push(Part {
            kind: "header".into(),
            slot: "default".into(),
            name: "word/header-ref1.xml".into(),
            xml: b"<w:hdr xmlns:w=\"u\"></w:hdr>".to_vec(),
            rels: Vec::new(),
        });
        mark_reference(&mut r, &words());
        let slots: Vec<&str> = r.parts.iter().map(|p| p.slot.as_str()).collect();
        assert_eq!(slots, ["default", "first", "even"]);
        for p in &r.parts {
            assert!(String::from_utf8_lossy(&p.xml).contains("DRAFT · not approved"));
        }
    }
}
