//! The domain: catalogs, controls and one organisation's decisions, as validated types.
//!
//! Values of these types exist only after [`crate::validate`] accepted the input, and their shape
//! leaves no room for the mistakes it rejects: an excluded control has no status, a planned one
//! always has a target date, a date is a real calendar date ("parse, don't validate").

use std::cmp::Ordering;
use std::fmt;

pub mod theme;

/// A calendar date (proleptic Gregorian), written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses exactly `YYYY-MM-DD` and checks the day exists.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let date = Date {
            year: i32::try_from(year).ok()?,
            month: u8::try_from(month).ok()?,
            day: u8::try_from(day).ok()?,
        };
        let valid = (1..=12).contains(&month)
            && day >= 1
            && day <= u32::from(days_in_month(date.year, date.month));
        valid.then_some(date)
    }

    /// The date of a Unix timestamp (UTC).
    pub fn from_unix(secs: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = secs.div_euclid(86_400) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Compares IDs the way people read them: `A.5.9` < `A.5.10` < `A.10.1`.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        match (a.is_empty(), b.is_empty()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        let da = a.bytes().take_while(u8::is_ascii_digit).count();
        let db = b.bytes().take_while(u8::is_ascii_digit).count();
        let ord = if da > 0 && db > 0 {
            let (na, nb) = (
                a[..da].trim_start_matches('0'),
                b[..db].trim_start_matches('0'),
            );
            na.len()
                .cmp(&nb.len())
                .then_with(|| na.cmp(nb))
                .then(da.cmp(&db))
        } else {
            let ca = a.chars().next().unwrap_or_default();
            let cb = b.chars().next().unwrap_or_default();
            ca.cmp(&cb)
        };
        if ord != Ordering::Equal {
            return ord;
        }
        let step_a = if da > 0 {
            da
        } else {
            a.chars().next().map_or(1, char::len_utf8)
        };
        let step_b = if db > 0 {
            db
        } else {
            b.chars().next().map_or(1, char::len_utf8)
        };
        a = &a[step_a..];
        b = &b[step_b..];
    }
}

/// A control ID with its catalog namespace: `27001:A.5.2` is not `42001:A.5.2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ControlId {
    pub namespace: String,
    pub local: String,
}

impl ControlId {
    /// Splits `NS:LOCAL`; `None` without a namespace.
    pub fn parse(s: &str) -> Option<ControlId> {
        let (ns, local) = s.split_once(':')?;
        (!ns.is_empty() && !local.is_empty()).then(|| ControlId {
            namespace: ns.to_string(),
            local: local.to_string(),
        })
    }
}

impl fmt::Display for ControlId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.namespace, self.local)
    }
}

impl Ord for ControlId {
    fn cmp(&self, other: &Self) -> Ordering {
        natural_cmp(&self.namespace, &other.namespace)
            .then_with(|| natural_cmp(&self.local, &other.local))
    }
}

impl PartialOrd for ControlId {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

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

/// Declares a closed set of YAML keywords: `$name::parse("keyword")`, `.key()` and `.label()`.
macro_rules! keyword_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $key:literal, $label:literal;)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const KEYS: &'static [&'static str] = &[$($key),+];
            pub fn parse(s: &str) -> Option<$name> {
                match s { $($key => Some($name::$variant),)+ _ => None }
            }
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}

keyword_enum!(
    /// Why a control is included (the closed set practitioners use).
    Reason {
        Legal = "legal", "Legal or regulatory requirement";
        Contractual = "contractual", "Contractual requirement";
        Risk = "risk", "Risk assessment";
        Business = "business", "Business requirement or good practice";
    }
);

keyword_enum!(
    /// The organisation's role toward AI (after ISO/IEC 22989).
    AiRole {
        Provider = "ai_provider", "AI provider";
        Producer = "ai_producer", "AI producer (developer)";
        Customer = "ai_customer", "AI customer (user)";
        Partner = "ai_partner", "AI partner";
        Subject = "ai_subject", "AI subject";
        Authority = "relevant_authority", "Relevant authority";
    }
);

