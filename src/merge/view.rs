//! The view model's shape: the [`Document`] and the rows, counts and views it is made of. What
//! a template can read is exactly what these types serialise to (`templates/README.md`).

use super::chart::{Bar, Chart, SegmentKind};
use super::risk_view::{RiskEntry, RiskPlanView};
use super::{AiSystemView, Label, ManagementSystemView, PolicyView, RelationsView, Scales};
use serde::Serialize;

/// The whole view model.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// annexa's version, e.g. "0.1.0".
    pub annexa_version: String,
    /// The build date (`SOURCE_DATE_EPOCH`, else the document's date), YYYY-MM-DD.
    pub generated: String,
    pub organisation: OrganisationView,
    pub document: DocumentView,
    pub standards: Vec<StandardView>,
    /// Totals over all standards.
    pub totals: Counts,
    pub additional_controls: Vec<ControlRow>,
    /// The risk register entries, each with the controls that cite it.
    pub risks: Vec<RiskEntry>,
    /// The risk treatment plan: criteria, figures, heat maps, what is late.
    pub risk_plan: RiskPlanView,
    /// The AI system inventory, each system with its impact assessment's content.
    pub ai_systems: Vec<AiSystemView>,
    /// The AI policy's document control and content.
    pub ai_policy: PolicyView,
    /// Likelihood and severity scales, impact dimensions and rating levels.
    pub scales: Scales,
    /// True for the toolkit set (`annexa build --blank`): no organisation data, placeholders.
    pub blank: bool,
    /// The status chart (also drawn from `<!-- annexa:chart -->` in HTML and PDF).
    pub chart: Chart,
    /// The integrated management-system matrix (clauses 4–10 side by side), when a catalog in
    /// scope lists clauses.
    pub management_system: Option<ManagementSystemView>,
    /// The Annex A relations in force (the shipped 27001 → 42001 mapping, or the user's).
    pub relations: Option<RelationsView>,
    /// What changed since a previous version (`annexa build --previous OLD.yaml`).
    pub changes: Option<crate::diff::Changes>,
    /// Every document of the set with its control, in the order they are written: what each
    /// document's running header shows and how the others cite it.
    pub documents: Vec<super::ControlView>,
    /// The documents are in another language than English, but the control and clause titles
    /// of a catalog in scope are the shipped English ones: each document says so once.
    pub titles_in_english: bool,
    /// The language every document is written in (`document.language`, `--lang`).
    #[serde(skip)]
    pub locale: std::sync::Arc<crate::i18n::Locale>,
    /// Set for `annexa build --draft`: every page says DRAFT, and the problems left are listed.
    pub draft: Option<DraftView>,
}

/// What a draft still lacks: the validation problems left, one line each
/// (`soa.yaml:12:5: control 27001:A.5.7 has no status [missing-status]`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct DraftView {
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrganisationView {
    pub name: String,
    pub isms_scope: Option<String>,
    pub aims_scope: Option<String>,
    pub ai_roles: Vec<Label>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    pub id: String,
    pub title: String,
    pub version: String,
    pub date: String,
    pub classification: String,
    pub owner: String,
    pub approver: String,
    pub approval_date: String,
    pub approval_reference: Option<String>,
    pub effective_date: Option<String>,
    pub review_cycle: Option<String>,
    pub next_review: Option<String>,
    pub revisions: Vec<RevisionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RevisionView {
    pub version: String,
    pub date: String,
    pub author: Option<String>,
    pub changes: String,
}

/// How many controls are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub total: usize,
    pub applicable: usize,
    pub excluded: usize,
    pub implemented: usize,
    pub partial: usize,
    pub planned: usize,
    pub not_implemented: usize,
    /// Controls not decided yet (drafts only).
    pub undecided: usize,
}

impl Counts {
    fn add(&mut self, row: &ControlRow) {
        self.total += 1;
        if row.undecided {
            self.undecided += 1;
            return;
        }
        match row.status.as_ref().map(|s| s.key.as_str()) {
            None => self.excluded += 1,
            Some(k) => {
                self.applicable += 1;
                match k {
                    "implemented" => self.implemented += 1,
                    "partial" => self.partial += 1,
                    "planned" => self.planned += 1,
                    _ => self.not_implemented += 1,
                }
            }
        }
    }

