//! What an applicable control (or an additional control) must carry: reasons, the risks they
//! name, and a status with what that status requires.
//!
//! Values missing on the control are taken from `defaults:` (the chain, most specific first).
//! The rules: a reason is required, the `risk` reason names a risk that exists, `planned` needs
//! a target date, `not_implemented` a reason, and a target date already past is a warning.

use super::controls::Refs;
use super::defaults::Shared;
use super::fields::{pos_of, Fields};
use super::read::Ctx;
use crate::diag::{closest, Code};
use crate::input::yaml::Pos;
use crate::model::{Date, Inclusion, Reason, Status, StatusKey};

/// The fields of an applicable control or additional control, with defaults applied. `name`
/// names it in messages; `namespace` is its catalog's, for a catalog control (which
/// `defaults:` can give values), `None` for an additional control.
pub fn inclusion(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    (name, namespace): (&str, Option<&str>),
    chain: &[&Shared],
    refs: &Refs<'_>,
) -> Option<Inclusion> {
    let errors_before = ctx.diags.errors();
    let own_reasons = f
        .get("reasons")
        .map(|n| ctx.keywords(Some(n), "reasons", Reason::parse, Reason::KEYS));
    let reasons_misspelt = ctx.diags.errors() > errors_before;
    let reasons = own_reasons
        .or_else(|| chain.iter().find_map(|d| d.reasons.clone()))
        .unwrap_or_default();
    let own_risks = f.get("risks").map(|n| ctx.text_list(Some(n), "risks"));
    let risks = own_risks
        .or_else(|| chain.iter().find_map(|d| d.risks.clone()))
        .unwrap_or_default();
    let status_key = ctx.keyword(f.get("status"), "status", StatusKey::parse, StatusKey::KEYS);
    let target = ctx.date(f.get("target_date"), "target_date");
    let status_reason = ctx.text(f.get("status_reason"), "status_reason");
    let owner = ctx
        .text(f.get("owner"), "owner")
        .or_else(|| chain.iter().find_map(|d| d.owner.clone()));
    let implementation = ctx
        .text(f.get("implementation"), "implementation")
        .or_else(|| chain.iter().find_map(|d| d.implementation.clone()));
    let evidence = super::evidence::evidence(
        ctx,
        f.get("evidence"),
        refs.doc_date,
        &mut refs.evidence.borrow_mut(),
    );
    let last_review = ctx
        .date(f.get("last_review"), "last_review")
        .or_else(|| chain.iter().find_map(|d| d.last_review));
    let ok = reasons_and_risks(
        ctx,
        f,
        (name, namespace),
        (&reasons, reasons_misspelt),
        &risks,
        refs,
    );
    let status = status(ctx, f, name, status_key, target, status_reason);
    if let (Some(t), Some(Status::Planned { .. } | Status::Partial { .. })) = (target, &status) {
        if past(t, refs.doc_date) {
            ctx.warning(
                Code::TargetDatePast,
                pos_of(f, "target_date"),
                format!("{name}'s `target_date` ({t}) is before the document's date"),
                Some("update the status, or set a new target date".into()),
            );
        }
    }
    let status = status?;
    ok.then(|| Inclusion {
        reasons,
        risks: risks.into_iter().map(|(r, _)| r).collect(),
        status,
        owner,
        implementation,
        evidence,
        last_review,
    })
}

/// For a decision whose `applicable` is missing or wrong: the values that are wrong whatever
/// the decision turns out to be (a status or reason that is no keyword, a date that is no date,
/// a control character in a text), so that one run reports them beside it.
pub fn undecided_values(ctx: &mut Ctx<'_>, f: &Fields<'_>) {
    let _ = ctx.keyword(f.get("status"), "status", StatusKey::parse, StatusKey::KEYS);
    if let Some(n) = f.get("reasons") {
        let _ = ctx.keywords(Some(n), "reasons", Reason::parse, Reason::KEYS);
    }
    for field in ["target_date", "last_review"] {
        let _ = ctx.date(f.get(field), field);
    }
    for field in ["status_reason", "owner", "implementation"] {
        let _ = ctx.text(f.get(field), field);
    }
}

