//! A word-level diff: the longest common subsequence of two texts' words, as runs of kept,
//! removed and added words, with long unchanged stretches cut to a few words of context.
//!
//! Small enough to own (a table of LCS lengths over the words between the common prefix and
//! suffix) rather than add a crate for one use. Inputs too large for the table (more than a
//! million word pairs after trimming) fall back to "this stretch removed, that one added",
//! which is still correct, only coarser.

use serde::Serialize;

/// Words of unchanged context kept on each side of a change.
const CONTEXT: usize = 8;
/// Largest table of word pairs the LCS fills in.
const MAX_CELLS: usize = 1_000_000;

/// One run of words. `kind` is `same`, `removed`, `added`, or `gap` (unchanged words left
/// out; `text` is then empty). Runs never start or end with whitespace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub kind: SegmentKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    Same,
    Removed,
    Added,
    Gap,
}

/// A text change as runs of words, in reading order; a removed run comes before the run that
/// replaces it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordDiff {
    pub segments: Vec<Segment>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Same,
    Del,
    Ins,
}

/// The word diff from `old` to `new` (whitespace differences alone are no change).
pub fn words(old: &str, new: &str) -> WordDiff {
    let a: Vec<&str> = old.split_whitespace().collect();
    let b: Vec<&str> = new.split_whitespace().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut ops: Vec<(Op, &str)> = a[..prefix].iter().map(|w| (Op::Same, *w)).collect();
    ops.extend(middle(am, bm));
    ops.extend(a[a.len() - suffix..].iter().map(|w| (Op::Same, *w)));
    WordDiff {
        segments: elide(group(&ops)),
    }
}

/// The edit script for the changed middle: LCS when the table is small enough.
fn middle<'w>(a: &[&'w str], b: &[&'w str]) -> Vec<(Op, &'w str)> {
    let cells = (a.len() + 1).saturating_mul(b.len() + 1);
    if a.is_empty() || b.is_empty() || cells > MAX_CELLS {
        let mut ops: Vec<(Op, &str)> = a.iter().map(|w| (Op::Del, *w)).collect();
        ops.extend(b.iter().map(|w| (Op::Ins, *w)));
        return ops;
    }
    // lcs[i][j]: length of the LCS of a[i..] and b[j..].
    let width = b.len() + 1;
    let mut lcs = vec![0u32; cells];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i * width + j] = if a[i] == b[j] {
                lcs[(i + 1) * width + j + 1] + 1
            } else {
                lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::with_capacity(a.len() + b.len());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((Op::Same, a[i]));
            i += 1;
            j += 1;
        } else if j == b.len()
            || (i < a.len() && lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])
        {
            ops.push((Op::Del, a[i]));
            i += 1;
        } else {
            ops.push((Op::Ins, b[j]));
            j += 1;
        }
    }
    ops
}

/// Runs of one kind; within a change, everything removed comes before everything added.
fn group(ops: &[(Op, &str)]) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut k = 0;
    while k < ops.len() {
        if ops[k].0 == Op::Same {
            let start = k;
            while k < ops.len() && ops[k].0 == Op::Same {
                k += 1;
            }
            out.push(run(SegmentKind::Same, &ops[start..k], Op::Same));
        } else {
            let start = k;
            while k < ops.len() && ops[k].0 != Op::Same {
                k += 1;
            }
            let change = &ops[start..k];
            for (op, kind) in [
                (Op::Del, SegmentKind::Removed),
                (Op::Ins, SegmentKind::Added),
            ] {
                if change.iter().any(|(o, _)| *o == op) {
                    out.push(run(kind, change, op));
                }
            }
        }
    }
    out
}

fn run(kind: SegmentKind, ops: &[(Op, &str)], op: Op) -> Segment {
    let words: Vec<&str> = ops
        .iter()
        .filter(|(o, _)| *o == op)
        .map(|(_, w)| *w)
        .collect();
    Segment {
        kind,
        text: words.join(" "),
    }
}

/// Cuts unchanged runs to [`CONTEXT`] words beside each change.
fn elide(segments: Vec<Segment>) -> Vec<Segment> {
    if segments.iter().all(|s| s.kind == SegmentKind::Same) {
        return segments;
    }
    let last = segments.len().saturating_sub(1);
    let gap = || Segment {
        kind: SegmentKind::Gap,
        text: String::new(),
    };
    let mut out = Vec::with_capacity(segments.len() + 2);
    for (i, s) in segments.into_iter().enumerate() {
        if s.kind != SegmentKind::Same {
            out.push(s);
            continue;
        }
        let words: Vec<&str> = s.text.split(' ').collect();
        let same = |w: &[&str]| Segment {
            kind: SegmentKind::Same,
            text: w.join(" "),
        };
        let n = words.len();
        if i == 0 && n > CONTEXT {
            out.push(gap());
            out.push(same(&words[n - CONTEXT..]));
        } else if i == last && n > CONTEXT {
            out.push(same(&words[..CONTEXT]));
            out.push(gap());
        } else if i != 0 && i != last && n > 2 * CONTEXT + 1 {
            out.push(same(&words[..CONTEXT]));
            out.push(gap());
            out.push(same(&words[n - CONTEXT..]));
        } else {
            out.push(s);
        }
    }
    out
}

impl WordDiff {
    /// The diff as plain text with `[-removed-]` and `{+added+}` marks (for messages and tests).
    pub fn plain(&self) -> String {
        let parts: Vec<String> = self
            .segments
            .iter()
            .map(|s| match s.kind {
                SegmentKind::Same => s.text.clone(),
                SegmentKind::Removed => format!("[-{}-]", s.text),
                SegmentKind::Added => format!("{{+{}+}}", s.text),
                SegmentKind::Gap => "…".to_string(),
            })
            .collect();
        parts.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_words_changed() {
        let d = words(
            "Lenders require a named security contact and defined roles.",
            "Lenders require a named security contact, an deputy and defined roles.",
        );
        assert_eq!(
            d.plain(),
            "Lenders require a named security [-contact-] {+contact, an deputy+} and defined roles."
        );
    }

    #[test]
    fn insertions_deletions_and_whitespace() {
        assert_eq!(words("a b c", "a  b\n c").segments.len(), 1);
        assert_eq!(words("a b c", "a c").plain(), "a [-b-] c");
        assert_eq!(words("a c", "a b c").plain(), "a {+b+} c");
        assert_eq!(words("", "new text").plain(), "{+new text+}");
        assert_eq!(words("old text", "").plain(), "[-old text-]");
        assert_eq!(words("x y", "y x").plain(), "[-x-] y {+x+}");
    }

    #[test]
    fn long_unchanged_text_is_cut_to_context() {
        let base: Vec<String> = (0..40).map(|i| format!("w{i}")).collect();
        let mut edited = base.clone();
        edited[20] = "CHANGED".into();
        let d = words(&base.join(" "), &edited.join(" "));
        assert_eq!(
            d.plain(),
            "… w12 w13 w14 w15 w16 w17 w18 w19 [-w20-] {+CHANGED+} w21 w22 w23 w24 w25 w26 w27 w28 …"
        );
    }

    #[test]
    fn huge_inputs_fall_back_without_blowing_up() {
        let a: String = (0..3000).map(|i| format!("a{i} ")).collect();
        let b: String = (0..3000).map(|i| format!("b{i} ")).collect();
        let d = words(&a, &b);
        let kinds: Vec<SegmentKind> = d.segments.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [SegmentKind::Removed, SegmentKind::Added]);
    }
}