    pub(super) fn sum(rows: &[ControlRow]) -> Counts {
        let mut c = Counts::default();
        rows.iter().for_each(|r| c.add(r));
        c
    }

    pub(super) fn plus(self, o: Counts) -> Counts {
        Counts {
            total: self.total + o.total,
            applicable: self.applicable + o.applicable,
            excluded: self.excluded + o.excluded,
            implemented: self.implemented + o.implemented,
            partial: self.partial + o.partial,
            planned: self.planned + o.planned,
            not_implemented: self.not_implemented + o.not_implemented,
            undecided: self.undecided + o.undecided,
        }
    }

    pub(super) fn bar(self, label: String) -> Bar {
        let segments = [
            (SegmentKind::Implemented, self.implemented),
            (SegmentKind::Partial, self.partial),
            (SegmentKind::Planned, self.planned),
            (SegmentKind::NotImplemented, self.not_implemented),
            (SegmentKind::Excluded, self.excluded),
        ];
        Bar {
            label,
            segments: segments.into_iter().filter(|(_, n)| *n > 0).collect(),
        }
    }
}

/// One catalog in scope.
#[derive(Debug, Clone, Serialize)]
pub struct StandardView {
    /// Catalog namespace, e.g. "27001".
    pub namespace: String,
    /// How the decisions file names the catalog, e.g. "iso27001-2022".
    pub key: String,
    /// e.g. "ISO/IEC 27001:2022 Annex A".
    pub name: String,
    /// e.g. "ISO/IEC 27001:2022" (falls back to `name`).
    pub standard: String,
    /// What a group is called: "Theme", "Objective".
    pub group_label: String,
    pub counts: Counts,
    /// Top-level groups with counts that include their sub-groups (for summaries).
    pub summary: Vec<GroupSummary>,
    /// Every group holding controls, in catalog order (sub-groups included), with its rows.
    pub groups: Vec<GroupView>,
    pub clauses: Vec<ClauseView>,
    /// The language of the catalog's titles when a licensed overlay gave them; none for the
    /// shipped English titles.
    pub language: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupSummary {
    pub id: String,
    pub title: String,
    pub counts: Counts,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    /// The parent group's "ID title", for sub-groups.
    pub parent: Option<String>,
    pub counts: Counts,
    pub controls: Vec<ControlRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClauseView {
    pub id: String,
    pub title: String,
}

/// One control (or additional control) as decided.
#[derive(Debug, Clone, Serialize)]
pub struct ControlRow {
    /// Namespaced, e.g. "27001:A.5.1"; additional controls keep their own ID.
    pub id: String,
    /// Within the catalog, e.g. "A.5.1".
    pub local_id: String,
    pub title: String,
    /// The catalog's summary (our words) or the additional control's description.
    pub summary: String,
    /// Licensed control text from an overlay, if any.
    pub text: Option<String>,
    pub applicable: bool,
    pub reasons: Vec<Label>,
    pub risks: Vec<RiskView>,
    pub justification: Option<String>,
    /// `None` when excluded.
    pub status: Option<Label>,
    pub target_date: Option<String>,
    pub status_reason: Option<String>,
    pub owner: Option<String>,
    pub implementation: Option<String>,
    /// Each evidence item in one line of text (`EV-01 Title`, or the free text).
    pub evidence: Vec<String>,
    /// The evidence items with all their fields.
    pub evidence_items: Vec<EvidenceView>,
    pub last_review: Option<String>,
    pub notes: Option<String>,
    /// For additional controls: where they come from.
    pub source: Option<String>,
    pub ai_systems: Vec<AiSystemRef>,
    /// Not decided yet (a draft shows it as Undecided).
    pub undecided: bool,
}

/// One evidence reference of a control.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    pub id: Option<String>,
    pub title: String,
    /// A URL or a path relative to the decisions file, as written.
    pub location: Option<String>,
    /// True when `location` is a URL.
    pub url: bool,
    pub owner: Option<String>,
    pub collected: Option<String>,
    pub expires: Option<String>,
    /// Expired before the document's date.
    pub expired: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct RiskView {
    pub id: String,
    pub title: String,
}

/// An AI system as referred to from other documents.
#[derive(Debug, Clone, Serialize)]
pub struct AiSystemRef {
    pub id: String,
    pub name: String,
}
