//! `annexa init`: a starter decisions file listing every control of the chosen catalogs,
//! undecided, so `annexa validate` lists exactly what is left to decide.
//!
//! The file is written for the catalogs chosen, and only for them: a 27001-only file shows no
//! AI section and no 42001 example, an AI-only file starts an AI system inventory. Optional
//! sections (`defaults:`, `management_system:`) are there, commented out, with a line saying
//! what they are for; `annexa help decisions` gives the whole schema from the binary.

use crate::model::{natural_cmp, AiRole, Catalog, Clause};
use std::fmt::Write as _;

/// What a starter file holds besides the catalogs' controls: `annexa import` fills the
/// decisions (and the risks and additional controls its sheet names) into the same layout.
pub struct Fill<'a> {
    /// The opening comment's first lines (who wrote the file, from what).
    pub origin: String,
    /// The `risks:` section (the commented empty list when `None`).
    pub risks: Option<String>,
    /// The `additional_controls:` section, when there is one.
    pub additional: Option<String>,
    /// The lines under a control's key (`namespace`, local ID), each indented by four spaces,
    /// ending in a newline; `None` for an undecided control.
    pub control: &'a dyn Fn(&str, &str) -> Option<String>,
    /// Comment lines (`  # …\n`) to write above a control's key.
    pub above: &'a dyn Fn(&str, &str) -> String,
}

/// The starter file's text for the given catalogs (in order).
pub fn starter(catalogs: &[Catalog]) -> String {
    starter_with(
        catalogs,
        &Fill {
            origin: "# annexa decisions file, written by `annexa init`.\n".into(),
            risks: None,
            additional: None,
            control: &|_, _| None,
            above: &|_, _| String::new(),
        },
    )
}

/// The starter layout with the decisions `fill` gives.
pub fn starter_with(catalogs: &[Catalog], fill: &Fill<'_>) -> String {
    let has = |ns: &str| catalogs.iter().any(|c| c.namespace == ns);
    let mut s = String::new();
    s.push_str(&fill.origin);
    s.push_str(
        "# Fill in every empty value and decide every control; `annexa validate soa.yaml` lists\n\
         # what is left. Every field, with examples: `annexa help decisions`.\n\n",
    );
    s.push_str("organisation:\n  name:\n  scope:\n");
    if has("27001") {
        s.push_str(
            "    isms:     # the boundaries of the information security management system\n",
        );
    }
    if has("42001") {
        s.push_str("    aims:     # the boundaries of the AI management system\n");
        let _ = writeln!(s, "  ai_roles: []   # from: {}", AiRole::KEYS.join(", "));
    }
    s.push_str(
        "\ndocument:\n  id:\n  version: \"0.1\"\n  classification: Internal\n  owner:          # a role\n  \
         approver:       # a role\n  approval_date:  # YYYY-MM-DD\n  \
         review_cycle: Annually, and after any significant change\n  next_review:    # YYYY-MM-DD\n  \
         revisions: []\n",
    );
    s.push_str("\ncatalogs:\n");
    for c in catalogs {
        let _ = writeln!(s, "  - {}", c.key);
    }
    match &fill.risks {
        Some(r) => s.push_str(r),
        None => s.push_str(
            "\nrisks: []   # - { id: R-01, title: ... } entries that decisions name in `risks:`\n",
        ),
    }
    defaults(&mut s, catalogs);
    if has("42001") {
        ai_systems(&mut s);
    }
    management_system(&mut s, catalogs);
    controls(&mut s, catalogs, fill);
    if let Some(a) = &fill.additional {
        s.push_str(a);
    }
    s
}

/// A commented `defaults:` example: values shared by a whole catalog or group save most of the
/// typing.
fn defaults(s: &mut String, catalogs: &[Catalog]) {
    let Some(c) = catalogs.first() else { return };
    let group = c.groups.iter().find(|g| g.parent.is_none());
    s.push_str(
        "\n# Values every applicable control of a catalog or group shares, so each control needs\n\
         # only its own decision (a control's own value wins). Fields: owner, reasons, risks,\n\
         # implementation, last_review.\n\
         # defaults:\n",
    );
    let _ = writeln!(s, "#   \"{}\":", c.namespace);
    s.push_str("#     owner:            # a role\n#     reasons: [risk]\n");
    if let Some(g) = group {
        let _ = writeln!(
            s,
            "#   \"{}:{}\":   # {} {}",
            c.namespace, g.id, c.group_label, g.title
        );
        s.push_str("#     owner:            # a role\n");
    }
}

