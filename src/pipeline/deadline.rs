//! Rendering under a deadline. tera bounds recursion and our writer bounds output, but a user
//! template can still loop for hours writing nothing (nested `range` loops). Rendering runs on
//! a thread of its own; when it is not done in time the build fails with
//! [`Error::Timeout`](super::Error::Timeout) and the caller carries on (a batch builds its other
//! inputs). The abandoned thread ends with the process.

use super::{RenderFailure, Request};
use crate::merge::Document;
use crate::model::theme::Theme;
use crate::output::write::Stage;
use crate::render::markdown::Templates;
use crate::render::{self, Format, Rendered};
use std::sync::{mpsc, Arc};

/// Renders `doc` in `formats` with the user's templates over the built-ins, within
/// `req.render_timeout`; with a `stage`, each file is written to it as it is made. The caller
/// abandons the stage when this fails: an abandoned thread's later files are then dropped.
pub(super) fn render(
    doc: Document,
    user: Vec<(String, String)>,
    formats: Vec<Format>,
    theme: Option<Theme>,
    req: &Request,
    stage: Option<Arc<Stage>>,
) -> Result<Rendered, RenderFailure> {
    let (tx, rx) = mpsc::channel();
    let work = move || {
        let put = (stage.as_deref()).map(|s| move |name: &str, bytes: &[u8]| s.put(name, bytes));
        let hand = put.as_ref().map(|p| p as render::Hand<'_>);
        let result = Templates::new(&user, &doc.locale)
            .map_err(|e| RenderFailure::Render(e.to_string()))
            .and_then(|t| {
                render::render(&doc, &t, &formats, theme.as_ref(), hand)
                    .map_err(|e| RenderFailure::Render(e.to_string()))
            });
        let _ = tx.send(result);
    };
    std::thread::Builder::new()
        .name("annexa-render".into())
        .spawn(work)
        .map_err(|e| RenderFailure::Render(format!("cannot start rendering: {e}")))?;
    match rx.recv_timeout(req.render_timeout) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            Err(RenderFailure::Timeout(req.render_timeout.as_secs()))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(RenderFailure::Render(
            "rendering stopped without a result".into(),
        )),
    }
}
