//! `annexa import` of a 1,000-row workbook (target: ≤ 200 ms, issue 15), in process: reading the
//! workbook (calamine) and the whole import (read, map, settle, write the decisions file).
//!
//! The workbook is annexa's own XLSX export of the bundled example grown to 1,000 rows: its 131
//! Annex A decisions, and additional controls added until the two sheets hold 1,000 rows, each
//! with a title, description, source, reasons, justification, status, owner and implementation.
//! It is also written to `target/bench-import/soa-1000.xlsx`, for the whole-command figure
//! (`hyperfine -N 'target/release/annexa import target/bench-import/soa-1000.xlsx -o
//! /tmp/soa.yaml --force'`, see BENCHMARKS.md). Run with `cargo bench --bench import`.

use annexa::input::import::{self, Options};
use criterion::{criterion_group, criterion_main, Criterion};
use std::path::Path;
use std::time::Duration;

/// Rows in the workbook, over both sheets.
const ROWS: usize = 1000;

/// The example with additional controls inserted at the top of its `additional_controls:` list,
/// so that it decides `ROWS` controls in all.
fn grown_example(root: &Path) -> String {
    let text = std::fs::read_to_string(root.join("examples/lumora/soa.yaml")).expect("example");
    let existing = text.matches("\n  - id: ADD-").count();
    let annex_a = 131;
    let mut extra = String::new();
    for i in 1..=ROWS - annex_a - existing {
        extra.push_str(&format!(
            "  - id: ORG-{i:04}\n    title: Organisation control {i}\n    description: >-\n      \
             A control of the organisation's own, number {i}, carried over from the group's\n      \
             control framework.\n    source: Group control framework v3\n    reasons: [business]\n    \
             justification: Required by the group's control framework for every subsidiary.\n    \
             status: {}\n    owner: Head of Compliance\n    implementation: GRP-STD-{i:04}\n",
            ["implemented", "partial", "planned"][i % 3]
        ));
        match i % 3 {
            1 => extra
                .push_str("    target_date: 2027-03-31\n    status_reason: Rollout under way\n"),
            2 => extra.push_str(
                "    target_date: 2027-06-30\n    status_reason: Budgeted for next year\n",
            ),
            _ => {}
        }
    }
    text.replacen(
        "\nadditional_controls:\n",
        &format!("\nadditional_controls:\n{extra}"),
        1,
    )
}

/// The grown example's XLSX export, as `annexa build --format xlsx` writes it.
fn workbook(root: &Path) -> Vec<u8> {
    let text = grown_example(root);
    let base = root.join("examples/lumora");
    let loaded = annexa::input::load_text("soa-1000.yaml", text.as_bytes(), &base);
    let v = annexa::validate::validate(loaded);
    assert_eq!(v.diagnostics.errors(), 0, "the grown example is invalid");
    let soa = v.soa.expect("valid");
    let doc = annexa::merge::merge(&soa, annexa::merge::Options::default());
    annexa::render::export::xlsx(&doc, v.theme.as_ref()).expect("xlsx")
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bytes = workbook(root);
    let out = root.join("target/bench-import");
    std::fs::create_dir_all(&out).expect("target/bench-import");
    std::fs::write(out.join("soa-1000.xlsx"), &bytes).expect("write the workbook");
    let catalogs = annexa::pipeline::shipped_catalogs().expect("catalogs");
    let opts = Options::default();
    // The workbook's rows are what the benchmark claims: check once.
    let (grid, _) = import::read_grid("soa-1000.xlsx", &bytes).expect("reads");
    let rows: usize = grid
        .sheets
        .iter()
        .filter(|s| s.name != "Summary" && s.name != "Risks")
        .map(|s| s.rows.len().saturating_sub(1))
        .sum();
    assert_eq!(rows, ROWS, "decision rows in the workbook");
    let done = import::import("soa-1000.xlsx", &bytes, &opts, &catalogs).expect("imports");
    assert_eq!(done.report.decided + done.report.additional, ROWS);

    let mut g = c.benchmark_group("import");
    g.sample_size(20).measurement_time(Duration::from_secs(10));
    g.bench_function("read workbook (1,000 rows)", |b| {
        b.iter(|| import::read_grid("soa-1000.xlsx", &bytes).expect("reads"))
    });
    g.bench_function("import (1,000 rows)", |b| {
        b.iter(|| import::import("soa-1000.xlsx", &bytes, &opts, &catalogs).expect("imports"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
