//! The HTML renderer: heading ids and TOC, raw HTML and link safety, tables and badges, the
//! chart. `page`: the page template as one standalone document. `sample` writes a realistic
//! page to look at.

mod page;
mod sample;

use annexa::merge::chart::{Bar, Chart, SegmentKind};
use annexa::render::html::{chart_svg, is_safe_href, markdown_to_html};

fn html(md: &str) -> String {
    markdown_to_html(md, None).content
}

fn chart() -> Chart {
    Chart {
        legend: Vec::new(),
        title: "Implementation status".into(),
        bars: vec![
            Bar {
                label: "ISO/IEC 27001:2022".into(),
                segments: vec![
                    (SegmentKind::Implemented, 61),
                    (SegmentKind::Partial, 14),
                    (SegmentKind::Planned, 6),
                    (SegmentKind::NotImplemented, 2),
                    (SegmentKind::Excluded, 10),
                ],
            },
            Bar {
                label: "ISO/IEC 42001:2023 <AI>".into(),
                segments: vec![(SegmentKind::Implemented, 20), (SegmentKind::Planned, 1)],
            },
        ],
    }
}

#[test]
fn headings_get_slugs_deduplicated_and_explicit_ids_win() {
    let body = markdown_to_html(
        "# Statement of Applicability\n\n## A.5 Organizational controls\n\n\
         ## Scope & context!\n\n### Scope & context\n\n## Summary {#scope-context}\n\n\
         ## Ünïcode — only\n\n## ---\n",
        None,
    );
    assert!(body
        .content
        .contains("<h1 id=\"statement-of-applicability\">"));
    assert!(body
        .content
        .contains("<h2 id=\"a-5-organizational-controls\">"));
    // The explicit id is reserved first, so both slugs step aside.
    assert!(body.content.contains("<h2 id=\"scope-context-2\">"));
    assert!(body.content.contains("<h3 id=\"scope-context-3\">"));
    assert!(body
        .content
        .contains("<h2 id=\"scope-context\">Summary</h2>"));
    assert!(body.content.contains("<h2 id=\"ncode-only\">"));
    assert!(body.content.contains("<h2 id=\"section\">"));
}

#[test]
fn toc_lists_h2_and_h3_in_order() {
    let body = markdown_to_html(
        "# Title\n\n## One `code`\n\n### One point one\n\n#### Deep\n\n## Two *em*\n",
        None,
    );
    let toc: Vec<(u8, &str, &str)> = body
        .toc
        .iter()
        .map(|e| (e.level, e.id.as_str(), e.text.as_str()))
        .collect();
    assert_eq!(
        toc,
        [
            (2, "one-code", "One code"),
            (3, "one-point-one", "One point one"),
            (2, "two-em", "Two em"),
        ]
    );
}

#[test]
fn raw_html_is_escaped_text() {
    let out = html(
        "<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> and <b>bold</b>.\n\n\
         <div onclick=\"x()\">\nblock\n</div>\n",
    );
    assert!(!out.contains("<script"), "{out}");
    assert!(!out.contains("<img"), "{out}");
    assert!(!out.contains("<div onclick"), "{out}");
    assert!(
        out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{out}"
    );
    assert!(out.contains("Text &lt;img src=x onerror=alert(1)&gt; and &lt;b&gt;bold&lt;/b&gt;."));
}

#[test]
fn comments_are_dropped_and_heading_attributes_other_than_id_and_class_too() {
    let out = html("<!-- note -->\n\nA <!-- inline --> B\n\n# T {#t .c onclick=alert(1)}\n");
    assert!(!out.contains("note"), "{out}");
    assert!(!out.contains("inline"), "{out}");
    assert!(out.contains("<h1 id=\"t\" class=\"c\">T</h1>"), "{out}");
    // A comment followed by markup is not a pure comment: it stays visible, escaped.
    let out = html("<!-- x --><script>y()</script>\n");
    assert!(out.contains("&lt;!-- x --&gt;&lt;script&gt;"), "{out}");
}

#[test]
fn chart_marker_is_replaced_or_removed() {
    let c = chart();
    let with = markdown_to_html("Before\n\n<!-- annexa:chart -->\n\nAfter\n", Some(&c)).content;
    assert!(
        with.contains("<figure class=\"chart\">\n<figcaption>Implementation status</figcaption>"),
        "{with}"
    );
    assert!(!with.contains("annexa:chart"), "{with}");
    let without = html("Before\n\n<!-- annexa:chart -->\n\nAfter\n");
    assert_eq!(without, "<p>Before</p>\n<p>After</p>\n");
    // Only the exact marker, alone in its block, is the chart.
    let other = markdown_to_html("<!-- annexa:chart --><b>x</b>\n", Some(&c)).content;
    assert!(!other.contains("<figure"), "{other}");
}

