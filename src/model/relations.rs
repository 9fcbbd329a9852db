//! Informative relations between the controls of two catalogs: which controls support which.
//!
//! They come from a file beside the decisions (annexa ships one, 27001 → 42001, written by its
//! authors; `relations:` names another) and only inform: no decision is derived from them.

use super::ControlId;

/// An informative mapping between the controls of two catalogs: which controls support which.
/// annexa ships one (27001 → 42001, written by its authors); a decisions file may name its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Relations {
    /// Where it comes from: `built-in` or the path the decisions file gives.
    pub file: String,
    pub title: String,
    /// Who wrote the mapping.
    pub author: String,
    /// What the mapping is and is not (for the shipped one: ours, informative, not ISO's).
    pub statement: String,
    /// One entry per supported control, in catalog then natural ID order.
    pub links: Vec<Relation>,
}

/// The controls that support one control.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub control: ControlId,
    /// In the order the file lists them.
    pub supported_by: Vec<ControlId>,
    /// Why, in the mapping author's words.
    pub rationale: Option<String>,
}
