//! The spreadsheet and data exports, read back the way their users read them: the XLSX with
//! calamine (and its XML for what calamine does not report), the CSV with the `csv` crate, the
//! JSON against its published schema. Every one must be reproducible byte for byte.

use annexa::merge::{ControlRow, Document};
use annexa::render::export;
use calamine::{Data, DataType, Reader, Xlsx};
use serde_json::Value;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn doc_of(path: &Path) -> Document {
    let loaded = annexa::input::load(path).expect("load");
    let validated = annexa::validate::validate(loaded);
    let soa = validated.soa.expect("the example is valid");
    annexa::merge::merge(&soa, annexa::merge::Options::default())
}

fn lumora() -> Document {
    doc_of(&root().join("examples/lumora/soa.yaml"))
}

fn hostile() -> Document {
    let mut doc = doc_of(&root().join("tests/fixtures/hostile/soa.yaml"));
    let row = &mut doc.standards[0].groups[0].controls[0];
    row.justification = Some(HOSTILE_JUSTIFICATION.into());
    row.notes = Some(HOSTILE_NOTES.into());
    row.owner = Some("@SUM(1+1)*cmd|' /C calc'!A0".into());
    row.evidence = vec![
        "+44 20 7946 0000".into(),
        "-2+3".into(),
        "a, \"b\"; c".into(),
    ];
    doc
}

const HOSTILE_JUSTIFICATION: &str = "=cmd|' /C calc'!A0";
const HOSTILE_NOTES: &str = "He said \"no\", twice,\r\nthen: ,,\"\"\n\tend; עברית 中文 ✓";

