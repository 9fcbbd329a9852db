//! Markdown: the [`Document`](crate::merge::Document) through tera templates, the one source of
//! text for all three formats.
//!
//! Built-in templates are embedded and registered under `builtin/`; a user's template of the
//! same name wins, and can still `{% extends "builtin/soa.md" %}` to change a single block (the
//! zola way). Tera autoescapes only `.html` names, so Markdown templates use our escaping filters
//! on every piece of user text: `md` for running text, `cell` for table cells (a `|` or a
//! newline cannot break a row, `<`, `*`, `[` cannot inject markup).

use std::borrow::Cow;
use tera::{Context, Kwargs, State, Tera, Value};

/// The built-in templates: (name, text).
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "soa.md",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/soa.md")),
    ),
    (
        "risk-treatment-plan.md",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/templates/risk-treatment-plan.md"
        )),
    ),
    (
        "ai-policy.md",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/templates/ai-policy.md"
        )),
    ),
    (
        "ai-impact-assessment.md",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/templates/ai-impact-assessment.md"
        )),
    ),
    (
        "management-system.md",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/templates/management-system.md"
        )),
    ),
    (
        "changes.md",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/changes.md")),
    ),
    (
        "changes-body.md",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/templates/changes-body.md"
        )),
    ),
    (
        "document-control.md",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/templates/document-control.md"
        )),
    ),
    (
        "page.html",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/page.html")),
    ),
    (
        "style.css",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/style.css")),
    ),
];

/// A template problem: the message carries the template name, line and column.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TemplateError(pub String);

impl TemplateError {
    fn from_tera(e: &tera::Error) -> Self {
        let mut msg = e.to_string();
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            msg.push_str(&format!("\ncaused by: {s}"));
            source = s.source();
        }
        TemplateError(msg)
    }
}

impl TemplateError {
    /// Adds which tag a user template left open, when one did: tera reports where it noticed
    /// (an `{% endblock %}` met before the `{% endif %}`), not the tag that is not closed.
    fn with_tag_hint(mut self, user: &[(String, String)]) -> Self {
        let named = |n: &String| self.0.contains(&format!("{n}:"));
        let hint = (user.iter().filter(|(n, _)| named(n)))
            .chain(user.iter().filter(|(n, _)| !named(n)))
            .find_map(|(n, t)| crate::validate::template_tags::unclosed(n, t));
        if let Some(hint) = hint {
            self.0.push_str(&format!("\n  = help: {hint}"));
        }
        self
    }
}

/// The built-in templates compiled once per process (2 ms), which each build copies and gives
/// its language (BENCHMARKS.md, issue 13's eighth pass).
fn builtin() -> Result<&'static Tera, TemplateError> {
    static BUILTIN_SET: std::sync::OnceLock<Result<Tera, String>> = std::sync::OnceLock::new();
    let compiled = BUILTIN_SET.get_or_init(|| {
        let mut tera = Tera::default();
        tera.set_fallback_prefixes(["builtin/"])
            .map_err(|e| TemplateError::from_tera(&e).0)?;
        tera.register_filter("md", |v: &Value, _: Kwargs, _: &State| {
            escape_text(&value_text(v))
        });
        tera.register_filter("cell", |v: &Value, _: Kwargs, _: &State| {
            escape_cell(&value_text(v))
        });
        // tera checks that every function and filter a template calls exists: the ones that
        // speak the document's language are registered in English here, and again in the
        // build's language by `Templates::new`.
        let english = crate::i18n::Locale::english();
        crate::render::marks::template::register(&mut tera, &english);
        crate::i18n::template::register(&mut tera, &english);
        tera.autoescape_on(vec![".html", ".htm", ".xml"]);
        let all = BUILTIN
            .iter()
            .filter(|(n, _)| n.ends_with(".md") || n.ends_with(".html"))
            .map(|(n, t)| (format!("builtin/{n}"), *t));
        tera.add_raw_templates(all)
            .map_err(|e| TemplateError::from_tera(&e).0)?;
        Ok(tera)
    });
    compiled.as_ref().map_err(|e| TemplateError(e.clone()))
}

/// The template set for one run: built-ins plus the user's overrides.
pub struct Templates {
    tera: Tera,
    css: String,
    locale: std::sync::Arc<crate::i18n::Locale>,
}

impl Templates {
    /// Registers the built-ins and the user's templates (`(file name, text)`, from
    /// `--templates DIR`), with `t` and the labels in `locale`'s language. Any template's syntax error is reported here, before rendering.
    pub fn new(
        user: &[(String, String)],
        locale: &std::sync::Arc<crate::i18n::Locale>,
    ) -> Result<Templates, TemplateError> {
        let mut tera = builtin()?.clone();
        crate::render::marks::template::register(&mut tera, locale);
        crate::i18n::template::register(&mut tera, locale);
        let mut css = BUILTIN
            .iter()
            .find(|(n, _)| *n == "style.css")
            .map(|(_, t)| (*t).to_string())
            .unwrap_or_default();
        let mut all = Vec::new();
        for (name, text) in user {
            if name == "style.css" {
                css.clone_from(text);
            } else if name.ends_with(".md") || name.ends_with(".html") {
                all.push((name.clone(), text.clone()));
            }
        }
        if !all.is_empty() {
            tera.add_raw_templates(all)
                .map_err(|e| TemplateError::from_tera(&e).with_tag_hint(user))?;
        }
        Ok(Templates {
            tera,
            css,
            locale: locale.clone(),
        })
    }

