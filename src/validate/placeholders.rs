//! A document marked approved that would still show a **[To complete]** placeholder.
//!
//! The AI policy and the impact assessments are skeletons: where only the organisation can
//! write the words, the built-in templates print a placeholder with a hint. That is right for a
//! draft; in a document whose control records an approval date, it means an approver signed a
//! page with blanks on it. Each such placeholder is a warning (`placeholder-in-approved`) at
//! the `approval_date` that makes the document approved, naming the section and the field that
//! fills it, so `validate --deny-warnings` fails until the words are given (or the approval is
//! withdrawn). The rules mirror the built-in templates; `tests/it/placeholders.rs`
//! holds them to it, field by field.

use super::doc_control::key_pos;
use super::read::Ctx;
use crate::diag::Code;
use crate::input::yaml::{Kind, Node, Pos};
use crate::model::{AiPolicy, AiSystem, Applicability, Decision, Reason};

/// What the documents depend on besides their own records.
pub struct Facts<'a> {
    /// ISO/IEC 42001 is in scope (the AI policy is written).
    pub policy_written: bool,
    pub decisions: &'a [Decision],
    /// The control decisions could be read (the catalogs in scope were): the placeholders
    /// that depend on them are judged only then.
    pub controls_read: bool,
    pub ai_systems: &'a [AiSystem],
    /// The SoA's `next_review`, which the policy's falls back to.
    pub soa_next_review: bool,
}

/// Warns for every placeholder an approved AI policy or impact assessment would show.
pub fn check(ctx: &mut Ctx<'_>, root: &Node, policy: &AiPolicy, facts: &Facts<'_>) {
    if facts.policy_written && policy.control.approval_date.is_some() {
        let at = root
            .get("ai_policy")
            .and_then(|n| key_pos(n, "approval_date"));
        for (section, missing, help) in policy_gaps(policy, facts) {
            warn(ctx, at, "the AI policy", section, missing, help);
        }
    }
    for s in facts.ai_systems {
        let Some(a) = s
            .assessment
            .as_ref()
            .filter(|a| a.control.approval_date.is_some())
        else {
            continue;
        };
        let at = system_node(root, &s.id)
            .and_then(|n| n.get("assessment"))
            .and_then(|n| key_pos(n, "approval_date"));
        let what = format!("the impact assessment of `{}`", s.id);
        let mut gaps = system_gaps(s);
        if a.control.next_review.is_none() {
            let help = "add `next_review: YYYY-MM-DD` under `assessment:`";
            gaps.push(("10. Monitoring and review", "no `next_review`", help));
        }
        if a.control.approver.is_none() {
            let help = "add `approver:` under `assessment:`, the role that approved it";
            gaps.push(("11. Approval", "no `approver`", help));
        }
        for (section, missing, help) in gaps {
            warn(ctx, at, &what, section, missing, help);
        }
    }
}

fn warn(ctx: &mut Ctx<'_>, at: Option<Pos>, what: &str, section: &str, missing: &str, help: &str) {
    let Some(at) = at else { return };
    ctx.warning(
        Code::PlaceholderInApproved,
        at,
        format!("{what} is marked approved but \"{section}\" still shows [To complete]: {missing}"),
        Some(format!(
            "{help}; or remove `approval_date` until it is complete"
        )),
    );
}

