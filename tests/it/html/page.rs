//! The page template (`templates/page.html`) around a rendered body: one standalone document
//! that fetches nothing, whose blocks a user template can override, and whose table of contents
//! serialises for templates.

use super::{chart, SOA};
use annexa::render::html::{markdown_to_html, HtmlBody, TocEntry};

fn page_context(body: &HtmlBody) -> tera::Context {
    let mut ctx = tera::Context::new();
    ctx.insert("title", "Statement of Applicability");
    ctx.insert("lang", "en-GB");
    ctx.insert("subtitle", "Lumen Labs <Ltd>");
    ctx.insert("header_right", "LUM-ISMS-SOA-001 · Version 4.0 · Internal");
    ctx.insert("footer", "Internal · Approved by the CEO on 2026-11-02");
    ctx.insert("generator", "annexa 0.1.0");
    ctx.insert("toc", &body.toc);
    ctx.insert("content", &body.content);
    ctx.insert(
        "css",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/style.css")),
    );
    ctx
}

fn page_tera() -> tera::Tera {
    let mut tera = tera::Tera::new();
    tera.add_raw_template(
        "page.html",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/page.html")),
    )
    .expect("page.html parses");
    tera
}

#[test]
fn page_template_renders_one_standalone_document() {
    let c = chart();
    let md = format!(
        "# SoA\n\n## Summary\n\n<!-- annexa:chart -->\n\n{SOA}\n[x](https://example.com)\n"
    );
    let body = markdown_to_html(&md, Some(&c));
    let page = page_tera()
        .render("page.html", &page_context(&body))
        .expect("renders");
    assert!(
        page.starts_with("<!doctype html>\n<html lang=\"en-GB\">"),
        "{page}"
    );
    assert!(page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:"
    ));
    assert!(page.contains("<nav class=\"toc\" aria-label=\"Contents\">"));
    assert!(page.contains("<a href=\"#summary\">Summary</a>"));
    assert!(page.contains("<main id=\"main\">\n<h1 id=\"soa\">SoA</h1>"));
    assert!(
        page.contains("Lumen Labs &lt;Ltd&gt;"),
        "values are escaped"
    );
    assert!(
        page.contains("thead { display: table-header-group; }"),
        "css inlined unescaped"
    );
    for tag in ["<header", "<main", "<footer", "<style>", "<svg"] {
        assert_eq!(page.matches(tag).count(), 1, "{tag}");
    }
    // Nothing is fetched: no external src, href only to the page or the one user link.
    assert!(!page.contains("src="), "no src attributes at all");
    assert!(!page.contains("<link") && !page.contains("<script") && !page.contains("@import"));
    let external: Vec<&str> = page
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|url| !url.starts_with('#'))
        .collect();
    assert_eq!(external, ["https://example.com"]);
    assert!(!page.contains("url("), "no CSS resources");
}

#[test]
fn page_template_blocks_can_be_overridden() {
    let body = markdown_to_html("## Only\n", None);
    let mut tera = page_tera();
    tera.add_raw_template(
        "custom.html",
        "{% extends \"page.html\" %}{% block footer %}<footer>Custom {{ generator }}</footer>{% endblock footer %}",
    )
    .expect("custom parses");
    let page = tera
        .render("custom.html", &page_context(&body))
        .expect("renders");
    assert!(page.contains("<footer>Custom annexa 0.1.0</footer>"));
    assert!(page.contains("<nav class=\"toc\""));
    assert!(!page.contains("class=\"page-footer\""));
    let empty_toc = markdown_to_html("# Only a title\n", None);
    let page = page_tera()
        .render("page.html", &page_context(&empty_toc))
        .expect("renders");
    assert!(!page.contains("<nav"), "no empty contents list");
}

#[test]
fn toc_entry_serialises_for_templates() {
    let e = TocEntry {
        level: 2,
        id: "a".into(),
        text: "A".into(),
    };
    assert_eq!(
        serde_json::to_string(&e).expect("json"),
        r#"{"level":2,"id":"a","text":"A"}"#
    );
}
