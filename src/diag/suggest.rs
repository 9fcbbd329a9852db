//! "Did you mean": the candidate nearest to a misspelt word, by edit distance.
//!
//! Every "did you mean" help line in the diagnostics comes from [`closest`], so that how near is
//! near enough is decided once for field names, keywords, IDs and catalog names alike.

/// Edit distance (Damerau: a swap of two neighbours counts once), for "did you mean".
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        prev2 = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

/// The closest candidate within a small distance, if any.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).clamp(1, 3);
    candidates
        .into_iter()
        .map(|c| (distance(&word.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("ownr", "owner"), 1);
        assert_eq!(distance("A.5.01", "A.5.10"), 1);
        assert_eq!(distance("abc", "abc"), 0);
        assert_eq!(closest("statsu", ["status", "owner"]), Some("status"));
        assert_eq!(closest("zzzzzz", ["status", "owner"]), None);
    }
}
