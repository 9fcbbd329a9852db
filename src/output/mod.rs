//! Output: the only stage that writes. Files go to temporary names and are renamed when all are
//! on disk ([`write`](mod@write)); a bundle zips every document with a manifest ([`bundle`]).

pub mod bundle;
pub mod write;
