//! Where the body goes: the page size and margins, the orientation of each section and the
//! headers and footers each section names ([`Frame::sect_pr`]), annexa's or a reference
//! document's.

use super::reference::Reference;
use super::styles::Resolved;
use crate::model::theme::Rgb;
use crate::render::marks::Figures;

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
        let side =
            i64::from(self.margins[1]) + i64::from(self.margins[3]) + i64::from(self.margins[6]);
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
    /// The chart and heat maps the body's marks draw.
    pub figures: Figures<'a>,
    pub refs: Refs,
    /// The contents list's heading, in the document's language.
    pub contents: String,
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
        let orient = if landscape {
            " w:orient=\"landscape\""
        } else {
            ""
        };
        let [top, right, bottom, left, header, footer, gutter] = self.page.margins;
        s.push_str(&format!(
            "<w:pgSz w:w=\"{w}\" w:h=\"{h}\"{orient}/><w:pgMar w:top=\"{top}\" w:right=\"{right}\" w:bottom=\"{bottom}\" \
             w:left=\"{left}\" w:header=\"{header}\" w:footer=\"{footer}\" w:gutter=\"{gutter}\"/><w:cols w:space=\"720\"/>"
        ));
        if first
            && matches!(
                self.refs,
                Refs::Reference {
                    title_page: true,
                    ..
                }
            )
        {
            s.push_str("<w:titlePg/>");
        }
        s.push_str("</w:sectPr>");
        s
    }
}

/// The header and footer references sections use with a reference document.
pub fn reference_refs(r: &Reference) -> Refs {
    Refs::Reference {
        list: r
            .parts
            .iter()
            .enumerate()
            .map(|(i, p)| (p.kind.clone(), p.slot.clone(), format!("rIdR{}", i + 1)))
            .collect(),
        title_page: r.section.title_page,
    }
}
