//! Column widths: the frame filled, long text favoured, short names and IDs never squeezed,
//! tokens broken in prose columns, forms writable, spare width to columns of words.

use super::*;
use crate::fonts::{FaceId, Fonts};
use crate::render::pdf::text::{prepare, Missing, TextStyle};

fn cell(text: &str) -> Prepared {
    let fonts = Fonts::get().expect("fonts");
    let style = TextStyle::plain(FaceId::Regular, st::TABLE_SIZE, st::TEXT);
    prepare(
        fonts,
        vec![style],
        &[(0, text.to_string())],
        &mut Missing::default(),
    )
}

#[test]
fn widths_fill_the_frame_and_favour_long_text() {
    let header = vec![cell("ID"), cell("Justification")];
    let long = "A fairly long justification that explains why the control applies. ".repeat(4);
    let rows = [vec![cell("A.5.1"), cell(&long)]];
    let rows: Vec<&[Prepared]> = rows.iter().map(Vec::as_slice).collect();
    let w = column_widths(&header, &rows, 400.0, &[]);
    assert!((w.iter().sum::<f32>() - 400.0).abs() < 0.01);
    assert!(w[0] < 60.0 && w[1] > 300.0, "{w:?}");
}

#[test]
fn short_names_are_not_squeezed_beside_short_text() {
    let fonts = Fonts::get().expect("fonts");
    let header = vec![cell("Control"), cell("Justification")];
    let rows: Vec<Vec<Prepared>> = (0..20)
        .map(|i| {
            let long = if i == 0 {
                "Long text that goes on. ".repeat(30)
            } else {
                "Short reason.".into()
            };
            vec![cell("Secure development life cycle"), cell(&long)]
        })
        .collect();
    let rows: Vec<&[Prepared]> = rows.iter().map(Vec::as_slice).collect();
    let w = column_widths(&header, &rows, 400.0, &[]);
    assert!((w.iter().sum::<f32>() - 400.0).abs() < 0.01);
    let name = fonts.width(
        FaceId::Regular,
        st::TABLE_SIZE,
        "Secure development life cycle",
    );
    assert!(w[0] - 2.0 * st::CELL_PAD_X >= name, "{w:?} vs {name}");
}

#[test]
fn huge_words_never_exceed_the_frame() {
    let big = "x".repeat(10_000);
    let header = vec![cell(&big), cell(&big), cell("c")];
    let w = column_widths(&header, &[], 300.0, &[]);
    assert!((w.iter().sum::<f32>() - 300.0).abs() < 0.01, "{w:?}");
}

#[test]
fn a_blank_form_gets_writable_columns_the_justification_widest() {
    let prose = Some(ColumnKind::Prose);
    let kinds = [None, None, None, prose, None, prose];
    let header: Vec<Prepared> = [
        "ID",
        "Control",
        "Status",
        "Justification",
        "Owner",
        "Evidence",
    ]
    .into_iter()
    .map(cell)
    .collect();
    let rows: Vec<Vec<Prepared>> = (0..30)
        .map(|i| {
            let title = "Information security roles and responsibilities";
            let note = if i == 0 { "a placeholder" } else { "" };
            vec![
                cell("27001:A.5.2"),
                cell(title),
                cell(""),
                cell(note),
                cell(""),
                cell(""),
            ]
        })
        .collect();
    let rows: Vec<&[Prepared]> = rows.iter().map(Vec::as_slice).collect();
    let w = column_widths(&header, &rows, 700.0, &kinds);
    assert!((w.iter().sum::<f32>() - 700.0).abs() < 0.01);
    assert!(
        w[3] >= FORM_MAIN && w[2] >= FORM_FIELD && w[4] >= FORM_FIELD,
        "{w:?}"
    );
    assert!(
        w[3] > w[5] && w[3] > w[2],
        "justification widest of the blanks: {w:?}"
    );
    // Filled, the same table keeps its empty columns narrow.
    let filled: Vec<Vec<Prepared>> = (0..30)
        .map(|_| {
            vec![
                cell("27001:A.5.2"),
                cell("Roles"),
                cell(""),
                cell("Why. ".repeat(40).as_str()),
                cell(""),
                cell("x"),
            ]
        })
        .collect();
    let filled: Vec<&[Prepared]> = filled.iter().map(Vec::as_slice).collect();
    let w = column_widths(&header, &filled, 700.0, &kinds);
    assert!(w[2] < FORM_FIELD && w[4] < FORM_FIELD, "{w:?}");
}

