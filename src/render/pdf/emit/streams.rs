//! The stream objects of the writer's file: each page's content, written from krilla's
//! operations and deflated as krilla finishes the page ([`page_content`]), and for
//! [`super::pack`] the streams still uncompressed, deflated on every core with one compressor
//! per thread.
//!
//! Page contents go through krilla's `page_content_fn` (our patch of krilla, see
//! `vendor/README.md`): [`super::content`] writes the stream from the operations krilla
//! recorded, then it is deflated,
//! while the next page is drawn, on krilla's worker threads. A long document is so held in
//! its final form (raw, the 10,000-control SoA's pages took 275 MB until the end). krilla is
//! asked not to compress the other content streams (`compress_content_streams: false`): it
//! would deflate each with a new compressor (the set-up alone was 5% of the example's
//! instructions). So its character maps come to [`super::pack`] raw; the XMP packet stays
//! uncompressed, as PDF/A wants it readable; streams the writer already filtered (pages,
//! fonts, the colour profile, images) are left as they are.

use super::content;
use std::cell::RefCell;
use std::ops::Range;

/// The deflate level for the streams compressed here, with libdeflate (measured in
/// BENCHMARKS.md: its level 5 makes files as small as zlib's level 6 in two thirds of the
/// time; level 4, 3% larger again, took 2 ms off the example's build once a table's rules were
/// joined had made the files 6% smaller, issue 13's ninth pass).
const LEVEL: i32 = 4;
/// Below this many bytes in all, the streams are deflated on one thread.
const PARALLEL_FROM: usize = 256 * 1024;

/// What to do with one stream object.
pub(super) enum Plan {
    /// Copy the object as it is.
    Keep,
    /// Deflate it; `dict` is the dictionary without its `/Length` entry, `data` the raw
    /// stream.
    Deflate { dict: Vec<u8>, data: Range<usize> },
}

/// The plan for the stream object `body` (the bytes between `N 0 obj` and `endobj`).
pub(super) fn plan(body: &[u8]) -> Plan {
    split(body).unwrap_or(Plan::Keep)
}

fn split(body: &[u8]) -> Option<Plan> {
    let dict_end = dict_end(body)?;
    let dict = &body[..dict_end];
    if key(dict, b"/Filter").is_some() || key(dict, b"/Type") == Some(&b"/Metadata"[..]) {
        return None;
    }
    let len_at = key_range(dict, b"/Length")?;
    let len: usize = std::str::from_utf8(&dict[len_at.value.clone()])
        .ok()?
        .trim()
        .parse()
        .ok()?;
    let rest = &body[dict_end..];
    let skip = rest.iter().position(|b| !b.is_ascii_whitespace())?;
    let after = rest.get(skip..)?.strip_prefix(b"stream")?;
    let eol = if after.starts_with(b"\r\n") { 2 } else { 1 };
    let start = dict_end + skip + 6 + eol;
    let data = start..start.checked_add(len)?;
    let tail = body.get(data.end..)?;
    (tail.trim_ascii() == b"endstream").then_some(())?;
    let mut plain = dict[..len_at.key.start].to_vec();
    plain.extend_from_slice(&dict[len_at.value.end..]);
    Some(Plan::Deflate { dict: plain, data })
}

/// Deflates every `(object body, plan)` job, on up to `threads` threads; returns the new
/// bodies in job order (`None` where the object is kept).
pub(super) fn deflate_all(jobs: &[(&[u8], Plan)], threads: usize) -> Vec<Option<Vec<u8>>> {
    let size = |j: &(&[u8], Plan)| match &j.1 {
        Plan::Deflate { data, .. } => data.len(),
        Plan::Keep => 0,
    };
    in_shares(jobs, size, threads, |z, (body, plan)| {
        body_of(z, body, plan)
    })
}

/// Deflates each buffer, on up to `threads` threads; the results in order (`None` where
/// deflating failed).
pub(super) fn deflate_each(data: &[Vec<u8>], threads: usize) -> Vec<Option<Vec<u8>>> {
    in_shares(data, Vec::len, threads, |z, d| z.deflate(d))
}

