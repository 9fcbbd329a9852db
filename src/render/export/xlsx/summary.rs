//! The XLSX Summary sheet: document control, scope, revision history and the status table.
//!
//! The status table's figures are formulas (`COUNTIFS` over the control sheets' Applicable,
//! Status and theme or objective columns), so they follow any change made in the workbook,
//! each with its value at export stored as the cached result, so readers that do not
//! recalculate still see the right numbers.

use super::style::{cell_text, column_letter, page_setup, status_format, Brand, STATUSES};
use super::{Col, Sheet};
use crate::merge::chart::SegmentKind;
use crate::render::export::{status_label, status_word, w, Document, ExportError, Placed};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Formula, Worksheet};

/// Columns B–H of the status table, in the document's language.
fn heads(doc: &Document) -> [String; 7] {
    [
        w(doc, "Total"),
        w(doc, "Applicable"),
        status_word(doc, SegmentKind::Excluded),
        status_word(doc, STATUSES[0]),
        status_word(doc, STATUSES[1]),
        status_word(doc, STATUSES[2]),
        status_word(doc, STATUSES[3]),
    ]
}

/// Approximate characters per line of the merged value cells B:H, for row heights.
const LINE: usize = 110;

struct Formats {
    title: Format,
    section: Format,
    label: Format,
    value: Format,
    head: Format,
    number: Format,
    bold_number: Format,
    row_label: Format,
    group_label: Format,
    note: Format,
}

fn formats(accent: u32) -> Formats {
    let cell = Format::new()
        .set_border(FormatBorder::Thin)
        .set_border_color(0xBFBFBF)
        .set_font_size(10)
        .set_align(FormatAlign::Top);
    let number = cell.clone().set_align(FormatAlign::Right);
    Formats {
        title: Format::new().set_bold().set_font_size(16),
        section: Format::new()
            .set_bold()
            .set_font_size(12)
            .set_font_color(accent),
        label: cell.clone().set_bold().set_background_color(0xEEF2F7),
        value: cell.clone().set_text_wrap(),
        head: cell
            .clone()
            .set_bold()
            .set_text_wrap()
            .set_font_color(0xFFFFFF)
            .set_background_color(accent)
            .set_align(FormatAlign::VerticalCenter),
        bold_number: number.clone().set_bold(),
        number,
        row_label: cell.clone().set_bold().set_text_wrap(),
        group_label: cell.set_indent(1).set_text_wrap(),
        note: Format::new().set_italic().set_font_size(9),
    }
}

/// Writes the Summary sheet; `sheets` are the control sheets its formulas refer to.
pub(super) fn write(
    ws: &mut Worksheet,
    doc: &Document,
    sheets: &[Sheet<'_>],
    brand: &Brand<'_>,
) -> Result<(), ExportError> {
    let f = formats(brand.accent);
    ws.set_name(w(doc, "Summary"))?;
    ws.set_column_width(0, 38)?;
    for c in 1..=7 {
        ws.set_column_width(c, 13)?;
    }
    let d = &doc.document;
    let title = match &doc.draft {
        Some(_) => format!("{}: {}", doc.locale.t("draft-mark"), d.title),
        None => d.title.clone(),
    };
    ws.write_string_with_format(0, 0, cell_text(&title), &f.title)?;
    ws.write_string_with_format(1, 0, cell_text(&doc.organisation.name), &f.section)?;
    let mut row = 3;
    ws.write_string_with_format(row, 0, w(doc, "Document control"), &f.section)?;
    row += 1;
    let generated = match doc.generated.as_str() {
        "" => format!("annexa {}", doc.annexa_version),
        date => doc.locale.t_args(
            "xl-generated-on",
            &[
                ("date", doc.locale.date(date).into()),
                ("generator", format!("annexa {}", doc.annexa_version).into()),
            ],
        ),
    };
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    let date = |s: &str| doc.locale.date(s);
    let fields = [
        ("Document ID", d.id.clone()),
        ("Version", d.version.clone()),
        ("Date", date(&d.date)),
        ("Classification", d.classification.clone()),
        ("Owner", d.owner.clone()),
        ("Approver", d.approver.clone()),
        ("Approval date", date(&d.approval_date)),
        ("Review cycle", opt(&d.review_cycle)),
        ("Next review", date(&opt(&d.next_review))),
    ];
    // The toolkit set names no tool in its text (the file's properties still do).
    let generated = (!doc.blank).then_some(("Generated", generated));
    let scope = [
        ("ISMS scope (ISO/IEC 27001)", &doc.organisation.isms_scope),
        ("AIMS scope (ISO/IEC 42001)", &doc.organisation.aims_scope),
    ];
    let scope = scope
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| (*k, v.clone())));
    for (label, value) in fields.into_iter().chain(generated).chain(scope) {
        pair(ws, &f, row, &w(doc, label), &value)?;
        row += 1;
    }
    if !d.revisions.is_empty() {
        row += 1;
        ws.write_string_with_format(row, 0, w(doc, "Revision history"), &f.section)?;
        row += 1;
        for (c, h) in ["Version", "Date", "Author", "Changes"].iter().enumerate() {
            let c = u16::try_from(c).unwrap_or(0);
            let h = w(doc, h);
            if c == 3 {
                ws.merge_range(row, 3, row, 7, &h, &f.head)?;
            } else {
                ws.write_string_with_format(row, c, &h, &f.head)?;
            }
        }
        row += 1;
        for r in &d.revisions {
            ws.write_string_with_format(row, 0, cell_text(&r.version), &f.value)?;
            ws.write_string_with_format(row, 1, cell_text(&doc.locale.date(&r.date)), &f.value)?;
            ws.write_string_with_format(row, 2, cell_text(&opt(&r.author)), &f.value)?;
            ws.merge_range(row, 3, row, 7, &cell_text(&r.changes), &f.value)?;
            fit(ws, row, &[(&r.changes, 80), (&opt(&r.author), 16)])?;
            row += 1;
        }
    }
    row += 1;
    status_table(ws, &f, row, doc, sheets)?;
    page_setup(ws, doc, brand);
    ws.set_portrait();
    if let Some(logo) = brand.logo {
        let image = rust_xlsxwriter::Image::new_from_buffer(&logo.bytes)?
            .set_alt_text(logo.alt.as_deref().unwrap_or(&doc.organisation.name));
        let scale = logo.size.map_or(1.0, |(_, h)| 48.0 / f64::from(h.max(1)));
        ws.insert_image_with_offset(
            0,
            4,
            &image.set_scale_width(scale).set_scale_height(scale),
            0,
            2,
        )?;
    }
    Ok(())
}

