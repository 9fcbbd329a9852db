//! The message files: the shipped ones (embedded), and a user's from a locale folder, each
//! parsed with its problems located (file, line, column) like every other input.
//!
//! A user's folder holds `<lang>.ftl` (or several files under `<lang>/`). For a shipped
//! language its messages override the shipped ones; for any other language they are the
//! language, with English behind it for what they leave out.

use super::{bundle, Locale};
use fluent_bundle::FluentResource;
use std::path::Path;

/// The message files of one shipped language.
macro_rules! ftl {
    ($lang:literal) => {
        &[
            (
                concat!("locales/", $lang, "/common.ftl"),
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/locales/",
                    $lang,
                    "/common.ftl"
                )),
            ),
            (
                concat!("locales/", $lang, "/documents.ftl"),
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/locales/",
                    $lang,
                    "/documents.ftl"
                )),
            ),
            (
                concat!("locales/", $lang, "/ai.ftl"),
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/locales/",
                    $lang,
                    "/ai.ftl"
                )),
            ),
        ]
    };
}

/// A shipped language: its code, the tag documents carry, and its files.
pub struct Shipped {
    pub code: &'static str,
    pub tag: &'static str,
    pub files: &'static [(&'static str, &'static str)],
}

/// The shipped languages.
pub const SHIPPED: &[Shipped] = &[
    Shipped {
        code: "en",
        tag: "en-GB",
        files: ftl!("en"),
    },
    Shipped {
        code: "de",
        tag: "de-DE",
        files: ftl!("de"),
    },
    Shipped {
        code: "fr",
        tag: "fr-FR",
        files: ftl!("fr"),
    },
    Shipped {
        code: "es",
        tag: "es-ES",
        files: ftl!("es"),
    },
];

/// The codes of the shipped languages, e.g. for a "did you mean".
pub fn shipped_codes() -> Vec<&'static str> {
    SHIPPED.iter().map(|s| s.code).collect()
}

/// A problem in a message file, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleError {
    /// The file, as the user named it (or `locales/…` for a shipped one).
    pub file: String,
    /// 1-based line and column; 0 when the problem is the file as a whole.
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub help: Option<String>,
}

impl std::fmt::Display for LocaleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )?;
        } else {
            write!(f, "{}: {}", self.file, self.message)?;
        }
        if let Some(h) = &self.help {
            write!(f, " (help: {h})")?;
        }
        Ok(())
    }
}

/// The primary subtag of a language tag, lower case: `de` for `de-AT`.
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase()
}

/// Languages written right to left (by primary subtag), when a file does not say.
const RTL: &[&str] = &["ar", "he", "fa", "ur", "ps", "sd", "yi", "dv", "ug", "ckb"];

/// Whether a language tag names a right-to-left language (by its primary subtag).
pub fn is_rtl_tag(tag: &str) -> bool {
    RTL.contains(&primary(tag).as_str())
}

/// The locale for `lang` (a tag such as `de` or `de-AT`), with the messages of `dir` (a user's
/// locale folder) over the shipped ones. All problems of all files are returned together.
pub fn load(lang: &str, dir: Option<&Path>) -> Result<Locale, Vec<LocaleError>> {
    let code = primary(lang);
    let user = match dir {
        Some(d) => read_dir(d, lang, &code)?,
        None => Vec::new(),
    };
    let mut l = if SHIPPED.iter().any(|s| s.code == code) {
        shipped(&code, &user)?
    } else if user.is_empty() {
        let folder = dir.map_or_else(
            || {
                "add `locales: DIR` to the decisions file (or `--locale-dir DIR`) and put in it"
                    .into()
            },
            |d| format!("add to {}", d.display()),
        );
        // No file: the problem is the language setting itself, which the caller locates.
        return Err(vec![LocaleError {
            file: String::new(),
            line: 0,
            column: 0,
            message: format!(
                "no messages for language `{lang}`: the shipped languages are {}",
                shipped_codes().join(", ")
            ),
            help: Some(format!(
                "{folder} a file `{code}.ftl` (start from `annexa locales export`)"
            )),
        }]);
    } else {
        let mut b = bundle(lang);
        add(&mut b, &user, false)?;
        let english = shipped("en", &[])?;
        Locale {
            tag: lang.to_string(),
            code: code.clone(),
            rtl: RTL.contains(&code.as_str()),
            main: b,
            fallback: Some(english.main),
        }
    };
    if lang.contains('-') {
        l.tag = lang.to_string();
    }
    if let Some(d) = l.format("language-direction", None) {
        l.rtl = d.trim() == "rtl";
    }
    Ok(l)
}

