//! Work spread over threads: the one way the pipeline uses more than one core.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

/// The number of cores (1 when it cannot be told), asked once.
pub fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES
        .get_or_init(|| std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get))
}

/// Tasks of a [`graph`] being run now, in all of the process's graphs.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// Whether fewer [`graph`] tasks run than there are cores, so that work handed to another
/// thread would find a core (outside any graph, always). A PDF's pages are finished on
/// krilla's thread pool only then: when every core has a task, handing each page over cost
/// the example's build 2 ms (BENCHMARKS.md, issue 13's ninth pass).
pub fn idle_core() -> bool {
    RUNNING.load(Ordering::Relaxed) < cores()
}

/// Counts a task in [`RUNNING`] while it lives.
struct Running;

impl Running {
    fn new() -> Running {
        RUNNING.fetch_add(1, Ordering::Relaxed);
        Running
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        RUNNING.fetch_sub(1, Ordering::Relaxed);
    }
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

/// Runs tasks on up to `threads` threads, the most urgent ready task first (the least, by
/// `Ord`); a finished task may release tasks that needed it (a document's formats, once its
/// Markdown is made), which are then ready. Returns every task's result, in the order they
/// finished. As with [`map`], the caller is one of the threads, and a panicking task panics
/// the caller (the other threads stop taking tasks). A helper thread that finds nothing ready
/// ends, and one is started again when more tasks are ready than threads take them: an idle
/// thread would keep what its tasks freed (the 10,000-control risk treatment plan's PDF,
/// while the SoA's is made), a thread that ends hands it back.
pub fn graph<T: Ord + Send, R: Send>(
    start: Vec<T>,
    threads: usize,
    run: impl Fn(T) -> (R, Vec<T>) + Sync,
) -> Vec<R> {
    let ctx = Graph {
        queue: Mutex::new(Queue {
            ready: start.into_iter().map(Reverse).collect(),
            running: 0,
            helpers: 0,
            failed: false,
            done: Vec::new(),
        }),
        changed: Condvar::new(),
        threads: threads.max(1),
        run,
    };
    std::thread::scope(|scope| ctx.work(scope, false));
    let queue = ctx.queue.into_inner();
    queue.unwrap_or_else(PoisonError::into_inner).done
}

struct Queue<T, R> {
    ready: BinaryHeap<Reverse<T>>,
    /// Tasks being run, and helper threads alive (the caller is not one).
    running: usize,
    helpers: usize,
    failed: bool,
    done: Vec<R>,
}

struct Graph<T, R, F> {
    queue: Mutex<Queue<T, R>>,
    changed: Condvar,
    threads: usize,
    run: F,
}

impl<T: Ord + Send, R: Send, F: Fn(T) -> (R, Vec<T>) + Sync> Graph<T, R, F> {
    fn lock(&self) -> std::sync::MutexGuard<'_, Queue<T, R>> {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Starts helpers for the ready tasks this thread will not take, up to the limit.
    fn help<'s, 'e>(&'e self, q: &mut Queue<T, R>, scope: &'s std::thread::Scope<'s, 'e>) {
        let wanted = q.ready.len().saturating_sub(1);
        let room = self.threads - 1 - q.helpers;
        for _ in 0..wanted.min(room) {
            q.helpers += 1;
            scope.spawn(move || self.work(scope, true));
        }
    }

    fn work<'s, 'e>(&'e self, scope: &'s std::thread::Scope<'s, 'e>, helper: bool) {
        /// Marks the queue failed if its task unwinds, so no thread waits for it.
        struct Unwinding<'a, T, R, F>(&'a Graph<T, R, F>, bool, bool);
        impl<T, R, F> Drop for Unwinding<'_, T, R, F> {
            fn drop(&mut self) {
                if self.1 {
                    let mut q = self.0.queue.lock().unwrap_or_else(PoisonError::into_inner);
                    q.failed = true;
                    q.running -= 1;
                    q.helpers -= usize::from(self.2);
                    self.0.changed.notify_all();
                }
            }
        }
        let mut q = self.lock();
        self.help(&mut q, scope);
        loop {
            if q.failed {
                break;
            }
            if let Some(Reverse(task)) = q.ready.pop() {
                q.running += 1;
                drop(q);
                let mut guard = Unwinding(self, true, helper);
                let running = Running::new();
                let (result, next) = (self.run)(task);
                drop(running);
                guard.1 = false;
                q = self.lock();
                q.running -= 1;
                q.done.push(result);
                q.ready.extend(next.into_iter().map(Reverse));
                self.help(&mut q, scope);
                self.changed.notify_all();
            } else if q.running == 0 || helper {
                break;
            } else {
                q = self.changed.wait(q).unwrap_or_else(PoisonError::into_inner);
            }
        }
        if helper {
            q.helpers -= 1;
            self.changed.notify_all();
        }
    }
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

    #[test]
    fn no_core_is_idle_while_a_graph_has_a_task_on_each() {
        // As many tasks as cores, all running at once (between the barriers): each sees every
        // core taken. Other tests' graphs can only add tasks, never free a core.
        let n = super::cores();
        let all_running = std::sync::Barrier::new(n);
        let seen = super::graph((0..n).collect(), n, |t: usize| {
            all_running.wait();
            let idle = super::idle_core();
            all_running.wait();
            ((t, idle), Vec::new())
        });
        assert_eq!(seen.len(), n);
        assert!(seen.iter().all(|(_, idle)| !idle), "{seen:?}");
    }

    #[test]
    fn a_graph_runs_every_task_once_its_parent_is_done() {
        // Tasks 0..4 each release 10 + i; those release nothing.
        let mut out = super::graph(vec![3, 1, 0, 2], 3, |t: usize| {
            let next = if t < 10 { vec![t + 10] } else { Vec::new() };
            (t, next)
        });
        let order = out.clone();
        out.sort_unstable();
        assert_eq!(out, [0, 1, 2, 3, 10, 11, 12, 13]);
        for t in 0..4 {
            let at = |x| order.iter().position(|&o| o == x);
            assert!(at(t) < at(t + 10), "{order:?}");
        }
        assert_eq!(
            super::graph(vec![2, 0, 1], 1, |t: u8| (t, Vec::new())),
            [0, 1, 2]
        );
        assert!(super::graph(Vec::<u8>::new(), 4, |t| (t, Vec::new())).is_empty());
    }
}
