//! Localisation: the words of every document in the document's language, through
//! [Project Fluent](https://projectfluent.org) (`fluent-bundle`).
//!
//! English, German, French and Spanish are shipped as `.ftl` files under `locales/<lang>/`,
//! embedded in the binary. A [`Locale`] is one language's messages (the shipped ones, with the
//! user's file over them when given), with English behind it for a key a user's language does
//! not define. Templates call `{{ t(key="…") }}`; Rust code (running headers, exports, labels)
//! calls [`Locale::t`]. Keys are `area-name` (see `locales/README.md`); a shipped language that
//! lacks a key fails a test, so no document silently falls back to English.
//!
//! English output is the reference: the English messages are exactly the words the documents
//! had before localisation, so an English build is byte-identical.

pub mod changes;
mod files;
mod relabel;
pub mod template;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::{Arc, OnceLock};

pub use files::{is_rtl_tag, load, shipped_codes, LocaleError, SHIPPED};
pub use relabel::relabel;

type Bundle = FluentBundle<FluentResource>;

/// One language's messages, ready to format.
pub struct Locale {
    /// The language tag documents carry (`lang`, PDF `/Lang`, DOCX `w:lang`), e.g. `de-DE`.
    tag: String,
    /// The primary language subtag, e.g. `de`.
    code: String,
    /// Right-to-left script (Arabic, Hebrew …): HTML `dir="rtl"`, PDF paragraphs RTL.
    rtl: bool,
    main: Bundle,
    /// English, for a key a user's language does not define (never for a shipped language).
    fallback: Option<Bundle>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Locale({})", self.tag)
    }
}

impl Locale {
    /// The shipped English locale, shared.
    pub fn english() -> Arc<Locale> {
        static EN: OnceLock<Arc<Locale>> = OnceLock::new();
        EN.get_or_init(|| {
            #[allow(clippy::expect_used)] // the shipped English files parse: a test checks it
            let l = files::shipped("en", &[]).expect("the shipped English messages parse");
            Arc::new(l)
        })
        .clone()
    }

    /// The language tag, e.g. `en-GB`, `de-DE`, `ar`.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The primary language subtag, e.g. `de`.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// English: the words the templates and the Rust code were written in.
    pub fn is_english(&self) -> bool {
        self.code == "en"
    }

    /// Whether the language is written right to left.
    pub fn rtl(&self) -> bool {
        self.rtl
    }

    /// `ltr` or `rtl`, for HTML's `dir`.
    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Whether a message exists (in this language or its English fallback).
    pub fn has(&self, key: &str) -> bool {
        self.main.has_message(key) || self.fallback.as_ref().is_some_and(|b| b.has_message(key))
    }

    /// A message without arguments; the key itself when no language defines it (a test keeps
    /// every key Rust code uses defined in English).
    pub fn t(&self, key: &str) -> String {
        self.format(key, None).unwrap_or_else(|| key.to_string())
    }

    /// A message with arguments, e.g. `("n", 3.into())`.
    pub fn t_args(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        self.format(key, Some(&a))
            .unwrap_or_else(|| key.to_string())
    }

    /// Formats `key` from the first bundle that has it; `None` when none does.
    pub fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let bundle = std::iter::once(&self.main)
            .chain(self.fallback.as_ref())
            .find(|b| b.has_message(key))?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// A `YYYY-MM-DD` date in the language's format (`date-format`, with `$year`, `$month`,
    /// `$day`, two-digit month and day); other text unchanged.
    pub fn date(&self, iso: &str) -> String {
        let Some(d) = crate::model::Date::parse(iso) else {
            return iso.to_string();
        };
        if self.is_english() && !self.main.has_message("date-format") {
            return iso.to_string();
        }
        self.t_args(
            "date-format",
            &[
                ("year", format!("{:04}", d.year).into()),
                ("month", format!("{:02}", d.month).into()),
                ("day", format!("{:02}", d.day).into()),
            ],
        )
    }

    /// "Page N of M" for running footers.
    pub fn page_of(&self, n: usize, total: usize) -> String {
        self.t_args(
            "page-of",
            &[
                ("n", n.to_string().into()),
                ("total", total.to_string().into()),
            ],
        )
    }
}

/// A bundle for `tag` with no isolation marks (the output is Markdown and PDF text, where
/// U+2068/U+2069 would show as boxes or stray characters).
fn bundle(tag: &str) -> Bundle {
    let id: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut b = Bundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    b
}

#[cfg(test)]
mod tests;

/// Adds each message-file problem to `report` as a located `message-file` error in its own
/// file (read back from disk for a user's file, so the report can quote the line).
pub fn report(errors: &[LocaleError], report: &mut crate::pipeline::Report) {
    for e in errors {
        let text = std::fs::read_to_string(&e.file).unwrap_or_default();
        let file = report.sources.add(e.file.clone(), text);
        let pos = crate::input::yaml::Pos {
            line: u32::try_from(e.line.max(1)).unwrap_or(1),
            col: u32::try_from(e.column.max(1)).unwrap_or(1),
            len: 1,
        };
        let mut d = crate::diag::Diagnostic::error(
            crate::diag::Code::MessageFile,
            file,
            pos,
            e.message.clone(),
        );
        if let Some(h) = &e.help {
            d = d.help(h.clone());
        }
        report.diagnostics.push(d);
    }
}

/// The keys Rust code formats (running headers, exports, labels): a test keeps each defined.
pub const RUST_KEYS: &[&str] = &[
    "page-of",
    "date-format",
    "header-version",
    "header-draft",
    "footer-generated-by",
    "html-skip-to-content",
    "html-contents",
    "meta-subject",
    "meta-document-id",
    "meta-version",
    "meta-classification",
    "common-yes",
    "common-no",
    "chart-title",
    "chart-all",
    "soa-title",
    "rtp-title",
    "policy-title-heading",
    "ms-title",
    "aiia-title",
];
