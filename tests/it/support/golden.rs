//! Golden files: compare what a run produced with a file in the repository, or rewrite that file
//! when `BLESS` is set (to anything but `0`), so an intended change shows as a reviewable diff.

use std::fs;
use std::path::Path;

/// The command that rewrites every golden file.
pub const BLESS_COMMAND: &str = "BLESS=1 cargo test --test it -- golden cli_invalid layout_dump";

/// Whether this run rewrites golden files instead of comparing with them.
pub fn bless() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Compares `actual` with the golden file at `path`, or rewrites it under `BLESS`.
/// `Err` says what differs.
pub fn check(path: &Path, actual: &str) -> Result<(), String> {
    if bless() {
        fs::create_dir_all(path.parent().expect("parent")).expect("golden dir");
        fs::write(path, actual).expect("write golden");
        return Ok(());
    }
    match fs::read_to_string(path) {
        Err(_) => Err(format!(
            "missing golden {}; run `{BLESS_COMMAND}`. Actual:\n{actual}",
            path.display()
        )),
        Ok(expected) if expected == actual => Ok(()),
        Ok(expected) => Err(format!(
            "{} differs (`{BLESS_COMMAND}` to accept).\n--- expected\n{expected}\n--- actual\n{actual}",
            path.display()
        )),
    }
}