#[test]
fn unsafe_link_targets_render_as_text() {
    for dest in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java&#x73;cript:alert(1)",
        "java&#115;cript:alert(1)",
        "<  javascript:alert(1)>",
        "<java\tscript:alert(1)>",
        "javascript&colon;alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "VBScript:msgbox",
        "file:///etc/passwd",
    ] {
        let out = html(&format!("[click]({dest})"));
        assert!(!out.contains("<a"), "{dest} -> {out}");
        assert!(out.contains("click"), "{dest} -> {out}");
    }
    let out = html("<javascript:alert(1)> [x]( javascript:alert(1))");
    assert!(!out.contains("<a"), "{out}");
}

#[test]
fn safe_link_targets_stay_links() {
    let out = html(
        "[a](https://example.com/x?y=1) [b](http://example.com) [c](mailto:isms@example.com) \
         [d](policies/access-control.md) [e](#a-5-15) [f](../x.html) <ciso@example.com>",
    );
    for href in [
        "https://example.com/x?y=1",
        "http://example.com",
        "mailto:isms@example.com",
        "policies/access-control.md",
        "#a-5-15",
        "../x.html",
        "mailto:ciso@example.com",
    ] {
        assert!(out.contains(&format!("href=\"{href}\"")), "{href}: {out}");
    }
    assert!(is_safe_href("HTTPS://example.com"));
    assert!(is_safe_href("notes/a:b"));
    assert!(!is_safe_href(" \u{1}javascript:x"));
    assert!(!is_safe_href("jav&#x09;ascript:x"));
    assert!(!is_safe_href(
        "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58x"
    ));
}

#[test]
fn images_become_their_alt_text() {
    let out = html("Logo: ![Lumen *Labs* logo](https://cdn.example.com/logo.png \"t\")");
    assert_eq!(out, "<p>Logo: Lumen <em>Labs</em> logo</p>\n");
}

const SOA: &str = "Table: Annex A controls\n\n\
<!-- annexa:table controls -->\n\
| Control | Title | Applicable | Status | Justification | Owner |\n\
|---|---|:-:|---|---|--:|\n\
| A.5.1 | Policies | <!-- annexa:applicable yes -->Yes<!-- /annexa --> | <!-- annexa:status implemented -->Implemented<!-- /annexa --> | Implemented via policy set \\| v4 | CISO |\n\
| A.5.2 | Roles | <!-- annexa:applicable yes -->Yes<!-- /annexa --> | <!-- annexa:status partial -->Partially implemented<!-- /annexa --> (target 2026-03) | Planned review. | HR |\n\
| A.7.1 | Perimeters | <!-- annexa:applicable no -->No<!-- /annexa --> | <!-- annexa:status excluded -->Excluded<!-- /annexa --> | No premises. | — |\n\
| A.8.1 | Endpoints | Yes | Implementedness | Not implemented anywhere | IT |\n";

#[test]
fn caption_scopes_alignment_and_wide_wrapper() {
    let out = html(SOA);
    assert!(out.starts_with(
        "<div class=\"table-wrap wide\"><table><caption>Annex A controls</caption><thead>"
    ));
    assert!(!out.contains("<p>Table:"), "{out}");
    assert!(out.contains("<th scope=\"col\">Control</th>"));
    assert!(out.contains("<th scope=\"col\" class=\"align-center\">Applicable</th>"));
    assert!(out.contains("<tr><th scope=\"row\">A.5.1</th><td>Policies</td>"));
    assert!(out.contains("<td class=\"align-right\">CISO</td>"));
    assert!(out.ends_with("</tbody></table></div>\n"));
    assert_eq!(out.matches("<th scope=\"row\">").count(), 4);
    // Few columns, or many columns of short values (a summary of counts): not wide.
    let narrow = html("| a | b |\n|---|---|\n| 1 | 2 |\n");
    assert!(narrow.starts_with("<div class=\"table-wrap\"><table><thead>"));
    let counts = html(
        "| Scope | Controls | Applicable | Implemented | Partially implemented | Planned |\n\
         |---|--:|--:|--:|--:|--:|\n| ISO/IEC 27001:2022 | 93 | 83 | 61 | 14 | 6 |\n",
    );
    assert!(
        counts.starts_with("<div class=\"table-wrap\"><table>"),
        "{counts}"
    );
    // A "Table:" paragraph without a table stays a paragraph.
    assert_eq!(
        html("Table: nothing follows\n"),
        "<p>Table: nothing follows</p>\n"
    );
}

