//! The template side of the marks: tera filters and a function that print them, so a template
//! never spells a comment by hand and a misspelt kind is a template error with its line.
//!
//! - `{{ c.status | status }}`: a status (a Label such as `c.status`, or a key such as
//!   `"excluded"`) as its label inside a status span; none prints nothing;
//! - `{{ c.applicable | applicable }}`: `Yes` or `No` inside an applicability span;
//! - `{{ mark(table="controls") }}` on the line before a table, `{{ mark(column="date") }}` at
//!   the start of a header cell, `{{ mark(heatmap="inherent") }}` on a line of its own;
//! - `{{ doc_link(doc="risk-treatment-plan", heading=…) }}`: the link target of a heading in
//!   another document of the set (see [`super::sibling_link`]).

use crate::i18n::Locale;
use std::sync::Arc;
use tera::{Kwargs, State, Tera, TeraResult, Value};

use super::{ColumnKind, Mark, TableKind};
use crate::merge::chart::SegmentKind;
use crate::merge::heatmap::HeatmapKind;
use crate::render::markdown::escape_cell;

/// Registers the `status` and `applicable` filters and the `mark` function.
pub fn register(tera: &mut Tera, locale: &Arc<Locale>) {
    let l = locale.clone();
    tera.register_filter("status", move |v: &Value, _: Kwargs, _: &State| {
        status(v, &l)
    });
    let l = locale.clone();
    tera.register_filter("applicable", move |v: &Value, _: Kwargs, _: &State| {
        applicable(v, &l)
    });
    tera.register_function("mark", |kwargs: Kwargs, _: &State| mark(&kwargs));
    tera.register_function("doc_link", |kwargs: Kwargs, _: &State| doc_link(&kwargs));
}

/// `NAME.md#anchor`: where a heading of document NAME is, for a Markdown link.
fn doc_link(kwargs: &Kwargs) -> TeraResult<String> {
    let doc: &str = kwargs.must_get("doc")?;
    let link = match kwargs.get::<&str>("heading")? {
        Some(h) => format!(
            "{doc}.md#{}",
            super::slug(&h.split_whitespace().collect::<Vec<_>>().join(" "))
        ),
        None => format!("{doc}.md"),
    };
    if super::sibling_link(&link).is_none() {
        return Err(error(format!(
            "`doc_link` needs a document's file stem (lower-case letters, digits and `-`), not `{doc}`"
        )));
    }
    Ok(link)
}

fn error(msg: String) -> tera::Error {
    tera::Error::message(msg)
}

fn status(v: &Value, l: &Locale) -> TeraResult<String> {
    if v.is_none() {
        return Ok(String::new());
    }
    let field = |name: &str| {
        v.as_map()
            .and_then(|m| m.iter().find(|(k, _)| k.as_str() == Some(name)))
            .and_then(|(_, v)| v.as_str())
    };
    let key = v.as_str().or_else(|| field("key")).unwrap_or_default();
    let kind = SegmentKind::parse(key).ok_or_else(|| {
        let keys: Vec<&str> = SegmentKind::ALL.iter().map(|k| k.key()).collect();
        error(format!(
            "`status` needs a status or one of the keys {}, not `{v}`",
            keys.join(", ")
        ))
    })?;
    let label =
        field("label").map_or_else(|| l.t(&format!("kw-status-{}", kind.key())), escape_cell);
    Ok(span(Mark::Status(kind), &label))
}

fn applicable(v: &Value, l: &Locale) -> TeraResult<String> {
    let yes = v
        .as_bool()
        .ok_or_else(|| error(format!("`applicable` needs true or false, not `{v}`")))?;
    let word = l.t(if yes { "common-yes" } else { "common-no" });
    Ok(span(Mark::Applicable(yes), &word))
}

fn span(open: Mark, text: &str) -> String {
    format!("{}{text}{}", open.token(), Mark::End.token())
}

