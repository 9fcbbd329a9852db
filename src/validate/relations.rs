//! The Annex A relations file → [`Relations`], and the check it makes possible.
//!
//! The file is an informative mapping (annexa ships one, 27001 → 42001, written by its authors;
//! `relations:` in the decisions file replaces it). Every ID in it must name a control of a
//! catalog in scope, so a typo is an error with a "did you mean", like a decision's key. The
//! shipped file is used only when every catalog it names is in scope: a 27001-only decisions
//! file simply has no relations. Once the decisions are read, [`excluded_support`] warns where
//! a control is applicable but every control said to support it is excluded.

use super::read::{entries, Ctx, Fields};
use crate::diag::{closest, Code, Diagnostic};
use crate::input::yaml::{Kind, Node, Pos};
use crate::input::{Named, BUILTIN_RELATIONS};
use crate::model::{Applicability, Catalog, ControlId, Decision, Relation, Relations};

const FILE_FIELDS: &[&str] = &["title", "author", "statement", "relations"];
const ENTRY_FIELDS: &[&str] = &["supported_by", "rationale"];

fn explain_entry(name: &str) -> Option<String> {
    match name {
        "related" | "supports" | "controls" | "mapped_to" => Some(
            "list the controls that support this one under `supported_by:`, e.g. `supported_by: [27001:A.5.34]`".into(),
        ),
        "note" | "notes" | "why" | "reason" => Some("the explanation goes in `rationale:`".into()),
        _ => None,
    }
}

/// Reads the relations file `named` (already parsed by [`crate::input`]). `None` when there is
/// none in force, or when it has errors (they are in `ctx`).
pub fn relations(ctx: &mut Ctx<'_>, named: &Named, catalogs: &[Catalog]) -> Option<Relations> {
    let tree = named.tree.as_ref()?;
    let builtin = named.key == BUILTIN_RELATIONS;
    if builtin
        && !namespaces(&tree.root)
            .iter()
            .all(|ns| in_scope(catalogs, ns))
    {
        return None;
    }
    let decisions_file = ctx.file;
    ctx.file = tree.file;
    let before = ctx.diags.errors();
    let out = read(ctx, named, &tree.root, catalogs);
    let failed = ctx.diags.errors() > before;
    ctx.file = decisions_file;
    out.filter(|_| !failed)
}

fn read(ctx: &mut Ctx<'_>, named: &Named, root: &Node, catalogs: &[Catalog]) -> Option<Relations> {
    let what = "the relations file";
    let f = Fields::open(
        ctx,
        root,
        what,
        root.pos,
        FILE_FIELDS,
        super::read::no_explain,
    )?;
    let title = ctx.req_text(&f, "title", "add `title:`, what the mapping relates");
    let author = ctx.req_text(&f, "author", "add `author:`, who wrote the mapping");
    let statement = ctx.req_text(
        &f,
        "statement",
        "add `statement:`, what the mapping is (e.g. informative, written by whom, on what basis)",
    );
    if f.get("relations").is_none() {
        ctx.missing(
            &f,
            "relations",
            "add `relations:`, a map from a control to the controls that support it",
        );
    }
    let mut links: Vec<(Relation, Pos)> = Vec::new();
    for (key, key_node, value) in entries(ctx, f.get("relations"), "relations") {
        let id = resolve(ctx, key.trim(), key_node.pos, catalogs);
        let what = format!("the relations of `{}`", key.trim());
        let Some(e) = Fields::open(ctx, value, what, key_node.pos, ENTRY_FIELDS, explain_entry)
        else {
            continue;
        };
        let rationale = ctx.text(e.get("rationale"), "rationale");
        let mut supported_by: Vec<ControlId> = Vec::new();
        for (text, pos) in ctx.text_list(e.get("supported_by"), "supported_by") {
            let Some(other) = resolve(ctx, &text, pos, catalogs) else {
                continue;
            };
            if id.as_ref() == Some(&other) {
                ctx.error(
                    Code::SelfRelation,
                    pos,
                    format!("`{other}` is listed as supporting itself"),
                    Some("remove it from `supported_by:`".into()),
                );
            } else if supported_by.contains(&other) {
                ctx.error(
                    Code::DuplicateId,
                    pos,
                    format!("`{other}` is listed twice in `supported_by`"),
                    None,
                );
            } else {
                supported_by.push(other);
            }
        }
        if e.get("supported_by").is_none() {
            ctx.missing(
                &e,
                "supported_by",
                "list the controls that support this one, e.g. `supported_by: [27001:A.5.34]`",
            );
        }
        let Some(control) = id else {
            continue;
        };
        if let Some((_, first)) = links.iter().find(|(l, _)| l.control == control) {
            ctx.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    ctx.file,
                    key_node.pos,
                    format!("`{control}` has relations given twice"),
                )
                .note(format!(
                    "first given at line {}, column {}",
                    first.line, first.col
                ))
                .help("merge the two entries into one"),
            );
            continue;
        }
        links.push((
            Relation {
                control,
                supported_by,
                rationale,
            },
            key_node.pos,
        ));
    }
    let order = |id: &ControlId| catalogs.iter().position(|c| c.namespace == id.namespace);
    let mut links: Vec<Relation> = links.into_iter().map(|(l, _)| l).collect();
    links.sort_by(|a, b| {
        order(&a.control)
            .cmp(&order(&b.control))
            .then_with(|| a.control.cmp(&b.control))
    });
    Some(Relations {
        file: named.key.clone(),
        title: title?,
        author: author?,
        statement: statement?,
        links,
    })
}