    /// Compiles the built-in templates now (once per process; [`Templates::new`] copies
    /// them): a build calls this on a thread of its own while its decisions file loads.
    pub fn prepare() {
        let _ = builtin();
    }

    /// Renders a Markdown template with a serializable context; runs of blank lines that
    /// template logic leaves behind are collapsed to one (outside fenced code). The result
    /// carries the template's marks; [`crate::render::marks::strip`] gives the `.md` file.
    pub fn render_markdown(&self, name: &str, ctx: &Context) -> Result<String, TemplateError> {
        let text = self.render_bounded(name, ctx, 0)?;
        Ok(tidy(text))
    }

    /// Renders with an already-built context, into a buffer of `capacity` bytes to begin
    /// with (what the output is expected to take: a long page is then not copied as its
    /// buffer doubles, nor held with up to half of it spare).
    pub fn render_context(
        &self,
        name: &str,
        ctx: &Context,
        capacity: usize,
    ) -> Result<String, TemplateError> {
        self.render_bounded(name, ctx, capacity)
    }

    /// Renders into a buffer capped at [`MAX_OUTPUT`] bytes: tera 2 bounds recursion (includes,
    /// components) but not loops, and nested `range` loops in a user template would otherwise
    /// fill memory for hours.
    fn render_bounded(
        &self,
        name: &str,
        ctx: &Context,
        capacity: usize,
    ) -> Result<String, TemplateError> {
        let mut out = Capped(Vec::with_capacity(capacity.min(MAX_OUTPUT)), false);
        if let Err(e) = self.tera.render_to(name, ctx, &mut out) {
            if out.1 {
                return Err(TemplateError(format!(
                    "template `{name}` produced more than {} MiB of output (a loop that never \
                     ends?); stopped",
                    MAX_OUTPUT >> 20
                )));
            }
            return Err(TemplateError::from_tera(&e));
        }
        String::from_utf8(out.0).map_err(|e| TemplateError(format!("template `{name}`: {e}")))
    }

    /// The language the templates write in.
    pub fn locale(&self) -> &crate::i18n::Locale {
        &self.locale
    }

    /// The stylesheet for HTML pages (the user's `style.css` if given), made safe to inline in
    /// a `<style>` element.
    pub fn css(&self) -> String {
        self.css.replace("</", "<\\/")
    }
}

/// The most one template may write: several times a 10,000-control SoA.
pub const MAX_OUTPUT: usize = 64 << 20;

/// A `Vec` that refuses writes past [`MAX_OUTPUT`] (and remembers that it did).
struct Capped(Vec<u8>, bool);

impl std::io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.0.len() + buf.len() > MAX_OUTPUT {
            self.1 = true;
            self.0 = Vec::new();
            return Err(std::io::Error::other("template output limit reached"));
        }
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Collapses runs of blank lines to one (outside fenced code), trims each line's end, and ends
/// the text with exactly one newline. In place: the SoA's Markdown is 11 MB at 10,000
/// controls, and a tidied copy beside it was the largest thing the Markdown step held.
fn tidy(text: String) -> String {
    let mut buf = text.into_bytes();
    let (mut blank, mut fenced) = (true, false);
    // Lines are read at `read` and kept at `write`, never after it: a kept line is no longer
    // than the line it came from, and its newline is the one it ended with (or, for a last
    // line without one, added at the end).
    let (mut read, mut write) = (0, 0);
    while read < buf.len() {
        let end = buf[read..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(buf.len(), |p| read + p);
        // The text is UTF-8 and a line runs between newlines, so this cannot fail.
        let line = std::str::from_utf8(&buf[read..end]).unwrap_or_default();
        let line = line.strip_suffix('\r').unwrap_or(line);
        let is_blank = line.trim().is_empty();
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        }
        let kept = line.trim_end().len();
        let start = read;
        read = end + 1;
        if is_blank && blank && !fenced {
            continue;
        }
        blank = is_blank;
        buf.copy_within(start..start + kept, write);
        write += kept;
        match buf.get_mut(write) {
            Some(b) => *b = b'\n',
            None => buf.push(b'\n'),
        }
        write += 1;
    }
    buf.truncate(write);
    while buf.ends_with(b"\n\n") {
        buf.pop();
    }
    String::from_utf8(buf).unwrap_or_default()
}

/// A value as text: nothing for none, the string itself, or its display form.
fn value_text(v: &Value) -> Cow<'_, str> {
    if v.is_none() {
        Cow::Borrowed("")
    } else if let Some(s) = v.as_str() {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(v.to_string())
    }
}

