//! `risks:` of an assessed impact: the entries of the risk register the impact informs.
//!
//! ISO/IEC 42001 feeds the AI system impact assessment (6.1.4) into the AI risk assessment
//! (6.1.2); naming the risks here is how the two records point at each other, and what
//! [`super::risk_checks`] looks for when an AI risk names the system. Each must be in `risks:`.

use super::fields::Fields;
use super::read::Ctx;
use crate::diag::{closest, Code};
use crate::model::Risk;

/// The risks an impact names, each checked against the register.
pub fn impact_risks(ctx: &mut Ctx<'_>, i: &Fields<'_>, risks: &[Risk]) -> Vec<String> {
    let mut out = Vec::new();
    for (id, pos) in ctx.text_list(i.get("risks"), "risks") {
        if risks.iter().any(|r| r.id == id) {
            out.push(id);
            continue;
        }
        let help = closest(&id, risks.iter().map(|r| r.id.as_str()))
            .map(|c| format!("did you mean `{c}`?"))
            .or_else(|| Some("add the risk to `risks:` at the top of the file".into()));
        let msg = format!("risk `{id}` is not in `risks:`");
        ctx.error(Code::UnknownRisk, pos, msg, help);
    }
    out
}
