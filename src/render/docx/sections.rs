//! The body's blocks → `<w:body>`: heading styles, the table of contents, captions, and the
//! landscape sections the wide tables sit in.
//!
//! - Headings: when a document has exactly one level-1 heading and it comes first, it is the
//!   document's title (Word's Title style) and `##`, `###`, `####` are Heading 1, 2, 3;
//!   otherwise `#` is Heading 1 and so on. Each heading carries a bookmark.
//! - Contents: a TOC field over Heading 1–3, marked dirty so Word fills it with page numbers
//!   when the document is opened, and already holding the headings (linked to their
//!   bookmarks) for readers that do not update fields. It goes before the first Heading 1.
//! - Landscape: a table [`Table::landscape`] says is wide goes into a landscape section, with
//!   the caption and headings directly before it; neighbouring wide tables share one section.
//!   Each change of orientation is a section break on a new page.

use super::body::{Body, Chunk};
use super::frame::Frame;
use super::package::Part;
use super::styles::Role;
use super::table::{self, Need, Table};
use super::xml;
use std::collections::BTreeMap;

/// Writes the body of `document.xml` onto `out`: everything between `<w:body>` and
/// `</w:body>`.
pub fn write(out: &mut Part<'_>, body: &Body, frame: &Frame<'_>) {
    let chunks = &body.chunks;
    let wide = orientation(chunks, frame.page.text_width(false));
    let levels = heading_levels(chunks);
    let widths = shared_widths(chunks, &wide, frame);
    let toc_at = levels.iter().position(|l| *l == Some(Role::Heading(1)));
    let mut landscape = false;
    let mut first_section = true;
    let mut bookmark = 0usize;
    for (i, chunk) in chunks.iter().enumerate() {
        out.spill();
        if wide[i] != landscape {
            section_break(out, frame.sect_pr(landscape, first_section));
            first_section = false;
            landscape = wide[i];
        }
        if toc_at == Some(i) {
            contents(out, chunks, &levels, frame);
        }
        match chunk {
            Chunk::Heading { runs, .. } => {
                bookmark += 1;
                let style = levels[i].unwrap_or(Role::Heading(1));
                out.push_str("<w:p><w:pPr><w:pStyle w:val=\"");
                xml::attr(out, frame.ids.id(style));
                out.push_str(&format!(
                    "\"/></w:pPr><w:bookmarkStart w:id=\"{bookmark}\" w:name=\"_annexa{bookmark}\"/>{runs}<w:bookmarkEnd w:id=\"{bookmark}\"/></w:p>"
                ));
            }
            Chunk::Para { style, ppr, runs } => {
                let ppr = space_after_table(ppr, i > 0 && matches!(chunks[i - 1], Chunk::Table(_)));
                para(out, frame, *style, &ppr, runs);
            }
            Chunk::Caption { runs } => {
                if matches!(chunks.get(i + 1), Some(Chunk::Table(_))) {
                    para(out, frame, Role::Caption, "", runs);
                } else {
                    let runs =
                        format!("<w:r><w:t xml:space=\"preserve\">Table: </w:t></w:r>{runs}");
                    let ppr =
                        space_after_table("", i > 0 && matches!(chunks[i - 1], Chunk::Table(_)));
                    para(out, frame, Role::Normal, &ppr, &runs);
                }
            }
            Chunk::Table(t) => {
                let w = widths.get(&i).cloned().unwrap_or_default();
                table::write(out, t, &w, frame.ids, frame.header_fill);
                if !matches!(chunks.get(i + 1), Some(Chunk::Table(_)) | None) {
                    continue;
                }
                // Two tables in a row would merge into one; the body must not end on a table.
                out.push_str("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr></w:p>");
            }
            Chunk::Chart => {
                if let Some(chart) = frame.figures.chart {
                    super::chart::write(out, chart, frame.page.text_width(landscape));
                }
            }
            Chunk::Heatmap(kind) => {
                if let Some(map) = frame.figures.heatmap(*kind) {
                    super::heatmap::write(out, map, frame.page.text_width(landscape));
                }
            }
        }
    }
    out.push_str(&frame.sect_pr(landscape, first_section));
}

fn para(out: &mut String, frame: &Frame<'_>, style: Role, ppr: &str, runs: &str) {
    out.push_str("<w:p><w:pPr>");
    if style != Role::Normal {
        out.push_str("<w:pStyle w:val=\"");
        xml::attr(out, frame.ids.id(style));
        out.push_str("\"/>");
    }
    out.push_str(ppr);
    out.push_str("</w:pPr>");
    out.push_str(runs);
    out.push_str("</w:p>");
}