fn in_scope(catalogs: &[Catalog], ns: &str) -> bool {
    catalogs.iter().any(|c| c.namespace == ns)
}

/// The namespaces a relations tree names, in keys and lists (for deciding whether the shipped
/// file applies at all).
fn namespaces(root: &Node) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: &str| {
        if let Some((ns, _)) = s.split_once(':') {
            let ns = ns.trim().to_string();
            if !out.contains(&ns) {
                out.push(ns);
            }
        }
    };
    let Kind::Map(top) = &root.kind else {
        return Vec::new();
    };
    for (_, v) in top.iter().filter(|(k, _)| k.scalar() == Some("relations")) {
        let Kind::Map(items) = &v.kind else { continue };
        for (k, entry) in items {
            k.scalar().into_iter().for_each(&mut add);
            let Kind::Map(fields) = &entry.kind else {
                continue;
            };
            for (_, list) in fields
                .iter()
                .filter(|(k, _)| k.scalar() == Some("supported_by"))
            {
                match &list.kind {
                    Kind::Seq(ids) => ids.iter().filter_map(Node::scalar).for_each(&mut add),
                    Kind::Scalar { text, .. } => add(text),
                    Kind::Map(_) => {}
                }
            }
        }
    }
    out
}

/// Resolves a namespaced control ID against the catalogs in scope, or explains why not.
fn resolve(ctx: &mut Ctx<'_>, text: &str, pos: Pos, catalogs: &[Catalog]) -> Option<ControlId> {
    let all: Vec<String> = catalogs
        .iter()
        .flat_map(|c| {
            c.controls
                .iter()
                .map(move |x| format!("{}:{}", c.namespace, x.id))
        })
        .collect();
    let suggest = |candidates: &[String]| {
        closest(text, candidates.iter().map(String::as_str)).map(|c| format!("did you mean `{c}`?"))
    };
    let Some(id) = ControlId::parse(text) else {
        let same: Vec<String> = all
            .iter()
            .filter(|full| full.split_once(':').is_some_and(|(_, l)| l == text))
            .map(|full| format!("`{full}`"))
            .collect();
        let help = match same.as_slice() {
            [] => suggest(&all).unwrap_or_else(|| {
                "write the control with its catalog's namespace, e.g. `27001:A.5.34`".into()
            }),
            [one] => format!("write {one}"),
            many => format!(
                "it exists in more than one catalog: write {}",
                many.join(" or ")
            ),
        };
        let help = Some(help);
        ctx.error(
            Code::MissingNamespace,
            pos,
            format!("control ID `{text}` has no catalog namespace"),
            help,
        );
        return None;
    };
    let Some(catalog) = catalogs.iter().find(|c| c.namespace == id.namespace) else {
        let known: Vec<&str> = catalogs.iter().map(|c| c.namespace.as_str()).collect();
        ctx.error(
            Code::UnknownControl,
            pos,
            format!("no catalog in scope has the namespace of `{text}`"),
            Some(format!(
                "catalogs in scope: {}; a relation can only name controls of those",
                known.join(", ")
            )),
        );
        return None;
    };
    if catalog.control(&id.local).is_none() {
        let own: Vec<String> = all
            .iter()
            .filter(|full| full.starts_with(&format!("{}:", catalog.namespace)))
            .cloned()
            .collect();
        ctx.error(
            Code::UnknownControl,
            pos,
            format!("`{text}` is not a control of {}", catalog.name),
            suggest(&own),
        );
        return None;
    }
    Some(id)
}

