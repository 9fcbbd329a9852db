//! The change log's words in the document's language: its section and field names (messages
//! `xl-…`, see [`crate::render::export::w`]) and the decisions it quotes ("Excluded",
//! "Applicable: Planned, target 2027-03-31"). The change log is computed in English
//! ([`crate::diff`]); this pass rewrites the words a reader sees, never the organisation's.

use super::Locale;
use crate::diff::{Changed, Changes, FieldChange};
use crate::model::StatusKey;
use crate::render::export::word;

/// Rewrites `c`'s section names, field names and decision texts for `l`.
pub fn localise(c: &mut Changes, l: &Locale) {
    for s in &mut c.summary {
        s.section = word(l, &s.section);
    }
    let lists = [
        &mut c.document,
        &mut c.organisation,
        &mut c.status,
        &mut c.justifications,
        &mut c.owners,
        &mut c.control_fields,
        &mut c.ai_policy,
    ];
    for list in lists {
        fields(list, l);
    }
    for x in [
        &mut c.catalogs,
        &mut c.controls,
        &mut c.additional_controls,
        &mut c.risks,
        &mut c.ai_systems,
        &mut c.management_system,
    ] {
        changed(x, l);
    }
    for a in &mut c.applicability {
        a.before = decision(&a.before, l);
        a.after = decision(&a.after, l);
    }
    for f in &mut c.status {
        f.before = f.before.as_deref().map(|s| status(s, l));
        f.after = f.after.as_deref().map(|s| status(s, l));
    }
}

fn changed(x: &mut Changed, l: &Locale) {
    fields(&mut x.changed, l);
}

fn fields(list: &mut [FieldChange], l: &Locale) {
    for f in list {
        f.field = word(l, &f.field);
    }
}

/// "Excluded" or "Applicable: <status>".
fn decision(text: &str, l: &Locale) -> String {
    if text == "Excluded" {
        return l.t("kw-status-excluded");
    }
    match text.strip_prefix("Applicable: ") {
        Some(s) => format!("{}: {}", l.t("common-applicable"), status(s, l)),
        None => text.to_string(),
    }
}

/// "<Status label>" or "<Status label>, target <date>".
fn status(text: &str, l: &Locale) -> String {
    let (label, target) = match text.split_once(", target ") {
        Some((a, t)) => (a, Some(t)),
        None => (text, None),
    };
    let Some(key) = StatusKey::ALL.iter().find(|k| k.label() == label) else {
        return text.to_string();
    };
    let label = l.t(&format!("kw-status-{}", key.key()));
    match target {
        Some(t) => {
            let t = l.t_args("common-target-lower", &[("date", l.date(t).into())]);
            format!("{label}, {t}")
        }
        None => label,
    }
}
