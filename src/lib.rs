//! annexa: a Statement of Applicability generator for ISO/IEC 27001:2022 and ISO/IEC 42001:2023.
//!
//! The library owns the pipeline; the binary is a thin command line over it. Read top to bottom,
//! the modules are the stages in order:
//!
//! ```text
//! soa.yaml ─┐
//! catalogs ─┴─► input ─► validate ─► merge ─► render ──┬─► markdown ─► html, pdf, docx
//!              (YAML,    (→ model,   (model →  (tera)   └─► export: csv, json, xlsx
//!               files)    diag)      Document)                  │
//!                                                               ▼
//!                                                     output (write, bundle)
//! ```
//!
//! - [`input`]: read the decisions file and every file it names into positioned YAML nodes; the
//!   shipped catalogs are embedded.
//! - [`validate`]: nodes → the domain types of [`model`], and every problem as a [`diag`]nostic
//!   with file, line and column.
//! - [`merge`]: validated model → the [`merge::Document`] view model the templates receive;
//!   [`diff`] compares two validated models (the change log).
//! - [`render`]: the document → Markdown through tera, then HTML, PDF (our layout engine, with
//!   [`fonts`] for metrics), DOCX and the data exports, all in memory.
//! - [`output`]: the only stage that writes: temp files renamed when all are ready, bundles.
//!
//! [`build`], [`check`], [`compare`] and [`bundle`] run the stages in order for one request
//! ([`pipeline`]); [`write`](fn@write) puts a build on disk. The [`cli`] resolves its arguments, calls
//! them, prints and picks the exit code.

pub mod cli;
pub mod diag;
pub mod diff;
pub mod fonts;
pub mod i18n;
pub mod init;
pub mod input;
pub mod merge;
pub mod model;
pub mod output;
pub mod par;
pub mod pipeline;
pub mod render;
pub mod validate;

pub use pipeline::{
    build, build_into, bundle, check, compare, write, Built, Error, Report, Request, Source,
};
