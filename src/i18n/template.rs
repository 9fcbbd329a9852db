//! The template side of localisation: the `t` function and the `local_date` filter.
//!
//! - `{{ t(key="soa-heading-scope") }}`: the message in the document's language;
//!   other arguments are the message's variables: `{{ t(key="soa-controls-in-group", n=g.counts.total) }}`.
//!   Escape user text before passing it (`name=doc.organisation.name | md`): the message is
//!   printed as it is, Markdown included.
//! - `{{ ctl.date | local_date }}`: a `YYYY-MM-DD` date in the language's format (unchanged
//!   in English).
//!
//! A key no language defines is a template error naming the key, so a misspelt key cannot
//! print nothing.

use super::Locale;
use fluent_bundle::{FluentArgs, FluentValue};
use std::sync::Arc;
use tera::{Kwargs, State, Tera, TeraResult, Value};

/// Registers `t` and `local_date` for `locale`.
pub fn register(tera: &mut Tera, locale: &Arc<Locale>) {
    let l = locale.clone();
    tera.register_function("t", move |kwargs: Kwargs, _: &State| t(&l, &kwargs));
    let l = locale.clone();
    tera.register_filter("local_date", move |v: &Value, _: Kwargs, _: &State| {
        if v.is_none() {
            return String::new();
        }
        let s = v.as_str().map_or_else(|| v.to_string(), str::to_string);
        l.date(&s)
    });
}

fn t(locale: &Locale, kwargs: &Kwargs) -> TeraResult<String> {
    let key: &str = kwargs.must_get("key")?;
    let mut args = FluentArgs::new();
    for (k, v) in kwargs.iter() {
        let Some(name) = k.as_str() else { continue };
        if name == "key" {
            continue;
        }
        let value: FluentValue<'_> = if let Some(n) = v.as_i64() {
            FluentValue::from(n)
        } else if let Some(f) = v.as_f64() {
            FluentValue::from(f)
        } else if let Some(s) = v.as_str() {
            FluentValue::from(s.to_string())
        } else if v.is_none() {
            FluentValue::from(String::new())
        } else {
            FluentValue::from(v.to_string())
        };
        args.set(name.to_string(), value);
    }
    locale.format(key, Some(&args)).ok_or_else(|| {
        tera::Error::message(format!(
            "`t`: no message `{key}` in language `{}` or in English (see locales/README.md for the keys)",
            locale.tag()
        ))
    })
}
