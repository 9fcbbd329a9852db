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
        all.extend([Role::Caption, Role::ListParagraph, Role::Quote, Role::TocHeading]);
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
                let camel: String = k.key().split('_').map(|w| {
                    let mut c = w.chars();
                    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
                }).collect();
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
            d.iter().find(|s| {
                s.kind == role.kind().key() && s.name.eq_ignore_ascii_case(&role.name())
            })
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
        added.push_str(&definition(role, &resolved, look));
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

/// `styles.xml` from annexa's definitions alone (no reference document).
pub fn builtin_part(resolved: &Resolved, look: &Look) -> String {
    let font = look.font.as_deref().unwrap_or(BODY_FONT);
    let mut s = String::with_capacity(12_000);
    s.push_str(super::xml::DECL);
    s.push_str(&format!(
        "<w:styles xmlns:w=\"{}\"><w:docDefaults><w:rPrDefault><w:rPr>",
        super::xml::W_NS
    ));
    s.push_str(&fonts(font));
    s.push_str("<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>");
    s.push_str("<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
    s.push_str("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");
    s.push_str("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
    s.push_str("<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");
    s.push_str(&resolved.added);
    s.push_str("</w:styles>");
    s
}

fn fonts(name: &str) -> String {
    let n = super::xml::attr_string(name);
    format!("<w:rFonts w:ascii=\"{n}\" w:hAnsi=\"{n}\" w:eastAsia=\"{n}\" w:cs=\"{n}\"/>")
}

fn hex(c: Rgb) -> String {
    format!("{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// A 15 % tint of `c` on white: the fill of table header rows.
pub fn tint(c: Rgb) -> Rgb {
    let mix = |v: u8| 255 - ((255 - u16::from(v)) * 15 / 100) as u8;
    Rgb(mix(c.0), mix(c.1), mix(c.2))
}

/// The fill and text colour of a status, as the HTML badges have them.
pub fn status_colours(kind: SegmentKind) -> (Rgb, Rgb) {
    let (r, g, b) = kind.rgb();
    let white = matches!(
        kind,
        SegmentKind::Implemented | SegmentKind::NotImplemented
    );
    let text = if white {
        Rgb(0xff, 0xff, 0xff)
    } else {
        Rgb(0, 0, 0)
    };
    (Rgb(r, g, b), text)
}

/// One `<w:style>` element for `role`.
fn definition(role: Role, ids: &Resolved, look: &Look) -> String {
    let heading = hex(look.accent.unwrap_or(HEADING));
    let normal = ids.id(Role::Normal).to_string();
    let (ppr, rpr, extra): (String, String, &str) = match role {
        Role::Normal => (String::new(), "<w:color w:val=\"1A1A1A\"/>".into(), "<w:qFormat/>"),
        Role::Title => (
            "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"120\"/><w:contextualSpacing/>".into(),
            format!("<w:b/><w:color w:val=\"{heading}\"/><w:kern w:val=\"28\"/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>"),
            "<w:qFormat/>",
        ),
        Role::Heading(n) => {
            let (before, size) = match n {
                1 => (360, 28),
                2 => (280, 24),
                3 => (220, 22),
                _ => (180, 20),
            };
            (
                format!("<w:keepNext/><w:keepLines/><w:spacing w:before=\"{before}\" w:after=\"100\"/><w:outlineLvl w:val=\"{}\"/>", n - 1),
                format!("<w:b/><w:color w:val=\"{heading}\"/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>"),
                "<w:qFormat/>",
            )
        }
        Role::Caption => (
            "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/>".into(),
            "<w:b/><w:color w:val=\"555B63\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>".into(),
            "<w:qFormat/>",
        ),
        Role::ListParagraph => (
            "<w:spacing w:after=\"120\"/><w:ind w:left=\"720\"/><w:contextualSpacing/>".into(),
            String::new(),
            "<w:qFormat/>",
        ),
        Role::Quote => (
            "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"A9B6C6\"/></w:pBdr><w:ind w:left=\"284\"/>".into(),
            "<w:color w:val=\"333A42\"/>".into(),
            "<w:qFormat/>",
        ),
        Role::TocHeading => (
            "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"9\"/>".into(),
            format!("<w:b/><w:color w:val=\"{heading}\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"),
            "<w:qFormat/>",
        ),
        Role::Toc(n) => (
            format!("<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9742\"/></w:tabs><w:spacing w:after=\"40\"/><w:ind w:left=\"{}\"/>", (u32::from(n) - 1) * 220),
            String::new(),
            "",
        ),
        Role::TableText => (
            "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>".into(),
            "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>".into(),
            "<w:qFormat/>",
        ),
        Role::TableHeading => (
            "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>".into(),
            "<w:b/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>".into(),
            "<w:qFormat/>",
        ),
        Role::CodeBlock => (
            "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F3F4F6\"/><w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>".into(),
            format!("{}<w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>", fonts(CODE_FONT)),
            "",
        ),
        Role::Header | Role::Footer => (
            "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>".into(),
            "<w:color w:val=\"555B63\"/><w:sz w:val=\"15\"/><w:szCs w:val=\"15\"/>".into(),
            "",
        ),
        Role::Hyperlink => (String::new(), "<w:color w:val=\"1A4F9C\"/><w:u w:val=\"single\"/>".into(), ""),
        Role::Code => (
            String::new(),
            format!("{}<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F3F4F6\"/>", fonts(CODE_FONT)),
            "",
        ),
        Role::Placeholder => (
            String::new(),
            "<w:b/><w:color w:val=\"7A4B00\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF0C2\"/>".into(),
            "<w:qFormat/>",
        ),
        Role::PlaceholderHint => (String::new(), "<w:i/><w:color w:val=\"6B5B3E\"/>".into(), "<w:qFormat/>"),
        Role::Status(kind) => {
            let (fill, text) = status_colours(kind);
            (
                String::new(),
                format!("<w:b/><w:color w:val=\"{}\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>", hex(text), hex(fill)),
                "",
            )
        }
        Role::Applicable(yes) => (
            String::new(),
            format!("<w:b/><w:color w:val=\"{}\"/>", if yes { "14613A" } else { "4A4A4A" }),
            "",
        ),
        Role::Table => (String::new(), String::new(), ""),
    };
    let id = super::xml::attr_string(ids.id(role));
    let kind = role.kind().key();
    let mut s = format!(
        "<w:style w:type=\"{kind}\" w:styleId=\"{id}\"><w:name w:val=\"{}\"/>",
        role.name()
    );
    match role {
        Role::Normal => s = s.replacen("w:styleId", "w:default=\"1\" w:styleId", 1),
        Role::Table => s.push_str("<w:basedOn w:val=\"TableNormal\"/>"),
        _ if role.kind() == Kind::Paragraph => {
            s.push_str(&format!("<w:basedOn w:val=\"{normal}\"/>"));
            if matches!(role, Role::Title | Role::Heading(_) | Role::Caption | Role::TocHeading) {
                s.push_str(&format!("<w:next w:val=\"{normal}\"/>"));
            }
        }
        _ => {}
    }
    s.push_str(extra);
    if !ppr.is_empty() {
        s.push_str(&format!("<w:pPr>{ppr}</w:pPr>"));
    }
    if !rpr.is_empty() {
        s.push_str(&format!("<w:rPr>{rpr}</w:rPr>"));
    }
    if role == Role::Table {
        s.push_str(TABLE_PR);
    }
    s.push_str("</w:style>");
    s
}

/// The grid of annexa's table style: thin grey rules, compact cell margins.
const TABLE_PR: &str = "<w:tblPr><w:tblBorders>\
<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B4BBC4\"/>\
<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B4BBC4\"/>\
<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B4BBC4\"/>\
<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B4BBC4\"/>\
<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B4BBC4\"/>\
<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B4BBC4\"/>\
</w:tblBorders><w:tblCellMar><w:top w:w=\"45\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>\
<w:bottom w:w=\"45\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>";

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
        assert_eq!(builtin.id(Role::Status(SegmentKind::Planned)), "StatusPlanned");
        assert_eq!(builtin.id(Role::Status(SegmentKind::NotImplemented)), "StatusNotImplemented");
        assert_eq!(builtin.id(Role::Toc(2)), "TOC2");
    }
}