/// `each` over `items` in contiguous shares of about equal `size`, one share and one
/// compressor per thread (one thread below [`PARALLEL_FROM`] bytes in all); results in order.
fn in_shares<T: Sync, R: Send>(
    items: &[T],
    size: impl Fn(&T) -> usize,
    threads: usize,
    each: impl Fn(&mut Deflater, &T) -> R + Sync,
) -> Vec<R> {
    let total: usize = items.iter().map(&size).sum();
    let threads = if total < PARALLEL_FROM || !crate::par::idle_core() {
        1
    } else {
        threads
    };
    let mut bounds = vec![0];
    let mut acc = 0;
    for (i, item) in items.iter().enumerate() {
        acc += size(item);
        if acc * threads >= total * bounds.len() && bounds.len() < threads {
            bounds.push(i + 1);
        }
    }
    bounds.push(items.len());
    bounds.dedup();
    let shares = crate::par::map(bounds.len() - 1, threads, |s| {
        with_deflater(|z| {
            items[bounds[s]..bounds[s + 1]]
                .iter()
                .map(|item| each(z, item))
                .collect::<Vec<_>>()
        })
    });
    shares.into_iter().flatten().collect()
}

/// The new object body for one job.
fn body_of(z: &mut Deflater, body: &[u8], plan: &Plan) -> Option<Vec<u8>> {
    let Plan::Deflate { dict, data } = plan else {
        return None;
    };
    let packed = z.deflate(body.get(data.clone())?)?;
    let close = dict.len().checked_sub(2)?;
    let mut out = Vec::with_capacity(packed.len() + dict.len() + 64);
    out.extend_from_slice(&dict[..close]);
    out.extend_from_slice(
        format!("/Filter/FlateDecode/Length {}>>\nstream\n", packed.len()).as_bytes(),
    );
    out.extend_from_slice(&packed);
    out.extend_from_slice(b"\nendstream");
    Some(out)
}

/// krilla's `page_content_fn`: a finished page's content stream, written from its operations
/// by [`content::write`] (or as krilla writes them, when it declines) and deflated with this
/// thread's compressor. `None` (krilla writes and deflates it) only if deflating fails.
pub(super) fn page_content(page: &krilla::ops::PageOps) -> Option<(Vec<u8>, bool)> {
    thread_local! {
        static SCRATCH: RefCell<content::Scratch> = RefCell::default();
    }
    let packed = SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        let verbose;
        let data = match content::write(page, &mut scratch) {
            Some(data) => data,
            None => {
                verbose = page.to_verbose();
                &verbose
            }
        };
        with_deflater(|z| z.deflate(data))
    })?;
    Some((packed, true))
}

/// `f` with this thread's compressor. A compressor is about 300 KB that the C allocator maps
/// and the kernel zeroes page by page, and it is kept for the thread's next stream: a build
/// makes one per thread, not one per PDF and share.
pub(super) fn with_deflater<R>(f: impl FnOnce(&mut Deflater) -> R) -> R {
    thread_local! {
        static Z: RefCell<Deflater> = RefCell::new(Deflater::new());
    }
    Z.with(|z| match z.try_borrow_mut() {
        Ok(mut z) => f(&mut z),
        Err(_) => f(&mut Deflater::new()),
    })
}

/// A compressor and its output buffer, kept for the next stream (one per thread).
pub(super) struct Deflater {
    z: libdeflater::Compressor,
    out: Vec<u8>,
}

impl Deflater {
    pub(super) fn new() -> Deflater {
        let level = libdeflater::CompressionLvl::new(LEVEL).unwrap_or_default();
        Deflater {
            z: libdeflater::Compressor::new(level),
            out: Vec::new(),
        }
    }

    /// `data` deflated (zlib format), in a buffer of its own size.
    pub(super) fn deflate(&mut self, data: &[u8]) -> Option<Vec<u8>> {
        let bound = self.z.zlib_compress_bound(data.len());
        if self.out.len() < bound {
            self.out.resize(bound, 0);
        }
        let n = self.z.zlib_compress(data, &mut self.out).ok()?;
        Some(self.out.get(..n)?.to_vec())
    }
}

/// The end of the dictionary `body` starts with (after its `>>`).
fn dict_end(body: &[u8]) -> Option<usize> {
    body.starts_with(b"<<").then(|| object_end(body, 0))?
}

