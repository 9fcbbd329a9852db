//! The ISO/IEC 27001:2013 → 2022 Annex A correspondence (`catalogs/iso27001-2013-to-2022.yaml`),
//! embedded and read once: for each 2013 control, its title and the 2022 control(s) that carry
//! it on.
//!
//! Whoever reads a 2013 ID (the spreadsheet import today; messages that explain a 2013 ID in a
//! decisions file can use the same table) asks [`Correspondence::now`] and [`merged_with`]
//! (several 2013 controls that became one) rather than parsing the file again.
//!
//! [`merged_with`]: Correspondence::merged_with

use crate::input::yaml::{self, Kind};
use std::sync::OnceLock;

/// The file, as shipped.
pub const FILE: (&str, &str) = (
    "catalogs/iso27001-2013-to-2022.yaml",
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/catalogs/iso27001-2013-to-2022.yaml"
    )),
);

/// One 2013 control and what it became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Old {
    /// e.g. `A.9.2.2`.
    pub id: String,
    pub title: String,
    /// The 2022 controls, e.g. `[A.5.18]`; two or more when it was split.
    pub now: Vec<String>,
}

/// The 114 controls of the 2013 Annex A in file order.
#[derive(Debug, Clone, Default)]
pub struct Correspondence {
    pub controls: Vec<Old>,
}

impl Correspondence {
    /// The shipped table (parsed on first use).
    pub fn shipped() -> &'static Correspondence {
        static TABLE: OnceLock<Correspondence> = OnceLock::new();
        TABLE.get_or_init(|| parse(FILE.1).unwrap_or_default())
    }

    /// The 2013 control `id` (`A.9.2.2`).
    pub fn get(&self, id: &str) -> Option<&Old> {
        self.controls.iter().find(|c| c.id == id)
    }

    /// The 2022 controls a 2013 control became.
    pub fn now(&self, id: &str) -> Option<&[String]> {
        self.get(id).map(|c| c.now.as_slice())
    }

    /// Every 2013 control that went into the 2022 control `new` (`A.5.18` ← A.9.2.2, A.9.2.5,
    /// A.9.2.6); empty for a control new in 2022.
    pub fn merged_with(&self, new: &str) -> Vec<&Old> {
        self.controls
            .iter()
            .filter(|c| c.now.iter().any(|n| n == new))
            .collect()
    }
}

/// Reads the table's YAML; `None` when it is not the expected shape.
pub fn parse(text: &str) -> Option<Correspondence> {
    let root = yaml::parse(text).ok()?;
    let controls = root.get("controls")?;
    let Kind::Map(entries) = &controls.kind else {
        return None;
    };
    let mut out = Vec::new();
    for (k, v) in entries {
        let now = match &v.get("now")?.kind {
            Kind::Seq(items) => items
                .iter()
                .filter_map(|i| i.scalar().map(str::to_string))
                .collect(),
            _ => return None,
        };
        out.push(Old {
            id: k.scalar()?.to_string(),
            title: v.get("title")?.scalar()?.to_string(),
            now,
        });
    }
    Some(Correspondence { controls: out })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_has_114_controls_merges_and_a_split() {
        let t = Correspondence::shipped();
        assert_eq!(t.controls.len(), 114);
        assert_eq!(t.now("A.5.1.1"), Some(&["A.5.1".to_string()][..]));
        assert_eq!(t.now("A.18.2.3").map(<[String]>::len), Some(2));
        let merged: Vec<&str> = t
            .merged_with("A.5.18")
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(merged, ["A.9.2.2", "A.9.2.5", "A.9.2.6"]);
        assert!(t.merged_with("A.5.7").is_empty());
    }
}