/// A paragraph right after a table keeps some distance from it (Word puts none).
fn space_after_table(ppr: &str, after_table: bool) -> String {
    if !after_table {
        return ppr.to_string();
    }
    let spacing = "<w:spacing w:before=\"160\"/>";
    match ppr.find("<w:ind") {
        Some(at) => format!("{}{spacing}{}", &ppr[..at], &ppr[at..]),
        None => format!("{ppr}{spacing}"),
    }
}

/// Ends the section so far on an almost invisible paragraph carrying its properties.
fn section_break(out: &mut String, sect_pr: String) {
    out.push_str("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"14\" w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr>");
    out.push_str(&sect_pr);
    out.push_str("</w:pPr></w:p>");
}

/// For each chunk, whether it goes on landscape pages.
fn orientation(chunks: &[Chunk], portrait: u32) -> Vec<bool> {
    let mut wide = vec![false; chunks.len()];
    for (i, c) in chunks.iter().enumerate() {
        if let Chunk::Table(t) = c {
            if t.landscape(portrait) {
                wide[i] = true;
                let mut j = i;
                while j > 0
                    && matches!(chunks[j - 1], Chunk::Caption { .. } | Chunk::Heading { .. })
                {
                    j -= 1;
                    wide[j] = true;
                }
            }
        }
    }
    wide
}

/// The style of each heading chunk (`None` for other chunks).
fn heading_levels(chunks: &[Chunk]) -> Vec<Option<Role>> {
    let levels = chunks.iter().map(|c| match c {
        Chunk::Heading { level, .. } => Some(*level),
        _ => None,
    });
    let ones = levels.clone().filter(|l| *l == Some(1)).count();
    let first = levels.clone().flatten().next();
    let titled = ones == 1 && first == Some(1);
    levels
        .map(|l| {
            l.map(|l| match (titled, l) {
                (true, 1) => Role::Title,
                (true, l) => Role::Heading((l - 1).min(6)),
                (false, l) => Role::Heading(l.min(6)),
            })
        })
        .collect()
}

/// Column widths per table, shared by tables of one kind with the same header row on pages of
/// the same orientation (the SoA's control tables, one per theme).
fn shared_widths(chunks: &[Chunk], wide: &[bool], frame: &Frame<'_>) -> BTreeMap<usize, Vec<u32>> {
    let key = |i: usize, t: &Table| match t.kind {
        Some(k) => (k.key().to_string(), header_key(t), wide[i]),
        None => (format!("table {i}"), String::new(), wide[i]),
    };
    let tables: Vec<(usize, &Table)> = chunks
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Chunk::Table(t) => Some((i, t)),
            _ => None,
        })
        .collect();
    let mut needs: BTreeMap<(String, String, bool), Vec<Need>> = BTreeMap::new();
    for (i, t) in &tables {
        let own = t.needs();
        needs
            .entry(key(*i, t))
            .and_modify(|n| table::combine(n, &own))
            .or_insert(own);
    }
    tables
        .iter()
        .map(|(i, t)| {
            let width = frame.page.text_width(wide[*i]);
            (*i, table::widths(&needs[&key(*i, t)], width))
        })
        .collect()
}

fn header_key(t: &Table) -> String {
    t.header
        .iter()
        .map(|c| c.runs.as_str())
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

/// The "Contents" heading and the TOC field, pre-filled with the headings it will list.
fn contents(out: &mut String, chunks: &[Chunk], levels: &[Option<Role>], frame: &Frame<'_>) {
    let mut entries = Vec::new();
    let mut bookmark = 0usize;
    for (c, l) in chunks.iter().zip(levels) {
        if let Chunk::Heading { text, .. } = c {
            bookmark += 1;
            if let Some(Role::Heading(n @ 1..=3)) = l {
                entries.push((*n, bookmark, text.as_str()));
            }
        }
    }
    // A contents list of one or two lines is no help.
    if entries.len() < 3 {
        return;
    }
    let mut heading = String::from("<w:r><w:t>");
    super::xml::text(&mut heading, &frame.contents);
    heading.push_str("</w:t></w:r>");
    para(out, frame, Role::TocHeading, "", &heading);
    for (k, (level, bookmark, text)) in entries.iter().enumerate() {
        let mut runs = String::new();
        if k == 0 {
            runs.push_str("<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>\
                <w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>\
                <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
        }
        runs.push_str(&format!(
            "<w:hyperlink w:anchor=\"_annexa{bookmark}\" w:history=\"1\"><w:r>"
        ));
        xml::run_text(&mut runs, text);
        runs.push_str("</w:r></w:hyperlink>");
        para(out, frame, Role::Toc(*level), "", &runs);
    }
    para(
        out,
        frame,
        Role::Normal,
        "",
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
    );
}
