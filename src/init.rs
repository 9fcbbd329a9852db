//! `annexa init`: a starter decisions file listing every control of the chosen catalogs,
//! undecided, so `annexa validate` lists exactly what is left to decide.

use crate::model::{AiRole, Catalog};
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
