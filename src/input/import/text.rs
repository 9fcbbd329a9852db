//! CSV into a [`Grid`]: the encoding and the delimiter are sniffed, because GRC tools and
//! spreadsheet programs write every combination (Excel's "CSV" on a European Windows is
//! semicolon-separated Windows-1252; "Unicode text" is UTF-16 with tabs).
//!
//! Encodings: a byte-order mark decides (UTF-8, UTF-16 LE or BE); without one, zero bytes at
//! every other position mean UTF-16, valid UTF-8 is UTF-8, and anything else is Windows-1252
//! (which maps every byte). Delimiters: comma, semicolon, tab or bar, whichever splits the
//! first lines into the same number of fields most often. A cell annexa's own export defused
//! (`'=…`, see `render::export::csv`) gets its text back.

use super::grid::{Cell, Grid, SheetGrid};
use super::Problem;

/// The text of a CSV file and the encoding it was read as.
pub fn decode(name: &str, bytes: &[u8]) -> Result<(String, &'static str), Problem> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (String::from_utf8_lossy(rest).into_owned(), "UTF-8 with BOM")
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (utf16(rest, u16::from_le_bytes), "UTF-16 LE")
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (utf16(rest, u16::from_be_bytes), "UTF-16 BE")
    } else if looks_utf16(bytes, 1) {
        (utf16(bytes, u16::from_le_bytes), "UTF-16 LE")
    } else if looks_utf16(bytes, 0) {
        (utf16(bytes, u16::from_be_bytes), "UTF-16 BE")
    } else {
        match std::str::from_utf8(bytes) {
            Ok(t) => (t.to_string(), "UTF-8"),
            Err(_) => (windows_1252(bytes), "Windows-1252"),
        }
    };
    let controls = text
        .chars()
        .take(65_536)
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\n' | '\u{c}'))
        .count();
    if text.starts_with("%PDF") || controls > 0 {
        return Err(Problem::new(
            name,
            format!("`{name}` is not a spreadsheet or CSV text (it holds binary data)"),
        )
        .help("import the SoA as .xlsx, .xls, .ods or .csv"));
    }
    Ok((text, encoding))
}

/// Zero bytes at `odd` (1: little-endian ASCII) positions of most of the first pairs.
fn looks_utf16(bytes: &[u8], odd: usize) -> bool {
    let pairs: Vec<&[u8]> = bytes.chunks_exact(2).take(512).collect();
    pairs.len() >= 2 && pairs.iter().filter(|p| p[odd] == 0).count() * 10 >= pairs.len() * 9
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| read([p[0], p[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Windows-1252: Latin-1 except 0x80–0x9F, which hold typographic characters.
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// The delimiter that splits the first lines most consistently into two or more fields.
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut best = (b',', 0usize, 0usize);
    for d in [b',', b';', b'\t', b'|'] {
        let counts: Vec<usize> = records(text, d)
            .take(30)
            .map(|r| r.len())
            .filter(|n| *n > 0)
            .collect();
        let mut modes: Vec<(usize, usize)> = Vec::new();
        for n in &counts {
            match modes.iter_mut().find(|(k, _)| k == n) {
                Some(m) => m.1 += 1,
                None => modes.push((*n, 1)),
            }
        }
        let Some(&(fields, agree)) = modes
            .iter()
            .filter(|(k, _)| *k >= 2)
            .max_by_key(|(k, c)| (*c, *k))
        else {
            continue;
        };
        if (agree, fields) > (best.1, best.2) {
            best = (d, agree, fields);
        }
    }
    best.0
}

fn records(text: &str, delimiter: u8) -> impl Iterator<Item = Vec<String>> + '_ {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
        .into_records()
        .map_while(Result::ok)
        .map(|r| r.iter().map(str::to_string).collect())
}

/// A CSV file as one sheet named after the file; the encoding and delimiter found.
pub fn read(name: &str, bytes: &[u8]) -> Result<(Grid, String), Problem> {
    let (text, encoding) = decode(name, bytes)?;
    let delimiter = sniff_delimiter(&text);
    let mut rows = Vec::new();
    let mut wide = None;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            Problem::new(
                &format!("{name}:{}", i + 1),
                format!("the CSV cannot be read: {e}"),
            )
        })?;
        if i >= super::book::MAX_ROWS {
            return Err(Problem::new(
                &format!("{name}:{}", i + 1),
                format!(
                    "the CSV has more than {} rows; an SoA has a few hundred",
                    super::book::MAX_ROWS
                ),
            )
            .help("delete the rows that are not controls"));
        }
        let max = super::book::MAX_COLUMNS;
        if wide.is_none() {
            let cut = record.iter().skip(max).position(|c| !c.trim().is_empty());
            wide = cut.map(|c| (i, max + c));
        }
        rows.push(record.iter().take(max).map(csv_cell).collect());
    }
    let stem = std::path::Path::new(name)
        .file_stem()
        .map_or_else(|| name.to_string(), |s| s.to_string_lossy().into_owned());
    let shown = match delimiter {
        b'\t' => "tab".to_string(),
        d => format!("`{}`", char::from(d)),
    };
    let grid = Grid {
        sheets: vec![SheetGrid {
            name: stem,
            rows,
            wide,
            ..SheetGrid::default()
        }],
    };
    Ok((grid, format!("{encoding}, {shown}-separated")))
}

fn csv_cell(s: &str) -> Cell {
    let defused =
        s.len() > 1 && s.starts_with('\'') && s[1..].starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if defused { &s[1..] } else { s };
    let formula = (!defused && text.len() > 1 && text.starts_with('=')).then(|| text.to_string());
    Cell {
        text: text.to_string(),
        formula,
        date: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_told_apart() {
        let plain = "ID;Applicable\nA.5.1;Oui – appliqué\n";
        assert_eq!(decode("x", plain.as_bytes()).map(|t| t.1), Ok("UTF-8"));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend(plain.as_bytes());
        assert_eq!(decode("x", &bom).map(|t| t.0), Ok(plain.to_string()));
        let mut le = vec![0xFF, 0xFE];
        le.extend(plain.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode("x", &le).map(|t| t.0), Ok(plain.to_string()));
        let bare: Vec<u8> = plain.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode("x", &bare).map(|t| t.1), Ok("UTF-16 LE"));
        let cp = b"A.5.1;Applied \x96 \x93yes\x94; caf\xe9\n";
        assert_eq!(
            decode("x", cp).map(|t| t.0),
            Ok("A.5.1;Applied – “yes”; café\n".to_string())
        );
        assert!(decode("x", b"%PDF-1.7\n\x00\x01").is_err());
    }

    #[test]
    fn delimiters_are_sniffed() {
        assert_eq!(sniff_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(sniff_delimiter("a;b;c\n1;\"2, two\";3\n4;5;6\n"), b';');
        assert_eq!(sniff_delimiter("a\tb\n1\t2\n"), b'\t');
        assert_eq!(sniff_delimiter("ID|Status\nA.5.1|Done\n"), b'|');
    }

    #[test]
    fn defused_cells_get_their_text_back() {
        assert_eq!(csv_cell("'=1+1").text, "=1+1");
        assert!(csv_cell("'=1+1").formula.is_none());
        assert!(csv_cell("=SUM(A1)").formula.is_some());
        assert_eq!(csv_cell("'quoted'").text, "'quoted'");
    }
}