fn every_row(doc: &Document) -> Vec<&ControlRow> {
    doc.standards
        .iter()
        .flat_map(|s| s.groups.iter().flat_map(|g| g.controls.iter()))
        .chain(&doc.additional_controls)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// XLSX

fn workbook(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("calamine opens it")
}

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut text)
        .expect("utf-8");
    text
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// The header row and the data rows of a sheet.
fn sheet(wb: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> (Vec<String>, Vec<Vec<Data>>) {
    let range = wb.worksheet_range(name).expect("sheet");
    let mut rows = range.rows();
    let header = rows.next().expect("header").iter().map(text).collect();
    (header, rows.map(<[Data]>::to_vec).collect())
}

fn col(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

/// Days from 1899-12-30 (Excel's serial date) for a YYYY-MM-DD string.
fn serial(date: &str) -> f64 {
    let p: Vec<i64> = date.split('-').map(|x| x.parse().expect("date")).collect();
    let (y, m, d) = (if p[1] <= 2 { p[0] - 1 } else { p[0] }, p[1], p[2]);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468 + 25_569) as f64
}

#[test]
fn xlsx_has_every_control_and_decision() {
    let doc = lumora();
    let bytes = export::xlsx(&doc, None).expect("xlsx");
    let mut wb = workbook(&bytes);
    assert_eq!(
        wb.sheet_names(),
        [
            "Summary",
            "27001 Annex A",
            "42001 Annex A",
            "Additional controls",
            "Risks"
        ]
    );
    let mut found = 0;
    for name in ["27001 Annex A", "42001 Annex A", "Additional controls"] {
        let (header, rows) = sheet(&mut wb, name);
        let (id, app, status) = (
            col(&header, "ID"),
            col(&header, "Applicable"),
            col(&header, "Status"),
        );
        let (owner, target) = (col(&header, "Owner"), col(&header, "Target date"));
        for row in rows {
            let want = every_row(&doc)
                .into_iter()
                .find(|r| r.id == text(&row[id]))
                .unwrap_or_else(|| panic!("{name}: unknown ID {:?}", row[id]));
            let yes_no = if want.applicable { "Yes" } else { "No" };
            assert_eq!(text(&row[app]), yes_no, "{}", want.id);
            let label = want.status.as_ref().map_or("", |s| s.label.as_str());
            assert_eq!(text(&row[status]), label, "{}", want.id);
            assert_eq!(text(&row[owner]), want.owner.clone().unwrap_or_default());
            match (&want.target_date, &row[target]) {
                (Some(d), Data::DateTime(x)) => assert_eq!(x.as_f64(), serial(d), "{}", want.id),
                (None, Data::Empty) => {}
                (w, got) => panic!("{}: target date {w:?} read as {got:?}", want.id),
            }
            if name != "Additional controls" {
                found += 1;
            }
        }
    }
    assert_eq!(found, 131);
    assert_eq!(doc.totals.total, 131);
    let (header, rows) = sheet(&mut wb, "Risks");
    assert_eq!(header, ["Risk ID", "Risk", "Cited by controls"]);
    assert_eq!(rows.len(), doc.risks.len());
    for (row, risk) in rows.iter().zip(&doc.risks) {
        assert_eq!(text(&row[0]), risk.id);
        assert_eq!(text(&row[2]), risk.controls.join(", "));
    }
}

#[test]
fn xlsx_summary_totals_match_the_document() {
    let doc = lumora();
    let mut wb = workbook(&export::xlsx(&doc, None).expect("xlsx"));
    let range = wb.worksheet_range("Summary").expect("summary");
    let find = |label: &str| -> Vec<f64> {
        let row = range
            .rows()
            .find(|r| text(&r[0]) == label)
            .unwrap_or_else(|| panic!("no summary row {label:?}"));
        row[1..8]
            .iter()
            .map(|c| c.as_f64().expect("a number"))
            .collect()
    };
    let as_vec = |c: &annexa::merge::Counts| -> Vec<f64> {
        [
            c.total,
            c.applicable,
            c.excluded,
            c.implemented,
            c.partial,
            c.planned,
            c.not_implemented,
        ]
        .iter()
        .map(|n| *n as f64)
        .collect()
    };
    for s in &doc.standards {
        assert_eq!(find(&s.name), as_vec(&s.counts), "{}", s.name);
        for g in &s.summary {
            let label = format!("{} {}", g.id, g.title);
            assert_eq!(find(&label), as_vec(&g.counts), "{label}");
        }
    }
    assert_eq!(find("All Annex A controls"), as_vec(&doc.totals));
    let cells: Vec<String> = range.rows().take(16).map(|r| text(&r[1])).collect();
    assert!(
        cells.contains(&doc.document.id),
        "document ID on the summary"
    );
    assert!(cells.contains(&doc.document.classification));

    // The figures are formulas over the control sheets.
    let formulas = wb.worksheet_formula("Summary").expect("formulas");
    let all: Vec<&String> = formulas.used_cells().map(|(_, _, f)| f).collect();
    assert!(
        all.iter()
            .any(|f| f.contains("COUNTIFS('27001 Annex A'!$D$2:$D$94,\"Yes\",'27001 Annex A'!$H$2:$H$94,\"Planned\",'27001 Annex A'!$C$2:$C$94,\"=A.8 Technological controls\")")),
        "{all:?}"
    );
}

#[test]
fn xlsx_sheets_are_set_up_for_work_and_print() {
    let doc = lumora();
    let bytes = export::xlsx(&doc, None).expect("xlsx");
    for n in 2..=4 {
        let xml = part(&bytes, &format!("xl/worksheets/sheet{n}.xml"));
        for want in [
            "<pane ",
            "state=\"frozen\"",
            "<autoFilter ref=\"A1:",
            "<dataValidations count=\"2\">",
            "<formula1>\"Yes,No\"</formula1>",
            "<formula1>\"Implemented,Partially implemented,Planned,Not implemented\"</formula1>",
            "<conditionalFormatting",
            "fitToPage=\"1\"",
            "orientation=\"landscape\"",
            "fitToHeight=\"0\"",
            "Page &amp;P of &amp;N",
            "<col ",
        ] {
            assert!(xml.contains(want), "sheet{n}.xml lacks {want}");
        }
        let header = format!("&amp;L{} v{}", doc.document.id, doc.document.version);
        assert!(xml.contains(&header), "sheet{n}.xml: header {header}");
        assert!(xml.contains(&doc.document.classification));
    }
    let risks = part(&bytes, "xl/worksheets/sheet5.xml");
    assert!(risks.contains("state=\"frozen\"") && risks.contains("<autoFilter "));
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("wrapText=\"1\""));
    for rgb in ["FF1B7F4C", "FF8AC926", "FFF2B705", "FFC0392B", "FF9E9E9E"] {
        assert!(styles.contains(rgb), "status colour {rgb} in the styles");
    }
    let book = part(&bytes, "xl/workbook.xml");
    assert!(book.contains("_xlnm.Print_Titles"), "header row repeated");
    let core = part(&bytes, "docProps/core.xml");
    let created = format!("{}T00:00:00Z", doc.generated);
    assert!(
        core.contains(&format!(">{created}</dcterms:created>")),
        "{core}"
    );
    assert!(
        core.contains(&format!(">{created}</dcterms:modified>")),
        "{core}"
    );
    assert!(core.contains(&format!(
        "<dc:creator>{}</dc:creator>",
        doc.organisation.name
    )));
    assert!(core.contains("<cp:keywords>Statement of Applicability, SoA, ISO/IEC 27001:2022"));
    let app = part(&bytes, "docProps/app.xml");
    assert!(app.contains(&format!("<Company>{}</Company>", doc.organisation.name)));
}

