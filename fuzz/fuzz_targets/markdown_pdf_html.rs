//! Any text as Markdown with marks: stripping the marks, the HTML renderer and the PDF layout
//! engine must not panic, and the PDF must come out (or a clear error).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(md) = std::str::from_utf8(data) else {
        return;
    };
    let stripped = annexa::render::marks::strip(md);
    assert!(stripped.len() <= md.len());
    let _ = annexa::render::html::markdown_to_html(md, None);
    let meta = annexa::render::pdf::PdfMeta {
        title: "Fuzz".into(),
        author: "Fuzz Ltd".into(),
        subject: "Fuzz".into(),
        header_right: "F-1 · Version 1 · Internal".into(),
        footer_left: "Fuzz Ltd · Fuzz".into(),
        date: (2026, 1, 1, 0, 0, 0),
        lang: "en-GB".into(),
        page_of: "Page {n} of {total}".into(),
        rtl: false,
        draft: None,
    };
    let _ = annexa::render::pdf::render(md, &meta, None, None);
});
