//! A language of one's own: message files that reword a shipped language or add one (checked,
//! with located errors), a right-to-left language in HTML and PDF, and licensed titles from an
//! overlay in the documents' language.

use super::run;
use crate::support::Test;

/// The decisions file with `language:` (and more lines) under `document:`.
fn with_language(lines: &str) -> String {
    crate::support::lumora().replacen("\ndocument:\n", &format!("\ndocument:\n{lines}"), 1)
}

#[test]
fn a_message_file_rewords_a_shipped_language() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    std::fs::create_dir(dir.join("words")).expect("mkdir");
    std::fs::write(dir.join("words/de.ftl"), "ctl-owner = Eigentümerin\n").expect("write");
    // `locales:` in the decisions file, relative to it.
    let text =
        with_language("  language: de\n").replacen("\ndocument:", "\nlocales: words\ndocument:", 1);
    std::fs::write(dir.join("soa.yaml"), text).expect("write");
    run(
        dir,
        &["build", "soa.yaml", "--out", "out", "--format", "md"],
    );
    let md = std::fs::read_to_string(dir.join("out/statement-of-applicability.md")).expect("md");
    assert!(
        md.contains("| Eigentümerin | Head of Information Security |"),
        "{md}"
    );
    assert!(md.contains("| Ausgabedatum |"), "the rest stays German");
}

