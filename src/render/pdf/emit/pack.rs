//! Packs the small objects of krilla's output into compressed object streams (PDF 1.5, allowed
//! by PDF/A-2), with a cross-reference stream in place of the classic table.
//!
//! A tagged document is mostly small dictionaries: the example SoA's structure tree alone is
//! 2,250 structure elements, 150 KB written plainly, 36 KB deflated together. krilla (through
//! pdf-writer) writes no object streams, so this pass rewrites its file: stream objects (and
//! the document information dictionary, so a new date changes only date bytes) are copied as
//! they are, every other object goes into an object stream, and the trailer's entries
//! (`/Root`, `/Info`, `/ID`) move into the cross-reference stream's dictionary. Object
//! numbers do not change. When the input is not the shape pdf-writer writes, it is returned
//! unchanged rather than guessed at.

use super::streams;
use std::io::Write as _;

/// Most objects per object stream (readers load a stream whole to get one of its objects).
const PER_STREAM: usize = 400;

/// Object streams made and deflated together: enough to share out over the cores, few enough
/// that a long document's small objects are not all held raw at once.
const STREAMS_PER_BATCH: usize = 64;

/// `pdf` with its non-stream objects in object streams, or as it was if it cannot be parsed.
pub(super) fn pack(pdf: Vec<u8>) -> Vec<u8> {
    match repack(&pdf) {
        Some(out) if out.len() < pdf.len() => out,
        _ => pdf,
    }
}

/// One object of the input: its number and the bytes between `N 0 obj` and `endobj`.
struct Obj<'a> {
    num: usize,
    body: &'a [u8],
}

fn repack(pdf: &[u8]) -> Option<Vec<u8>> {
    let xref_at = startxref(pdf)?;
    let (offsets, trailer) = xref(pdf, xref_at)?;
    let header_end = offsets.iter().flatten().min().copied()?;
    let objs = objects(pdf, &offsets, xref_at)?;
    let size = offsets.len();
    let mut out = Vec::with_capacity(pdf.len() / 4);
    out.extend_from_slice(pdf.get(..header_end)?);
    // (type, field 2, field 3) per object number, as the cross-reference stream lists them.
    let mut entries: Vec<(u8, u64, u16)> = vec![(0, 0, 0xffff); size];
    // The document information stays a plain object: its dates are then the only bytes a
    // new date changes (with the XMP packet's), as before packing.
    let info = info_ref(&trailer);
    let (streams, mut small): (Vec<&Obj<'_>>, Vec<&Obj<'_>>) = objs
        .iter()
        .partition(|o| is_stream(o.body) || Some(o.num) == info);
    // In number order: the cross-reference stream then runs (2, stream, 0), (2, stream, 1) …
    // and deflates to almost nothing.
    small.sort_by_key(|o| o.num);
    let jobs: Vec<(&[u8], streams::Plan)> = streams
        .iter()
        .map(|o| (o.body, streams::plan(o.body)))
        .collect();
    let packed = streams::deflate_all(&jobs, crate::par::cores());
    for (o, new) in streams.iter().zip(packed) {
        entries[o.num] = (1, out.len() as u64, 0);
        writeln!(out, "{} 0 obj", o.num).ok()?;
        out.extend_from_slice(new.as_deref().unwrap_or(o.body));
        out.extend_from_slice(b"\nendobj\n\n");
    }
    // Each object stream's index and objects, deflated on every core a batch of streams at a
    // time (the 10,000-control SoA's small objects are 12 MB raw: not held all at once).
    let mut next = size;
    for batch in small.chunks(PER_STREAM * STREAMS_PER_BATCH) {
        let first_num = next;
        let mut raw: Vec<Vec<u8>> = Vec::new();
        for chunk in batch.chunks(PER_STREAM) {
            let num = next;
            next += 1;
            let (mut index, mut data) = (Vec::new(), Vec::new());
            for (k, o) in chunk.iter().enumerate() {
                write!(index, "{} {} ", o.num, data.len()).ok()?;
                data.extend_from_slice(o.body);
                data.push(b'\n');
                entries[o.num] = (2, num as u64, k as u16);
            }
            index.push(b'\n');
            index.extend_from_slice(&data);
            raw.push(index);
        }
        let packed = streams::deflate_each(&raw, crate::par::cores());
        for (i, (chunk, packed)) in batch.chunks(PER_STREAM).zip(packed).enumerate() {
            let num = first_num + i;
            let packed = packed?;
            // The index is everything before the first object's bytes.
            let first = raw[i].len() - chunk.iter().map(|o| o.body.len() + 1).sum::<usize>();
            entries.push((1, out.len() as u64, 0));
            write!(
                out,
                "{num} 0 obj\n<</Type/ObjStm/N {}/First {first}/Filter/FlateDecode/Length {}>>\nstream\n",
                chunk.len(),
                packed.len()
            )
            .ok()?;
            out.extend_from_slice(&packed);
            out.extend_from_slice(b"\nendstream\nendobj\n\n");
        }
    }
    let xref_num = next;
    let xref_offset = out.len();
    entries.push((1, xref_offset as u64, 0));
    let mut rows = Vec::with_capacity(entries.len() * 7);
    for (t, a, b) in &entries {
        rows.push(*t);
        rows.extend_from_slice(&u32::try_from(*a).ok()?.to_be_bytes());
        rows.extend_from_slice(&b.to_be_bytes());
    }
    let packed = streams::with_deflater(|z| z.deflate(&rows))?;
    write!(
        out,
        "{xref_num} 0 obj\n<</Type/XRef/Size {}/W[1 4 2]{trailer}/Filter/FlateDecode/Length {}>>\nstream\n",
        entries.len(),
        packed.len()
    )
    .ok()?;
    out.extend_from_slice(&packed);
    write!(
        out,
        "\nendstream\nendobj\n\nstartxref\n{xref_offset}\n%%EOF"
    )
    .ok()?;
    Some(out)
}