#[test]
fn xlsx_keeps_hostile_text_as_text() {
    let doc = hostile();
    let bytes = export::xlsx(&doc, None).expect("xlsx");
    let mut wb = workbook(&bytes);
    let name = wb.sheet_names()[1].clone();
    let (header, rows) = sheet(&mut wb, &name);
    let row = &rows[0];
    assert_eq!(
        text(&row[col(&header, "Justification")]),
        HOSTILE_JUSTIFICATION
    );
    assert_eq!(text(&row[col(&header, "Notes")]), HOSTILE_NOTES);
    let formulas = wb.worksheet_formula(&name).expect("formulas");
    assert_eq!(formulas.used_cells().count(), 0, "no cell became a formula");
    let long = text(&rows[1][col(&header, "Justification")]);
    assert!(long.starts_with("AAAA"));
    let rtl = text(&rows[2][col(&header, "Justification")]);
    assert!(rtl.contains("עברית") && rtl.contains('\t'));

    // Header and footer stay within Excel's 255 characters, or Excel would drop them.
    let mut long = doc.clone();
    long.document.id = "&".repeat(300);
    long.organisation.name = "𝔸".repeat(300);
    let bytes = export::xlsx(&long, None).expect("xlsx");
    let xml = part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(
        xml.contains("<oddHeader>&amp;L&amp;&amp;&amp;&amp;"),
        "header kept"
    );
    assert!(xml.contains("<oddFooter>&amp;L𝔸𝔸"), "footer kept");
}

fn blank() -> Document {
    let catalogs = annexa::pipeline::shipped_catalogs().expect("shipped");
    let relations = annexa::validate::shipped_relations(&catalogs);
    annexa::merge::blank(catalogs, relations)
}

#[test]
fn xlsx_of_the_blank_set_leaves_decisions_open() {
    let doc = blank();
    let mut wb = workbook(&export::xlsx(&doc, None).expect("xlsx"));
    let (header, rows) = sheet(&mut wb, "27001 Annex A");
    assert_eq!(rows.len(), 93);
    assert!(rows
        .iter()
        .all(|r| text(&r[col(&header, "Applicable")]).is_empty()));
    let json: Value = serde_json::from_slice(&export::json(&doc)).expect("json");
    check_schema(&json);
    assert!(json["standards"][0]["groups"][0]["controls"][0]["applicable"].is_null());
}

// ---------------------------------------------------------------------------------------------
// CSV

