//! Reproducible bytes and safe text: the same input gives the same `.docx` whatever else the
//! run built; user text with markup, field-code look-alikes, control characters, right-to-left
//! overrides and a megabyte string lands in `word/document.xml` as literal runs, never as a
//! field or a hyperlink.

use super::build;
use super::read::Docx;
use crate::support::{lumora, Test};

/// The justification of 27001:A.5.1 in the example, as the YAML writes it.
const A51: &str = "    justification: >-
      Every lender's Master Subscription Agreement security schedule (LUM-CON-02) and the SOC 2
      Type II report customers request require a management-approved policy set. With 140 mostly
      remote staff, written policies are the only consistent way to set expectations.
";

/// Text a Word user would fear in a document: field codes typed as text, XML, controls.
const HOSTILE: &[&str] = &[
    "{ INCLUDETEXT \"C:\\\\secrets\\\\passwords.txt\" }",
    "{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc.exe\" }",
    "DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe",
    "{ HYPERLINK \"https://evil.example/\" }",
    "<w:fldSimple w:instr=\"INCLUDEPICTURE https://evil.example/x.png\"/>",
    "</w:t></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>",
    "]]><!-- --> &amp; &#x41; <script>alert(1)</script>",
    // Validation refuses control characters (the XML writer shows any a template brings as
    // U+2400 pictures: see `render::docx::xml`); bidirectional overrides and isolates are a
    // warning, and every output shows them as `[U+202E]` markers.
    "\\u202Eevil\\u202C \\u2067isolate\\u2069",
];

fn hostile_yaml(big: usize) -> String {
    let mut text = HOSTILE.join(" | ");
    text.push(' ');
    text.push_str(&"x".repeat(big));
    let yaml = format!("    justification: \"{}\"\n", text.replace('"', "\\\""));
    let out = lumora().replacen(A51, &yaml, 1);
    assert_ne!(out, lumora(), "the example's A.5.1 justification moved");
    out
}

#[test]
fn hostile_text_and_field_codes_stay_literal() {
    let out = build(&hostile_yaml(1 << 20), "docx");
    let docx = Docx::open(&out.bytes("out/statement-of-applicability.docx"));
    let xml = docx.part("word/document.xml");
    // The only field in the body is the contents; no simple field, no external link.
    assert_eq!(xml.matches("<w:instrText").count(), 1, "one field: the TOC");
    assert_eq!(xml.matches("<w:fldSimple").count(), 0);
    assert_eq!(xml.matches("<w:hyperlink r:id").count(), 0);
    assert!(!docx
        .part("word/_rels/document.xml.rels")
        .contains("hyperlink"));
    for literal in [
        "{ INCLUDETEXT \"C:\\secrets\\passwords.txt\" }",
        "{ DDEAUTO c:\\windows\\system32\\cmd.exe \"/k calc.exe\" }",
        "&lt;w:fldSimple w:instr=\"INCLUDEPICTURE https://evil.example/x.png\"/&gt;",
        "&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:instrText&gt;PAGE&lt;/w:instrText&gt;",
        "]]&gt;&lt;!-- --&gt; &amp;amp; &amp;#x41; &lt;script&gt;alert(1)&lt;/script&gt;",
        "[U+202E]evil[U+202C] [U+2067]isolate[U+2069]",
    ] {
        assert!(
            xml.contains(literal),
            "not literal in word/document.xml: {literal}"
        );
    }
    // Read back, the cell holds exactly what the user wrote (direction characters shown).
    let body = docx.body();
    let row = body
        .tables
        .iter()
        .flat_map(|t| &t.rows)
        .find(|r| r.cells.first().is_some_and(|c| c == "27001:A.5.1"))
        .expect("A.5.1");
    let want = format!(
        "{} {}",
        HOSTILE
            .join(" | ")
            .replace("\\\\", "\\")
            .replace("\\u202E", "[U+202E]")
            .replace("\\u202C", "[U+202C]")
            .replace("\\u2067", "[U+2067]")
            .replace("\\u2069", "[U+2069]"),
        "x".repeat(1 << 20)
    );
    assert!(
        row.cells[4] == want,
        "the justification reads back as written"
    );
}

#[test]
fn same_input_same_bytes_in_any_company() {
    let one = build(&lumora(), "docx");
    let all = build(&lumora(), "all");
    let epoch = Test::new()
        .write("soa.yaml", lumora())
        .env("SOURCE_DATE_EPOCH", "1798761600")
        .args(["build", "soa.yaml", "--out", "out", "--format", "docx"])
        .success();
    for stem in [
        "statement-of-applicability",
        "ai-policy",
        "management-system",
        "ai-impact-assessment-support-assistant",
    ] {
        let name = format!("out/{stem}.docx");
        let a = one.bytes(&name);
        assert_eq!(a, all.bytes(&name), "{stem}: alone and among every format");
        let docx = Docx::open(&a);
        let mut sorted = docx.names.clone();
        sorted.sort();
        assert_eq!(docx.names, sorted, "{stem}: entries sorted");
        assert_eq!(docx.names[0], "[Content_Types].xml");
        assert!(
            docx.times.iter().all(|t| *t == (2026, 11, 2, 0, 0, 0)),
            "{stem}: the document date, never the clock"
        );
        // SOURCE_DATE_EPOCH is the build date in metadata; the DOCX dates are the document's.
        let e = Docx::open(&epoch.bytes(&name));
        assert_eq!(e.part("word/document.xml"), docx.part("word/document.xml"));
    }
    let xml =
        Docx::open(&one.bytes("out/statement-of-applicability.docx")).part("word/document.xml");
    assert!(
        !xml.contains("w14:paraId") && !xml.contains("w:rsid"),
        "no revision IDs"
    );
}
