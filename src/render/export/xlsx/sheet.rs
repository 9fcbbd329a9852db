//! The control sheets: one per standard, one for additional controls (the risk register's
//! sheet is in `risks`).

use super::style::{
    cell_text, column_letter, formats, line_count, page_setup, row_height, status_format, Brand,
    STATUSES,
};
use super::{ymd, Col, Sheet};
use crate::merge::chart::SegmentKind;
use crate::model::Reason;
use crate::render::export::{
    applicable_label, status_label, status_word, w, Document, ExportError, Placed,
};
use rust_xlsxwriter::{
    ConditionalFormatCell, ConditionalFormatCellRule, ConditionalFormatFormula, DataValidation,
    DataValidationErrorStyle, Format, Worksheet,
};

/// One control sheet: a row per control, drop-downs, status colours.
pub(super) fn controls(
    ws: &mut Worksheet,
    doc: &Document,
    sheet: &Sheet<'_>,
    brand: &Brand<'_>,
) -> Result<(), ExportError> {
    let cols: Vec<(&str, f64)> = sheet
        .cols
        .iter()
        .map(|(c, l)| (l.as_str(), c.width()))
        .collect();
    frame(ws, doc, &sheet.name, &cols, sheet.rows.len(), 2, brand)?;
    let (_, body, date) = formats(brand);
    for (r, p) in sheet.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        let mut lines = 1;
        for (i, (c, _)) in sheet.cols.iter().enumerate() {
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            let text = value(doc, p, *c);
            lines = lines.max(line_count(&text, c.width()));
            let day = matches!(c, Col::TargetDate | Col::LastReview)
                .then(|| ymd(&text))
                .flatten();
            match day {
                Some(d) => ws.write_datetime_with_format(r, i, &d, &date)?,
                None => ws.write_string_with_format(r, i, cell_text(&text), &body)?,
            };
        }
        ws.set_row_height(r, row_height(lines))?;
    }
    validation_and_colours(ws, doc, sheet)
}

/// The last row the drop-downs, colours and Summary counts cover: the sheet's last, so a row
/// added below the data is covered like the others.
pub(super) const LAST_ROW: u32 = 1_048_575;

/// What every table sheet shares: its name, the header row (frozen, repeated on every printed
/// page, with an autofilter over the data), column widths and the page setup. `fixed` columns
/// stay in view when scrolling right.
pub(super) fn frame(
    ws: &mut Worksheet,
    doc: &Document,
    name: &str,
    cols: &[(&str, f64)],
    rows: usize,
    fixed: u16,
    brand: &Brand<'_>,
) -> Result<(), ExportError> {
    ws.set_name(name)?;
    let (header, _, _) = formats(brand);
    for (i, (label, width)) in cols.iter().enumerate() {
        let i = u16::try_from(i).unwrap_or(u16::MAX);
        ws.set_column_width(i, *width)?;
        ws.write_string_with_format(0, i, *label, &header)?;
    }
    ws.set_row_height(0, 30)?;
    let last_row = u32::try_from(rows.max(1)).unwrap_or(u32::MAX);
    let last_col = u16::try_from(cols.len().saturating_sub(1)).unwrap_or(u16::MAX);
    ws.set_freeze_panes(1, fixed)?;
    ws.autofilter(0, 0, last_row, last_col)?;
    ws.set_repeat_rows(0, 0)?;
    page_setup(ws, doc, brand);
    Ok(())
}

/// A value that should not be there: Excel's "bad" red, bold.
fn flag_format() -> Format {
    Format::new()
        .set_background_color(0xFFC7CE)
        .set_font_color(0x9C0006)
        .set_bold()
}

