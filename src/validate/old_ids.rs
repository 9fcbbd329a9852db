//! ISO/IEC 27001:2013 control numbers (`A.5.1.1` … `A.18.2.3`) where a 2022 control is
//! expected, explained with the published correspondence.
//!
//! Many SoAs in use still number their controls the 2013 way. Such an ID is close, by edit
//! distance, to some unrelated 2022 control (`A.9.2.3` to `A.5.23`), so "did you mean" would
//! mislead; the correspondence (`catalogs/iso27001-2013-to-2022.yaml`, read by
//! [`crate::input::correspondence`]) says what the control became: "`A.9.2.3` is an ISO/IEC
//! 27001:2013 number; in 2022 it is `27001:A.8.2` Privileged access rights". Every place that
//! reads a control ID (a `controls:` key, a relation, an impact's `controls:`, an overlay) asks
//! [`help_2013`] first.

use crate::input::correspondence::{Correspondence, Old};
use crate::model::Catalog;

/// The namespace of the shipped ISO/IEC 27001:2022 catalog, which the 2013 numbers map onto.
const NAMESPACE: &str = "27001";

/// The 2013 control `text` names, written `A.9.2.3` or `27001:A.9.2.3`.
pub fn old_control(text: &str) -> Option<&'static Old> {
    let local = match text.trim().split_once(':') {
        Some((ns, local)) if ns.trim() == NAMESPACE => local.trim(),
        Some(_) => return None,
        None => text.trim(),
    };
    Correspondence::shipped().get(local)
}

/// The help line for a 2013 number: what it became in 2022 (one control, a control several
/// 2013 ones were merged into, or the controls it was split into), with their 2022 titles.
/// `catalogs` are those in scope: when ISO/IEC 27001 is not among them, the help says so.
pub fn help_2013(text: &str, catalogs: &[Catalog]) -> Option<String> {
    let mut help = format!(
        "`{}` is an ISO/IEC 27001:2013 number; in 2022 it is {}",
        text.trim(),
        became_2013(text)?
    );
    if !catalogs.iter().any(|c| c.namespace == NAMESPACE) {
        help.push_str(
            "; ISO/IEC 27001 is not in scope: add `iso27001-2022` to `catalogs:` to decide it",
        );
    }
    Some(help)
}

/// What the 2013 control `text` names became in 2022: "`27001:A.8.2` Privileged access
/// rights", "merged into `27001:A.5.18` Access rights, with A.9.2.5 and A.9.2.6", or "split
/// into `27001:A.5.36` … and `27001:A.8.8` …".
pub fn became_2013(text: &str) -> Option<String> {
    old_control(text).map(became)
}

fn became(old: &Old) -> String {
    let named: Vec<String> = old.now.iter().map(|id| titled(id)).collect();
    match named.as_slice() {
        [one] => {
            let table = Correspondence::shipped();
            let with: Vec<&str> = (table.merged_with(&old.now[0]).into_iter())
                .filter(|o| o.id != old.id)
                .map(|o| o.id.as_str())
                .collect();
            if with.is_empty() {
                one.clone()
            } else {
                format!("merged into {one}, with {}", and_list(&with))
            }
        }
        many => format!(
            "split into {}",
            and_list(&many.iter().map(String::as_str).collect::<Vec<_>>())
        ),
    }
}

/// "`27001:A.8.2` Privileged access rights" (the title from the shipped 2022 catalog).
fn titled(local: &str) -> String {
    let title = shipped_2022()
        .and_then(|c| c.control(local))
        .map(|c| format!(" {}", c.title))
        .unwrap_or_default();
    format!("`{NAMESPACE}:{local}`{title}")
}

/// The shipped ISO/IEC 27001:2022 catalog (read only when a 2013 number is met).
fn shipped_2022() -> Option<&'static Catalog> {
    super::shipped::catalog(NAMESPACE)
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The table is whole (114 controls, A.5.1.1 … A.18.2.3, each once), and every control it
    /// names is one of the 93 of the 2022 catalog; the 2022 controls it does not name are the
    /// eleven new ones.
    #[test]
    fn all_114_ids_map_onto_controls_of_the_2022_catalog() {
        let table = Correspondence::shipped();
        let ids: Vec<&str> = table.controls.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.len(), 114);
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 114, "each once");
        assert_eq!((ids[0], ids[113]), ("A.5.1.1", "A.18.2.3"));
        // Annex A of 2013: how many controls each section A.5 … A.18 has.
        let per_section = [2, 7, 6, 10, 14, 2, 15, 14, 7, 13, 5, 7, 4, 8];
        for (section, n) in (5..=18).zip(per_section) {
            let prefix = format!("A.{section}.");
            let count = ids.iter().filter(|i| i.starts_with(&prefix)).count();
            assert_eq!(count, n, "section A.{section}");
        }
        let catalog = shipped_2022().expect("the shipped 2022 catalog");
        let mut reached = HashSet::new();
        for old in &table.controls {
            assert!(!old.title.is_empty() && !old.now.is_empty(), "{}", old.id);
            for now in &old.now {
                assert!(catalog.control(now).is_some(), "{} → {now}", old.id);
                reached.insert(now.as_str());
            }
        }
        let mut new: Vec<&str> = (catalog.controls.iter())
            .map(|c| c.id.as_str())
            .filter(|id| !reached.contains(id))
            .collect();
        new.sort_by(|a, b| crate::model::natural_cmp(a, b));
        assert_eq!(
            new,
            [
                "A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12",
                "A.8.16", "A.8.23", "A.8.28"
            ]
        );
    }

    #[test]
    fn a_2013_number_is_explained_one_merged_or_split() {
        let scope = [shipped_2022().cloned().expect("catalog")];
        let help = |id| help_2013(id, &scope);
        assert_eq!(
            help("A.9.2.3").as_deref(),
            Some("`A.9.2.3` is an ISO/IEC 27001:2013 number; in 2022 it is `27001:A.8.2` Privileged access rights")
        );
        assert_eq!(
            help("27001:A.9.2.2").as_deref(),
            Some("`27001:A.9.2.2` is an ISO/IEC 27001:2013 number; in 2022 it is merged into `27001:A.5.18` Access rights, with A.9.2.5 and A.9.2.6")
        );
        let split = help("A.18.2.3").expect("a 2013 number");
        assert!(
            split.ends_with("split into `27001:A.5.36` Compliance with policies, rules and standards for information security and `27001:A.8.8` Management of technical vulnerabilities"),
            "{split}"
        );
        assert_eq!(help("A.5.1"), None, "a 2022 number");
        assert_eq!(help("42001:A.6.1.2"), None, "another standard's");
        let out_of_scope = help_2013("A.12.4.1", &[]).expect("a 2013 number");
        assert!(
            out_of_scope.ends_with(
                "; ISO/IEC 27001 is not in scope: add `iso27001-2022` to `catalogs:` to decide it"
            ),
            "{out_of_scope}"
        );
    }
}
