//! `annexa init`: a starter decisions file listing every control of the chosen catalogs,
//! undecided, so `annexa validate` lists exactly what is left to decide.

use crate::model::{natural_cmp, AiRole, Catalog};
use std::fmt::Write as _;

/// The starter file's text for the given catalogs (in order).
pub fn starter(catalogs: &[Catalog]) -> String {
    let has = |ns: &str| catalogs.iter().any(|c| c.namespace == ns);
    let mut s = String::new();
    s.push_str(
        "# annexa decisions file, written by `annexa init`.\n\
         # Fill in every empty value and decide every control; `annexa validate soa.yaml` lists\n\
         # what is left. The schema, with a complete example: examples/README.md in annexa's sources.\n\n",
    );
    s.push_str("organisation:\n  name:\n  scope:\n");
    if has("27001") {
        s.push_str(
            "    isms:     # the boundaries of the information security management system\n",
        );
    }
    if has("42001") {
        s.push_str("    aims:     # the boundaries of the AI management system\n");
    }
    if has("42001") {
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
    s.push_str(
        "\nrisks: []   # - { id: R-01, title: ... } entries that decisions name in `risks:`\n",
    );
    management_system(&mut s, catalogs);
    s.push_str("\ncontrols:\n");
    let mut first = true;
    for c in catalogs {
        for g in &c.groups {
            let controls: Vec<_> = c.controls.iter().filter(|x| x.group == g.id).collect();
            if controls.is_empty() {
                continue;
            }
            let _ = writeln!(s, "  # {} {} {}", c.name, g.id, g.title);
            for x in controls {
                let _ = writeln!(s, "  {}:{}:  # {}", c.namespace, x.id, x.title);
                if first {
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
    s
}

/// A `management_system:` map with every clause of the catalogs commented out, to fill in.
fn management_system(s: &mut String, catalogs: &[Catalog]) {
    let mut ids: Vec<&str> = catalogs
        .iter()
        .flat_map(|c| c.clauses.iter().map(|k| k.id.as_str()))
        .collect();
    if ids.is_empty() {
        return;
    }
    ids.sort_by(|a, b| natural_cmp(a, b));
    ids.dedup();
    s.push_str(
        "\n# How you meet each clause 4-10: uncomment a clause and say the process and its owner.\n\
         # \"9.2\" is one process for every standard with clause 9.2; \"42001:9.2\" is that\n\
         # standard's only. A clause without an entry takes its parent's (9.2 covers 9.2.1).\n\
         management_system:\n",
    );
    for id in ids {
        let holders: Vec<&Catalog> = catalogs
            .iter()
            .filter(|c| c.clauses.iter().any(|k| k.id == id))
            .collect();
        let title = holders
            .first()
            .and_then(|c| c.clauses.iter().find(|k| k.id == id))
            .map_or("", |k| k.title.as_str());
        let only = match holders.as_slice() {
            [one] if catalogs.iter().filter(|c| !c.clauses.is_empty()).count() > 1 => {
                format!(" ({} only)", one.standard.as_deref().unwrap_or(&one.name))
            }
            _ => String::new(),
        };
        let _ = writeln!(s, "  # \"{id}\":  # {title}{only}");
    }
    s.push_str("  #   process:\n  #   owner:          # a role\n  #   evidence: []\n");
}