/// A shipped language, with `user` files (name, text) overriding its messages.
pub(super) fn shipped(code: &str, user: &[(String, String)]) -> Result<Locale, Vec<LocaleError>> {
    let s = SHIPPED
        .iter()
        .find(|s| s.code == code)
        .unwrap_or(&SHIPPED[0]);
    let mut b = bundle(s.tag);
    let files: Vec<(String, String)> = (s.files.iter())
        .map(|(n, t)| ((*n).to_string(), (*t).to_string()))
        .collect();
    add(&mut b, &files, false)?;
    add(&mut b, user, true)?;
    Ok(Locale {
        tag: s.tag.to_string(),
        code: s.code.to_string(),
        rtl: false,
        main: b,
        fallback: None,
    })
}

/// Parses each file and adds it; every syntax error and duplicate key of every file is
/// reported.
fn add(
    b: &mut super::Bundle,
    files: &[(String, String)],
    overriding: bool,
) -> Result<(), Vec<LocaleError>> {
    let mut errors = Vec::new();
    for (name, text) in files {
        match FluentResource::try_new(text.clone()) {
            Ok(res) => {
                let dups = duplicates(&res, name, text);
                if !dups.is_empty() {
                    errors.extend(dups);
                } else if overriding {
                    b.add_resource_overriding(res);
                } else if let Err(es) = b.add_resource(res) {
                    errors.extend(es.into_iter().map(|e| LocaleError {
                        file: name.clone(),
                        line: 0,
                        column: 0,
                        message: e.to_string(),
                        help: None,
                    }));
                }
            }
            Err((res, es)) => {
                errors.extend(es.into_iter().map(|e| {
                    let (line, column) = line_col(text, at(text, &e));
                    LocaleError {
                        file: name.clone(),
                        line,
                        column,
                        message: format!("invalid message syntax: {}", e.kind),
                        help: Some(
                            "a message is `key = text` on one line, continued on lines indented \
                         by a space; write a literal `{` as `{\"{\"}`"
                                .into(),
                        ),
                    }
                }));
                errors.extend(duplicates(&res, name, text));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Where a syntax error is: a token missing at the end of a line (an unclosed `{`) is found
/// on the next line's start, but the line to fix is the one before.
fn at(text: &str, e: &fluent_syntax::parser::ParserError) -> usize {
    let start = e.pos.start.min(text.len());
    let line_start = start == 0 || text.as_bytes().get(start - 1) == Some(&b'\n');
    match e.kind {
        fluent_syntax::parser::ErrorKind::ExpectedToken(_) if line_start && start > 0 => {
            text[..start - 1].trim_end().len()
        }
        _ => start,
    }
}

/// A key defined twice in one file: the second definition, located.
fn duplicates(res: &FluentResource, name: &str, text: &str) -> Vec<LocaleError> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for entry in res.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            if !seen.insert(m.id.name) {
                let at = offset_of_key(text, m.id.name, 2).unwrap_or(0);
                let (line, column) = line_col(text, at);
                out.push(LocaleError {
                    file: name.to_string(),
                    line,
                    column,
                    message: format!("message `{}` is defined twice", m.id.name),
                    help: Some("keep one definition".into()),
                });
            }
        }
    }
    out
}

/// The byte offset of the `nth` line starting with `key =` (1-based `nth`).
fn offset_of_key(text: &str, key: &str, nth: usize) -> Option<usize> {
    let mut at = 0;
    let mut count = 0;
    for line in text.split_inclusive('\n') {
        let rest = line.strip_prefix(key).map(str::trim_start);
        if rest.is_some_and(|r| r.starts_with('=')) {
            count += 1;
            if count == nth {
                return Some(at);
            }
        }
        at += line.len();
    }
    None
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// The user's files for a language: `DIR/<tag>.ftl`, `DIR/<code>.ftl`, or every `.ftl` under
/// `DIR/<tag>/` or `DIR/<code>/` (sorted, so the order is the same on every machine).
fn read_dir(dir: &Path, tag: &str, code: &str) -> Result<Vec<(String, String)>, Vec<LocaleError>> {
    if !dir.is_dir() {
        return Err(vec![LocaleError {
            file: dir.display().to_string(),
            line: 0,
            column: 0,
            message: "the locale folder does not exist".into(),
            help: Some("create it, or correct the path (relative to the decisions file)".into()),
        }]);
    }
    let mut paths = Vec::new();
    for name in [tag, code] {
        let file = dir.join(format!("{name}.ftl"));
        if file.is_file() && !paths.contains(&file) {
            paths.push(file);
        }
        if let Ok(entries) = std::fs::read_dir(dir.join(name)) {
            let mut more: Vec<_> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect();
            more.sort();
            paths.extend(
                more.into_iter()
                    .filter(|p| !paths.contains(p))
                    .collect::<Vec<_>>(),
            );
        }
    }
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        match std::fs::read_to_string(&p) {
            Ok(t) => out.push((p.display().to_string(), t)),
            Err(e) => errors.push(LocaleError {
                file: p.display().to_string(),
                line: 0,
                column: 0,
                message: format!("cannot read the file: {e}"),
                help: Some("save it as UTF-8 text".into()),
            }),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