/// Warns where a control is applicable but every control said to support it is excluded: the
/// statement then leans on controls the organisation does not run. The warning points at the
/// control's decision in the decisions file (`keys`: where each decision is written).
pub fn excluded_support(
    ctx: &mut Ctx<'_>,
    relations: &Relations,
    decisions: &[Decision],
    keys: &[(ControlId, Pos)],
) {
    let excluded = |id: &ControlId| {
        decisions
            .iter()
            .find(|d| &d.id == id)
            .is_some_and(|d| d.applicability == Applicability::Excluded)
    };
    for link in &relations.links {
        let applicable = decisions
            .iter()
            .find(|d| d.id == link.control)
            .is_some_and(|d| matches!(d.applicability, Applicability::Applicable(_)));
        if !applicable || link.supported_by.is_empty() || !link.supported_by.iter().all(excluded) {
            continue;
        }
        let pos = keys
            .iter()
            .find(|(id, _)| *id == link.control)
            .map_or(Pos::default(), |(_, p)| *p);
        let related: Vec<String> = link.supported_by.iter().map(|c| format!("`{c}`")).collect();
        ctx.warning(
            Code::RelatedControlsExcluded,
            pos,
            format!(
                "`{}` is applicable, but every control related to it is excluded ({})",
                link.control,
                related.join(", ")
            ),
            Some(
                "check those exclusions, or say in the justification what carries this control instead"
                    .into(),
            ),
        );
    }
}

