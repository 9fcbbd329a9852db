//! The change log between two decisions files ([`Changes`]) as a document: Markdown from the
//! `changes.md` template (its sections in `changes-body.md`, which the SoA's "Changes since
//! version X" block includes too), or that Markdown as an HTML page. The JSON form is the
//! [`Changes`] value itself. Nothing here touches the disk.

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
    let title = format!("Changes to {}", changes.to.id);
    let mut ctx = tera::Context::new();
    ctx.insert("title", &title);
    ctx.insert("lang", "en-GB");
    ctx.insert("subtitle", organisation);
    ctx.insert(
        "header_right",
        &format!(
            "{} · Version {} → {}",
            changes.to.id, changes.from.version, changes.to.version
        ),
    );
    ctx.insert("footer", &format!("{organisation} · {title}"));
    ctx.insert(
        "generator",
        &format!("annexa {}", env!("CARGO_PKG_VERSION")),
    );
    ctx.insert("toc", &body.toc);
    ctx.insert("content", &body.content);
    ctx.insert("css", &templates.css());
    ctx.insert("draft", &false);
    templates.render_context("page.html", &ctx)
}
