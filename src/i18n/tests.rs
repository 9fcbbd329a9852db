//! The shipped message files: every one parses, and every shipped language defines every key
//! English defines (and no key English lacks), so no document falls back to English words.

use super::{files::SHIPPED, Locale};
use fluent_bundle::FluentResource;
use std::collections::BTreeSet;

fn keys(code: &str) -> BTreeSet<String> {
    let s = SHIPPED.iter().find(|s| s.code == code).map(|s| s.files);
    let mut out = BTreeSet::new();
    for (name, text) in s.unwrap_or_default() {
        let res = match FluentResource::try_new((*text).to_string()) {
            Ok(r) => r,
            Err((_, e)) => panic!("{name}: {e:?}"),
        };
        for e in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = e {
                assert!(
                    out.insert(m.id.name.to_string()),
                    "{name}: `{}` twice",
                    m.id.name
                );
            }
        }
    }
    out
}

#[test]
fn every_shipped_language_has_every_key() {
    let en = keys("en");
    assert!(en.len() > 300, "English has {} keys", en.len());
    for s in SHIPPED.iter().filter(|s| s.code != "en") {
        let k = keys(s.code);
        let missing: Vec<_> = en.difference(&k).collect();
        let extra: Vec<_> = k.difference(&en).collect();
        assert!(missing.is_empty(), "{}: missing keys {missing:?}", s.code);
        assert!(extra.is_empty(), "{}: keys English lacks {extra:?}", s.code);
    }
}

#[test]
fn every_shipped_language_loads() {
    for s in SHIPPED {
        let l = super::load(s.code, None).unwrap_or_else(|e| panic!("{}: {e:?}", s.code));
        assert_eq!(l.tag(), s.tag);
        assert!(!l.rtl());
    }
}

#[test]
fn dates_and_pages() {
    let en = Locale::english();
    assert_eq!(en.date("2026-03-01"), "2026-03-01");
    assert_eq!(en.page_of(2, 9), "Page 2 of 9");
    let de = super::load("de", None).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(de.date("2026-03-01"), "01.03.2026");
    assert_eq!(de.date("[YYYY-MM-DD]"), "[YYYY-MM-DD]");
}

#[test]
fn every_key_rust_code_uses_is_defined_in_english() {
    let en = keys("en");
    for k in super::RUST_KEYS {
        assert!(
            en.contains(*k),
            "`{k}` is used in Rust code but not defined"
        );
    }
}

#[test]
fn every_export_word_is_its_own_english_message() {
    let en = Locale::english();
    let all = (crate::render::export::WORDS.iter()).chain(crate::render::export::DIFF_WORDS);
    for w in all {
        let key = crate::render::export::word_key(w);
        assert_eq!(en.format(&key, None).as_deref(), Some(*w), "`{key}`");
    }
}

#[test]
fn every_placeholder_is_its_own_english_message() {
    let en = Locale::english();
    for p in crate::merge::PLACEHOLDERS {
        let key = crate::merge::placeholder_key(p);
        assert_eq!(en.format(&key, None).as_deref(), Some(*p), "`{key}`");
    }
}
