//! Per-stage benchmarks: load, validate, merge, markdown, html, pdf, docx, export, write, on the
//! Lumora example (131 controls) and synthetic inputs of 1,000 and 10,000 controls
//! (`bench/synth.rs`). Run with `cargo bench --bench stages`; `BENCH_SIZES=131,1000` limits
//! the sizes.

#[path = "../bench/synth.rs"]
mod synth;

use annexa::input as load;
use annexa::merge::{self, Document};
use annexa::output::write;
use annexa::render::markdown::Templates;
use annexa::render::{self, Format};
use annexa::validate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use std::path::{Path, PathBuf};
use std::time::Duration;

struct Input {
    label: String,
    name: String,
    bytes: Vec<u8>,
    base: PathBuf,
}

fn inputs(tmp: &Path) -> Vec<Input> {
    let sizes = std::env::var("BENCH_SIZES").unwrap_or_else(|_| "131,1000,10000".into());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    sizes
        .split(',')
        .filter_map(|s| s.trim().parse::<usize>().ok())
        .map(|n| {
            let path = if n == 131 {
                root.join("examples/lumora/soa.yaml")
            } else {
                synth::write_to(&tmp.join(n.to_string()), n).expect("generate")
            };
            Input {
                label: n.to_string(),
                name: path.display().to_string(),
                bytes: std::fs::read(&path).expect("read input"),
                base: path.parent().expect("parent").to_path_buf(),
            }
        })
        .collect()
}

fn document(input: &Input) -> Document {
    let loaded = load::load_text(&input.name, &input.bytes, &input.base);
    let v = validate::validate(loaded);
    assert_eq!(v.diagnostics.errors(), 0, "{} is invalid", input.label);
    let soa = v.soa.expect("valid");
    merge::merge(&soa, merge::Options::default())
}

fn meta() -> annexa::render::pdf::PdfMeta {
    annexa::render::pdf::PdfMeta {
        title: "Statement of Applicability".into(),
        author: "Bench Ltd".into(),
        subject: "Statement of Applicability".into(),
        header_right: "SOA-001 · Version 1.0 · Internal".into(),
        footer_left: "Bench Ltd · Statement of Applicability".into(),
        date: (2026, 11, 2, 0, 0, 0),
        lang: "en-GB".into(),
        page_of: "Page {n} of {total}".into(),
        rtl: false,
        draft: None,
    }
}

fn docx_meta() -> annexa::render::docx::DocxMeta {
    annexa::render::docx::DocxMeta {
        title: "Statement of Applicability".into(),
        author: "Bench Ltd".into(),
        header_right: "SOA-001 · Version 1.0 · Internal".into(),
        footer_left: "Bench Ltd · Statement of Applicability".into(),
        date: Some((2026, 11, 2)),
        lang: "en-GB".into(),
        page_of: "Page {n} of {total}".into(),
        contents: "Contents".into(),
        todo: String::new(),
        ..Default::default()
    }
}

/// Every document's Markdown with its marks (what the HTML, PDF and DOCX renderers read).
fn marked_markdown(doc: &Document, templates: &Templates) -> Vec<String> {
    render::jobs(doc)
        .iter()
        .map(|job| {
            let mut ctx = tera::Context::new();
            ctx.insert("doc", doc);
            for (k, v) in &job.extra {
                ctx.insert(k.clone(), v);
            }
            templates
                .render_markdown(&job.template, &ctx)
                .expect("markdown")
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let templates = Templates::new(&[], &annexa::i18n::Locale::english()).expect("templates");
    for input in inputs(tmp.path()) {
        let mut g = c.benchmark_group(format!("stages/{}", input.label));
        if input.label.parse::<usize>().unwrap_or(0) >= 10_000 {
            g.sample_size(10).measurement_time(Duration::from_secs(10));
        } else {
            g.sample_size(20).measurement_time(Duration::from_secs(3));
        }
        g.warm_up_time(Duration::from_millis(500));
        g.bench_function("load", |b| {
            b.iter(|| load::load_text(&input.name, &input.bytes, &input.base))
        });
        g.bench_function("validate", |b| {
            b.iter_batched(
                || load::load_text(&input.name, &input.bytes, &input.base),
                validate::validate,
                BatchSize::LargeInput,
            )
        });
        let loaded = load::load_text(&input.name, &input.bytes, &input.base);
        let soa = validate::validate(loaded).soa.expect("valid");
        g.bench_function("merge", |b| {
            b.iter(|| merge::merge(&soa, merge::Options::default()))
        });
        let doc = document(&input);
        g.bench_function("markdown", |b| {
            b.iter(|| render::render(&doc, &templates, &[Format::Md], None, None).expect("md"))
        });
        let md = render::render(&doc, &templates, &[Format::Md], None, None).expect("md");
        let soa_md = String::from_utf8(md.files[0].1.clone()).expect("utf-8");
        let chart = (!doc.chart.bars.is_empty()).then_some(&doc.chart);
        g.bench_function("html (SoA body)", |b| {
            b.iter(|| annexa::render::html::markdown_to_html(&soa_md, chart))
        });
        g.bench_function("pdf (SoA)", |b| {
            b.iter(|| annexa::render::pdf::render(&soa_md, &meta(), chart, None).expect("pdf"))
        });
        // The DOCX stage: every document's Markdown (with its marks, as the renderer gets it)
        // → a .docx, one after the other.
        let marked = marked_markdown(&doc, &templates);
        let figures = annexa::render::marks::Figures {
            chart,
            heatmaps: &doc.risk_plan.heatmaps,
        };
        g.bench_function("docx (every document)", |b| {
            b.iter(|| {
                for md in &marked {
                    annexa::render::docx::render(md, &docx_meta(), figures, None).expect("docx");
                }
            })
        });
        g.bench_function("export (xlsx+csv+json)", |b| {
            b.iter(|| {
                render::render(
                    &doc,
                    &templates,
                    &[Format::Xlsx, Format::Csv, Format::Json],
                    None,
                    None,
                )
                .expect("export")
            })
        });
        let all = render::render(&doc, &templates, &Format::ALL, None, None).expect("all");
        g.bench_function("render (all documents, all formats)", |b| {
            b.iter(|| render::render(&doc, &templates, &Format::ALL, None, None).expect("all"))
        });
        let out = tmp.path().join(format!("out-{}", input.label));
        g.bench_function("write (all files)", |b| {
            b.iter(|| write::write_all(&out, &all.files).expect("write"))
        });
        g.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
