//! `annexa build --draft`: documents from a decisions file that is not finished yet.
//!
//! Only the "not decided yet" and "missing field" kinds of problem are allowed
//! ([`Code::draftable`]); any other error (YAML syntax, an unknown ID, a control decided
//! twice …) stops a draft as it stops a build. A required text left empty (the organisation's
//! name, the document's owner, a risk's title, why an applicable control is not implemented) is
//! filled with `[To complete]` in the tree that is validated (`fill.rs`), so the model can be
//! assembled; an applicable control without reasons keeps its decision
//! ([`crate::validate::validate_draft`]). A control the model cannot hold yet (undecided;
//! applicable without a status; planned without a target date) is shown as Undecided. Every
//! problem is kept: the report prints it as a warning, and the SoA lists it in its appendix.

mod fill;

use crate::diag::{Code, Diagnostics, Severity, Sources};
use crate::input::yaml::Node;
use crate::input::Loaded;
use crate::model::Soa;
pub use fill::PLACEHOLDER_DATE;
use fill::{fill, fill_beside, missing_name, DATES};

/// The placeholder a draft shows for text the decisions file does not give yet.
pub const TO_COMPLETE: &str = "[To complete]";

/// A draft's model and what is still missing.
pub struct Drafted {
    pub soa: Soa,
    /// Every problem of the file as written, errors turned into warnings.
    pub diagnostics: Diagnostics,
    pub sources: Sources,
    pub theme: Option<crate::model::theme::Theme>,
    /// The dates that were filled in (document control shows them as [`TO_COMPLETE`]).
    pub filled_dates: Vec<String>,
    /// The evidence paths the file gives (each checked to exist).
    pub evidence: Vec<crate::input::evidence::EvidenceRef>,
}

/// Why there is no draft: the problems that are not of a draftable kind, with the rest.
pub struct NotDraftable {
    pub diagnostics: Diagnostics,
    pub sources: Sources,
}

/// Validates `loaded` for a draft, text left empty shown as [`TO_COMPLETE`].
pub fn draft(loaded: Loaded) -> Result<Drafted, NotDraftable> {
    draft_in(loaded, TO_COMPLETE)
}

/// [`draft`], text left empty shown as `todo` (the placeholder in the document's language).
pub fn draft_in(loaded: Loaded, todo: &str) -> Result<Drafted, NotDraftable> {
    let base = loaded.base.clone();
    let mut first = crate::validate::validate(loaded.clone());
    // Evidence that is not where the file says is a wrong reference, not an unfinished one: it
    // stops a draft as it stops a build.
    crate::input::evidence::check_exists(&base, &first.evidence, &mut first.diagnostics);
    let blocking = |d: &Diagnostics| {
        d.items
            .iter()
            .any(|x| x.severity == Severity::Error && !x.code.draftable())
    };
    if loaded.decisions.is_none() {
        return Err(NotDraftable {
            diagnostics: first.diagnostics,
            sources: first.sources,
        });
    }
    let mut patched = loaded;
    let mut filled_dates = Vec::new();
    if let Some(tree) = &mut patched.decisions {
        for d in &first.diagnostics.items {
            let pos = (d.pos.line, d.pos.column);
            // An applicable control not implemented, without the reason (an error; a partial
            // one without a reason is only a warning).
            if d.code == Code::MissingStatusReason && d.severity == Severity::Error {
                fill_beside(&mut tree.root, "status_reason", pos, todo);
                continue;
            }
            if d.code != Code::MissingField {
                continue;
            }
            let Some(name) = missing_name(&d.message) else {
                continue;
            };
            if fill(&mut tree.root, name, pos, todo) && DATES.contains(&name) {
                filled_dates.push(name.to_string());
            }
        }
    }
    let mut v = crate::validate::validate_draft(patched);
    crate::input::evidence::check_exists(&base, &v.evidence, &mut v.diagnostics);
    let soa = match v.soa {
        Some(s) if !blocking(&v.diagnostics) => s,
        _ => {
            return Err(NotDraftable {
                diagnostics: first.diagnostics,
                sources: first.sources,
            })
        }
    };
    // What the file says, less what only followed from a missing field (a risk without a
    // title is left out of the model, so the controls citing it seemed to cite an unknown one).
    let mut diagnostics = Diagnostics::default();
    let later = |d: &crate::diag::Diagnostic| {
        v.diagnostics
            .items
            .iter()
            .any(|x| x.code == d.code && x.pos == d.pos && x.message == d.message)
    };
    for d in &first.diagnostics.items {
        if d.severity == Severity::Warning || d.code.draftable() || later(d) {
            let mut d = d.clone();
            d.severity = Severity::Warning;
            diagnostics.push(d);
        }
    }
    Ok(Drafted {
        soa,
        diagnostics,
        sources: first.sources,
        theme: v.theme,
        filled_dates,
        evidence: v.evidence,
    })
}

/// One line per problem, for the draft's appendix.
pub fn problem_lines(diagnostics: &Diagnostics, sources: &Sources) -> Vec<String> {
    diagnostics
        .sorted()
        .iter()
        .map(|d| {
            let file = sources.name(d.file);
            let file = std::path::Path::new(file)
                .file_name()
                .map_or_else(|| file.to_string(), |f| f.to_string_lossy().into_owned());
            format!(
                "{file}:{}:{}: {} [{}]",
                d.pos.line,
                d.pos.column,
                d.message,
                d.code.as_str()
            )
        })
        .collect()
}