const CSV_HEADER: [&str; 20] = [
    "id",
    "standard",
    "group",
    "title",
    "summary",
    "applicable",
    "reasons",
    "risks",
    "justification",
    "status",
    "target_date",
    "status_reason",
    "owner",
    "implementation",
    "evidence",
    "last_review",
    "notes",
    "source",
    "ai_systems",
    "control_text",
];

fn records(bytes: &[u8]) -> Vec<csv::StringRecord> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes);
    let header = reader.headers().expect("header").clone();
    assert_eq!(header.iter().collect::<Vec<_>>(), CSV_HEADER);
    reader
        .records()
        .map(|r| r.expect("a valid record"))
        .collect()
}

#[test]
fn csv_has_one_row_per_control() {
    let doc = lumora();
    let bytes = export::csv(&doc);
    assert!(std::str::from_utf8(&bytes).is_ok());
    assert!(!bytes.starts_with(b"\xEF\xBB\xBF"), "no byte-order mark");
    assert!(bytes.ends_with(b"\r\n"));
    let rows = records(&bytes);
    let want = every_row(&doc);
    assert_eq!(rows.len(), 131 + doc.additional_controls.len());
    for (row, w) in rows.iter().zip(&want) {
        assert_eq!(&row[0], w.id);
        assert_eq!(&row[5], if w.applicable { "yes" } else { "no" });
        assert_eq!(&row[9], w.status.as_ref().map_or("", |s| s.key.as_str()));
        let evidence = w.evidence.join("; ");
        let evidence = if evidence.starts_with(['=', '+', '-', '@']) {
            format!("'{evidence}")
        } else {
            evidence
        };
        assert_eq!(row[14], evidence);
    }
    assert_eq!(&rows[0][1], "ISO/IEC 27001:2022");
    assert_eq!(&rows[0][2], "A.5 Organizational controls");
    assert_eq!(&rows[130 + 1][1], "Additional control");
}

