//! Branding from a theme file: the logo and accent show in the HTML (data URI, CSS custom
//! property), the PDF (an image XObject on every page, the accent in the content stream) and
//! the workbook (header fill, logo image); bad theme input is reported with file, line and
//! column; the output is still reproducible.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temp folder with the example, the fixture theme and logo, and `theme: theme.yaml`.
fn branded(theme: Option<&str>) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    let fx = root().join("tests/fixtures/branding");
    let mut soa = std::fs::read_to_string(root().join("examples/lumora/soa.yaml")).expect("soa");
    soa.push_str("\ntheme: theme.yaml\n");
    std::fs::write(tmp.path().join("soa.yaml"), soa).expect("write");
    std::fs::copy(fx.join("logo.png"), tmp.path().join("logo.png")).expect("logo");
    let theme = match theme {
        Some(t) => t.to_string(),
        None => std::fs::read_to_string(fx.join("theme.yaml")).expect("theme"),
    };
    std::fs::write(tmp.path().join("theme.yaml"), theme).expect("write");
    tmp
}

fn build(dir: &Path, out: &Path, formats: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_annexa"))
        .arg("build")
        .arg(dir.join("soa.yaml"))
        .arg("--out")
        .arg(out)
        .args(["--format", formats])
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("run annexa")
}

#[test]
fn theme_shows_in_html_pdf_and_xlsx() {
    let tmp = branded(None);
    let out = tmp.path().join("out");
    let o = build(tmp.path(), &out, "html,pdf,xlsx");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

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
    assert!(content.contains("/AnnexaLogo Do"), "logo drawn on page 1");
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
    let tmp = branded(None);
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    assert!(build(tmp.path(), &a, "html,pdf,xlsx").status.success());
    assert!(build(tmp.path(), &b, "html,pdf,xlsx").status.success());
    for f in [
        "ai-policy.pdf",
        "ai-policy.html",
        "statement-of-applicability.xlsx",
    ] {
        assert!(
            std::fs::read(a.join(f)).expect("a") == std::fs::read(b.join(f)).expect("b"),
            "{f} differs"
        );
    }
}

#[test]
fn bad_theme_is_reported_with_positions() {
    let tmp = branded(Some(
        "logo: missing.png\naccent: \"#zzz\"\ncolour: red\nfont:\n  family: X\n  regular: logo.png\n",
    ));
    let out = tmp.path().join("out");
    let o = build(tmp.path(), &out, "html");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("cannot read `") && stderr.contains("missing.png"),
        "{stderr}"
    );
    assert!(stderr.contains("theme.yaml:1:7"), "{stderr}");
    assert!(stderr.contains("`#zzz` is not a colour"), "{stderr}");
    assert!(stderr.contains("theme.yaml:2:9"), "{stderr}");
    assert!(
        stderr.contains("unknown field `colour` in `theme`"),
        "{stderr}"
    );
    assert!(stderr.contains("theme.yaml:3:1"), "{stderr}");
    assert!(stderr.contains("not a TrueType"), "{stderr}");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn unquoted_accent_is_an_error_not_a_silent_comment() {
    let tmp = branded(Some("accent: #0e7a66\nfooter: Lumora\n"));
    let out = tmp.path().join("out");
    let o = build(tmp.path(), &out, "html");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("theme.yaml:1:"), "{stderr}");
    assert!(stderr.contains("`accent` has no value"), "{stderr}");
    assert!(stderr.contains("accent: \"#1f4e79\""), "{stderr}");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn theme_font_is_the_pdf_body_and_an_html_font_face() {
    let tmp = branded(Some(
        "accent: \"#333\"\nfont:\n  family: Mono Body\n  regular: body.ttf\n",
    ));
    std::fs::copy(
        root().join("src/fonts/DejaVuSansMono.ttf"),
        tmp.path().join("body.ttf"),
    )
    .expect("font");
    let out = tmp.path().join("out");
    let o = build(tmp.path(), &out, "html,pdf");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = std::fs::read_to_string(out.join("ai-policy.html")).expect("html");
    assert!(html.contains("font-src data:;"), "CSP allows data: fonts");
    assert!(html.contains(r#"@font-face { font-family: "Mono Body"; font-style: normal; font-weight: 400; src: url(data:font/ttf;base64,AAEAAA"#));
    let pdf = lopdf::Document::load(out.join("ai-policy.pdf")).expect("PDF parses");
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
    let tmp = branded(None);
    let out = tmp.path().join("out");
    let o = Command::new(env!("CARGO_BIN_EXE_annexa"))
        .args(["build", "--blank", "--format", "html", "--theme"])
        .arg(tmp.path().join("theme.yaml"))
        .arg("--out")
        .arg(&out)
        .output()
        .expect("run annexa");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = std::fs::read_to_string(out.join("ai-policy.html")).expect("html");
    assert!(html.contains("data:image/png;base64,") && html.contains("--accent: #0e7a66;"));
    // With a decisions file, the theme comes from its `theme:`.
    let o = Command::new(env!("CARGO_BIN_EXE_annexa"))
        .arg("build")
        .arg(tmp.path().join("soa.yaml"))
        .arg("--theme")
        .arg(tmp.path().join("theme.yaml"))
        .arg("--out")
        .arg(&out)
        .output()
        .expect("run annexa");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn svg_logo_is_html_only_with_a_warning() {
    let tmp = branded(Some("logo: logo.svg\n"));
    std::fs::write(
        tmp.path().join("logo.svg"),
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0e7a66"/></svg>"##,
    )
    .expect("svg");
    let out = tmp.path().join("out");
    let o = build(tmp.path(), &out, "html");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning[svg-logo]: an SVG logo shows in the HTML only\n --> "),
        "validation warnings are printed on a successful build: {stderr}"
    );
    let html = std::fs::read_to_string(out.join("ai-policy.html")).expect("html");
    assert!(html.contains(r#"src="data:image/svg+xml;base64,"#));
}
