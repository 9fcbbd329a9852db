//! Any bytes as a decisions file: load + validate must return (diagnostics or a model), never
//! panic. Catalog paths resolve against an empty folder, so only shipped catalogs load.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let base = std::path::Path::new("/nonexistent-annexa-fuzz");
    let loaded = annexa::input::load_text("soa.yaml", data, base);
    let v = annexa::validate::validate(loaded);
    if let Some(soa) = v.soa {
        if v.diagnostics.errors() == 0 {
            let _ = annexa::merge::merge(&soa, annexa::merge::Options::default());
        }
    }
});