/// Where a top-level entry of a dictionary lies: its key, and its value up to the next key.
struct Entry {
    key: Range<usize>,
    value: Range<usize>,
}

/// The top-level entry `name` of `dict` (`<<…>>`), if there is one.
fn key_range(dict: &[u8], name: &[u8]) -> Option<Entry> {
    let mut i = 2;
    loop {
        i = skip_space(dict, i);
        if dict.get(i..i + 2)? == b">>" {
            return None;
        }
        (dict[i] == b'/').then_some(())?;
        let key = i..object_end(dict, i)?;
        let from = skip_space(dict, key.end);
        let mut end = object_end(dict, from)?;
        if *dict.get(from)? != b'/' {
            // A number, a reference (`5 0 R`), an array …: up to the next key or the end.
            loop {
                let next = skip_space(dict, end);
                if matches!(dict.get(next), Some(b'/') | Some(b'>') | None) {
                    break;
                }
                end = object_end(dict, next)?;
            }
        }
        if &dict[key.clone()] == name {
            return Some(Entry {
                key,
                value: from..end,
            });
        }
        i = end;
    }
}

fn skip_space(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

/// The end of the object starting at `i`: a name, string, array or dictionary (nested ones
/// skipped whole), or a run of regular characters.
fn object_end(b: &[u8], i: usize) -> Option<usize> {
    let regular = |c: &u8| !c.is_ascii_whitespace() && !b"/<>[]()".contains(c);
    match *b.get(i)? {
        b'(' => super::lex::literal_end(b, i),
        b'/' => Some(i + 1 + b[i + 1..].iter().take_while(|c| regular(c)).count()),
        b'<' if b.get(i + 1) == Some(&b'<') => {
            let mut j = i + 2;
            loop {
                j = skip_space(b, j);
                if b.get(j..j + 2)? == b">>" {
                    return Some(j + 2);
                }
                j = object_end(b, j)?;
            }
        }
        b'<' => Some(i + b[i..].iter().position(|c| *c == b'>')? + 1),
        b'[' => {
            let mut j = i + 1;
            loop {
                j = skip_space(b, j);
                if *b.get(j)? == b']' {
                    return Some(j + 1);
                }
                j = object_end(b, j)?;
            }
        }
        c if regular(&c) => Some(i + b[i..].iter().take_while(|c| regular(c)).count()),
        _ => None,
    }
}

/// The value of the top-level entry `name`, trimmed.
pub(super) fn key<'a>(dict: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    key_range(dict, name).map(|e| dict[e.value].trim_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictionary_entries() {
        let d = b"<</Type/Page/Resources<</Font<</f0 3 0 R>>>>/Contents 12 0 R/Annots[4 0 R]>>";
        assert_eq!(key(d, b"/Type"), Some(&b"/Page"[..]));
        assert_eq!(key(d, b"/Contents"), Some(&b"12 0 R"[..]));
        assert_eq!(key(d, b"/Annots"), Some(&b"[4 0 R]"[..]));
        assert_eq!(key(d, b"/Font"), None, "not at the top level");
        assert_eq!(key(b"<</A (x>>)/B 1>>", b"/B"), Some(&b"1"[..]));
    }

    #[test]
    fn a_raw_stream_is_deflated_and_a_filtered_one_kept() {
        let body = b"<</Type/CMap/Length 5>>\nstream\nhello\nendstream";
        let Plan::Deflate { dict, data } = plan(body) else {
            panic!("not planned");
        };
        assert_eq!(dict, b"<</Type/CMap>>");
        assert_eq!(&body[data], b"hello");
        assert!(matches!(
            plan(b"<</Filter/FlateDecode/Length 1>>\nstream\nx\nendstream"),
            Plan::Keep
        ));
        assert!(matches!(
            plan(b"<</Type/Metadata/Subtype/XML/Length 1>>\nstream\nx\nendstream"),
            Plan::Keep
        ));
        let jobs = [(&body[..], plan(body))];
        let out = deflate_all(&jobs, 2);
        let new = out[0].as_ref().expect("deflated");
        assert!(new.starts_with(b"<</Type/CMap/Filter/FlateDecode/Length "));
    }
}