#[test]
fn badges_come_from_marks_not_from_the_words() {
    let out = html(SOA);
    assert!(out.contains(
        "<td class=\"align-center\"><span class=\"badge badge-yes\">Yes</span></td>\
         <td><span class=\"badge badge-implemented\">Implemented</span></td>"
    ));
    assert!(out.contains(
        "<td><span class=\"badge badge-partial\">Partially implemented</span> (target 2026-03)</td>"
    ));
    assert!(out.contains("<span class=\"badge badge-no\">No</span>"));
    assert!(out.contains("<span class=\"badge badge-excluded\">Excluded</span>"));
    // Words without a mark are words, whatever they say and wherever they are.
    assert!(out.contains("<td class=\"align-center\">Yes</td><td>Implementedness</td>"));
    assert!(out.contains("<td>Implemented via policy set | v4</td>"));
    assert!(out.contains("<td>Not implemented anywhere</td>"));
    assert!(out.contains("<td>No premises.</td>"));
    assert_eq!(out.matches("class=\"badge ").count(), 6);
    assert!(!out.contains("annexa"), "marks leave no trace: {out}");
    let unmarked = html("| Status |\n|---|\n| Planned |\n");
    assert!(!unmarked.contains("badge"), "{unmarked}");
    // A span left open ends with its cell; a mark outside a table badges there too.
    let open = html("| Status |\n|---|\n| <!-- annexa:status planned -->Planned, Q3 |\n\nSo: <!-- annexa:status not_implemented -->Not implemented<!-- /annexa -->: budget\n");
    assert!(
        open.contains("<span class=\"badge badge-planned\">Planned, Q3</span></th>"),
        "{open}"
    );
    assert!(
        open.contains(
            "<p>So: <span class=\"badge badge-not-implemented\">Not implemented</span>: budget</p>"
        ),
        "{open}"
    );
}

#[test]
fn escaped_pipe_and_markup_in_cells_survive() {
    let out = html("| Status | Note |\n|---|---|\n| <!-- annexa:status planned -->Planned<!-- /annexa --> \\| Q3 | a \\| b <i> |\n");
    assert!(out.contains("<span class=\"badge badge-planned\">Planned</span> | Q3</th>"));
    assert!(out.contains("<td>a | b &lt;i&gt;</td>"), "{out}");
}

#[test]
fn date_columns_come_from_their_mark() {
    let out = html("| Version | <!-- annexa:column date -->Date | Release date |\n|---|---|---|\n| 1 | 2026-01-01 | 2026-02-02 |\n");
    assert!(out.contains("<th scope=\"col\">Date</th>"), "{out}");
    assert!(
        out.contains("<td class=\"nowrap\">2026-01-01</td><td>2026-02-02</td>"),
        "{out}"
    );
}

#[test]
fn chart_svg_is_accessible_self_contained_and_deterministic() {
    let svg = chart_svg(&chart());
    assert!(svg.starts_with("<svg "));
    assert!(svg.contains("role=\"img\""));
    assert!(svg.contains("<title>Implementation status</title>"));
    assert!(svg.contains(
        "<desc>ISO/IEC 27001:2022: 93 in total; Implemented 61, Partially implemented 14, \
         Planned 6, Not implemented 2, Excluded 10. ISO/IEC 42001:2023 &lt;AI&gt;: 21 in total; \
         Implemented 20, Planned 1.</desc>"
    ));
    for kind in SegmentKind::ALL {
        let (r, g, b) = kind.rgb();
        assert!(svg.contains(&format!("fill=\"#{r:02x}{g:02x}{b:02x}\"")));
        assert!(svg.contains(&format!(">{}</text>", kind.label())));
    }
    assert!(svg.contains(">93</text>") && svg.contains(">21</text>"));
    assert!(svg.contains(">61</text>"));
    assert!(!svg.contains("<script") && !svg.contains("href"));
    assert_eq!(svg, chart_svg(&chart()));
    let empty = chart_svg(&Chart {
        legend: Vec::new(),
        title: "None".into(),
        bars: vec![],
    });
    assert!(empty.contains("<desc></desc>"));
}

#[test]
fn output_is_deterministic() {
    let md = format!("# T\n\n## A\n\n<!-- annexa:chart -->\n\n{SOA}\n## A\n");
    let c = chart();
    let a = markdown_to_html(&md, Some(&c));
    let b = markdown_to_html(&md, Some(&c));
    assert_eq!(a, b);
    assert_eq!(a.toc[1].id, "a-2");
}

#[test]
fn prose_columns_are_marked() {
    let long = "A justification long enough to be read as prose, more than fifty characters.";
    let out = html(&format!(
        "| ID | Justification | Owner |\n|---|---|--:|\n| A.5.1 | {long} | CISO |\n| A.5.2 | {long} | HR |\n"
    ));
    assert!(
        out.contains("<th scope=\"col\" class=\"prose\">Justification</th>"),
        "{out}"
    );
    assert!(out.contains("<td class=\"prose\">A justification"), "{out}");
    assert!(out.contains("<td class=\"align-right\">CISO</td>"), "{out}");
    assert!(out.contains("<th scope=\"row\">A.5.1</th>"), "{out}");
}