type Gap = (&'static str, &'static str, &'static str);

/// The policy's placeholders, in section order: (section, field, how to fill it).
fn policy_gaps(p: &AiPolicy, facts: &Facts<'_>) -> Vec<Gap> {
    let applicable_42001 = || {
        facts
            .decisions
            .iter()
            .filter_map(|d| match &d.applicability {
                Applicability::Applicable(inc) if d.id.namespace == "42001" => Some(inc),
                _ => None,
            })
    };
    let requirement = applicable_42001().any(|inc| {
        inc.reasons
            .iter()
            .any(|r| matches!(r, Reason::Legal | Reason::Contractual))
    });
    let checks: [(bool, Gap); 11] = [
        (p.purpose.is_none(), ("1. Purpose", "no `purpose`", "write it under `ai_policy:` as `purpose:`")),
        (facts.ai_systems.is_empty(), ("2. Scope", "no `ai_systems`", "list the AI systems in scope under `ai_systems:`")),
        (facts.ai_systems.iter().any(|s| s.owner.is_none()), ("2. Scope", "an AI system without `owner`", "give every AI system an `owner:`")),
        (p.principles.is_empty(), ("3. Principles", "no `principles`", "list them under `ai_policy:` as `principles:`")),
        (p.objectives.is_empty(), ("4. Framework for setting AI objectives", "no `objectives`", "list them under `ai_policy:` as `objectives:`")),
        (facts.controls_read && !requirement, ("5. Commitment to applicable requirements", "no ISO/IEC 42001 control applied for a `legal` or `contractual` reason", "give a `legal` or `contractual` reason on the ISO/IEC 42001 controls that meet a requirement")),
        (p.related_policies.is_empty(), ("7. Relation to other policies", "no `related_policies`", "list them under `ai_policy:` as `related_policies:`")),
        (facts.controls_read && applicable_42001().next().is_none(), ("8. Roles and responsibilities", "no applicable ISO/IEC 42001 control", "decide the ISO/IEC 42001 controls with their owners")),
        (p.communication.is_none(), ("9. Communication and availability", "no `communication`", "write it under `ai_policy:` as `communication:`")),
        (p.exceptions.is_none(), ("10. Deviations and exceptions", "no `exceptions`", "write it under `ai_policy:` as `exceptions:`")),
        (p.control.next_review.is_none() && !facts.soa_next_review, ("11. Review", "no `next_review`", "add `next_review: YYYY-MM-DD` under `ai_policy:`")),
    ];
    checks
        .into_iter()
        .filter(|(gap, _)| *gap)
        .map(|(_, g)| g)
        .collect()
}

/// An impact assessment's placeholders, in section order.
fn system_gaps(s: &AiSystem) -> Vec<Gap> {
    let checks: [(bool, Gap); 7] = [
        (
            s.jurisdictions.is_empty(),
            (
                "1. Scope of the assessment",
                "no `jurisdictions`",
                "list them under the AI system as `jurisdictions:`",
            ),
        ),
        (
            s.owner.is_none(),
            (
                "1. Scope of the assessment",
                "no `owner`",
                "give the AI system an `owner:`",
            ),
        ),
        (
            s.description.is_none(),
            (
                "2. The AI system",
                "no `description`",
                "describe it under the AI system as `description:`",
            ),
        ),
        (
            s.foreseeable_misuse.is_empty(),
            (
                "2. The AI system",
                "no `foreseeable_misuse`",
                "list it under the AI system as `foreseeable_misuse:`",
            ),
        ),
        (
            s.models.is_empty(),
            (
                "4. Algorithms and models",
                "no `models`",
                "list them under the AI system as `models:`",
            ),
        ),
        (
            s.vulnerable_groups.is_empty(),
            (
                "5. Interested parties affected",
                "no `vulnerable_groups`",
                "list them under the AI system as `vulnerable_groups:`",
            ),
        ),
        (
            s.impacts.is_empty(),
            (
                "7. Impacts",
                "no `impacts`",
                "record the impacts under the AI system as `impacts:`",
            ),
        ),
    ];
    checks
        .into_iter()
        .filter(|(gap, _)| *gap)
        .map(|(_, g)| g)
        .collect()
}

/// The `ai_systems:` item whose `id` is `id`.
fn system_node<'n>(root: &'n Node, id: &str) -> Option<&'n Node> {
    match &root.get("ai_systems")?.kind {
        Kind::Seq(items) => items
            .iter()
            .find(|i| i.get("id").and_then(Node::scalar).map(str::trim) == Some(id)),
        _ => None,
    }
}