/// The offset after the last `startxref`.
fn startxref(pdf: &[u8]) -> Option<usize> {
    let at = find_last(pdf, b"startxref")?;
    let rest = std::str::from_utf8(pdf.get(at + 9..)?).ok()?;
    rest.split_whitespace().next()?.parse().ok()
}

/// The classic table's offsets (`None` for free entries) and the trailer's entries other than
/// `/Size`, as written (`/Root 1 0 R/Info 2 0 R/ID[…]`).
fn xref(pdf: &[u8], at: usize) -> Option<(Vec<Option<usize>>, String)> {
    let text = pdf.get(at..)?;
    let text = std::str::from_utf8(text).ok()?;
    let mut lines = text.lines();
    (lines.next()?.trim() == "xref").then_some(())?;
    let mut head = lines.next()?.split_whitespace();
    let (first, count): (usize, usize) = (head.next()?.parse().ok()?, head.next()?.parse().ok()?);
    (first == 0).then_some(())?;
    let mut offsets = Vec::with_capacity(count);
    for _ in 0..count {
        let mut f = lines.next()?.split_whitespace();
        let (off, _gen, kind) = (f.next()?, f.next()?, f.next()?);
        offsets.push((kind == "n").then(|| off.parse().ok()).flatten());
    }
    let rest: String = lines.collect::<Vec<_>>().join("\n");
    let dict = rest.trim().strip_prefix("trailer")?.trim();
    let end = dict.rfind(">>")?;
    let inner = dict.get(2..end)?;
    Some((offsets, drop_size(inner)?))
}

/// The trailer entries without `/Size N`.
fn drop_size(inner: &str) -> Option<String> {
    let Some(at) = inner.find("/Size") else {
        return Some(inner.to_string());
    };
    let after = &inner[at + 5..];
    let digits = after.trim_start();
    let skip = after.len() - digits.len();
    let n = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    Some(format!("{}{}", &inner[..at], &after[skip + n..]))
}

/// Each object's body, from the offsets (sorted: an object ends where the next begins).
fn objects<'a>(pdf: &'a [u8], offsets: &[Option<usize>], xref_at: usize) -> Option<Vec<Obj<'a>>> {
    let mut starts: Vec<(usize, usize)> = offsets
        .iter()
        .enumerate()
        .filter_map(|(n, o)| o.map(|o| (o, n)))
        .collect();
    starts.sort_unstable();
    let mut out = Vec::with_capacity(starts.len());
    for (k, &(off, num)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(xref_at, |s| s.0);
        let slice = pdf.get(off..end)?;
        let prefix = format!("{num} 0 obj");
        slice.starts_with(prefix.as_bytes()).then_some(())?;
        let body = slice.get(prefix.len()..)?;
        let stop = find_last(body, b"endobj")?;
        out.push(Obj {
            num,
            body: body.get(..stop)?.trim_ascii(),
        });
    }
    Some(out)
}

/// The object number of `/Info N 0 R` in the trailer's entries.
fn info_ref(trailer: &str) -> Option<usize> {
    let rest = &trailer[trailer.find("/Info")? + 5..];
    rest.split_whitespace().next()?.parse().ok()
}

fn is_stream(body: &[u8]) -> bool {
    body.ends_with(b"endstream")
}

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unparseable_input_comes_back_unchanged() {
        assert_eq!(pack(b"not a pdf".to_vec()), b"not a pdf");
    }

    #[test]
    fn trailer_entries() {
        assert_eq!(info_ref("/Root 32 0 R/Info 30 0 R/ID[(a)(b)]"), Some(30));
        assert_eq!(
            drop_size("/Size 33/Root 32 0 R/ID[(a)(b)]").as_deref(),
            Some("/Root 32 0 R/ID[(a)(b)]")
        );
    }
}