/// Where each decision's key is written in `controls:` (read quietly: [`super::controls`]
/// reports what is wrong with the keys).
pub fn decision_keys(controls: Option<&Node>) -> Vec<(ControlId, Pos)> {
    let Some(Node {
        kind: Kind::Map(items),
        ..
    }) = controls
    else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|(k, _)| Some((ControlId::parse(k.scalar()?.trim())?, k.pos)))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::diag::Diagnostic;
    use crate::model::Soa;
    use std::path::Path;

    const LUMORA: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/lumora/soa.yaml"
    ));

    /// Validates the Lumora example, edited, in `dir` (where a relations file may be written).
    fn lumora_in(dir: &Path, old: &str, new: &str) -> (Option<Soa>, Vec<Diagnostic>) {
        assert!(LUMORA.contains(old), "the example has no {old:?}");
        let text = LUMORA.replacen(old, new, 1);
        let loaded = crate::input::load_text("soa.yaml", text.as_bytes(), dir);
        let v = crate::validate::validate(loaded);
        (v.soa, v.diagnostics.items)
    }

    const OWN: &str = "catalogs:\n  - iso27001-2022\n  - iso42001-2023\n";

    #[test]
    fn the_shipped_mapping_is_valid_and_ours() {
        let (soa, d) = lumora_in(Path::new(""), "", "");
        assert_eq!(d, []);
        let r = soa.and_then(|s| s.relations).expect("relations in force");
        assert_eq!(r.file, "built-in");
        assert_eq!(r.author, "The annexa authors");
        assert!(r.statement.contains("not taken from them"));
        assert_eq!(
            r.links.len(),
            34,
            "42001 controls with a related 27001 control"
        );
        assert!(r.links.iter().all(|l| l.control.namespace == "42001"
            && !l.supported_by.is_empty()
            && l.supported_by.iter().all(|s| s.namespace == "27001")
            && l.rationale.is_some()));
        // Catalog then natural order.
        let ids: Vec<String> = r.links.iter().map(|l| l.control.local.clone()).collect();
        let mut sorted = ids.clone();
        sorted.sort_by(|a, b| crate::model::natural_cmp(a, b));
        assert_eq!(ids, sorted);
    }

    #[test]
    fn the_shipped_mapping_needs_both_catalogs() {
        let only = crate::validate::shipped_relations(&[]);
        assert!(only.is_none());
    }

    #[test]
    fn a_user_file_replaces_it_and_unknown_ids_are_errors_with_positions() {
        let tmp = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            tmp.path().join("rel.yaml"),
            "title: Ours\nauthor: Lumora GRC\nstatement: Informative.\nrelations:\n  42001:A.6.2.8:\n    supported_by: [27001:A.8.155, 27001:A.8.17]\n  A.7.5:\n    supported_by: [27001:A.5.33]\n  42001:A.7.4:\n    supported_by: [42001:A.7.4]\n    note: x\n",
        )
        .expect("write");
        let (soa, d) = lumora_in(tmp.path(), OWN, &format!("{OWN}relations: rel.yaml\n"));
        assert!(soa.is_none());
        let mut d = d;
        d.sort_by_key(|x| (x.pos.line, x.pos.column));
        let got: Vec<(&str, u32, u32, Option<&str>)> = d
            .iter()
            .map(|d| (d.code.as_str(), d.pos.line, d.pos.column, d.help.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "unknown-control",
                    6,
                    20,
                    Some("did you mean `27001:A.8.15`?")
                ),
                (
                    "missing-namespace",
                    7,
                    3,
                    Some(
                        "it exists in more than one catalog: write `27001:A.7.5` or `42001:A.7.5`"
                    )
                ),
                (
                    "self-relation",
                    10,
                    20,
                    Some("remove it from `supported_by:`")
                ),
                (
                    "unknown-field",
                    11,
                    5,
                    Some("the explanation goes in `rationale:`")
                ),
            ]
        );
        assert!(
            d.iter().all(|x| x.file == d[0].file && x.file != 0),
            "in rel.yaml"
        );
    }

    #[test]
    fn an_applicable_control_whose_related_controls_are_all_excluded_is_flagged() {
        let tmp = tempfile::tempdir().expect("tempdir");
        // Lumora excludes 27001:A.7.4 and A.7.6 (no secure areas of its own).
        std::fs::write(
            tmp.path().join("rel.yaml"),
            "title: t\nauthor: a\nstatement: s\nrelations:\n  42001:A.4.5:\n    supported_by: [27001:A.7.4, 27001:A.7.6]\n  42001:A.4.4:\n    supported_by: [27001:A.7.4, 27001:A.8.9]\n",
        )
        .expect("write");
        let (soa, d) = lumora_in(tmp.path(), OWN, &format!("{OWN}relations: rel.yaml\n"));
        assert!(soa.is_some(), "a warning, not an error");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].code, crate::diag::Code::RelatedControlsExcluded);
        assert_eq!(d[0].file, 0, "points at the decision in the decisions file");
        let text = LUMORA.replacen(OWN, &format!("{OWN}relations: rel.yaml\n"), 1);
        let at = text.find("  42001:A.4.5:\n").expect("decision");
        assert_eq!(d[0].pos.line as usize, text[..at].lines().count() + 1);
        assert_eq!(
            d[0].message,
            "`42001:A.4.5` is applicable, but every control related to it is excluded (`27001:A.7.4`, `27001:A.7.6`)"
        );
    }

    #[test]
    fn an_unreadable_relations_file_is_an_error_where_it_is_named() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let (soa, d) = lumora_in(tmp.path(), OWN, &format!("{OWN}relations: missing.yaml\n"));
        assert!(soa.is_none());
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(
            (d[0].code, d[0].file),
            (crate::diag::Code::UnreadableFile, 0)
        );
    }
}