fn value(doc: &Document, p: &Placed<'_>, c: Col) -> String {
    let r = p.row;
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    match c {
        Col::Id => r.id.clone(),
        Col::Title => r.title.clone(),
        Col::Group => p.top_label(),
        Col::SubGroup => p.sub_label(),
        Col::Description => r.summary.clone(),
        Col::Source => opt(&r.source),
        Col::Applicable => applicable_label(doc, r),
        Col::Reasons => lines(r.reasons.iter().map(|x| x.label.clone())),
        Col::Risks => r
            .risks
            .iter()
            .map(|k| k.id.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        Col::Justification => opt(&r.justification),
        Col::Status => status_label(r).to_string(),
        Col::TargetDate => opt(&r.target_date),
        Col::StatusReason => opt(&r.status_reason),
        Col::Owner => opt(&r.owner),
        Col::Implementation => opt(&r.implementation),
        Col::Evidence => lines(r.evidence_items.iter().map(evidence_line)),
        Col::LastReview => opt(&r.last_review),
        Col::Notes => opt(&r.notes),
        Col::AiSystems => lines(r.ai_systems.iter().map(|a| format!("{} {}", a.id, a.name))),
    }
}

/// An evidence item on one line: `EV-01 Title (location; expires 2027-01-31)`.
fn evidence_line(e: &crate::merge::EvidenceView) -> String {
    let mut more = Vec::new();
    more.extend(e.location.clone());
    if let Some(x) = &e.expires {
        more.push(format!(
            "{} {x}",
            if e.expired { "expired" } else { "expires" }
        ));
    }
    let mut t = e.id.as_ref().map_or_else(String::new, |i| format!("{i} "));
    t.push_str(&e.title);
    if !more.is_empty() {
        t.push_str(&format!(" ({})", more.join("; ")));
    }
    t
}

fn lines(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join("\n")
}
/// Drop-downs for Applicable, Reasons and Status, and the status colours, over whole columns
/// below the header. A Status given on an `Applicable = No` row is flagged, not greyed out:
/// an excluded control has no status.
fn validation_and_colours(
    ws: &mut Worksheet,
    doc: &Document,
    sheet: &Sheet<'_>,
) -> Result<(), ExportError> {
    let last = LAST_ROW;
    let (Some(app), Some(status)) = (sheet.col(Col::Applicable), sheet.col(Col::Status)) else {
        return Ok(());
    };
    let (yes, no) = (doc.locale.t("common-yes"), doc.locale.t("common-no"));
    let yes_no = DataValidation::new()
        .allow_list_strings(&[yes.as_str(), no.as_str()])?
        .set_error_title(w(doc, "Applicable"))?
        .set_error_message(w(doc, "Choose Yes or No."))?;
    ws.add_data_validation(1, app, last, app, &yes_no)?;
    if let Some(reasons) = sheet.col(Col::Reasons) {
        let labels: Vec<String> = (Reason::ALL.iter())
            .map(|r| doc.locale.t(&format!("kw-reason-{}", r.key())))
            .collect();
        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        // Several reasons are one per line in a cell: a list cannot offer them together, so a
        // combination is let through after a note rather than refused.
        let list = DataValidation::new()
            .allow_list_strings(&labels)?
            .set_error_style(DataValidationErrorStyle::Information)
            .set_error_title(w(doc, "Reasons for inclusion"))?
            .set_error_message(w(
                doc,
                "Pick a reason from the list. For several, write one per line (Alt+Enter), each as the list words it.",
            ))?;
        ws.add_data_validation(1, reasons, last, reasons, &list)?;
    }
    let labels: Vec<String> = STATUSES.iter().map(|k| status_word(doc, *k)).collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let statuses = DataValidation::new()
        .allow_list_strings(&labels)?
        .set_error_title(w(doc, "Status"))?
        .set_error_message(w(
            doc,
            "Choose one of the four statuses; leave it empty when excluded.",
        ))?;
    ws.add_data_validation(1, status, last, status, &statuses)?;
    // First (highest priority): a status on an excluded row, flagged and nothing else.
    let app_cell = format!("${}2", column_letter(app));
    let no = no.replace('"', "\"\"");
    let status_cell = format!("${}2", column_letter(status));
    let flag = ConditionalFormatFormula::new()
        .set_rule(format!("=AND({app_cell}=\"{no}\",{status_cell}<>\"\")").as_str())
        .set_format(flag_format())
        .set_stop_if_true(true);
    ws.add_conditional_format(1, status, last, status, &flag)?;
    for kind in STATUSES {
        let rule = ConditionalFormatCell::new()
            .set_rule(ConditionalFormatCellRule::EqualTo(
                status_word(doc, kind).as_str(),
            ))
            .set_format(status_format(kind));
        ws.add_conditional_format(1, status, last, status, &rule)?;
    }
    // An excluded control: its Applicable and (empty) Status cells in the "Excluded" grey.
    let excluded = status_format(SegmentKind::Excluded);
    for col in [app, status] {
        let rule = ConditionalFormatFormula::new()
            .set_rule(format!("={app_cell}=\"{no}\"").as_str())
            .set_format(excluded.clone());
        ws.add_conditional_format(1, col, last, col, &rule)?;
    }
    Ok(())
}
