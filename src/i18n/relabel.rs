//! The view model's built-in words in the document's language: the labels of the decisions
//! file's keywords (statuses, reasons, roles, scales …), the documents' default titles, the
//! chart's title and the toolkit set's placeholders.
//!
//! Merge writes them in English (the reference); this pass replaces each by its message
//! `kw-<set>-<key>` (or `title-…`, `blank-…`) when the language is not English. Words the
//! organisation wrote (its own risk levels, titles it gave) are never touched: only a label
//! whose key belongs to a built-in set, or a title still equal to the built-in default, is.

use super::Locale;
use crate::merge::{ControlView, Document, Label};

/// Relabels `doc` for its locale. English messages are merge's own words, so English is unchanged
/// unless a user's message file overrides them.
pub fn relabel(doc: &mut Document) {
    let locale = doc.locale.clone();
    let l: &Locale = &locale;
    let kw = |set: &str, x: &mut Label| kw(l, set, x);
    for r in &mut doc.organisation.ai_roles {
        kw("role", r);
    }
    for s in &mut doc.standards {
        let group = format!("kw-group-{}", s.group_label.to_lowercase());
        message(l, &group, &mut s.group_label);
        if let Some(standard) = s.name.strip_suffix(" Annex A") {
            let standard = standard.to_string();
            s.name = l.t_args("soa-annex-heading", &[("standard", standard.into())]);
        }
        for g in &mut s.groups {
            for c in &mut g.controls {
                row(l, c);
            }
        }
    }
    for c in &mut doc.additional_controls {
        row(l, c);
    }
    for r in &mut doc.risks {
        kw("risk-kind", &mut r.kind);
        if let Some(t) = &mut r.treatment {
            kw("treatment", t);
        }
        for a in &mut r.actions {
            kw("action", &mut a.state);
        }
        for t in &mut r.treated_by {
            if let Some(s) = &mut t.status {
                kw("status", s);
            }
        }
        if !doc.risk_plan.criteria.defined {
            for v in r.inherent.iter_mut().chain(r.residual.iter_mut()) {
                step(l, "likelihood", &v.likelihood.key, &mut v.likelihood.label);
                step(l, "risk-impact", &v.impact.key, &mut v.impact.label);
                kw("risk-level", &mut v.level);
            }
        }
    }
    risk_plan(doc, l);
    for s in &mut doc.ai_systems {
        for r in &mut s.roles {
            kw("role", r);
        }
        kw("lifecycle", &mut s.lifecycle_stage);
        for i in &mut s.impacts {
            kw("dimension", &mut i.dimension);
            kw("impact", &mut i.kind);
            kw("level", &mut i.level);
            scored(l, "likelihood", &mut i.likelihood);
            scored(l, "severity", &mut i.severity);
        }
        for c in &mut s.controls {
            row(l, c);
        }
    }
    for x in &mut doc.scales.likelihood {
        scored(l, "likelihood", x);
    }
    for x in &mut doc.scales.severity {
        scored(l, "severity", x);
    }
    for x in &mut doc.scales.dimensions {
        kw("dimension", x);
    }
    for x in &mut doc.scales.levels {
        kw("level", x);
    }
    if let Some(m) = &mut doc.management_system {
        for sec in &mut m.sections {
            for r in &mut sec.rows {
                if let Some(only) = r.kind.label.strip_suffix(" only") {
                    let standard = only.to_string();
                    r.kind.label =
                        l.t_args("kw-ms-kind-specific", &[("standard", standard.into())]);
                } else {
                    kw("ms-kind", &mut r.kind);
                }
                kw("ms-coverage", &mut r.coverage);
            }
        }
        control(l, &mut m.document);
    }
    if let Some(r) = &mut doc.relations {
        for x in &mut r.rows {
            if let Some(s) = &mut x.status {
                kw("status", s);
            }
            for o in &mut x.supported_by {
                if let Some(s) = &mut o.status {
                    kw("status", s);
                }
            }
        }
    }
    for c in doc
        .documents
        .iter_mut()
        .chain(std::iter::once(&mut doc.ai_policy.document))
        .chain(std::iter::once(&mut doc.risk_plan.document))
        .chain(doc.ai_systems.iter_mut().map(|s| &mut s.document))
    {
        control(l, c);
    }
    if doc.document.title == "Statement of Applicability" {
        doc.document.title = l.t("soa-title");
    }
    if let Some(c) = &mut doc.changes {
        super::changes::localise(c, l);
    }
    let primary = |t: &str| t.split('-').next().unwrap_or(t).to_ascii_lowercase();
    doc.titles_in_english = !l.is_english()
        && (doc.standards.iter())
            .any(|s| s.language.as_deref().map(primary).as_deref() != Some(l.code()));
    doc.chart.title = l.t("chart-title");
    doc.chart.legend = (crate::merge::chart::SegmentKind::ALL.iter())
        .map(|k| l.t(&format!("kw-status-{}", k.key())))
        .chain(std::iter::once(l.t("chart-in-total")))
        .collect();
    for b in &mut doc.chart.bars {
        if let Some(name) = b.label.strip_suffix(" (all)") {
            b.label = l.t_args("chart-all", &[("standard", name.to_string().into())]);
        }
    }
}