#[test]
fn a_broken_message_file_is_reported_at_its_lines_and_nothing_is_written() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    std::fs::create_dir(dir.join("loc")).expect("mkdir");
    let bad = "ctl-owner = Eigentümerin\nsoa-title = Erklärung { $x\nrtp-title = Plan\nrtp-title = Doppelt\n";
    std::fs::write(dir.join("loc/de.ftl"), bad).expect("write");
    std::fs::write(dir.join("soa.yaml"), crate::support::lumora()).expect("write");
    let out = Test::in_dir(dir)
        .args([
            "build",
            "soa.yaml",
            "--lang",
            "de",
            "--locale-dir",
            "loc",
            "--out",
            "out",
        ])
        .run();
    assert_eq!(Some(out.code), Some(1), "{}", out.stderr);
    let err = &out.stderr;
    assert!(
        err.contains("error[message-file]: invalid message syntax"),
        "{err}"
    );
    assert!(
        err.contains("loc/de.ftl:2:27"),
        "the unclosed placeable's line: {err}"
    );
    assert!(
        err.contains("message `rtp-title` is defined twice"),
        "{err}"
    );
    assert!(err.contains("loc/de.ftl:4:1"), "{err}");
    assert!(!dir.join("out").exists(), "nothing written");
    // `validate` reads the message files a decisions file names, and reports them too.
    let named =
        with_language("  language: de\n").replacen("\ndocument:", "\nlocales: loc\ndocument:", 1);
    std::fs::write(dir.join("named.yaml"), named).expect("write");
    let out = Test::in_dir(dir).args(["validate", "named.yaml"]).run();
    assert_eq!(Some(out.code), Some(1), "{}", out.stderr);
    assert!(out.stderr.contains("loc/de.ftl:2:27"), "{}", out.stderr);
    // A language with no messages is reported at `language:`, in English.
    std::fs::write(dir.join("xx.yaml"), with_language("  language: xx\n")).expect("write");
    let out = Test::in_dir(dir)
        .args(["build", "xx.yaml", "--out", "out"])
        .run();
    assert_eq!(Some(out.code), Some(1), "{}", out.stderr);
    assert!(
        out.stderr.contains("no messages for language `xx`"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("xx.yaml:"), "{}", out.stderr);
    assert!(
        out.stderr.contains("annexa locales export"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_exported_language_file_is_a_complete_new_language() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    run(
        dir,
        &["locales", "export", "mine", "--lang", "fr", "--as", "fr-CA"],
    );
    let text = std::fs::read_to_string(dir.join("mine/fr-CA.ftl")).expect("written");
    std::fs::write(
        dir.join("mine/fr-CA.ftl"),
        text.replace("Déclaration d'applicabilité", "Énoncé d'applicabilité"),
    )
    .expect("write");
    std::fs::write(dir.join("soa.yaml"), crate::support::lumora()).expect("write");
    run(
        dir,
        &[
            "build",
            "soa.yaml",
            "--lang",
            "fr-CA",
            "--locale-dir",
            "mine",
            "--out",
            "o",
            "--format",
            "md,html",
        ],
    );
    let md = std::fs::read_to_string(dir.join("o/statement-of-applicability.md")).expect("md");
    assert!(
        md.starts_with("# Énoncé d'applicabilité\n"),
        "{}",
        &md[..100]
    );
    let html =
        std::fs::read_to_string(dir.join("o/statement-of-applicability.html")).expect("html");
    assert!(html.contains("<html lang=\"fr-CA\">"));
    // Refuses to overwrite.
    let again = Test::in_dir(dir)
        .args(["locales", "export", "mine", "--lang", "fr", "--as", "fr-CA"])
        .run();
    assert_eq!(Some(again.code), Some(1));
}

#[test]
fn a_right_to_left_user_language_gives_rtl_html_pdf_and_docx() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    let locales = crate::support::root().join("examples/locales");
    std::fs::write(dir.join("soa.yaml"), crate::support::lumora()).expect("write");
    let locales = locales.to_str().expect("utf-8 path");
    run(
        dir,
        &[
            "build",
            "soa.yaml",
            "--lang",
            "ar",
            "--locale-dir",
            locales,
            "--out",
            "o",
            "--format",
            "md,html,pdf,docx",
        ],
    );
    let html =
        std::fs::read_to_string(dir.join("o/statement-of-applicability.html")).expect("html");
    assert!(
        html.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        &html[..200]
    );
    assert!(html.contains("بيان قابلية التطبيق"));
    let pdf = lopdf::Document::load(dir.join("o/statement-of-applicability.pdf")).expect("pdf");
    let catalog = pdf.catalog().expect("catalog");
    let lang = catalog
        .get(b"Lang")
        .and_then(lopdf::Object::as_str)
        .expect("/Lang");
    assert_eq!(lang, b"ar");
    // Word: paragraphs right to left by default, Arabic the language of every run.
    let styles = super::part(
        &dir.join("o/statement-of-applicability.docx"),
        "word/styles.xml",
    );
    assert!(
        styles.contains("<w:pPrDefault><w:pPr><w:bidi/>"),
        "{styles}"
    );
    assert!(styles.contains("<w:lang w:val=\"ar\""), "{styles}");
    // The layout: a paragraph of a right-to-left document ends at the right margin, Latin
    // text included; the same paragraph left to right starts at the left margin.
    let md = "# بيان قابلية التطبيق\n\nQ-7 only\n";
    let rtl = annexa::render::pdf::PdfMeta {
        rtl: true,
        ..crate::support::sample::meta()
    };
    let ltr = crate::support::sample::meta();
    let x_of = |meta: &annexa::render::pdf::PdfMeta| {
        let l = annexa::render::pdf::layout(md, meta, None).expect("layout");
        l.pages[0].items.iter().find_map(|i| match i {
            annexa::render::pdf::layout::Item::Text { text, x, .. } if text.contains("Q-7") => {
                Some(*x)
            }
            _ => None,
        })
    };
    let (r, l) = (x_of(&rtl).expect("text"), x_of(&ltr).expect("text"));
    assert!(r > l + 200.0, "right-to-left x {r}, left-to-right x {l}");
    // The running header mirrored: the title at the right margin, the marking at the left.
    let header_x = |meta: &annexa::render::pdf::PdfMeta, words: &str| {
        let l = annexa::render::pdf::layout(md, meta, None).expect("layout");
        l.pages[0].items.iter().find_map(|i| match i {
            annexa::render::pdf::layout::Item::Text { text, x, .. } if text.contains(words) => {
                Some(*x)
            }
            _ => None,
        })
    };
    let title = |m| header_x(m, "Statement of Applicability").expect("title");
    let marking = |m| header_x(m, "LUM-ISMS-SOA-001").expect("marking");
    assert!(title(&rtl) > 297.0 && title(&ltr) < 100.0);
    assert!(marking(&rtl) < 100.0 && marking(&ltr) > 297.0);
}

#[test]
fn titles_stay_english_unless_a_licensed_overlay_is_in_the_language() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    let sentence = "Die Titel der Maßnahmen und Abschnitte sind die englischen Kurztitel";
    std::fs::write(dir.join("soa.yaml"), with_language("  language: de\n")).expect("write");
    run(
        dir,
        &["build", "soa.yaml", "--out", "plain", "--format", "md"],
    );
    let soa = std::fs::read_to_string(dir.join("plain/statement-of-applicability.md")).expect("md");
    assert_eq!(soa.matches(sentence).count(), 1, "said once in the SoA");
    assert!(soa.contains("| 27001:A.5.1 | Policies for information security |"));
    for doc in ["risk-treatment-plan", "ai-policy", "management-system"] {
        let md = std::fs::read_to_string(dir.join(format!("plain/{doc}.md"))).expect("md");
        assert_eq!(md.matches(sentence).count(), 1, "{doc}");
    }
    // Licensed German overlays for both catalogs: their titles, and no such sentence.
    let overlaid = with_language("  language: de\n").replacen(
        "\ncatalogs:\n",
        "\noverlays: [de-27001.yaml, de-42001.yaml]\ncatalogs:\n",
        1,
    );
    std::fs::write(dir.join("soa.yaml"), overlaid).expect("write");
    let overlay = |ns: &str, id: &str| {
        format!("namespace: \"{ns}\"\nlanguage: de\ncontrols:\n  {id}:\n    title: Lizenzierter Titel {id}\n    text: Lizenzierter Text.\n")
    };
    std::fs::write(dir.join("de-27001.yaml"), overlay("27001", "A.5.1")).expect("write");
    std::fs::write(dir.join("de-42001.yaml"), overlay("42001", "A.2.2")).expect("write");
    run(
        dir,
        &["build", "soa.yaml", "--out", "licensed", "--format", "md"],
    );
    let soa =
        std::fs::read_to_string(dir.join("licensed/statement-of-applicability.md")).expect("md");
    assert!(!soa.contains(sentence));
    assert!(
        soa.contains(
            "| 27001:A.5.1 | Lizenzierter Titel A.5.1 *Maßnahmentext:* Lizenzierter Text. |"
        ),
        "{}",
        soa.lines()
            .find(|l| l.starts_with("| 27001:A.5.1"))
            .unwrap_or_default()
    );
}
