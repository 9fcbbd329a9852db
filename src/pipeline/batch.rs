//! Many organisations in one run: each input built and written on its own, on every core.
//! One failing input does not stop the others; `on_done` hears of each as it finishes (for a
//! progress display), and the results come back in input order, whichever thread finished first.

use super::{build_into, Error, Report, Request};
use std::path::PathBuf;

/// What one input of a batch gave: the files written and the report, or why it failed.
pub type BatchResult = Result<(Vec<PathBuf>, Report), Error>;

/// Builds each request and writes it into its folder (`jobs[i].1`). `on_done(i, &result)` is
/// called once per input as it finishes, from the thread that built it.
pub fn build_batch(
    jobs: &[(Request, PathBuf)],
    on_done: impl Fn(usize, &BatchResult) + Sync,
) -> Vec<BatchResult> {
    crate::par::map(jobs.len(), crate::par::cores(), |i| {
        let (req, out) = &jobs[i];
        let result = build_into(req, out);
        on_done(i, &result);
        result
    })
}