/// A label in A and its value across B:H, tall enough for the text.
fn pair(
    ws: &mut Worksheet,
    f: &Formats,
    row: u32,
    label: &str,
    value: &str,
) -> Result<(), ExportError> {
    ws.write_string_with_format(row, 0, label, &f.label)?;
    ws.merge_range(row, 1, row, 7, &cell_text(value), &f.value)?;
    fit(ws, row, &[(value, LINE)])
}

/// Merged cells do not grow with their text in Excel or LibreOffice: set the height for the
/// tallest of `cells`, each a text and the characters that fit on one line of its cell.
fn fit(ws: &mut Worksheet, row: u32, cells: &[(&str, usize)]) -> Result<(), ExportError> {
    let lines = cells
        .iter()
        .map(|(text, per_line)| {
            text.split('\n')
                .map(|l| l.chars().count().div_ceil(*per_line).max(1))
                .sum::<usize>()
        })
        .max()
        .unwrap_or(1);
    if lines > 1 {
        let h = (lines as f64 * 13.5 + 2.0).min(409.0);
        ws.set_row_height(row, h)?;
    }
    Ok(())
}

fn status_table(
    ws: &mut Worksheet,
    f: &Formats,
    mut row: u32,
    doc: &Document,
    sheets: &[Sheet<'_>],
) -> Result<(), ExportError> {
    ws.write_string_with_format(row, 0, w(doc, "Status of controls"), &f.section)?;
    row += 1;
    ws.write_string_with_format(row, 0, w(doc, "Controls"), &f.head)?;
    for (i, h) in heads(doc).iter().enumerate() {
        let c = u16::try_from(i + 1).unwrap_or(0);
        let fmt = match i {
            2 => status_format(SegmentKind::Excluded).merge(&f.head),
            3..=6 => status_format(STATUSES[i - 3]).merge(&f.head),
            _ => f.head.clone(),
        };
        ws.write_string_with_format(row, c, h, &fmt)?;
    }
    ws.set_row_height(row, 30)?;
    row += 1;
    let (annex, other): (Vec<&Sheet<'_>>, Vec<&Sheet<'_>>) =
        sheets.iter().partition(|s| s.group_label.is_some());
    let mut annex_rows = Vec::new();
    for sheet in &annex {
        annex_rows.push(row);
        row = sheet_rows(ws, f, row, doc, sheet)?;
    }
    if annex_rows.len() > 1 {
        let total = tally(doc, annex.iter().flat_map(|s| s.rows.iter()));
        ws.write_string_with_format(row, 0, w(doc, "All Annex A controls"), &f.row_label)?;
        for (i, n) in total.iter().enumerate() {
            let col = u16::try_from(i + 1).unwrap_or(0);
            let letter = column_letter(col);
            let cells: Vec<String> = annex_rows
                .iter()
                .map(|r| format!("{letter}{}", r + 1))
                .collect();
            let formula = Formula::new(format!("={}", cells.join("+"))).set_result(n.to_string());
            ws.write_formula_with_format(row, col, formula, &f.bold_number)?;
        }
        row += 1;
    }
    for sheet in &other {
        row = sheet_rows(ws, f, row, doc, sheet)?;
    }
    ws.write_string_with_format(
        row + 1,
        0,
        w(
            doc,
            "The figures are formulas over the control sheets: they follow any change made there.",
        ),
        &f.note,
    )?;
    Ok(())
}

/// A sheet's row in the status table and one row per theme or objective; the next free row.
fn sheet_rows(
    ws: &mut Worksheet,
    f: &Formats,
    mut row: u32,
    doc: &Document,
    sheet: &Sheet<'_>,
) -> Result<u32, ExportError> {
    let all = tally(doc, sheet.rows.iter());
    counts_row(
        ws,
        f,
        row,
        &sheet.title,
        &f.row_label,
        (doc, sheet),
        None,
        all,
    )?;
    row += 1;
    let mut tops: Vec<(&str, &str)> = Vec::new();
    for p in &sheet.rows {
        if let Some(top) = p.top {
            if !tops.iter().any(|(i, _)| *i == top.0) {
                tops.push(top);
            }
        }
    }
    for (id, title) in tops {
        let rows = sheet.rows.iter().filter(|p| p.top.map(|t| t.0) == Some(id));
        let label = format!("{id} {title}");
        let c = tally(doc, rows);
        counts_row(
            ws,
            f,
            row,
            &label,
            &f.group_label,
            (doc, sheet),
            Some(&label),
            c,
        )?;
        row += 1;
    }
    Ok(row)
}

/// Total, applicable, excluded and the four statuses, read as the control sheets show them.
fn tally<'a>(doc: &Document, rows: impl Iterator<Item = &'a Placed<'a>>) -> [usize; 7] {
    let mut c = [0; 7];
    let statuses: Vec<String> = STATUSES.iter().map(|k| status_word(doc, *k)).collect();
    for p in rows {
        c[0] += 1;
        if doc.blank {
            continue;
        }
        if p.row.applicable {
            c[1] += 1;
            let s = status_label(p.row);
            if let Some(k) = statuses.iter().position(|k| k == s) {
                c[3 + k] += 1;
            }
        } else {
            c[2] += 1;
        }
    }
    c
}

