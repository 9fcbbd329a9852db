//! The Word documents (`--format docx`), read back with an independent reader ([`read`]): the
//! SoA holds every control's ID, title, justification, status and owner in control tables
//! whose header repeats, whose rows never split and which sit in landscape sections; headings
//! are Word's heading styles in the Markdown's order; the same input gives the same bytes;
//! hostile text and field-code look-alikes stay literal; a reference document restyles the
//! output or is refused with a located error ([`reference`]); LibreOffice converts every file
//! ([`office`], slow lane).

mod office;
mod read;
mod reference;
mod safety;
mod soa;

use crate::support::{Output, Test};

/// `annexa build soa.yaml --format <formats> --out out` on `text` in a new folder, succeeding.
fn build(text: &str, formats: &str) -> Output {
    Test::new()
        .write("soa.yaml", text)
        .args(["build", "soa.yaml", "--out", "out", "--format", formats])
        .success()
}
