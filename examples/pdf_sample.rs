//! Writes sample PDFs to a folder (default /tmp/annexa-pdf) so they can be looked at:
//! `cargo run --release --example pdf_sample [DIR]`, then `pdftoppm -png -r 60 DIR/sample.pdf`.

#[path = "../tests/it/support/sample.rs"]
mod sample;

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/annexa-pdf".into());
    std::fs::create_dir_all(&dir)?;
    let meta = sample::meta();
    let chart = sample::chart();
    let rows = std::env::var("PDF_SAMPLE_ROWS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(131);
    let md = sample::markdown(rows);
    annexa::render::pdf::render("warm-up", &meta, None, None)?;
    let t = Instant::now();
    let layout = annexa::render::pdf::layout(&md, &meta, Some(&chart))?;
    eprintln!(
        "layout alone: {:.1} ms, {} pages",
        t.elapsed().as_secs_f64() * 1e3,
        layout.pages.len()
    );
    let t = Instant::now();
    let out = annexa::render::pdf::render(&md, &meta, Some(&chart), None)?;
    let elapsed = t.elapsed();
    std::fs::write(format!("{dir}/sample.pdf"), &out.bytes)?;
    if let Ok(n) = std::env::var("PDF_SAMPLE_REPEAT") {
        let n: u32 = n.parse()?;
        let t = Instant::now();
        for _ in 0..n {
            annexa::render::pdf::render(&md, &meta, Some(&chart), None)?;
        }
        eprintln!(
            "mean of {n}: {:.1} ms",
            t.elapsed().as_secs_f64() * 1e3 / f64::from(n)
        );
    }
    eprintln!(
        "sample.pdf: {} bytes in {:.1} ms, warnings: {:?}",
        out.bytes.len(),
        elapsed.as_secs_f64() * 1e3,
        out.warnings
    );
    let scripts = "# Scripts\n\nChinese: 中文テキスト and 日本語の文章は、ここで折り返されます。\n\n\
Hebrew: שלום עולם, this is mixed text.\n\nArabic: مرحبا بالعالم\n\nUnknown: \u{10FFFD} and emoji \u{1F600}.\n\n\
Raw HTML: <script>alert('x')</script> and a [bad link](javascript:alert(1)).\n\n<div class=\"x\">block html</div>\n\n\
```\nfn main() {\n    println!(\"code\");\n}\n```\n\n";
    let long = format!(
        "{scripts}## Long word\n\n{}\n\n| a | b |\n|---|---|\n| {} | x |\n",
        "y".repeat(10_000),
        "z".repeat(3000)
    );
    let t = Instant::now();
    let out = annexa::render::pdf::render(&long, &meta, None, None)?;
    let first = t.elapsed();
    let t = Instant::now();
    annexa::render::pdf::render(&long, &meta, None, None)?;
    eprintln!(
        "edge.pdf: first render (parses the CJK fallback) {:.1} ms, second {:.1} ms",
        first.as_secs_f64() * 1e3,
        t.elapsed().as_secs_f64() * 1e3
    );
    std::fs::write(format!("{dir}/edge.pdf"), &out.bytes)?;
    eprintln!(
        "edge.pdf: {} bytes, warnings: {:?}",
        out.bytes.len(),
        out.warnings
    );
    let mut mixed = String::from("# Risk treatment plan\n\n");
    for i in 0..5 {
        mixed.push_str(&format!("## Section {i}\n\nA paragraph that explains the section in a couple of sentences, so that headings fall at different heights on the page. {}\n\n", "More words follow here. ".repeat(i * 3)));
    }
    mixed.push_str(
        "> A quotation spanning two paragraphs.\n>\n> Second paragraph of the quote.\n\n",
    );
    mixed.push_str("8. eight\n9. nine\n10. ten\n11. eleven, with a long link https://example.org/a/very/long/path/that/keeps/going/and/going/until/it/must/wrap/somewhere\n\n");
    mixed.push_str("Table: Risks (portrait, five columns)\n\n| Risk | Owner | Likelihood | Impact | Treatment |\n|---|---|:-:|:-:|---|\n");
    for i in 0..70 {
        mixed.push_str(&format!("| R-{i:02} | CISO | {} | High | Apply control A.5.{i}; review quarterly. שלום עולם |\n", i % 5 + 1));
    }
    mixed.push_str("\n## After the table\n\nClosing words.\n");
    let out = annexa::render::pdf::render(&mixed, &meta, None, None)?;
    std::fs::write(format!("{dir}/mixed.pdf"), &out.bytes)?;
    eprintln!(
        "mixed.pdf: {} bytes, warnings: {:?}",
        out.bytes.len(),
        out.warnings
    );
    Ok(())
}
