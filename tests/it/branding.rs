//! Branding from a theme file: the logo and accent show in the HTML (data URI, CSS custom
//! property), the PDF (an image XObject on every page, the accent in the content stream) and
//! the workbook (header fill, logo image); bad theme input is reported with file, line and
//! column; the output is still reproducible.

use crate::support::{lumora, repo_text, Output, Test};

/// A temp folder with the example, the fixture theme and logo, and `theme: theme.yaml`.
fn branded(theme: Option<&str>) -> Test {
    let theme = match theme {
        Some(t) => t.to_string(),
        None => repo_text("tests/fixtures/branding/theme.yaml"),
    };
    Test::new()
        .write("soa.yaml", lumora() + "\ntheme: theme.yaml\n")
        .copy("tests/fixtures/branding/logo.png", "logo.png")
        .write("theme.yaml", theme)
}

/// `annexa build soa.yaml --out <out> --format <formats>` in the branded folder, succeeding.
fn build(test: Test, out: &str, formats: &str) -> Output {
    test.args(["build", "soa.yaml", "--out", out, "--format", formats])
        .success()
}

#[test]
fn theme_shows_in_html_pdf_and_xlsx() {
    let o = build(branded(None), "out", "html,pdf,xlsx");
    let out = o.path().join("out");

    let html = std::fs::read_to_string(out.join("ai-policy.html")).expect("html");
    assert!(
        html.contains(r#"<img class="logo" src="data:image/png;base64,iVBORw0KGgo"#),
        "logo data URI"
    );
    assert!(html.contains(r#"alt="Lumora Finance logo""#));
    assert!(html.contains("--accent: #0e7a66;"));
    assert!(html.contains("Printed copies are uncontrolled"));

    let pdf = lopdf::Document::load(out.join("ai-policy.pdf")).expect("PDF parses");
    let pages = pdf.get_pages();
    let images = pdf
        .objects
        .values()
        .filter(|o| {
            o.as_stream().is_ok_and(|s| {
                s.dict.get(b"Subtype").and_then(|v| v.as_name()).ok() == Some(b"Image".as_slice())
            })
        })
        .count();
    assert!(images >= 1, "an image XObject");
    let first = *pages.get(&1).expect("page 1");
    let content = String::from_utf8_lossy(&pdf.get_page_content(first)).into_owned();
    let (inline, ids) = pdf.get_page_resources(first).expect("page resources");
    let xobjects = inline
        .into_iter()
        .chain(ids.iter().filter_map(|id| pdf.get_dictionary(*id).ok()))
        .find_map(|r| r.get(b"XObject").ok())
        .and_then(|x| match x {
            lopdf::Object::Reference(id) => pdf.get_dictionary(*id).ok(),
            other => other.as_dict().ok(),
        })
        .expect("page 1 has XObjects");
    let drawn = xobjects
        .iter()
        .any(|(name, _)| content.contains(&format!("/{} Do", String::from_utf8_lossy(name))));
    assert!(drawn, "logo drawn on page 1");
    // #0e7a66 as PDF colour operands: 0.055 0.478 0.4.
    assert!(
        content.contains("0.47"),
        "accent colour in the content stream"
    );
    let text = pdf.extract_text(&[1]).expect("text");
    assert!(text.contains("Printed copies are uncontrolled"), "{text}");

    let xlsx = std::fs::File::open(out.join("statement-of-applicability.xlsx")).expect("xlsx");
    let mut z = zip::ZipArchive::new(xlsx).expect("xlsx is a zip");
    let names: Vec<String> = (0..z.len())
        .map(|i| {
            z.by_index(i)
                .expect("entry")
                .name()
                .expect("name")
                .to_string()
        })
        .collect();
    assert!(
        names.iter().any(|n| n.starts_with("xl/media/image")),
        "{names:?}"
    );
    let mut styles = String::new();
    std::io::Read::read_to_string(
        &mut z.by_name("xl/styles.xml").expect("styles"),
        &mut styles,
    )
    .expect("read");
    assert!(styles.to_uppercase().contains("FF0E7A66"), "accent fill");
}

#[test]
fn themed_output_is_reproducible() {
    let a = build(branded(None), "a", "html,pdf,xlsx");
    let b = build(a.then(), "b", "html,pdf,xlsx");
    for f in [
        "ai-policy.pdf",
        "ai-policy.html",
        "statement-of-applicability.xlsx",
    ] {
        assert!(
            b.bytes(&format!("a/{f}")) == b.bytes(&format!("b/{f}")),
            "{f} differs"
        );
    }
}

#[test]
fn bad_theme_is_reported_with_positions() {
    branded(Some(
        "logo: missing.png\naccent: \"#zzz\"\ncolour: red\nfont:\n  family: X\n  regular: logo.png\n",
    ))
    .args(["build", "soa.yaml", "--out", "out", "--format", "html"])
    .stderr_has("cannot read `")
    .stderr_has("missing.png")
    .stderr_has("theme.yaml:1:7")
    .stderr_has("`#zzz` is not a colour")
    .stderr_has("theme.yaml:2:9")
    .stderr_has("unknown field `colour` in `theme`")
    .stderr_has("theme.yaml:3:1")
    .stderr_has("not a TrueType")
    .expect_absent("out")
    .failure();
}

#[test]
fn unquoted_accent_is_an_error_not_a_silent_comment() {
    branded(Some("accent: #0e7a66\nfooter: Lumora\n"))
        .args(["build", "soa.yaml", "--out", "out", "--format", "html"])
        .stderr_has("theme.yaml:1:")
        .stderr_has("`accent` has no value")
        .stderr_has("accent: \"#1f4e79\"")
        .expect_absent("out")
        .failure();
}

#[test]
fn theme_font_is_the_pdf_body_and_an_html_font_face() {
    let o = branded(Some(
        "accent: \"#333\"\nfont:\n  family: Mono Body\n  regular: body.ttf\n",
    ))
    .copy("src/fonts/DejaVuSansMono.ttf", "body.ttf");
    let o = build(o, "out", "html,pdf");
    let html = o.read("out/ai-policy.html");
    assert!(html.contains("font-src data:;"), "CSP allows data: fonts");
    assert!(html.contains(r#"@font-face { font-family: "Mono Body"; font-style: normal; font-weight: 400; src: url(data:font/ttf;base64,AAEAAA"#));
    let pdf = lopdf::Document::load(o.path().join("out/ai-policy.pdf")).expect("PDF parses");
    let base_fonts: Vec<String> = pdf
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"BaseFont").ok())
        .filter_map(|n| n.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    assert!(
        base_fonts.iter().any(|f| f.contains("DejaVuSansMono")),
        "{base_fonts:?}"
    );
    assert!(
        !base_fonts.iter().any(|f| f.contains("Condensed")),
        "{base_fonts:?}"
    );
}

#[test]
fn blank_toolkit_takes_a_theme_file() {
    let o = branded(None)
        .args([
            "build",
            "--blank",
            "--format",
            "html",
            "--theme",
            "theme.yaml",
        ])
        .args(["--out", "out"])
        .success();
    let html = o.read("out/ai-policy.html");
    assert!(html.contains("data:image/png;base64,") && html.contains("--accent: #0e7a66;"));
    // With a decisions file, the theme comes from its `theme:`.
    o.then()
        .args(["build", "soa.yaml", "--theme", "theme.yaml", "--out", "out"])
        .status(2);
}

#[test]
fn svg_logo_is_html_only_with_a_warning() {
    let t = branded(Some("logo: logo.svg\n")).write(
        "logo.svg",
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0e7a66"/></svg>"##,
    );
    let o = t
        .args(["build", "soa.yaml", "--out", "out", "--format", "html"])
        // Validation warnings are printed on a successful build.
        .stderr_has("warning[svg-logo]: an SVG logo shows in the HTML only\n --> ")
        .success();
    let html = o.read("out/ai-policy.html");
    assert!(html.contains(r#"src="data:image/svg+xml;base64,"#));
}