/// A control row's reasons and status.
fn row(l: &Locale, c: &mut crate::merge::ControlRow) {
    for r in &mut c.reasons {
        kw(l, "reason", r);
    }
    if let Some(s) = &mut c.status {
        kw(l, "status", s);
    }
}

/// The risk treatment plan's criteria (when they are annexa's defaults) and late items.
fn risk_plan(doc: &mut Document, l: &Locale) {
    let p = &mut doc.risk_plan;
    kw(l, "method", &mut p.criteria.method);
    if !p.criteria.defined {
        let c = &mut p.criteria;
        for r in &mut c.matrix {
            if let Some(s) = c.likelihood.iter().find(|s| s.label == r.likelihood) {
                message(l, &format!("kw-likelihood-{}", s.key), &mut r.likelihood);
            }
            for x in &mut r.cells {
                kw(l, "risk-level", x);
            }
        }
        for s in &mut c.likelihood {
            step(l, "likelihood", &s.key, &mut s.label);
            if let Some(d) = &mut s.description {
                message(l, &format!("kw-likelihood-{}-text", s.key), d);
            }
        }
        for s in &mut c.impact {
            step(l, "risk-impact", &s.key, &mut s.label);
            if let Some(d) = &mut s.description {
                message(l, &format!("kw-risk-impact-{}-text", s.key), d);
            }
        }
        for v in &mut c.levels {
            step(l, "risk-level", &v.key, &mut v.label);
        }
        kw(l, "risk-level", &mut c.acceptance);
    }
    let defaults = !p.criteria.defined;
    for h in &mut p.heatmaps {
        h.title = l.t(match h.kind {
            crate::merge::heatmap::HeatmapKind::Inherent => "heatmap-inherent",
            crate::merge::heatmap::HeatmapKind::Residual => "heatmap-residual",
        });
        h.words = ["rtp-likelihood", "rtp-impact", "heatmap-not-rated"]
            .iter()
            .map(|k| l.t(k))
            .collect();
        if defaults {
            let likelihood = p.criteria.likelihood.iter().map(|s| s.label.clone());
            h.likelihood = likelihood.collect();
            h.impact = p.criteria.impact.iter().map(|s| s.label.clone()).collect();
            for (x, v) in h.levels.iter_mut().zip(&p.criteria.levels) {
                x.label.clone_from(&v.label);
            }
        }
    }
    for o in &mut p.overdue_actions {
        kw(l, "action", &mut o.action.state);
    }
    for c in &mut p.late_controls {
        if let Some(s) = &mut c.status {
            kw(l, "status", s);
        }
    }
}

/// A document's status and, when it is the built-in one, its title.
fn control(l: &Locale, c: &mut ControlView) {
    kw(l, "doc", &mut c.status);
    let key = match c.kind.as_str() {
        "soa" if c.title == "Statement of Applicability" => "soa-title",
        "risk_treatment_plan" if c.title == "Risk treatment plan" => "rtp-title",
        "ai_policy" if c.title == "AI Policy" => "policy-title-heading",
        "management_system" if c.title == "Integrated management system" => "ms-title",
        _ => "",
    };
    if !key.is_empty() {
        c.title = l.t(key);
    } else if let Some(name) = c.title.strip_prefix("AI system impact assessment: ") {
        c.title = l.t_args("aiia-title", &[("name", name.to_string().into())]);
    }
}

/// `kw-<set>-<key>` for a label, when the language has it.
fn kw(l: &Locale, set: &str, x: &mut Label) {
    message(l, &format!("kw-{set}-{}", x.key), &mut x.label);
}

fn step(l: &Locale, set: &str, key: &str, label: &mut String) {
    message(l, &format!("kw-{set}-{key}"), label);
}

fn scored(l: &Locale, set: &str, x: &mut crate::merge::Scored) {
    message(l, &format!("kw-{set}-{}", x.key), &mut x.label);
}

/// Replaces `text` by message `key` when the language defines it.
fn message(l: &Locale, key: &str, text: &mut String) {
    if let Some(m) = l.format(key, None) {
        *text = m;
    }
}