keyword_enum!(
    /// Where an AI system is in its life cycle.
    Lifecycle {
        Inception = "inception", "Inception";
        Design = "design", "Design and development";
        Development = "development", "Development";
        Verification = "verification", "Verification and validation";
        Deployment = "deployment", "Deployment";
        Operation = "operation", "Operation and monitoring";
        Retired = "retired", "Retired";
    }
);

keyword_enum!(
    /// The dimensions an impact assessment covers.
    Dimension {
        Fairness = "fairness", "Fairness";
        Transparency = "transparency", "Transparency and explainability";
        Privacy = "privacy", "Privacy";
        Safety = "safety", "Safety";
        Security = "security", "Security";
        Accountability = "accountability", "Accountability";
        HumanRights = "human_rights", "Human rights";
        Environment = "environment", "Environment";
        Society = "society", "Society";
    }
);

keyword_enum!(
    /// Likelihood of an impact (1–5).
    Likelihood {
        Rare = "rare", "Rare";
        Unlikely = "unlikely", "Unlikely";
        Possible = "possible", "Possible";
        Likely = "likely", "Likely";
        AlmostCertain = "almost_certain", "Almost certain";
    }
);

keyword_enum!(
    /// Severity of an impact (1–5).
    ImpactSeverity {
        Negligible = "negligible", "Negligible";
        Minor = "minor", "Minor";
        Moderate = "moderate", "Moderate";
        Major = "major", "Major";
        Severe = "severe", "Severe";
    }
);

keyword_enum!(
    /// Whether an impact helps or harms.
    ImpactKind {
        Harmful = "harmful", "Harmful";
        Beneficial = "beneficial", "Beneficial";
    }
);

keyword_enum!(
    /// The implementation status keywords, as written in the decisions file.
    StatusKey {
        Implemented = "implemented", "Implemented";
        Partial = "partial", "Partially implemented";
        Planned = "planned", "Planned";
        NotImplemented = "not_implemented", "Not implemented";
    }
);

/// Implementation status of an applicable control, with what each status requires.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Implemented,
    Partial {
        target: Option<Date>,
        reason: Option<String>,
    },
    Planned {
        target: Date,
        reason: Option<String>,
    },
    NotImplemented {
        reason: String,
    },
}

impl Status {
    pub fn key(&self) -> StatusKey {
        match self {
            Status::Implemented => StatusKey::Implemented,
            Status::Partial { .. } => StatusKey::Partial,
            Status::Planned { .. } => StatusKey::Planned,
            Status::NotImplemented { .. } => StatusKey::NotImplemented,
        }
    }
}

/// The fields every applicable control (and additional control) carries once resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Inclusion {
    pub reasons: Vec<Reason>,
    pub risks: Vec<String>,
    pub status: Status,
    pub owner: Option<String>,
    pub implementation: Option<String>,
    pub evidence: Vec<String>,
    pub last_review: Option<Date>,
}

/// A control is either applicable (with everything that needs) or excluded.
#[derive(Debug, Clone, PartialEq)]
pub enum Applicability {
    Applicable(Inclusion),
    Excluded,
}