/// A commented `ai_systems:` stub: each AI system gets an impact assessment.
fn ai_systems(s: &mut String) {
    s.push_str(
        "\n# The AI systems in scope: each gets an AI system impact assessment (42001 6.1.4).\n\
         # Uncomment and fill in one entry per system; `annexa help decisions` lists every field.\n\
         # ai_systems:\n\
         #   - id: my-system            # lower case letters, digits and '-'\n\
         #     name:\n\
         #     purpose:\n\
         #     intended_users: []\n\
         #     affected_parties: []\n",
    );
    let _ = writeln!(
        s,
        "#     role: []               # from: {}",
        AiRole::KEYS.join(", ")
    );
    s.push_str(
        "#     data: []\n\
         #     autonomy:\n\
         #     human_oversight:\n\
         #     lifecycle_stage: design  # inception, design, development, verification,\n\
         #                              #   deployment, operation, retired\n",
    );
}

/// Every control of every catalog, undecided, under a heading per group.
fn controls(s: &mut String, catalogs: &[Catalog], fill: &Fill<'_>) {
    s.push_str("\ncontrols:\n");
    let mut first = true;
    for c in catalogs {
        let standard = c.standard.as_deref().unwrap_or(&c.name);
        for g in &c.groups {
            let controls: Vec<_> = c.controls.iter().filter(|x| x.group == g.id).collect();
            if controls.is_empty() {
                continue;
            }
            let _ = writeln!(s, "  # {standard}, {} {} {}", c.group_label, g.id, g.title);
            for x in controls {
                s.push_str(&(fill.above)(&c.namespace, &x.id));
                let _ = writeln!(s, "  {}:{}:  # {}", c.namespace, x.id, x.title);
                if let Some(body) = (fill.control)(&c.namespace, &x.id) {
                    s.push_str(&body);
                } else if first {
                    s.push_str(
                        "    applicable:  # true: add reasons, status and justification; \
                         false: add a justification\n",
                    );
                    first = false;
                } else {
                    s.push_str("    applicable:\n");
                }
            }
        }
    }
}

/// A `management_system:` map with every clause of the catalogs, commented out, to fill in.
/// Without the section no management-system matrix is written.
fn management_system(s: &mut String, catalogs: &[Catalog]) {
    let with_clauses: Vec<&Catalog> = catalogs.iter().filter(|c| !c.clauses.is_empty()).collect();
    let mut ids: Vec<&str> = with_clauses
        .iter()
        .flat_map(|c| c.clauses.iter().map(|k| k.id.as_str()))
        .collect();
    if ids.is_empty() {
        return;
    }
    ids.sort_by(|a, b| natural_cmp(a, b));
    ids.dedup();
    s.push_str(
        "\n# How you meet each clause 4-10 (optional: with it, annexa writes the management-system\n\
         # matrix). Uncomment `management_system:` and a clause, and say the process and its owner.\n",
    );
    if let [one, ..] = with_clauses.as_slice() {
        if with_clauses.len() > 1 {
            let _ = writeln!(
                s,
                "# \"9.2\" is one process for every standard with clause 9.2; \"{}:9.2\" is that\n\
                 # standard's only.",
                one.namespace
            );
        }
    }
    s.push_str(
        "# A clause without an entry takes its parent's (9.2 covers 9.2.1).\n# management_system:\n",
    );
    for id in ids {
        let _ = writeln!(s, "#   \"{id}\":  # {}", clause_title(id, &with_clauses));
    }
    s.push_str("#     process:\n#     owner:          # a role\n#     evidence: []\n");
}

/// A clause's title; where the standards title the same number differently, each standard's,
/// and a number only one of several standards has says so.
fn clause_title(id: &str, catalogs: &[&Catalog]) -> String {
    let holders: Vec<(&Catalog, &Clause)> = catalogs
        .iter()
        .filter_map(|c| c.clauses.iter().find(|k| k.id == id).map(|k| (*c, k)))
        .collect();
    let standard = |c: &Catalog| c.standard.clone().unwrap_or_else(|| c.name.clone());
    match holders.as_slice() {
        [(c, k)] if catalogs.len() > 1 => format!("{} ({} only)", k.title, standard(c)),
        [(_, k), rest @ ..] if rest.iter().all(|(_, o)| o.title == k.title) => k.title.clone(),
        _ => holders
            .iter()
            .map(|(c, k)| format!("{}: {}", c.namespace, k.title))
            .collect::<Vec<_>>()
            .join("; "),
    }
}