#[test]
fn csv_keeps_hostile_text_and_defuses_formulas() {
    let doc = hostile();
    let bytes = export::csv(&doc);
    let rows = records(&bytes);
    assert_eq!(rows.len(), 3);
    let r = &rows[0];
    assert_eq!(
        &r[8],
        format!("'{HOSTILE_JUSTIFICATION}"),
        "formula defused"
    );
    assert_eq!(
        &r[16], HOSTILE_NOTES,
        "quotes, commas and line breaks survive"
    );
    assert_eq!(&r[12], "'@SUM(1+1)*cmd|' /C calc'!A0");
    assert_eq!(&r[14], "'+44 20 7946 0000; -2+3; a, \"b\"; c");
    assert!(r[3].contains("<script>"), "a title is text, not escaped");
    let rtl = &rows[2][8];
    assert!(rtl.contains("עברית") && rtl.contains("a line\nbreak") && rtl.contains('\t'));
    // No cell anywhere starts a formula.
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// JSON

/// Checks `value` against `schema/soa-v1.schema.json`, with the subset of JSON Schema that file
/// uses: `type`, `const`, `enum`, `required`, `properties`, `additionalProperties: false`,
/// `items`, `$ref` into `$defs`, `oneOf`, `minimum` and the one date `pattern`.
fn check_schema(value: &Value) {
    let errors = schema_errors(value);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

fn schema_errors(value: &Value) -> Vec<String> {
    let file = std::fs::read_to_string(root().join("schema/soa-v1.schema.json")).expect("schema");
    assert_eq!(file, export::JSON_SCHEMA, "the embedded schema is the file");
    let schema: Value = serde_json::from_str(&file).expect("schema is JSON");
    let mut errors = Vec::new();
    check(&schema, &schema, value, "$", &mut errors);
    errors
}

fn check(root: &Value, s: &Value, v: &Value, at: &str, errors: &mut Vec<String>) {
    if let Some(r) = s["$ref"].as_str() {
        let name = r.strip_prefix("#/$defs/").expect("local ref");
        return check(root, &root["$defs"][name], v, at, errors);
    }
    if let Some(options) = s["oneOf"].as_array() {
        let ok = options
            .iter()
            .filter(|o| {
                let mut e = Vec::new();
                check(root, o, v, at, &mut e);
                e.is_empty()
            })
            .count();
        if ok != 1 {
            errors.push(format!("{at}: matches {ok} of oneOf"));
        }
    }
    if let Some(c) = s.get("const") {
        if c != v {
            errors.push(format!("{at}: {v} is not {c}"));
        }
    }
    if let Some(e) = s["enum"].as_array() {
        if !e.contains(v) {
            errors.push(format!("{at}: {v} not in {e:?}"));
        }
    }
    if !s["type"].is_null() {
        let types: Vec<&str> = match &s["type"] {
            Value::String(t) => vec![t],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => panic!("bad type in schema at {at}"),
        };
        let actual = match v {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_u64() || n.is_i64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        let number = actual == "integer" && types.contains(&"number");
        if !(types.contains(&actual) || number) {
            errors.push(format!("{at}: {actual}, want {types:?}"));
            return;
        }
    }
    if let (Some(p), Some(text)) = (s["pattern"].as_str(), v.as_str()) {
        assert_eq!(p, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "unsupported pattern");
        let b = text.as_bytes();
        let ok = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !ok {
            errors.push(format!("{at}: {text:?} is not YYYY-MM-DD"));
        }
    }
    if let (Some(min), Some(n)) = (s["minimum"].as_f64(), v.as_f64()) {
        if n < min {
            errors.push(format!("{at}: {n} < {min}"));
        }
    }
    if let Some(obj) = v.as_object() {
        for key in s["required"].as_array().into_iter().flatten() {
            let key = key.as_str().expect("key");
            if !obj.contains_key(key) {
                errors.push(format!("{at}: missing {key}"));
            }
        }
        let props = s["properties"].as_object();
        for (key, child) in obj {
            match props.and_then(|p| p.get(key)) {
                Some(ps) => check(root, ps, child, &format!("{at}.{key}"), errors),
                None if s["additionalProperties"] == Value::Bool(false) => {
                    errors.push(format!("{at}: unexpected {key}"))
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(arr)) = (s.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            check(root, items, x, &format!("{at}[{i}]"), errors);
        }
    }
}

#[test]
fn json_follows_its_schema_and_counts() {
    let doc = lumora();
    let json: Value = serde_json::from_slice(&export::json(&doc)).expect("json parses");
    check_schema(&json);
    assert_eq!(json["schema"], export::SCHEMA);
    assert_eq!(json["schema"], "annexa.soa/v1");
    assert_eq!(json["generated"], doc.generated.as_str());
    assert_eq!(json["document"]["id"], doc.document.id.as_str());
    let t = &json["totals"];
    assert_eq!(t["total"], doc.totals.total);
    assert_eq!(t["applicable"], doc.totals.applicable);
    assert_eq!(t["excluded"], doc.totals.excluded);
    assert_eq!(t["implemented"], doc.totals.implemented);
    assert_eq!(t["partial"], doc.totals.partial);
    assert_eq!(t["planned"], doc.totals.planned);
    assert_eq!(t["not_implemented"], doc.totals.not_implemented);
    let controls: Vec<&Value> = json["standards"]
        .as_array()
        .expect("standards")
        .iter()
        .flat_map(|s| s["groups"].as_array().expect("groups"))
        .flat_map(|g| g["controls"].as_array().expect("controls"))
        .collect();
    assert_eq!(controls.len(), doc.totals.total);
    let applicable = controls.iter().filter(|c| c["applicable"] == true).count();
    assert_eq!(applicable, doc.totals.applicable);
    let implemented = controls
        .iter()
        .filter(|c| c["status"]["key"] == "implemented")
        .count();
    assert_eq!(implemented, doc.totals.implemented);
    assert_eq!(
        json["additional_controls"]
            .as_array()
            .expect("additional")
            .len(),
        doc.additional_controls.len()
    );
    assert_eq!(
        json["risks"].as_array().expect("risks").len(),
        doc.risks.len()
    );
    assert_eq!(
        json["ai_systems"].as_array().expect("ai").len(),
        doc.ai_systems.len()
    );
    for (s, js) in doc
        .standards
        .iter()
        .zip(json["standards"].as_array().expect("s"))
    {
        assert_eq!(js["counts"]["total"], s.counts.total);
        assert_eq!(js["counts"]["applicable"], s.counts.applicable);
    }
}

#[test]
fn json_keeps_hostile_text() {
    let doc = hostile();
    let json: Value = serde_json::from_slice(&export::json(&doc)).expect("json parses");
    check_schema(&json);
    let c = &json["standards"][0]["groups"][0]["controls"][0];
    assert_eq!(c["justification"], HOSTILE_JUSTIFICATION);
    assert_eq!(c["notes"], HOSTILE_NOTES);
    assert_eq!(json["organisation"]["name"], doc.organisation.name.as_str());
}

// ---------------------------------------------------------------------------------------------
// Determinism

fn all_three(doc: &Document) -> [Vec<u8>; 3] {
    [
        export::xlsx(doc, None).expect("xlsx"),
        export::csv(doc),
        export::json(doc),
    ]
}

#[test]
fn exports_are_identical_for_identical_input() {
    for doc in [lumora(), hostile()] {
        assert!(all_three(&doc) == all_three(&doc));
        assert!(all_three(&doc) == all_three(&doc.clone()));
    }
}

/// Writes the example's exports to `$ANNEXA_EXPORT_DUMP` (used below from a second process,
/// and by hand to look at the workbook in LibreOffice).
#[test]
#[ignore = "helper: run with ANNEXA_EXPORT_DUMP=<dir>"]
fn dump_example() {
    let Some(dir) = std::env::var_os("ANNEXA_EXPORT_DUMP") else {
        return;
    };
    let dir = PathBuf::from(dir);
    let [x, c, j] = all_three(&lumora());
    std::fs::write(dir.join("statement-of-applicability.xlsx"), x).expect("write");
    std::fs::write(dir.join("statement-of-applicability.csv"), c).expect("write");
    std::fs::write(dir.join("statement-of-applicability.json"), j).expect("write");
    let hostile = export::xlsx(&hostile(), None).expect("xlsx");
    std::fs::write(dir.join("hostile.xlsx"), hostile).expect("write");
    let blank = export::xlsx(&blank(), None).expect("xlsx");
    std::fs::write(dir.join("blank.xlsx"), blank).expect("write");
}

#[test]
fn exports_are_identical_across_processes() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["dump_example", "--exact", "--ignored", "--test-threads=1"])
        .env("ANNEXA_EXPORT_DUMP", tmp.path())
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let here = all_three(&lumora());
    for (name, bytes) in ["xlsx", "csv", "json"].iter().zip(here) {
        let there = std::fs::read(
            tmp.path()
                .join(format!("statement-of-applicability.{name}")),
        )
        .expect("dumped");
        assert!(there == bytes, "{name} differs between processes");
    }
}

#[test]
fn schema_check_catches_mistakes() {
    let good: Value = serde_json::from_slice(&export::json(&lumora())).expect("json");
    let broken: [fn(&mut Value); 5] = [
        |v| {
            v.as_object_mut().expect("obj").remove("totals");
        },
        |v| v["extra"] = Value::Bool(true),
        |v| v["standards"][0]["groups"][0]["controls"][0]["status"]["key"] = "done".into(),
        |v| v["standards"][1]["groups"][0]["controls"][0]["target_date"] = "31/12/2026".into(),
        |v| v["schema"] = "annexa.soa/v2".into(),
    ];
    for (i, breaks) in broken.iter().enumerate() {
        let mut v = good.clone();
        breaks(&mut v);
        assert!(!schema_errors(&v).is_empty(), "mistake {i} not caught");
    }
}