#[test]
fn spare_width_goes_to_words_not_to_a_column_of_digits() {
    let header: Vec<Prepared> = ["Score", "Likelihood", "Severity"]
        .into_iter()
        .map(cell)
        .collect();
    let rows: Vec<Vec<Prepared>> = [
        ("1", "Rare", "Negligible"),
        ("5", "Almost certain", "Severe"),
    ]
    .into_iter()
    .map(|(a, b, c)| vec![cell(a), cell(b), cell(c)])
    .collect();
    let rows: Vec<&[Prepared]> = rows.iter().map(Vec::as_slice).collect();
    let w = column_widths(&header, &rows, 480.0, &[]);
    assert!((w.iter().sum::<f32>() - 480.0).abs() < 0.01);
    assert!(w[0] < 40.0, "the score column stays narrow: {w:?}");
}

#[test]
fn a_prose_column_breaks_long_tokens_instead_of_widening() {
    let prose = Some(ColumnKind::Prose);
    let kinds = [None, prose, prose];
    let header = vec![cell("ID"), cell("Justification"), cell("Evidence")];
    let token = "LUM-REG-01_Information_Asset_Register_Export_2026-10-14.xlsx";
    let why = "Lenders require Lumora to know where their data resides. ".repeat(3);
    let rows = [vec![cell("27001:A.5.9"), cell(&why), cell(token)]];
    let rows: Vec<&[Prepared]> = rows.iter().map(Vec::as_slice).collect();
    let w = column_widths(&header, &rows, 300.0, &kinds);
    let pad = 2.0 * st::CELL_PAD_X;
    let id = cell("27001:A.5.9").min_width();
    assert!(w[0] - pad >= id - 0.01, "the ID is never squeezed: {w:?}");
    assert!(
        w[2] - pad < cell(token).min_width(),
        "the token breaks: {w:?}"
    );
}

#[test]
fn widths_gathered_row_by_row_are_those_of_all_rows_at_once() {
    // Three tables of one kind, 1,050 rows in all: more than the search samples, with
    // enough prose that the search moves width between the columns.
    let mut next = 0;
    let mut row = || {
        // The search samples every third row (1,051 rows with the header): those name a long
        // owner, so the rows sampled decide the widths.
        next += 1;
        let owner = if next % 3 == 0 {
            "Chief information security officer and deputy"
        } else {
            "IT"
        };
        let why = "Applies because the register lists it. ".repeat(1 + next % 7);
        vec![cell(&format!("G.{next}")), cell(owner), cell(&why)]
    };
    let tables: Vec<Vec<Vec<Prepared>>> = [300, 700, 50]
        .iter()
        .map(|n| (0..*n).map(|_| row()).collect())
        .collect();
    let header = vec![cell("ID"), cell("Owner"), cell("Justification")];
    let kinds = [None, None, Some(ColumnKind::Prose)];
    let all: Vec<&[Prepared]> = tables.iter().flatten().map(Vec::as_slice).collect();
    let at_once = column_widths(&header, &all, 700.0, &kinds);

    let mut g = Gather::new(3, &kinds, all.len());
    for (t, rows) in tables.into_iter().enumerate() {
        if t == 1 {
            g.header(header.clone());
        }
        for row in rows {
            g.row(row);
        }
    }
    // As the grid's rows 0, 3, 6 … when all rows are at hand: the header, then 350 rows
    // that each name the long owner.
    assert_eq!(g.sample.len(), 350);
    assert!(g.sample.iter().all(|r| r[1].natural_width() > 100.0));
    assert_eq!(g.widths(700.0), at_once);
    assert!(
        (at_once.iter().sum::<f32>() - 700.0).abs() < 0.01,
        "{at_once:?}"
    );
    assert!(
        at_once[2] > at_once[1] && at_once[1] > at_once[0],
        "{at_once:?}"
    );
}
