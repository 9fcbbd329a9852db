//! The Annex A relations as the SoA shows them: for each control of a supported catalog (42001
//! with the shipped mapping), the decisions on the controls said to support it, and a flag
//! where the control is applicable but every one of those is excluded.

use super::{ControlRow, Label, StandardView};
use crate::model::Soa;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct RelationsView {
    pub title: String,
    pub author: String,
    pub statement: String,
    /// `built-in`, or the path `relations:` gives.
    pub file: String,
    /// Every control of each catalog the mapping supports, in catalog and natural ID order,
    /// whether or not the mapping relates anything to it.
    pub rows: Vec<RelationRow>,
    pub counts: RelationCounts,
}

#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct RelationCounts {
    /// Rows.
    pub controls: usize,
    /// Rows with at least one supporting control.
    pub related: usize,
    /// Rows flagged: applicable, and every supporting control excluded.
    pub flagged: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct RelationRow {
    pub id: String,
    pub title: String,
    pub applicable: bool,
    /// None when excluded.
    pub status: Option<Label>,
    pub supported_by: Vec<RelatedControl>,
    pub rationale: Option<String>,
    pub flagged: bool,
}

/// A supporting control with its decision.
#[derive(Debug, Clone, Serialize)]
pub struct RelatedControl {
    pub id: String,
    pub title: String,
    pub applicable: bool,
    /// None when excluded.
    pub status: Option<Label>,
}

/// The view, when a mapping is in force.
pub fn relations(soa: &Soa, standards: &[StandardView]) -> Option<RelationsView> {
    let r = soa.relations.as_ref()?;
    let find = |id: &str| -> Option<&ControlRow> {
        standards
            .iter()
            .flat_map(|s| s.groups.iter().flat_map(|g| g.controls.iter()))
            .find(|c| c.id == id)
    };
    let mut namespaces: Vec<&str> = Vec::new();
    for link in &r.links {
        if !namespaces.contains(&link.control.namespace.as_str()) {
            namespaces.push(&link.control.namespace);
        }
    }
    let mut rows = Vec::new();
    for s in standards
        .iter()
        .filter(|s| namespaces.contains(&s.namespace.as_str()))
    {
        for c in s.groups.iter().flat_map(|g| g.controls.iter()) {
            let link = r.links.iter().find(|l| l.control.to_string() == c.id);
            let supported_by: Vec<RelatedControl> = link
                .map(|l| l.supported_by.as_slice())
                .unwrap_or_default()
                .iter()
                .filter_map(|id| find(&id.to_string()))
                .map(|o| RelatedControl {
                    id: o.id.clone(),
                    title: o.title.clone(),
                    applicable: o.applicable,
                    status: o.status.clone(),
                })
                .collect();
            let flagged = c.applicable
                && !supported_by.is_empty()
                && supported_by.iter().all(|o| !o.applicable);
            rows.push(RelationRow {
                id: c.id.clone(),
                title: c.title.clone(),
                applicable: c.applicable,
                status: c.status.clone(),
                rationale: link.and_then(|l| l.rationale.clone()),
                supported_by,
                flagged,
            });
        }
    }
    let counts = RelationCounts {
        controls: rows.len(),
        related: rows.iter().filter(|r| !r.supported_by.is_empty()).count(),
        flagged: rows.iter().filter(|r| r.flagged).count(),
    };
    Some(RelationsView {
        title: r.title.clone(),
        author: r.author.clone(),
        statement: r.statement.clone(),
        file: r.file.clone(),
        rows,
        counts,
    })
}
