//! The styles a DOCX uses, by role, and annexa's built-in definition of each.
//!
//! Everything in the document is formatted through a style, so that a vendor's reference
//! document (or a user in Word) restyles it in one place: Word's own built-in styles where Word
//! has one (Normal, Title, heading 1–6, caption, List Paragraph, Quote, TOC Heading, toc 1–3,
//! header, footer, Hyperlink), and styles of annexa's own for what Word lacks (placeholders,
//! statuses, table text). A style is found by its name, never by its ID, because Word's IDs are
//! localised (`Heading1` in English Word, `berschrift1` in German) while names are not.
//!
//! [`resolve`] gives each role the ID to write: the reference document's own style when it has
//! one of that name and type, else annexa's, whose definition is then added to `styles.xml`.

use crate::merge::chart::SegmentKind;
use crate::model::theme::Rgb;

/// What a style is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Normal,
    Title,
    Heading(u8),
    Caption,
    ListParagraph,
    Quote,
    TocHeading,
    Toc(u8),
    TableText,
    TableHeading,
    CodeBlock,
    Header,
    Footer,
    Hyperlink,
    Code,
    Placeholder,
    PlaceholderHint,
    Status(SegmentKind),
    Applicable(bool),
    Table,
}

/// The three kinds of style a role can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Paragraph,
    Character,
    Table,
}

impl Kind {
    pub fn key(self) -> &'static str {
        match self {
            Kind::Paragraph => "paragraph",
            Kind::Character => "character",
            Kind::Table => "table",
        }
    }
}

impl Role {
    /// Every role, in the order their definitions are written.
    pub fn all() -> Vec<Role> {
        let mut all = vec![Role::Normal, Role::Title];
        all.extend((1..=6).map(Role::Heading));
        all.extend([
            Role::Caption,
            Role::ListParagraph,
            Role::Quote,
            Role::TocHeading,
        ]);
        all.extend((1..=3).map(Role::Toc));
        all.extend([
            Role::TableText,
            Role::TableHeading,
            Role::CodeBlock,
            Role::Header,
            Role::Footer,
            Role::Hyperlink,
            Role::Code,
            Role::Placeholder,
            Role::PlaceholderHint,
        ]);
        all.extend(SegmentKind::ALL.map(Role::Status));
        all.extend([Role::Applicable(true), Role::Applicable(false), Role::Table]);
        all
    }

    /// The style's name as Word shows it (Word's own lower-case names for built-in styles).
    pub fn name(self) -> String {
        match self {
            Role::Normal => "Normal".into(),
            Role::Title => "Title".into(),
            Role::Heading(n) => format!("heading {n}"),
            Role::Caption => "caption".into(),
            Role::ListParagraph => "List Paragraph".into(),
            Role::Quote => "Quote".into(),
            Role::TocHeading => "TOC Heading".into(),
            Role::Toc(n) => format!("toc {n}"),
            Role::TableText => "Table Text".into(),
            Role::TableHeading => "Table Heading".into(),
            Role::CodeBlock => "Code Block".into(),
            Role::Header => "header".into(),
            Role::Footer => "footer".into(),
            Role::Hyperlink => "Hyperlink".into(),
            Role::Code => "Code".into(),
            Role::Placeholder => "Placeholder".into(),
            Role::PlaceholderHint => "Placeholder Hint".into(),
            Role::Status(k) => format!("Status {}", k.label()),
            Role::Applicable(true) => "Applicable Yes".into(),
            Role::Applicable(false) => "Applicable No".into(),
            Role::Table => "Annexa Table".into(),
        }
    }

    /// The ID annexa gives the style when it defines it.
    pub fn default_id(self) -> String {
        let name = match self {
            Role::Heading(n) => return format!("Heading{n}"),
            Role::Status(k) => {
                let camel: String = k
                    .key()
                    .split('_')
                    .map(|w| {
                        let mut c = w.chars();
                        c.next()
                            .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                            .unwrap_or_default()
                    })
                    .collect();
                return format!("Status{camel}");
            }
            Role::Toc(n) => return format!("TOC{n}"),
            Role::Caption => "Caption".into(),
            Role::Header => "Header".into(),
            Role::Footer => "Footer".into(),
            other => other.name(),
        };
        name.chars().filter(char::is_ascii_alphanumeric).collect()
    }