/// Escapes user text for running Markdown: every character that could start markup is
/// backslash-escaped, lines lose leading indentation (no accidental code blocks), and list or
/// heading markers at a line start are neutralised. Blank lines still separate paragraphs.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (i, line) in s.trim().lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line = line.trim();
        let mut chars = line.char_indices().peekable();
        // A number followed by `.` or `)` at line start would open an ordered list.
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        while let Some((at, c)) = chars.next() {
            let at_start = at == 0;
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '#'
                | '$' => {
                    out.push('\\');
                    out.push(c);
                }
                '-' | '+' | '=' if at_start => {
                    out.push('\\');
                    out.push(c);
                }
                '.' | ')'
                    if digits > 0
                        && at == digits
                        && chars.peek().is_none_or(|(_, n)| n.is_whitespace()) =>
                {
                    out.push('\\');
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
    }
    out
}

/// Escapes user text for a GFM table cell: as [`escape_text`], and newlines become spaces (a
/// cell is one line).
pub fn escape_cell(s: &str) -> String {
    let joined: Cow<'_, str> = if s.contains('\n') || s.contains('\r') {
        Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Cow::Borrowed(s)
    };
    escape_text(&joined)
}

#[cfg(test)]
mod tests {

    /// `tidy` as it was written first, on a copy: the in-place one must give the same text.
    fn tidy_by_copy(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let (mut blank, mut fenced) = (true, false);
        for line in text.lines() {
            let is_blank = line.trim().is_empty();
            if line.trim_start().starts_with("```") {
                fenced = !fenced;
            }
            if is_blank && blank && !fenced {
                continue;
            }
            blank = is_blank;
            out.push_str(line.trim_end());
            out.push('\n');
        }
        while out.ends_with("\n\n") {
            out.pop();
        }
        out
    }

    #[test]
    fn each_template_set_speaks_its_own_language_over_the_one_compiled_set() {
        let user = [(
            "x.md".to_string(),
            "{{ t(key=\"common-and\") }}".to_string(),
        )];
        let de = std::sync::Arc::new(crate::i18n::load("de", None).expect("German ships"));
        let en = crate::i18n::Locale::english();
        let ctx = Context::new();
        // German first: registering its `t` must not change the set English copies next.
        let german = Templates::new(&user, &de).expect("German set");
        let english = Templates::new(&user, &en).expect("English set");
        assert_eq!(german.render_markdown("x.md", &ctx).expect("de"), "und\n");
        assert_eq!(english.render_markdown("x.md", &ctx).expect("en"), "and\n");
        // A user template's error is still reported with the set it is added to.
        let broken = [("y.md".to_string(), "{% if %}".to_string())];
        assert!(Templates::new(&broken, &en).is_err());
        assert!(Templates::new(&[], &en).is_ok());
    }

    #[test]
    fn tidy_in_place_gives_what_a_copy_gave() {
        let cases = [
            "",
            "\n\n\n",
            "a",
            "a\n",
            "\n\n# T  \n\n\n\npara\t \nnext\n\n\n",
            "a\r\n\r\n\r\nb\r\n",
            "x\n```\ncode\n\n\n  kept  \n```\n\n\ny",
            "Ünïcode \u{3000}\n\u{3000}\n\n漢字 \u{a0}\nend \r",
            "  lead\n\n\n\n  \n\t\nlast line without newline  ",
        ];
        for case in cases {
            assert_eq!(tidy(case.to_string()), tidy_by_copy(case), "{case:?}");
        }
    }
    use super::*;
    use pulldown_cmark::{Event, Options, Parser, Tag};

    /// The text a Markdown parser sees in `md`, and whether it saw any markup.
    fn parsed(md: &str) -> (String, bool) {
        let mut text = String::new();
        let mut markup = false;
        for ev in Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
            match ev {
                Event::Text(t) => text.push_str(&t),
                Event::SoftBreak => text.push('\n'),
                Event::Start(Tag::Paragraph) | Event::End(_) => {}
                _ => markup = true,
            }
        }
        (text, markup)
    }

    #[test]
    fn hostile_text_stays_text() {
        for s in [
            "<script>alert(1)</script>",
            "| broken | row",
            "[click](javascript:alert(1))",
            "**bold** _em_ `code` ~~strike~~",
            "# heading",
            "- item",
            "1. item",
            "    indented code",
            "a & b &amp; c",
            "![img](http://x/y.png)",
            "back\\slash",
        ] {
            let (text, markup) = parsed(&escape_text(s));
            assert!(!markup, "markup in {s:?}: {}", escape_text(s));
            assert_eq!(text, s.trim(), "{s:?}");
        }
    }

    #[test]
    fn cells_are_one_line() {
        let md = format!("| a |\n|---|\n| {} |\n", escape_cell("one | two\nthree"));
        let events: Vec<_> = Parser::new_ext(&md, Options::ENABLE_TABLES).collect();
        let cells = events
            .iter()
            .filter(|e| matches!(e, Event::Start(Tag::TableCell)))
            .count();
        assert_eq!(cells, 2, "{md}");
    }
}
