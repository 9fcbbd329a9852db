//! Validate: YAML trees → the domain model ([`Soa`]), with every problem as a diagnostic.
//!
//! The walk never stops at the first problem: each part of the decisions file is read as far as
//! it can be, and cross-references (risks, AI systems, controls of every catalog in scope) are
//! checked once all parts are read. A [`Soa`] is returned only when there is no error; warnings
//! (an overdue review, a planned date already past) leave it usable.
//!
//! This file holds the entry points and the order of the walk: catalogs and overlays first (the
//! decisions are judged against them), then the relations file, the decisions file (`top.rs`),
//! and the theme. Each part of the input has its own module; `read.rs` and `fields.rs` turn YAML
//! nodes into values and records for all of them.

mod additional;
mod ai_systems;
mod assessments;
mod catalog;
mod clause_keys;
mod control_ids;
mod controls;
mod defaults;
mod doc_control;
mod document;
mod evidence;
mod exclusion;
mod fields;
mod impact_risks;
mod inclusion;
mod mgmt;
mod old_ids;
mod placeholders;
mod read;
mod relations;
mod risk_checks;
mod risk_criteria;
mod risks;
mod scope;
mod shipped;
mod support;
pub mod template_tags;
#[cfg(test)]
mod tests;
mod theme;
mod top;
mod vocabulary;

use crate::diag::{Code, Diagnostics, Sources};
use crate::input::{Loaded, Named};
use crate::model::{Catalog, Soa};
use read::Ctx;

pub use catalog::catalog as read_catalog;
pub use shipped::shipped_relations;

/// The result of validation: the model when the input has no error, and every diagnostic.
#[derive(Debug, Clone)]
pub struct Validated {
    pub soa: Option<Soa>,
    pub diagnostics: Diagnostics,
    pub sources: Sources,
    /// The branding, when the decisions file has a valid `theme:`.
    pub theme: Option<crate::model::theme::Theme>,
    /// The evidence paths the decisions file gives, for [`crate::input::evidence`] to check.
    pub evidence: Vec<crate::input::evidence::EvidenceRef>,
}

/// Validates a theme read on its own ([`crate::input::load_theme`]); `soa` stays `None`.
pub fn validate_theme(loaded: Loaded) -> Validated {
    let Loaded {
        sources,
        mut diagnostics,
        theme: source,
        ..
    } = loaded;
    let theme = source.as_ref().and_then(|t| {
        let mut ctx = Ctx {
            file: t.tree.file,
            diags: &mut diagnostics,
        };
        theme::theme(&mut ctx, t)
    });
    Validated {
        soa: None,
        theme: theme.filter(|_| diagnostics.errors() == 0),
        diagnostics,
        sources,
        evidence: Vec::new(),
    }
}

/// Validates everything [`crate::input::load`] read.
pub fn validate(loaded: Loaded) -> Validated {
    let mut v = validate_with(loaded, false);
    if v.diagnostics.errors() > 0 {
        v.soa = None;
    }
    v
}

/// For `annexa build --draft`: the same diagnostics as [`validate`], but the model is returned
/// whenever the file could be read into one, errors or not. A control whose decision has an
/// error is left out of the model (the draft shows it as undecided), except that an applicable
/// control without reasons (or naming no risk for the `risk` reason) keeps its decision with
/// the reasons it has: the model can hold that truthfully, and the draft lists the problem.
pub fn validate_draft(loaded: Loaded) -> Validated {
    validate_with(loaded, true)
}

fn validate_with(loaded: Loaded, draft: bool) -> Validated {
    let Loaded {
        sources,
        mut diagnostics,
        decisions,
        catalogs: named_catalogs,
        overlays,
        relations,
        theme: theme_source,
        ..
    } = loaded;
    let Some(tree) = decisions else {
        return Validated {
            soa: None,
            diagnostics,
            sources,
            theme: None,
            evidence: Vec::new(),
        };
    };
    let (catalogs, catalogs_ok) =
        catalogs_in_scope(&mut diagnostics, tree.file, &named_catalogs, &overlays);
    let mut ctx = Ctx {
        file: tree.file,
        diags: &mut diagnostics,
    };
    let relations = match (&relations, catalogs_ok) {
        (Some(named), true) => relations::relations(&mut ctx, named, &catalogs),
        _ => None,
    };
    let muted = if catalogs_ok {
        scope::missing_catalogs(&mut ctx, &tree.root, &catalogs)
    } else {
        Default::default()
    };
    let mut evidence = Vec::new();
    let soa = top::decisions_file(
        &mut ctx,
        &tree.root,
        (catalogs, catalogs_ok),
        relations,
        (&mut evidence, draft),
    );
    scope::drop_consequences(ctx.diags, tree.file, &muted);
    let theme = theme_source.as_ref().and_then(|t| {
        let mut ctx = Ctx {
            file: t.tree.file,
            diags: &mut diagnostics,
        };
        theme::theme(&mut ctx, t)
    });
    Validated {
        soa,
        diagnostics,
        sources,
        theme,
        evidence,
    }
}

/// The catalogs named in `catalogs:` with the overlays applied, and whether all of them could
/// be read. Without the catalogs in scope, every control ID would look unknown: when one cannot
/// be read, or none is named, control IDs are not checked (the reason is reported instead).
fn catalogs_in_scope(
    diagnostics: &mut Diagnostics,
    decisions_file: usize,
    named_catalogs: &[Named],
    overlays: &[Named],
) -> (Vec<Catalog>, bool) {
    let mut catalogs = Vec::new();
    let mut catalogs_ok = !named_catalogs.is_empty();
    for named in named_catalogs {
        let Some(t) = &named.tree else {
            catalogs_ok = false;
            continue;
        };
        let mut ctx = Ctx {
            file: t.file,
            diags: diagnostics,
        };
        match catalog::catalog(&mut ctx, &named.key, t) {
            Some(c)
                if catalogs
                    .iter()
                    .any(|o: &Catalog| o.namespace == c.namespace) =>
            {
                ctx.file = decisions_file;
                ctx.error(
                    Code::DuplicateCatalog,
                    named.pos,
                    format!("catalog namespace `{}` is in scope twice", c.namespace),
                    Some("list each catalog once under `catalogs:`".into()),
                );
            }
            Some(c) => catalogs.push(c),
            None => catalogs_ok = false,
        }
    }
    for named in overlays {
        if let Some(t) = &named.tree {
            let mut ctx = Ctx {
                file: t.file,
                diags: diagnostics,
            };
            catalog::overlay(&mut ctx, t, &mut catalogs);
        }
    }
    (catalogs, catalogs_ok)
}

/// Validates catalogs loaded on their own (for `annexa catalog`); invalid ones are left out.
pub fn validate_catalogs(loaded: Loaded) -> Vec<Catalog> {
    let mut diags = Diagnostics::default();
    loaded
        .catalogs
        .iter()
        .filter_map(|named| {
            let tree = named.tree.as_ref()?;
            let mut ctx = Ctx {
                file: tree.file,
                diags: &mut diags,
            };
            catalog::catalog(&mut ctx, &named.key, tree)
        })
        .collect()
}