    pub fn kind(self) -> Kind {
        match self {
            Role::Hyperlink
            | Role::Code
            | Role::Placeholder
            | Role::PlaceholderHint
            | Role::Status(_)
            | Role::Applicable(_) => Kind::Character,
            Role::Table => Kind::Table,
            _ => Kind::Paragraph,
        }
    }
}

/// A style a reference document defines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Defined {
    pub id: String,
    pub name: String,
    pub kind: String,
}

/// The style ID of every role, and the definitions to add for roles the reference lacks.
#[derive(Debug, Clone)]
pub struct Resolved {
    ids: Vec<(Role, String)>,
    /// `<w:style>` elements for the roles annexa defines, in role order.
    pub added: String,
    /// Roles the reference document lacks (empty without one).
    pub missing: Vec<Role>,
}

impl Resolved {
    /// The style ID to write for `role`.
    pub fn id(&self, role: Role) -> &str {
        self.ids
            .iter()
            .find(|(r, _)| *r == role)
            .map_or("Normal", |(_, id)| id.as_str())
    }
}

/// The look of annexa's own definitions: the theme's accent colour and body font.
#[derive(Debug, Clone, Default)]
pub struct Look {
    pub accent: Option<Rgb>,
    pub font: Option<String>,
}

/// The text colour of headings when there is no accent.
pub const HEADING: Rgb = Rgb(0x1f, 0x3a, 0x5f);
/// The body font when the theme names none.
pub const BODY_FONT: &str = "Calibri";
/// The font of code.
pub const CODE_FONT: &str = "Consolas";

/// Gives each role an ID: the reference's style of the same name and kind when `defined` has
/// one (`None`: no reference document), else annexa's own, defined in `added`.
pub fn resolve(defined: Option<&[Defined]>, look: &Look) -> Resolved {
    let mut ids: Vec<(Role, String)> = Vec::new();
    let mut ours = Vec::new();
    let mut missing = Vec::new();
    for role in Role::all() {
        let theirs = defined.and_then(|d| {
            d.iter()
                .find(|s| s.kind == role.kind().key() && s.name.eq_ignore_ascii_case(&role.name()))
        });
        match theirs {
            Some(s) => ids.push((role, s.id.clone())),
            None => {
                let mut id = role.default_id();
                let taken = |id: &str| {
                    defined.is_some_and(|d| d.iter().any(|s| s.id.eq_ignore_ascii_case(id)))
                };
                let base = id.clone();
                let mut n = 1;
                while taken(&id) {
                    n += 1;
                    id = format!("{base}{n}");
                }
                ids.push((role, id));
                ours.push(role);
                if defined.is_some() {
                    missing.push(role);
                }
            }
        }
    }
    let mut resolved = Resolved {
        ids,
        added: String::new(),
        missing,
    };
    let mut added = String::new();
    for role in ours {
        added.push_str(&super::defs::definition(role, &resolved, look));
    }
    resolved.added = added;
    resolved
}

/// The roles whose absence from a reference document is worth a warning: the body text, the
/// title and the headings Word's navigation pane and table of contents are built from.
pub fn key_roles() -> [Role; 5] {
    [
        Role::Normal,
        Role::Title,
        Role::Heading(1),
        Role::Heading(2),
        Role::Heading(3),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_style_is_found_by_name_and_ours_fill_the_gaps() {
        let defined = vec![
            Defined {
                id: "Standard".into(),
                name: "Normal".into(),
                kind: "paragraph".into(),
            },
            Defined {
                id: "berschrift1".into(),
                name: "heading 1".into(),
                kind: "paragraph".into(),
            },
            Defined {
                id: "Heading2".into(),
                name: "Something else".into(),
                kind: "paragraph".into(),
            },
        ];
        let r = resolve(Some(&defined), &Look::default());
        assert_eq!(r.id(Role::Normal), "Standard");
        assert_eq!(r.id(Role::Heading(1)), "berschrift1");
        assert_eq!(r.id(Role::Heading(2)), "Heading22");
        assert!(r.missing.contains(&Role::Heading(2)));
        assert!(!r.missing.contains(&Role::Normal));
        assert!(r.added.contains("<w:basedOn w:val=\"Standard\"/>"));
        let builtin = resolve(None, &Look::default());
        assert!(builtin.missing.is_empty());
        assert_eq!(
            builtin.id(Role::Status(SegmentKind::Planned)),
            "StatusPlanned"
        );
        assert_eq!(
            builtin.id(Role::Status(SegmentKind::NotImplemented)),
            "StatusNotImplemented"
        );
        assert_eq!(builtin.id(Role::Toc(2)), "TOC2");
    }
}
