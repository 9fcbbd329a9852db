//! `annexa bundle`: a build in every format, zipped with a manifest of every input and output
//! hash, checksums and a README ([`crate::output::bundle`]).

use super::{build, Built, Error, Request};
use crate::output::bundle::BundleMeta;
use crate::render::Format;

/// A bundle in memory: the zip, how many documents it holds, and the build's report.
#[derive(Debug)]
pub struct Bundled {
    pub zip: Vec<u8>,
    pub documents: usize,
    pub report: super::Report,
}

/// Builds `req` in every format and zips it.
pub fn bundle(req: &Request) -> Result<Bundled, Error> {
    let req = Request {
        formats: Format::ALL.to_vec(),
        ..req.clone()
    };
    let Built {
        files,
        report,
        inputs,
        organisation,
        date,
        standards,
    } = build(&req)?;
    let meta = BundleMeta {
        organisation,
        date,
        standards,
    };
    match crate::output::bundle::bundle(&files, &inputs, &meta) {
        Ok(zip) => Ok(Bundled {
            zip,
            documents: files.len(),
            report,
        }),
        Err(e) => Err(Error::Failed {
            error: e.to_string(),
            report: report.into(),
        }),
    }
}
