//! Control IDs and the order people read them in.
//!
//! A [`ControlId`] carries its catalog's namespace, because the two standards share IDs
//! (`27001:A.5.2` is not `42001:A.5.2`). [`natural_cmp`] orders IDs by their numbers
//! (`A.5.9` before `A.5.10`), the order of the standards' own tables.

use std::cmp::Ordering;
use std::fmt;

/// Compares IDs the way people read them: `A.5.9` < `A.5.10` < `A.10.1`.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        match (a.is_empty(), b.is_empty()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        let da = a.bytes().take_while(u8::is_ascii_digit).count();
        let db = b.bytes().take_while(u8::is_ascii_digit).count();
        let ord = if da > 0 && db > 0 {
            let (na, nb) = (
                a[..da].trim_start_matches('0'),
                b[..db].trim_start_matches('0'),
            );
            na.len()
                .cmp(&nb.len())
                .then_with(|| na.cmp(nb))
                .then(da.cmp(&db))
        } else {
            let ca = a.chars().next().unwrap_or_default();
            let cb = b.chars().next().unwrap_or_default();
            ca.cmp(&cb)
        };
        if ord != Ordering::Equal {
            return ord;
        }
        let step_a = if da > 0 {
            da
        } else {
            a.chars().next().map_or(1, char::len_utf8)
        };
        let step_b = if db > 0 {
            db
        } else {
            b.chars().next().map_or(1, char::len_utf8)
        };
        a = &a[step_a..];
        b = &b[step_b..];
    }
}

/// A control ID with its catalog namespace: `27001:A.5.2` is not `42001:A.5.2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ControlId {
    pub namespace: String,
    pub local: String,
}

impl ControlId {
    /// Splits `NS:LOCAL`; `None` without a namespace.
    pub fn parse(s: &str) -> Option<ControlId> {
        let (ns, local) = s.split_once(':')?;
        (!ns.is_empty() && !local.is_empty()).then(|| ControlId {
            namespace: ns.to_string(),
            local: local.to_string(),
        })
    }
}

impl fmt::Display for ControlId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.namespace, self.local)
    }
}

impl Ord for ControlId {
    fn cmp(&self, other: &Self) -> Ordering {
        natural_cmp(&self.namespace, &other.namespace)
            .then_with(|| natural_cmp(&self.local, &other.local))
    }
}

impl PartialOrd for ControlId {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order() {
        let mut ids = vec!["A.5.10", "A.10.1", "A.5.9", "A.5.1", "A.6.1.2", "A.6.2"];
        ids.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            ids,
            ["A.5.1", "A.5.9", "A.5.10", "A.6.1.2", "A.6.2", "A.10.1"]
        );
        let a = ControlId::parse("27001:A.5.9").expect("id");
        let b = ControlId::parse("27001:A.5.10").expect("id");
        assert!(a < b);
        assert_eq!(ControlId::parse("A.5.1"), None);
    }
}