/// A string literal for a `COUNTIFS` criterion matching `text` exactly, or `None` when Excel
/// would refuse it (string constants stop at 255 characters).
fn criterion(text: &str) -> Option<String> {
    let mut s = String::from("=");
    for ch in text.chars() {
        if matches!(ch, '*' | '?' | '~') {
            s.push('~');
        }
        s.push(ch);
    }
    (s.chars().count() <= 250).then(|| format!("\"{}\"", s.replace('"', "\"\"")))
}

#[allow(clippy::too_many_arguments)]
fn counts_row(
    ws: &mut Worksheet,
    f: &Formats,
    row: u32,
    label: &str,
    label_format: &Format,
    (doc, sheet): (&Document, &Sheet<'_>),
    group: Option<&str>,
    values: [usize; 7],
) -> Result<(), ExportError> {
    ws.write_string_with_format(row, 0, cell_text(label), label_format)?;
    let number = if group.is_some() {
        &f.number
    } else {
        &f.bold_number
    };
    let formulas = formulas(doc, sheet, group);
    for (i, n) in values.iter().enumerate() {
        let col = u16::try_from(i + 1).unwrap_or(0);
        match formulas.as_ref().map(|v| &v[i]) {
            Some(text) => {
                let formula = Formula::new(text).set_result(n.to_string());
                ws.write_formula_with_format(row, col, formula, number)?;
            }
            None => {
                ws.write_number_with_format(row, col, *n as f64, number)?;
            }
        }
    }
    Ok(())
}

/// The seven formulas of a status-table row, or `None` to write plain numbers.
fn formulas(doc: &Document, sheet: &Sheet<'_>, group: Option<&str>) -> Option<Vec<String>> {
    let id = sheet.range(Col::Id)?;
    let app = sheet.range(Col::Applicable)?;
    let status = sheet.range(Col::Status)?;
    let extra = match group {
        Some(g) => format!(",{},{}", sheet.range(Col::Group)?, criterion(g)?),
        None => String::new(),
    };
    let total = match group {
        Some(_) => format!("=COUNTIFS({})", extra.trim_start_matches(',')),
        None => format!("=COUNTA({id})"),
    };
    let quoted = |s: String| s.replace('"', "\"\"");
    let yes = quoted(doc.locale.t("common-yes"));
    let no = quoted(doc.locale.t("common-no"));
    let mut v = vec![
        total,
        format!("=COUNTIFS({app},\"{yes}\"{extra})"),
        format!("=COUNTIFS({app},\"{no}\"{extra})"),
    ];
    for k in STATUSES {
        v.push(format!(
            "=COUNTIFS({app},\"{yes}\",{status},\"{}\"{extra})",
            quoted(status_word(doc, k))
        ));
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criteria_match_literally() {
        assert_eq!(criterion("A.5 Org").as_deref(), Some("\"=A.5 Org\""));
        assert_eq!(criterion("a*b?c~").as_deref(), Some("\"=a~*b~?c~~\""));
        assert_eq!(
            criterion("say \"x\"").as_deref(),
            Some("\"=say \"\"x\"\"\"")
        );
        assert_eq!(criterion(&"x".repeat(300)), None);
    }
}
