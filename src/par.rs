//! Work spread over threads: the one way the pipeline uses more than one core.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The number of cores (1 when it cannot be told).
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// Runs `task(0..n)` on up to `threads` threads, each taking the next index as it becomes
/// free (so put the longest tasks first); returns the results in index order, whichever
/// thread finished first. A panicking task panics the caller. The caller is one of the
/// threads: what its earlier work freed is then reused rather than left resident while it
/// waits (BENCHMARKS.md, issue 13's fifth pass).
pub fn map<T: Send>(n: usize, threads: usize, task: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let threads = threads.min(n);
    if threads <= 1 {
        return (0..n).map(task).collect();
    }
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<T>>> = (0..n).map(|_| Mutex::new(None)).collect();
    let work = || loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(slot) = slots.get(i) else { break };
        let result = task(i);
        if let Ok(mut s) = slot.lock() {
            *s = Some(result);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(work);
        }
        work();
    });
    slots
        .into_iter()
        .filter_map(|s| s.into_inner().ok().flatten())
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_index_order() {
        let out = super::map(50, 4, |i| {
            std::thread::sleep(std::time::Duration::from_micros(((50 - i) * 20) as u64));
            i * 2
        });
        assert_eq!(out, (0..50).map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(super::map(3, 1, |i| i), vec![0, 1, 2]);
        assert!(super::map(0, 4, |i| i).is_empty());
    }
}
