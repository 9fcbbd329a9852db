//! A vendor's reference document (`theme: { docx_reference: … }`): its styles (found by name,
//! whatever their localised IDs), numbering, theme, page size, header and footer with its image
//! are taken; the styles it lacks come from annexa's set with a warning naming them; a file that
//! is not a DOCX, is encrypted or damaged is a located error and nothing is written.

use super::read::Docx;
use crate::support::{lumora, root, Test};
use std::io::Write as _;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// A zip of `parts`, as a word processor would write it.
pub(super) fn zip(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        w.start_file(*name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        w.write_all(bytes).expect("write");
    }
    w.finish().expect("zip").into_inner()
}

fn style(kind: &str, id: &str, name: &str) -> String {
    format!("<w:style w:type=\"{kind}\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:rPr><w:color w:val=\"8B0000\"/></w:rPr></w:style>")
}

/// A corporate template as a German Word writes it: localised style IDs, numbered headings,
/// US Letter pages, a header with the company's logo and a footer with a page field.
pub(super) fn corporate(headings: &[u8]) -> Vec<u8> {
    let mut styles = format!(
        "<?xml version=\"1.0\"?><w:styles xmlns:w=\"{W}\">{}{}",
        style("paragraph", "Standard", "Normal"),
        style("paragraph", "Titel", "Title")
    );
    for n in headings {
        styles.push_str(&style(
            "paragraph",
            &format!("berschrift{n}"),
            &format!("heading {n}"),
        ));
    }
    styles.push_str("</w:styles>");
    let logo = std::fs::read(root().join("tests/fixtures/branding/logo.png")).expect("logo");
    let rel = |id: &str, kind: &str, target: &str| {
        format!("<Relationship Id=\"{id}\" Type=\"{R}/{kind}\" Target=\"{target}\"/>")
    };
    zip(&[
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>".as_bytes().to_vec()),
        ("_rels/.rels", format!("<?xml version=\"1.0\"?><Relationships xmlns=\"{PKG}\">{}</Relationships>", rel("rId1", "officeDocument", "word/document.xml")).into_bytes()),
        ("word/document.xml", format!("<?xml version=\"1.0\"?><w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body><w:p><w:r><w:t>Template body, not used</w:t></w:r></w:p><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId7\"/><w:footerReference w:type=\"default\" r:id=\"rId8\"/><w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1800\" w:right=\"1300\" w:bottom=\"1700\" w:left=\"1300\" w:header=\"700\" w:footer=\"700\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>").into_bytes()),
        ("word/_rels/document.xml.rels", format!("<?xml version=\"1.0\"?><Relationships xmlns=\"{PKG}\">{}{}{}{}{}</Relationships>", rel("rId1", "styles", "styles.xml"), rel("rId2", "numbering", "numbering.xml"), rel("rId3", "theme", "theme/theme1.xml"), rel("rId7", "header", "header1.xml"), rel("rId8", "footer", "footer1.xml")).into_bytes()),
        ("word/styles.xml", styles.into_bytes()),
        ("word/numbering.xml", format!("<?xml version=\"1.0\"?><w:numbering xmlns:w=\"{W}\"><w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"5\"><w:abstractNumId w:val=\"3\"/></w:num></w:numbering>").into_bytes()),
        ("word/theme/theme1.xml", b"<?xml version=\"1.0\"?><a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Corporate\"/>".to_vec()),
        ("word/header1.xml", format!("<?xml version=\"1.0\"?><w:hdr xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:p><w:r><w:t>ACME CONFIDENTIAL</w:t></w:r><w:r><w:object><v:imagedata xmlns:v=\"urn:schemas-microsoft-com:vml\" r:id=\"rIdImg\"/></w:object></w:r></w:p></w:hdr>").into_bytes()),
        ("word/_rels/header1.xml.rels", format!("<?xml version=\"1.0\"?><Relationships xmlns=\"{PKG}\">{}</Relationships>", rel("rIdImg", "image", "media/image1.png")).into_bytes()),
        ("word/media/image1.png", logo),
        ("word/footer1.xml", format!("<?xml version=\"1.0\"?><w:ftr xmlns:w=\"{W}\"><w:p><w:r><w:t>ACME Ltd</w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>").into_bytes()),
    ])
}

fn with_reference(reference: Vec<u8>) -> Test {
    Test::new()
        .write(
            "soa.yaml",
            format!("{}\ntheme:\n  docx_reference: corporate.docx\n", lumora()),
        )
        .write("corporate.docx", reference)
}

