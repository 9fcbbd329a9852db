//! The document properties and running header and footer each document's PDF and DOCX carry,
//! in the document's language: title, subject, author, the header's identification line, the
//! footer, "Page N of M", the language tag and direction.

use super::jobs::{header_right, Job};
use crate::merge::Document;
use crate::model::theme::Theme;

/// The document info's subject: "Title ID, version V".
fn subject(doc: &Document, job: &Job) -> String {
    doc.locale.t_args(
        "meta-subject",
        &[
            ("title", job.title.clone().into()),
            ("id", job.id.clone().into()),
            ("version", job.version.clone().into()),
        ],
    )
}

/// The PDF's document info and running header and footer.
pub(super) fn pdf_meta(
    doc: &Document,
    job: &Job,
    theme: Option<&Theme>,
) -> crate::render::pdf::PdfMeta {
    let date = crate::model::Date::parse(&doc.generated);
    crate::render::pdf::PdfMeta {
        title: job.title.clone(),
        author: doc.organisation.name.clone(),
        subject: subject(doc, job),
        header_right: match &doc.draft {
            Some(_) => format!(
                "{} · {}",
                doc.locale.t("header-draft-mark"),
                header_right(job, &doc.locale)
            ),
            None => header_right(job, &doc.locale),
        },
        footer_left: theme
            .and_then(|t| t.footer.clone())
            .unwrap_or_else(|| format!("{} · {}", doc.organisation.name, job.title)),
        date: date.map_or((2000, 1, 1, 0, 0, 0), |d| (d.year, d.month, d.day, 0, 0, 0)),
        lang: doc.locale.tag().to_string(),
        page_of: page_of(&doc.locale),
        rtl: doc.locale.rtl(),
        draft: doc
            .draft
            .as_ref()
            .map(|_| doc.locale.t("header-draft-mark")),
    }
}

/// "Page {n} of {total}" in the document's language, for the PDF and DOCX footers to fill in.
pub fn page_of(l: &crate::i18n::Locale) -> String {
    l.t_args(
        "page-of",
        &[("n", "{n}".into()), ("total", "{total}".into())],
    )
}

/// The DOCX's document properties and running header and footer.
pub(super) fn docx_meta(
    doc: &Document,
    job: &Job,
    theme: Option<&Theme>,
) -> crate::render::docx::DocxMeta {
    let date = crate::model::Date::parse(&doc.generated);
    let mut keywords: Vec<String> = doc.standards.iter().map(|s| s.standard.clone()).collect();
    keywords.push(job.title.clone());
    crate::render::docx::DocxMeta {
        title: job.title.clone(),
        subject: subject(doc, job),
        author: doc.organisation.name.clone(),
        keywords: keywords.join("; "),
        description: String::new(),
        header_right: header_right(job, &doc.locale),
        footer_left: theme
            .and_then(|t| t.footer.clone())
            .unwrap_or_else(|| format!("{} · {}", doc.organisation.name, job.title)),
        date: date.map(|d| (d.year, d.month, d.day)),
        lang: doc.locale.tag().to_string(),
        page_of: page_of(&doc.locale),
        contents: doc.locale.t("html-contents"),
        todo: doc.locale.t("blank-to-complete"),
        blank: doc.blank,
        draft: doc
            .draft
            .as_ref()
            .map(|_| crate::render::docx::draft::Draft {
                mark: doc.locale.t("header-draft-mark"),
                line: doc.locale.t("draft-mark"),
            }),
        generator: format!("annexa {}", doc.annexa_version),
        custom: vec![
            (doc.locale.t("meta-document-id"), job.id.clone()),
            (doc.locale.t("meta-version"), job.version.clone()),
            (
                doc.locale.t("meta-classification"),
                job.classification.clone(),
            ),
        ],
    }
}
