//! Evidence as references: what shows a control works, where it is kept, who keeps it and how
//! long it holds.
//!
//! A decisions file may still give evidence as free text (`evidence: [Quarterly access
//! review]`); such an item is an [`Evidence`] with only a title. An item written as a record
//! carries an ID, a location (a URL, or a path relative to the decisions file's folder that
//! `validate` checks and `bundle --with-evidence` copies), an owner, and the dates it was
//! collected and expires.

use super::Date;

/// Where a piece of evidence is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A URL (`https://…`, or any `scheme://…`): shown, never fetched.
    Url(String),
    /// A path relative to the decisions file's folder, as written (`/` separated).
    Path(String),
}

impl Location {
    /// The location as written.
    pub fn as_str(&self) -> &str {
        match self {
            Location::Url(s) | Location::Path(s) => s,
        }
    }
}

/// One evidence reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub id: Option<String>,
    pub title: String,
    pub location: Option<Location>,
    pub owner: Option<String>,
    pub collected: Option<Date>,
    pub expires: Option<Date>,
}

impl Evidence {
    /// Evidence given as free text: a title and nothing else.
    pub fn text(title: impl Into<String>) -> Evidence {
        Evidence {
            id: None,
            title: title.into(),
            location: None,
            owner: None,
            collected: None,
            expires: None,
        }
    }

    /// How one line of text names the item: `EV-01 Title`, or the title alone.
    pub fn display(&self) -> String {
        match &self.id {
            Some(id) => format!("{id} {}", self.title),
            None => self.title.clone(),
        }
    }
}