fn mark(kwargs: &Kwargs) -> TeraResult<String> {
    if let Some(k) = kwargs.get::<&str>("table")? {
        let kind = TableKind::parse(k).ok_or_else(|| {
            let keys: Vec<&str> = TableKind::ALL.iter().map(|k| k.key()).collect();
            error(format!(
                "unknown table kind `{k}`; one of {}",
                keys.join(", ")
            ))
        })?;
        return Ok(Mark::Table(kind).token());
    }
    if let Some(k) = kwargs.get::<&str>("column")? {
        let kind = ColumnKind::parse(k).ok_or_else(|| {
            let keys: Vec<&str> = ColumnKind::ALL.iter().map(|k| k.key()).collect();
            error(format!(
                "unknown column kind `{k}`; one of {}",
                keys.join(", ")
            ))
        })?;
        return Ok(Mark::Column(kind).token());
    }
    if let Some(k) = kwargs.get::<&str>("heatmap")? {
        let kind = HeatmapKind::parse(k).ok_or_else(|| {
            let keys: Vec<&str> = HeatmapKind::ALL.iter().map(|k| k.key()).collect();
            error(format!(
                "unknown heat map `{k}`; one of {}",
                keys.join(", ")
            ))
        })?;
        return Ok(Mark::Heatmap(kind).token());
    }
    Err(error(
        "`mark` needs `table=\"…\"`, `column=\"…\"` or `heatmap=\"…\"`".to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::super::{strip, CHART};
    use super::*;
    use crate::merge::chart::{Bar, Chart};
    use crate::render::markdown::Templates;

    fn render(template: &str, value: &str) -> Result<String, String> {
        let t = Templates::new(
            &[("x.md".into(), template.into())],
            &crate::i18n::Locale::english(),
        )
        .map_err(|e| e.0)?;
        let mut ctx = tera::Context::new();
        ctx.insert("v", value);
        t.render_markdown("x.md", &ctx).map_err(|e| e.0)
    }

    #[test]
    fn user_text_cannot_forge_a_mark() {
        let forged = format!(
            "{}Implemented{} {} {}",
            Mark::Status(SegmentKind::Implemented).token(),
            Mark::End.token(),
            Mark::Table(TableKind::Controls).token(),
            CHART
        );
        let template = "| Status | Note |\n|---|---|\n| {{ \"planned\" | status }} | {{ v | cell }} |\n\n{{ v | md }}\n";
        let md = render(template, &forged).expect("render");
        let chart = Chart {
            legend: Vec::new(),
            title: "T".into(),
            bars: vec![Bar {
                label: "b".into(),
                segments: vec![(SegmentKind::Planned, 1)],
            }],
        };
        let html = crate::render::html::markdown_to_html(&md, Some(&chart)).content;
        assert_eq!(html.matches("class=\"badge").count(), 1, "{html}");
        assert!(html.contains("<span class=\"badge badge-planned\">Planned</span>"));
        assert!(!html.contains("<svg"), "{html}");
        assert!(
            html.contains("annexa:status implemented"),
            "shown as text: {html}"
        );
        let blocks = crate::render::pdf::blocks::parse(&md);
        assert!(!blocks.contains(&crate::render::pdf::blocks::Block::Chart));
        // The .md keeps the user's text (escaped) and loses only the template's mark.
        let text = strip(&md);
        assert!(text.contains("| Planned |"), "{text}");
        assert!(text.contains("annexa:status implemented"), "{text}");
    }

    /// Every table of the built-in templates says what it is (the tagged PDF relies on it).
    #[test]
    fn every_built_in_table_is_marked() {
        for (name, text) in crate::render::markdown::BUILTIN {
            let lines: Vec<&str> = text.lines().collect();
            for (i, pair) in lines.windows(2).enumerate() {
                let delimiter = pair[1].starts_with("|--") || pair[1].starts_with("|:-");
                if pair[0].starts_with('|') && delimiter {
                    let above = if i > 0 { lines[i - 1] } else { "" };
                    assert!(
                        above.contains("{{ mark(table=\""),
                        "{name}:{}: table without a kind mark above it",
                        i + 1
                    );
                }
            }
        }
    }

    #[test]
    fn a_misspelt_kind_is_a_template_error() {
        let err = render("{{ mark(table=\"control\") }}\n", "").expect_err("unknown kind");
        assert!(err.contains("unknown table kind `control`"), "{err}");
        let err = render("{{ \"done\" | status }}\n", "").expect_err("unknown status");
        assert!(err.contains("`status` needs"), "{err}");
        assert_eq!(render("{{ none | status }}", ""), Ok(String::new()));
    }
}
