//! Catalogs of controls (ISO/IEC 27001:2022 Annex A, ISO/IEC 42001:2023 Annex A, or a user's
//! own): their groups, controls and management-system clauses.
//!
//! A catalog carries IDs, short titles and summaries in our own words (never a standard's
//! text); licensed control text reaches [`Control::text`] only from a user's overlay.

use super::natural_cmp;

/// A catalog of controls, e.g. ISO/IEC 27001:2022 Annex A.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// How the decisions file names it: a shipped name (`iso27001-2022`) or a path.
    pub key: String,
    pub namespace: String,
    pub name: String,
    pub standard: Option<String>,
    pub group_label: String,
    pub groups: Vec<Group>,
    /// In natural ID order.
    pub controls: Vec<Control>,
    pub clauses: Vec<Clause>,
    /// The language of the licensed titles an overlay gave the catalog (`language:` in the
    /// overlay); `None` for the shipped English titles.
    pub language: Option<String>,
}

impl Catalog {
    pub fn control(&self, local: &str) -> Option<&Control> {
        // Validated catalogs are sorted naturally: binary search first (a linear search per
        // control made 10,000-control builds quadratic), linear as the fallback for any other.
        self.controls
            .binary_search_by(|c| natural_cmp(&c.id, local))
            .ok()
            .map(|i| &self.controls[i])
            .filter(|c| c.id == local)
            .or_else(|| self.controls.iter().find(|c| c.id == local))
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The group and its ancestors, nearest first.
    pub fn group_chain(&self, id: &str) -> Vec<&Group> {
        let mut chain = Vec::new();
        let mut next = self.group(id);
        while let Some(g) = next {
            if chain.iter().any(|c: &&Group| c.id == g.id) {
                break;
            }
            chain.push(g);
            next = g.parent.as_deref().and_then(|p| self.group(p));
        }
        chain
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub parent: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Control {
    pub id: String,
    pub title: String,
    pub group: String,
    pub summary: String,
    /// Licensed control text from an overlay file, when the user supplied one.
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub id: String,
    pub title: String,
}
