//! Output: the only stage that writes. Files go to temporary names, each as soon as it is made
//! when a build stages them ([`write::Stage`]), and are renamed when all are on disk
//! ([`write`](mod@write)); a bundle zips every document with a manifest ([`bundle`]).

pub mod bundle;
pub mod write;
