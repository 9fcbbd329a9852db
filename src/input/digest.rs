//! Input digests: every file a run reads, with its SHA-256, so a bundle's manifest can say
//! exactly what went in.

use sha2::{Digest as _, Sha256};

/// One input of the run and its hash: the decisions file, catalogs, overlays, templates and
/// theme files. `name` is as the decisions file wrote it (so the manifest does not depend on
/// the folder the command ran from); built-in catalogs are `built-in:<name>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    pub sha256: String,
}

impl Input {
    pub fn new(name: impl Into<String>, bytes: &[u8]) -> Input {
        Input {
            name: name.into(),
            sha256: sha256_hex(bytes),
        }
    }
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
