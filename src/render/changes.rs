//! The change log between two decisions files ([`Changes`]) as a document: Markdown from the
//! `changes.md` template (its sections in `changes-body.md`, which the SoA's "Changes since
//! version X" block includes too), or that Markdown as an HTML page or a Word document. The JSON
//! form is the [`Changes`] value itself. Nothing here touches the disk.

use super::markdown::{TemplateError, Templates};
use crate::diff::Changes;

/// The change log as Markdown.
pub fn markdown(changes: &Changes, templates: &Templates) -> Result<String, TemplateError> {
    Ok(super::marks::strip(&marked(changes, templates)?))
}

/// The change log as Markdown with its marks (see [`super::marks`]).
fn marked(changes: &Changes, templates: &Templates) -> Result<String, TemplateError> {
    let mut ctx = tera::Context::new();
    ctx.insert("changes", changes);
    templates.render_markdown("changes.md", &ctx)
}

/// The change log as a standalone HTML page; `organisation` is shown under the title.
pub fn html(
    changes: &Changes,
    organisation: &str,
    templates: &Templates,
) -> Result<String, TemplateError> {
    let md = marked(changes, templates)?;
    let body = crate::render::html::markdown_to_html(&md, None);
    let locale = templates.locale();
    let title = title(changes, locale);
    let mut ctx = tera::Context::new();
    ctx.insert("title", &title);
    ctx.insert("lang", locale.tag());
    ctx.insert("dir", locale.dir());
    ctx.insert("skip", &locale.t("html-skip-to-content"));
    ctx.insert("contents", &locale.t("html-contents"));
    ctx.insert("subtitle", organisation);
    ctx.insert("header_right", &header_right(changes, locale));
    ctx.insert("footer", &format!("{organisation} · {title}"));
    ctx.insert(
        "generator",
        &format!("annexa {}", env!("CARGO_PKG_VERSION")),
    );
    ctx.insert(
        "credit",
        &locale.t_args(
            "footer-generated-by",
            &[(
                "generator",
                format!("annexa {}", env!("CARGO_PKG_VERSION")).into(),
            )],
        ),
    );
    ctx.insert("toc", &body.toc);
    ctx.insert("content", &body.content);
    ctx.insert("front", &body.front);
    ctx.insert("body", &body.body);
    ctx.insert("css", &templates.css());
    ctx.insert("draft", &false);
    templates.render_context("page.html", &ctx, 0)
}

/// The change log as a Word document; `organisation` is its author.
pub fn docx(
    changes: &Changes,
    organisation: &str,
    templates: &Templates,
) -> Result<Vec<u8>, super::RenderError> {
    let md = marked(changes, templates)?;
    let locale = templates.locale();
    let title = title(changes, locale);
    let date = crate::model::Date::parse(&changes.to.date);
    let meta = super::docx::DocxMeta {
        subject: format!(
            "{title}, version {} to {}",
            changes.from.version, changes.to.version
        ),
        author: organisation.to_string(),
        keywords: "change log".into(),
        header_right: header_right(changes, locale),
        footer_left: format!("{organisation} · {title}"),
        date: date.map(|d| (d.year, d.month, d.day)),
        lang: locale.tag().to_string(),
        page_of: super::page_of(locale),
        contents: locale.t("html-contents"),
        generator: format!("annexa {}", env!("CARGO_PKG_VERSION")),
        custom: vec![
            (locale.t("meta-document-id"), changes.to.id.clone()),
            (locale.t("meta-version"), changes.to.version.clone()),
        ],
        title,
        ..Default::default()
    };
    Ok(super::docx::render(&md, &meta, Default::default(), None)?)
}

/// "Changes to ID", in the templates' language.
fn title(changes: &Changes, l: &crate::i18n::Locale) -> String {
    l.t_args("chg-title", &[("id", changes.to.id.clone().into())])
}

/// "ID · Version A → B", in the templates' language.
fn header_right(changes: &Changes, l: &crate::i18n::Locale) -> String {
    format!(
        "{} · {} {} → {}",
        changes.to.id,
        l.t("header-version"),
        changes.from.version,
        changes.to.version
    )
}
