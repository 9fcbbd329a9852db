//! `defaults:`: values shared by every control of a catalog (`27001:`) or of a group
//! (`27001:A.8:`), so that an owner or the reasons are written once.
//!
//! Only what may be shared is accepted (owner, reasons, risks, implementation, last review);
//! applicability, justification and status are decided per control. A control takes each value
//! from its own decision first, then from its group's defaults (nearest group first), then from
//! its catalog's.

use super::control_ids::closest_id;
use super::controls::Refs;
use super::fields::{entries, Fields};
use super::read::Ctx;
use crate::diag::{closest, Code};
use crate::input::yaml::Pos;
use crate::model::{Catalog, ControlId, Date, Reason};

const DEFAULT_FIELDS: &[&str] = &["owner", "reasons", "risks", "implementation", "last_review"];

fn explain_default(name: &str) -> Option<String> {
    match name {
        "applicable" | "justification" | "status" | "status_reason" | "target_date" => Some(format!(
            "`{name}` cannot be a default: applicability, justification and status are decided per control"
        )),
        _ => None,
    }
}

/// Shared values for a catalog or group.
#[derive(Default, Clone)]
pub struct Shared {
    pub owner: Option<String>,
    pub reasons: Option<Vec<Reason>>,
    pub risks: Option<Vec<(String, Pos)>>,
    pub implementation: Option<String>,
    pub last_review: Option<Date>,
}

/// Every valid entry of `defaults:`: the namespace, the group (none for the whole catalog) and
/// the shared values.
pub struct Defaults(Vec<(String, Option<String>, Shared)>);

/// Reads `defaults:`: keys are a catalog namespace or `namespace:group`.
pub fn defaults(
    ctx: &mut Ctx<'_>,
    top: &Fields<'_>,
    catalogs: &[Catalog],
    refs: &Refs<'_>,
) -> Defaults {
    let mut out: Vec<(String, Option<String>, Shared)> = Vec::new();
    for (key, key_node, value) in entries(ctx, top.get("defaults"), "defaults") {
        let Some((ns, group)) = selector(ctx, key, key_node.pos, catalogs) else {
            continue;
        };
        if out.iter().any(|(n, g, _)| *n == ns && *g == group) {
            ctx.error(
                Code::DuplicateField,
                key_node.pos,
                format!("defaults for `{key}` are given twice"),
                None,
            );
            continue;
        }
        let what = format!("the defaults for `{key}`");
        let Some(f) = Fields::open(
            ctx,
            value,
            what,
            key_node.pos,
            DEFAULT_FIELDS,
            explain_default,
        ) else {
            continue;
        };
        out.push((ns, group, shared(ctx, &f, refs)));
    }
    Defaults(out)
}

/// The namespace and group a key selects, or why it selects nothing.
fn selector(
    ctx: &mut Ctx<'_>,
    key: &str,
    pos: Pos,
    catalogs: &[Catalog],
) -> Option<(String, Option<String>)> {
    let (ns, group) = match key.split_once(':') {
        Some((ns, g)) => (ns.to_string(), Some(g.to_string())),
        None => (key.to_string(), None),
    };
    let Some(catalog) = catalogs.iter().find(|c| c.namespace == ns) else {
        let help = closest(&ns, catalogs.iter().map(|c| c.namespace.as_str()))
            .map(|c| format!("did you mean `{c}`?"));
        ctx.error(
            Code::UnknownSelector,
            pos,
            format!("`{key}` names no catalog in scope"),
            help,
        );
        return None;
    };
    if let Some(g) = &group {
        if catalog.group(g).is_none() {
            let groups: Vec<String> = catalog
                .groups
                .iter()
                .map(|x| format!("{ns}:{}", x.id))
                .collect();
            let help =
                closest_id(key, &groups).or_else(|| Some(format!("groups: {}", groups.join(", "))));
            ctx.error(
                Code::UnknownSelector,
                pos,
                format!("`{key}` is not a group of {}", catalog.name),
                help,
            );
            return None;
        }
    }
    Some((ns, group))
}

/// The shared values of one entry; risks must exist.
fn shared(ctx: &mut Ctx<'_>, f: &Fields<'_>, refs: &Refs<'_>) -> Shared {
    let d = Shared {
        owner: ctx.text(f.get("owner"), "owner"),
        reasons: f
            .get("reasons")
            .map(|n| ctx.keywords(Some(n), "reasons", Reason::parse, Reason::KEYS)),
        risks: f.get("risks").map(|n| ctx.text_list(Some(n), "risks")),
        implementation: ctx.text(f.get("implementation"), "implementation"),
        last_review: ctx.date(f.get("last_review"), "last_review"),
    };
    for (risk, pos) in d.risks.iter().flatten() {
        if !refs.risks.iter().any(|r| &r.id == risk) {
            ctx.error(
                Code::UnknownRisk,
                *pos,
                format!("risk `{risk}` is not in `risks:`"),
                None,
            );
        }
    }
    d
}

impl Defaults {
    /// The defaults that apply to a control, most specific first.
    pub fn chain(&self, id: &ControlId, catalogs: &[Catalog]) -> Vec<&Shared> {
        let Some(catalog) = catalogs.iter().find(|c| c.namespace == id.namespace) else {
            return Vec::new();
        };
        let Some(control) = catalog.control(&id.local) else {
            return Vec::new();
        };
        let mut chain: Vec<&Shared> = Vec::new();
        for g in catalog.group_chain(&control.group) {
            chain.extend(self.of(&id.namespace, Some(&g.id)));
        }
        chain.extend(self.of(&id.namespace, None));
        chain
    }

    /// The defaults of one selector: a namespace and a group, or the whole catalog.
    fn of<'s>(&'s self, ns: &str, group: Option<&str>) -> Vec<&'s Shared> {
        self.0
            .iter()
            .filter(|(n, g, _)| n == ns && g.as_deref() == group)
            .map(|(_, _, d)| d)
            .collect()
    }
}
