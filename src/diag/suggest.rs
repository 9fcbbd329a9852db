//! "Did you mean": the candidate nearest to a misspelt word, by edit distance.
//!
//! Every "did you mean" help line in the diagnostics comes from [`closest`], so that how near is
//! near enough is decided once for field names, keywords, IDs and catalog names alike.

/// Edit distance (Damerau: a swap of two neighbours counts once), for "did you mean".
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    distance_chars(&a, &b)
}

fn distance_chars(a: &[char], b: &[char]) -> usize {
    distance_within(a, b, usize::MAX).unwrap_or(usize::MAX)
}

/// The distance when it is at most `limit`. Gives up as soon as a whole row of the table is
/// above the limit: no later row can come back under it.
fn distance_within(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    // A common start and end change nothing (`27001:A.5.1` and `27001:A.5.10` differ in one
    // place): only the middles are compared.
    let start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[start..], &b[start..]);
    let end = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - end], &b[..b.len() - end]);
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()]).filter(|d| *d <= limit)
}

/// The closest candidate within a small distance, if any; else the one candidate that holds
/// the word whole, or that the word holds whole (`lifecycle` for `lifecycle_stage`), when the
/// word has at least four characters and exactly one candidate does.
///
/// Called once per unknown key, so 40,000 unknown keys ask it 40,000 times: candidates whose
/// length alone puts them out of reach are skipped before any distance is computed.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).clamp(1, 3);
    let word = word.to_lowercase();
    let chars: Vec<char> = word.chars().collect();
    let candidates: Vec<&str> = candidates.into_iter().collect();
    let near = (candidates.iter())
        .filter(|c| c.chars().count().abs_diff(chars.len()) <= limit)
        .filter_map(|c| {
            let other: Vec<char> = c.to_lowercase().chars().collect();
            Some((distance_within(&chars, &other, limit)?, *c))
        })
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c);
    near.or_else(|| {
        let holds = |c: &&&str| {
            let c = c.to_lowercase();
            word.chars().count() >= 4 && (c.contains(&word) || word.contains(&c) && c.len() >= 4)
        };
        let mut whole = candidates.iter().filter(holds);
        match (whole.next(), whole.next()) {
            (Some(one), None) => Some(*one),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("ownr", "owner"), 1);
        assert_eq!(distance("A.5.01", "A.5.10"), 1);
        assert_eq!(distance("abc", "abc"), 0);
        assert_eq!(distance("ca", "abc"), 3);
        assert_eq!(distance("abcdef", "badcfe"), 3);
        let (a, b): (Vec<char>, Vec<char>) = (
            "27001:Z.1".chars().collect(),
            "27001:A.5.1".chars().collect(),
        );
        assert_eq!(distance_within(&a, &b, 1), None);
        assert_eq!(
            distance_within(&a, &b, 3),
            Some(distance("27001:Z.1", "27001:A.5.1"))
        );
        assert_eq!(closest("statsu", ["status", "owner"]), Some("status"));
        assert_eq!(closest("zzzzzz", ["status", "owner"]), None);
        let system = ["lifecycle_stage", "human_oversight", "owner"];
        assert_eq!(closest("lifecycle", system), Some("lifecycle_stage"));
        assert_eq!(closest("oversight", system), Some("human_oversight"));
        assert_eq!(closest("owner_role", system), Some("owner"));
        assert_eq!(closest("stage", ["lifecycle_stage", "stage_gate"]), None);
    }
}