/// A draft is no approved document: every document of the set says Draft, with no approval
/// date; the placeholder date given a missing date (`filled`) shows as [To complete], and the
/// build date made from it is left out.
fn unapproved(doc: &mut crate::merge::Document, filled: bool, todo: &str) {
    let shown = |field: &mut String| {
        if filled && field == PLACEHOLDER_DATE {
            *field = todo.into();
        }
    };
    shown(&mut doc.document.date);
    shown(&mut doc.document.approval_date);
    // Made from no date: left out as in the blank set (no creation date in the properties).
    if filled && doc.generated == PLACEHOLDER_DATE {
        doc.generated.clear();
    }
    doc.ai_policy.approval_date = None;
    let mut views: Vec<&mut crate::merge::ControlView> =
        vec![&mut doc.risk_plan.document, &mut doc.ai_policy.document];
    views.extend(doc.management_system.as_mut().map(|m| &mut m.document));
    views.extend(doc.ai_systems.iter_mut().map(|s| &mut s.document));
    for c in views {
        draft_control(c, &shown);
    }
    doc.documents = crate::merge::control::register(doc);
    for c in &mut doc.documents {
        draft_control(c, &shown);
    }
    crate::merge::control::cite_in_matrix(doc);
}

fn draft_control(c: &mut crate::merge::ControlView, shown: &impl Fn(&mut String)) {
    c.status = crate::merge::Label {
        key: "draft".into(),
        label: "Draft".into(),
    };
    c.approval_date = None;
    shown(&mut c.date);
    for d in [&mut c.effective_date, &mut c.next_review]
        .into_iter()
        .flatten()
    {
        shown(d);
    }
}

/// load → draft validation → merge, for `build --draft`.
pub(super) fn prepare(
    path: &std::path::Path,
    req: &super::Request,
) -> Result<super::prepare::Prepared, super::Error> {
    let mut loaded = crate::input::load(path).map_err(|e| super::Error::Read(e.to_string()))?;
    let (base, mut inputs) = (loaded.base.clone(), loaded.inputs.clone());
    let folder_templates = loaded.templates.take();
    let builtin_relations =
        (loaded.relations.as_ref()).is_some_and(|r| r.key == crate::input::BUILTIN_RELATIONS);
    // The documents' language first: what the draft fills in is in it.
    let tree = loaded.decisions.as_ref().map(|t| &t.root);
    let lang = (req.lang.clone()).or_else(|| setting(tree, &["document", "language"]));
    let dir =
        (req.locale_dir.clone()).or_else(|| setting(tree, &["locales"]).map(|l| base.join(l)));
    let locale = (lang.is_some() || dir.is_some()).then(|| {
        let mut report = super::Report::default();
        super::locale::locale(lang.as_deref(), dir.as_deref(), &mut report, path)
    });
    let todo = match &locale {
        Some(Ok(l)) => l.t("blank-to-complete"),
        _ => TO_COMPLETE.to_string(),
    };
    let d = match draft_in(loaded, &todo) {
        Ok(d) => d,
        Err(n) => {
            return Err(super::Error::Invalid {
                path: path.display().to_string(),
                report: Box::new(super::Report {
                    diagnostics: n.diagnostics,
                    sources: n.sources,
                    ..super::Report::default()
                }),
            })
        }
    };
    // A language that cannot be loaded is said after the file's own problems (a misspelt
    // `language:` is one of them, and stops the draft above with all the others).
    let locale = locale.transpose()?;
    if builtin_relations && d.soa.relations.is_some() {
        inputs.push(super::prepare::builtin_relations_input());
    }
    let opts = crate::merge::Options {
        source_date_epoch: req.source_date_epoch,
        previous: None,
        draft: true,
    };
    let mut doc = crate::merge::merge(&d.soa, opts);
    let problems = problem_lines(&d.diagnostics, &d.sources);
    unapproved(&mut doc, !d.filled_dates.is_empty(), &todo);
    let count = problems.len();
    doc.draft = Some(crate::merge::DraftView { problems });
    if let Some(l) = locale {
        // As a build does: the labels (the Draft status among them) in the document's language.
        doc.locale = l;
        crate::i18n::relabel(&mut doc);
    }
    let templates = match &req.templates {
        Some(dir) => {
            crate::input::read_templates(dir).map_err(|e| super::Error::Read(e.to_string()))?
        }
        None => folder_templates.unwrap_or_default(),
    };
    let mut notes = Vec::new();
    notes.push(format!(
        "DRAFT: built with {count} problem{} left (warnings above; listed in the SoA's appendix); every page is marked DRAFT",
        if count == 1 { "" } else { "s" }
    ));
    Ok(super::prepare::Prepared {
        doc,
        templates,
        theme: d.theme,
        inputs,
        report: super::Report {
            diagnostics: d.diagnostics,
            sources: d.sources,
            warnings: Vec::new(),
            notes,
        },
        evidence: d.evidence,
        base,
    })
}

/// The text of the scalar at `keys` in the decisions file's tree, if there is one.
fn setting(root: Option<&Node>, keys: &[&str]) -> Option<String> {
    let mut node = root?;
    for key in keys {
        node = node.get(key)?;
    }
    (!node.is_null()).then(|| node.scalar().map(str::to_string))?
}