/// Checks the reasons (with whether one was misspelt, and so already reported) and the risks
/// named (with where each is written); `false` when they make the inclusion invalid.
fn reasons_and_risks(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    (name, namespace): (&str, Option<&str>),
    (reasons, misspelt): (&[Reason], bool),
    risks: &[(String, Pos)],
    refs: &Refs<'_>,
) -> bool {
    let mut ok = true;
    if reasons.is_empty() && !misspelt {
        ok &= refs.draft;
        let mut help = format!("add `reasons: [...]` from: {}", Reason::KEYS.join(", "));
        if let Some(ns) = namespace {
            help.push_str(&format!(
                "; reasons shared by a whole standard or group can be given once, under `defaults:` (e.g. `\"{ns}\": {{reasons: [risk]}}`)"
            ));
        }
        ctx.error(
            Code::MissingReason,
            f.at,
            format!("{name} is included without a reason"),
            Some(help),
        );
    }
    let risk_reason = reasons.contains(&Reason::Risk);
    if risk_reason && risks.is_empty() {
        ok &= refs.draft;
        ctx.error(
            Code::MissingRisk,
            f.key_pos("reasons").unwrap_or(f.at),
            format!("{name} gives the risk assessment as a reason but names no risk"),
            Some("add `risks: [R-..]` naming entries of `risks:`".into()),
        );
    }
    if !risks.is_empty() && !risk_reason && f.has("risks") {
        ctx.warning(
            Code::RiskWithoutReason,
            pos_of(f, "risks"),
            format!("{name} names risks but `risk` is not among its reasons"),
            Some("add `risk` to `reasons:`".into()),
        );
    }
    for (risk, pos) in risks {
        if !refs.risks.iter().any(|r| &r.id == risk) {
            ok = false;
            let help = closest(risk, refs.risks.iter().map(|r| r.id.as_str()))
                .map(|c| format!("did you mean `{c}`?"))
                .or_else(|| Some("add the risk to `risks:` at the top of the file".into()));
            ctx.error(
                Code::UnknownRisk,
                *pos,
                format!("risk `{risk}` is not in `risks:`"),
                help,
            );
        }
    }
    ok
}

/// The status, with what it requires; `None` when it is missing or incomplete (reported).
fn status(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    name: &str,
    key: Option<StatusKey>,
    target: Option<Date>,
    reason: Option<String>,
) -> Option<Status> {
    match key {
        None => {
            if f.blank("status") {
                ctx.error(
                    Code::MissingStatus,
                    f.key_pos("status").unwrap_or(f.at),
                    format!("{name} is applicable but has no `status`"),
                    Some(format!(
                        "add `status:` with one of: {}",
                        StatusKey::KEYS.join(", ")
                    )),
                );
            }
            None
        }
        Some(StatusKey::Implemented) => {
            for field in ["target_date", "status_reason"] {
                if let Some(pos) = f.key_pos(field) {
                    ctx.warning(
                        Code::FieldOnImplemented,
                        pos,
                        format!("{name} is implemented; `{field}` is not shown"),
                        Some(format!("remove `{field}`, or correct the status")),
                    );
                }
            }
            Some(Status::Implemented)
        }
        Some(StatusKey::Partial) => {
            if reason.is_none() {
                ctx.warning(
                    Code::MissingStatusReason,
                    pos_of(f, "status"),
                    format!("{name} is partially implemented without a `status_reason`"),
                    Some("say what is missing in `status_reason:`".into()),
                );
            }
            Some(Status::Partial { target, reason })
        }
        Some(StatusKey::Planned) => planned(ctx, f, name, target, reason),
        Some(StatusKey::NotImplemented) => not_implemented(ctx, f, name, reason),
    }
}

fn planned(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    name: &str,
    target: Option<Date>,
    reason: Option<String>,
) -> Option<Status> {
    if let Some(target) = target {
        return Some(Status::Planned { target, reason });
    }
    // A target date given but invalid was reported as such.
    if f.blank("target_date") {
        ctx.error(
            Code::MissingTargetDate,
            pos_of(f, "status"),
            format!("{name} is planned but has no `target_date`"),
            Some("add `target_date: YYYY-MM-DD`, when the control will be in place".into()),
        );
    }
    None
}

fn not_implemented(
    ctx: &mut Ctx<'_>,
    f: &Fields<'_>,
    name: &str,
    reason: Option<String>,
) -> Option<Status> {
    if let Some(reason) = reason {
        return Some(Status::NotImplemented { reason });
    }
    ctx.error(
        Code::MissingStatusReason,
        pos_of(f, "status"),
        format!("{name} is applicable but not implemented, and says no `status_reason`"),
        Some("say in `status_reason:` why an applicable control is not implemented (e.g. risk accepted by …)".into()),
    );
    None
}

/// Whether `date` is before the reference date (the document's), when there is one.
fn past(date: Date, reference: Option<Date>) -> bool {
    reference.is_some_and(|r| date < r)
}
