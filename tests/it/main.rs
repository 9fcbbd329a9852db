//! The integration tests: one binary, a module per area (one link instead of seventeen).
//! Most modules run the real `annexa` binary through the `Test` builder in
//! [`support::test`]; the PDF, HTML, export and property modules call the library directly.
//!
//! Two lanes. `cargo test` runs the fast lane. The slow lane (the SIGKILL loop, the
//! many-organisation batch, the hundreds-of-megabytes inputs, headless Chromium, the tmpfs
//! full disk) is marked `#[ignore = "slow lane: …"]`; `.ci/run` runs both with
//! `cargo test -- --include-ignored`, and `cargo test -- --ignored` runs the slow lane alone.
//! The fast lane tests the same logic with less: 3 organisations, a few MB of nesting.
//!
//! Golden files (`tests/fixtures/*/expected*`, `tests/invalid/*/expected.stderr`) are rewritten
//! with `BLESS=1 cargo test --test it -- golden cli_invalid layout_dump`.

mod support;

mod batch;
mod branding;
mod browser;
mod bundle;
mod cli_invalid;
mod diff;
mod documents;
mod docx;
mod export;
mod golden;
mod hostile;
mod html;
mod i18n;
mod import;
mod kill;
mod limits;
mod management_system;
mod messages;
mod newuser;
mod pdf;
mod placeholders;
mod properties;
mod risks;
mod templates;
mod widths;