#[test]
fn a_reference_documents_styles_page_and_running_parts_are_taken() {
    let out = with_reference(corporate(&[1, 2, 3]))
        .args([
            "build",
            "soa.yaml",
            "--out",
            "out",
            "--format",
            "docx",
            "--deny-warnings",
        ])
        .success();
    let docx = Docx::open(&out.bytes("out/statement-of-applicability.docx"));
    let styles = docx.part("word/styles.xml");
    assert!(styles.starts_with(&format!("<?xml version=\"1.0\"?><w:styles xmlns:w=\"{W}\"><w:style w:type=\"paragraph\" w:styleId=\"Standard\">")), "the reference's styles, as they are");
    assert!(
        styles.contains("w:styleId=\"TableText\"")
            && styles.contains("w:styleId=\"StatusPlanned\""),
        "annexa adds what it lacks"
    );
    assert!(
        styles.contains("<w:basedOn w:val=\"Standard\"/>"),
        "added styles build on the reference's Normal"
    );
    let body = docx.body();
    let used: Vec<&str> = body.paras.iter().map(|p| p.style.as_str()).collect();
    assert!(
        used.contains(&"Titel") && used.contains(&"berschrift1") && used.contains(&"berschrift2")
    );
    assert!(!used.contains(&"Heading1"), "no second set of headings");
    let xml = docx.part("word/document.xml");
    assert!(
        xml.contains("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>")
            && xml.contains("<w:pgSz w:w=\"15840\" w:h=\"12240\" w:orient=\"landscape\"/>")
    );
    assert!(
        xml.contains("w:top=\"1800\" w:right=\"1300\""),
        "the reference's margins"
    );
    assert!(xml.contains("<w:headerReference w:type=\"default\" r:id=\"rIdR1\"/><w:footerReference w:type=\"default\" r:id=\"rIdR2\"/>"));
    assert!(!docx.has("word/header1.xml"), "no header of annexa's own");
    assert!(docx
        .part("word/header-ref1.xml")
        .contains("ACME CONFIDENTIAL"));
    assert!(docx
        .part("word/footer-ref2.xml")
        .contains("w:instr=\" PAGE \""));
    assert!(docx
        .part("word/_rels/header-ref1.xml.rels")
        .contains("Target=\"media/ref1.png\""));
    let logo = std::fs::read(root().join("tests/fixtures/branding/logo.png")).expect("logo");
    assert_eq!(
        docx.bytes("word/media/ref1.png"),
        logo,
        "the header's image, copied"
    );
    assert!(docx
        .part("[Content_Types].xml")
        .contains("<Override PartName=\"/word/media/ref1.png\" ContentType=\"image/png\"/>"));
    assert_eq!(docx.part("word/theme/theme1.xml"), "<?xml version=\"1.0\"?><a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Corporate\"/>");
    let numbering = docx.part("word/numbering.xml");
    assert!(
        numbering.contains("<w:num w:numId=\"5\"><w:abstractNumId w:val=\"3\"/></w:num>"),
        "the reference's lists stay"
    );
    assert!(
        numbering.contains("<w:abstractNum w:abstractNumId=\"4\">")
            && numbering.contains("<w:num w:numId=\"6\">"),
        "annexa's come after"
    );
    assert!(
        xml.contains("<w:numId w:val=\"6\"/>"),
        "bullets use annexa's list"
    );
}

#[test]
fn a_reference_without_heading_styles_warns_and_annexas_stand_in() {
    let out = with_reference(corporate(&[1]))
        .args(["build", "soa.yaml", "--out", "out", "--format", "docx"])
        .stderr_has("warning[docx-reference-style]: `corporate.docx` has no Heading 2 or Heading 3 style: the Word files use annexa's own for them")
        .stderr_has("soa.yaml:")
        .success();
    let docx = Docx::open(&out.bytes("out/ai-policy.docx"));
    assert!(docx
        .part("word/styles.xml")
        .contains("w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"));
    with_reference(corporate(&[1]))
        .args([
            "build",
            "soa.yaml",
            "--out",
            "out",
            "--format",
            "docx",
            "--deny-warnings",
        ])
        .expect_absent("out")
        .failure();
}

#[test]
fn what_cannot_be_a_reference_is_a_located_error_and_nothing_is_written() {
    // A reference whose styles.xml lost a closing tag.
    let good = Docx::open(&corporate(&[1, 2, 3]));
    let parts: Vec<(&str, Vec<u8>)> = good
        .names
        .iter()
        .map(|n| match n.as_str() {
            "word/styles.xml" => (
                n.as_str(),
                good.part(n)
                    .replacen("</w:style></w:styles>", "</w:styles>", 1)
                    .into_bytes(),
            ),
            _ => (n.as_str(), good.bytes(n).to_vec()),
        })
        .collect();
    let damaged_styles = zip(&parts);
    let xlsx = zip(&[
        ("[Content_Types].xml", b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>".to_vec()),
        ("_rels/.rels", format!("<?xml version=\"1.0\"?><Relationships xmlns=\"{PKG}\"><Relationship Id=\"rId1\" Type=\"{R}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>").into_bytes()),
        ("xl/workbook.xml", b"<workbook/>".to_vec()),
    ]);
    let cases: [(Vec<u8>, &str); 4] = [
        (b"Our corporate template".to_vec(), "it is not a DOCX file (not a zip archive)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0].to_vec(), "it is encrypted (password-protected) or an old Word 97–2003 .doc file"),
        (xlsx, "it is not a Word document: its main part xl/workbook.xml is `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml`"),
        (damaged_styles, "it is damaged: word/styles.xml: not well-formed XML"),
    ];
    let line = lumora().lines().count() + 3;
    for (bytes, message) in cases {
        with_reference(bytes)
            .args(["build", "soa.yaml", "--out", "out", "--format", "docx"])
            .stderr_has("error[bad-docx-reference]: `corporate.docx` cannot be the DOCX reference document: ")
            .stderr_has(message)
            .stderr_has(format!("soa.yaml:{line}:19"))
            .expect_absent("out")
            .failure();
    }
}

#[test]
fn the_toolkit_set_takes_a_reference_through_its_theme_file() {
    let out = Test::new()
        .write(
            "theme.yaml",
            "docx_reference: corporate.docx\naccent: \"#0e7a66\"\n",
        )
        .write("corporate.docx", corporate(&[1, 2, 3]))
        .args([
            "build",
            "--blank",
            "--theme",
            "theme.yaml",
            "--out",
            "out",
            "--format",
            "docx",
        ])
        .success();
    let docx = Docx::open(&out.bytes("out/statement-of-applicability.docx"));
    assert!(docx
        .part("word/header-ref1.xml")
        .contains("ACME CONFIDENTIAL"));
    assert!(docx
        .part("word/styles.xml")
        .contains("w:styleId=\"Placeholder\""));
}