/// One control's decision, resolved with defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub id: ControlId,
    pub applicability: Applicability,
    /// Why it is included, or (required) why it is excluded.
    pub justification: Option<String>,
    pub notes: Option<String>,
    pub ai_systems: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub name: String,
    pub isms_scope: Option<String>,
    pub aims_scope: Option<String>,
    pub ai_roles: Vec<AiRole>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub version: String,
    pub date: Date,
    pub author: Option<String>,
    pub changes: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DocumentControl {
    pub id: String,
    pub title: Option<String>,
    pub version: String,
    pub date: Date,
    pub classification: String,
    pub owner: String,
    pub approver: String,
    pub approval_date: Date,
    pub review_cycle: Option<String>,
    pub next_review: Option<Date>,
    pub revisions: Vec<Revision>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Risk {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalControl {
    pub id: String,
    pub title: String,
    pub description: String,
    pub source: Option<String>,
    pub inclusion: Inclusion,
    pub justification: Option<String>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Impact {
    pub dimension: Dimension,
    pub kind: ImpactKind,
    pub description: String,
    pub affected: Vec<String>,
    pub likelihood: Likelihood,
    pub severity: ImpactSeverity,
    pub measures: Option<String>,
    pub controls: Vec<ControlId>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentRecord {
    /// The assessment's document ID; defaults to `<SoA id>-AIIA-<system id>`.
    pub id: Option<String>,
    pub assessor: String,
    pub date: Date,
    pub approver: Option<String>,
    pub approval_date: Option<Date>,
    pub next_review: Option<Date>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AiSystem {
    pub id: String,
    pub name: String,
    pub purpose: String,
    pub description: Option<String>,
    pub intended_users: Vec<String>,
    pub affected_parties: Vec<String>,
    pub vulnerable_groups: Vec<String>,
    pub roles: Vec<AiRole>,
    pub data: Vec<String>,
    pub models: Vec<String>,
    pub autonomy: String,
    pub human_oversight: String,
    pub lifecycle_stage: Lifecycle,
    pub jurisdictions: Vec<String>,
    pub foreseeable_misuse: Vec<String>,
    pub owner: Option<String>,
    pub impacts: Vec<Impact>,
    pub assessment: Option<AssessmentRecord>,
}

/// The AI policy's own document control and the words only the organisation can write.
/// Everything is optional: what is missing becomes a marked placeholder in the skeleton.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AiPolicy {
    pub id: Option<String>,
    pub version: Option<String>,
    pub owner: Option<String>,
    pub approver: Option<String>,
    pub approval_date: Option<Date>,
    pub next_review: Option<Date>,
    pub purpose: Option<String>,
    pub principles: Vec<String>,
    pub objectives: Vec<String>,
    pub related_policies: Vec<String>,
    pub communication: Option<String>,
    pub exceptions: Option<String>,
}

/// What the organisation does to meet one management-system clause (clauses 4–10), from
/// `management_system:` in the decisions file.
#[derive(Debug, Clone, PartialEq)]
pub struct ClauseEntry {
    /// The key as written: `6.1.2` (every standard in scope with that clause) or `42001:6.1.2`
    /// (that standard's clause only).
    pub key: String,
    /// The clause number, e.g. `6.1.2`.
    pub clause: String,
    /// The namespaces of the catalogs whose clause this entry meets, in catalog order.
    pub applies_to: Vec<String>,
    pub process: String,
    pub owner: String,
    pub evidence: Vec<String>,
    pub notes: Option<String>,
}

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

/// Everything a valid decisions file says, with its catalogs, ready to merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Soa {
    pub organisation: Organisation,
    pub document: DocumentControl,
    /// The catalogs in scope, in the order the file lists them.
    pub catalogs: Vec<Catalog>,
    pub risks: Vec<Risk>,
    /// One per control of every catalog in scope, in catalog then natural ID order.
    pub decisions: Vec<Decision>,
    pub additional: Vec<AdditionalControl>,
    pub ai_systems: Vec<AiSystem>,
    pub ai_policy: AiPolicy,
    /// A folder of template overrides, relative to the decisions file.
    pub templates: Option<String>,
    /// How the organisation meets clauses 4–10, in the file's order.
    pub management_system: Vec<ClauseEntry>,
    /// The Annex A relations in force: the shipped 27001 → 42001 mapping when both catalogs are
    /// in scope, the file named by `relations:` when given, else none.
    pub relations: Option<Relations>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            Date::parse("2024-02-29").map(|d| d.to_string()),
            Some("2024-02-29".into())
        );
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2023-13-01"), None);
        assert_eq!(Date::parse("2023-1-01"), None);
        assert_eq!(Date::parse("2023-01-01T"), None);
        assert_eq!(Date::parse("+023-01-01"), None);
        assert_eq!(Date::from_unix(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix(1_793_750_400).to_string(), "2026-11-04");
        assert_eq!(Date::from_unix(951_782_400).to_string(), "2000-02-29");
    }

    #[test]
    fn natural_order() {
        let mut ids = vec!["A.5.10", "A.10.1", "A.5.9", "A.5.1", "A.6.1.2", "A.6.2"];
        ids.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            ids,
            ["A.5.1", "A.5.9", "A.5.10", "A.6.1.2", "A.6.2", "A.10.1"]
        );
        let a = ControlId::parse("27001:A.5.9").expect("id");
        let b = ControlId::parse("27001:A.5.10").expect("id");
        assert!(a < b);
        assert_eq!(ControlId::parse("A.5.1"), None);
    }
}
