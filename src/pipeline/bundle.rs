//! `annexa bundle`: a build in every format, zipped with a manifest of every input and output
//! hash, checksums and a README ([`crate::output::bundle`]); with `--with-evidence`, the
//! evidence files the decisions file names as well ([`crate::input::evidence::collect`]).

use super::{build, Built, Error, Request, Source};
use crate::output::bundle::BundleMeta;
use crate::render::Format;

/// What goes into a bundle besides the documents.
#[derive(Debug, Clone, Copy, Default)]
pub struct BundleOptions {
    /// Copy the local evidence files under `evidence/` (refusing any that leave the decisions
    /// file's folder, are not regular files, or are too large: then nothing is bundled).
    pub with_evidence: bool,
}

/// A bundle in memory: the zip, how many documents and evidence files it holds, and the
/// build's report.
#[derive(Debug)]
pub struct Bundled {
    pub zip: Vec<u8>,
    pub documents: usize,
    pub evidence: usize,
    pub report: super::Report,
}

/// Builds `req` in every format and zips it.
pub fn bundle(req: &Request) -> Result<Bundled, Error> {
    bundle_with(req, BundleOptions::default())
}

/// Builds `req` in every format and zips it with what `opts` asks for.
pub fn bundle_with(req: &Request, opts: BundleOptions) -> Result<Bundled, Error> {
    let req = Request {
        formats: Format::ALL.to_vec(),
        ..req.clone()
    };
    let Built {
        files,
        mut report,
        inputs,
        organisation,
        date,
        standards,
        evidence,
        base,
    } = build(&req)?;
    let collected = if opts.with_evidence {
        match crate::input::evidence::collect(&base, &evidence) {
            Ok(c) => c,
            Err(diags) => {
                report.diagnostics.items.extend(diags.items);
                let path = match &req.source {
                    Source::File(p) => p.display().to_string(),
                    Source::Blank { .. } => "the toolkit set".into(),
                };
                let report = Box::new(report);
                return Err(Error::Invalid { path, report });
            }
        }
    } else {
        Vec::new()
    };
    let meta = BundleMeta {
        organisation,
        date,
        standards,
    };
    match crate::output::bundle::bundle(&files, &inputs, &meta, &collected) {
        Ok(zip) => Ok(Bundled {
            zip,
            documents: files.len(),
            evidence: collected.len(),
            report,
        }),
        Err(e) => Err(Error::Failed {
            error: e.to_string(),
            report: report.into(),
        }),
    }
}
