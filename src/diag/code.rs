//! The diagnostic codes: one [`Code`] per kind of problem, each with its stable text, its
//! severity when that is fixed, and a one-line meaning.
//!
//! CI scripts and editors match on a code (the `code` field of `validate --format json`, the
//! `error[…]` of the text report), so a code's text never changes once released. Every code is
//! explained in `docs/diagnostics.md`; a test fails when the list here and the document differ.
//! To add a code: a variant here, a section in the document, and a case in the tests that
//! produces it.

use super::Severity;

/// Declares the codes: `Variant = "text", severity, "meaning";`, where severity is `error`,
/// `warning` or `either` (the same code is an error in one place and a warning in another).
macro_rules! codes {
    ($($variant:ident = $text:literal, $severity:ident, $meaning:literal;)+) => {
        /// What kind of problem a diagnostic reports (see `docs/diagnostics.md`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(#[doc = $meaning] $variant,)+
        }

        impl Code {
            /// Every code, in the order of the list (by the part of the input they concern).
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];

            /// The stable kebab-case text, e.g. `unknown-control`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $text),+ }
            }

            /// The severity every diagnostic with this code has, or `None` when it depends on
            /// the case.
            pub fn severity(self) -> Option<Severity> {
                match self { $(Code::$variant => codes!(@severity $severity)),+ }
            }

            /// What the code means, in one line.
            pub fn meaning(self) -> &'static str {
                match self { $(Code::$variant => $meaning),+ }
            }
        }
    };
    (@severity error) => { Some(Severity::Error) };
    (@severity warning) => { Some(Severity::Warning) };
    (@severity either) => { None };
}

impl Code {
    /// True for the "not decided yet" and "missing field" kinds: `annexa build --draft` builds
    /// despite them (undecided controls shown as Undecided, missing text as a placeholder, every
    /// such problem listed in the draft's appendix). Every other error still stops a draft.
    pub fn draftable(self) -> bool {
        matches!(
            self,
            Code::Undecided
                | Code::MissingField
                | Code::MissingJustification
                | Code::MissingReason
                | Code::MissingRisk
                | Code::MissingStatus
                | Code::MissingStatusReason
                | Code::MissingTargetDate
                | Code::UnjustifiedExclusion
                | Code::MissingOwner
        )
    }
}

codes! {
    // Reading the files.
    UnreadableFile = "unreadable-file", error,
        "A file the input names (catalog, overlay, relations, theme asset) cannot be read.";
    FileTooLarge = "file-too-large", error,
        "A file is larger than annexa reads for its kind (the limits are in the README).";
    InvalidUtf8 = "invalid-utf8", error,
        "A file is not valid UTF-8 text.";
    YamlSyntax = "yaml-syntax", error,
        "A file is not well-formed YAML, or uses YAML annexa does not accept.";
    ControlCharacter = "control-character", error,
        "A text holds a control character (NUL, ESC …); only tab and newline are allowed.";
    InvisibleCharacter = "invisible-character", error,
        "A key or ID holds a character that shows as nothing (a zero-width space, a BOM …).";
    BidiCharacter = "bidi-character", warning,
        "A text holds a direction override or isolate (U+202A–U+202E, U+2066–U+2069): it shows in another order than it is stored.";
    MessageFile = "message-file", error,
        "A message file (`locales:`, `--locale-dir`) has a syntax error or a key twice, or no messages exist for `language:`.";
    // The shape of the YAML.
    WrongType = "wrong-type", error,
        "A value has the wrong type: text, list, mapping or true/false where another is expected.";
    UnknownField = "unknown-field", error,
        "A record has a field annexa does not know (often a misspelling).";
    DuplicateField = "duplicate-field", error,
        "A field, or a `defaults:` selector, is given twice in one mapping.";
    MissingField = "missing-field", error,
        "A required field is missing or empty.";
    UnknownValue = "unknown-value", error,
        "A keyword field has a value outside its closed set.";
    InvalidDate = "invalid-date", error,
        "A date is not `YYYY-MM-DD` or names a day that does not exist.";
    InvalidId = "invalid-id", error,
        "An ID has characters or a form it may not have.";
    DuplicateId = "duplicate-id", error,
        "The same ID is listed twice (risk, clause, group, control, AI system, relation).";
    // Catalogs and overlays.
    UnknownCatalog = "unknown-catalog", error,
        "`catalogs:` names no shipped catalog, or an overlay names no catalog in scope.";
    NotACatalog = "not-a-catalog", error,
        "A file listed under `catalogs:` is a decisions file, not a catalog.";
    MissingCatalog = "missing-catalog", error,
        "Controls of a catalog are decided, but the catalog is not in `catalogs:`.";
    DuplicateCatalog = "duplicate-catalog", error,
        "Two catalogs in scope have the same namespace.";
    UnknownGroup = "unknown-group", error,
        "A catalog's control or group names a group the catalog does not have.";
    // Control decisions.
    MissingNamespace = "missing-namespace", error,
        "A control ID has no catalog namespace (`A.5.1` for `27001:A.5.1`).";
    UnknownControl = "unknown-control", error,
        "A control ID names no control of the catalogs in scope.";
    DecidedTwice = "decided-twice", error,
        "A control has two decisions.";
    Undecided = "undecided", error,
        "A control of a catalog in scope has no decision, or its decision has no `applicable`.";
    UnjustifiedExclusion = "unjustified-exclusion", error,
        "An excluded control has no justification, or one that says nothing (`N/A`).";
    StatusOnExcluded = "status-on-excluded", error,
        "An excluded control has a `status`.";
    FieldOnExcluded = "field-on-excluded", error,
        "An excluded control has a field only an applicable control may have.";
    MissingJustification = "missing-justification", warning,
        "An applicable control has no `justification`.";
    MissingReason = "missing-reason", error,
        "An applicable control gives no reason for its inclusion.";
    MissingRisk = "missing-risk", error,
        "A control gives the risk assessment as a reason but names no risk.";
    RiskWithoutReason = "risk-without-reason", warning,
        "A control names risks but `risk` is not among its reasons.";
    UnknownRisk = "unknown-risk", error,
        "A control names a risk that is not in `risks:`.";
    MissingStatus = "missing-status", error,
        "An applicable control has no `status`.";
    FieldOnImplemented = "field-on-implemented", warning,
        "An implemented control has a target date or status reason, which is not shown.";
    MissingStatusReason = "missing-status-reason", either,
        "A partial (warning) or not-implemented (error) control has no `status_reason`.";
    MissingTargetDate = "missing-target-date", error,
        "A planned control has no `target_date`.";
    TargetDatePast = "target-date-past", warning,
        "A planned or partial control's target date is before the document's date.";
    UnknownAiSystem = "unknown-ai-system", error,
        "A control names an AI system that is not in `ai_systems:`.";
    UnknownSelector = "unknown-selector", error,
        "A `defaults:` key names no catalog in scope or no group of it.";
    // AI systems.
    NoAiSystem = "no-ai-system", warning,
        "ISO/IEC 42001 is in scope, but `ai_systems:` lists no AI system.";
    AssessmentNotRecorded = "assessment-not-recorded", warning,
        "An impact-assessment control (42001 A.5.3–A.5.5) is implemented, but an AI system's assessment has no `impacts:`, no `assessment:` record or no approval yet.";
    // Document control.
    ReviewOverdue = "review-overdue", warning,
        "A `next_review` date is already past on the document's date.";
    RevisionMissing = "revision-missing", warning,
        "The revision history does not end with the document's version.";
    PlaceholderInApproved = "placeholder-in-approved", warning,
        "A document marked approved would still show a [To complete] placeholder.";
    // Management system.
    UnknownClause = "unknown-clause", error,
        "A `management_system:` key is not a clause of a catalog in scope.";
    ClauseGivenTwice = "clause-given-twice", error,
        "One standard's clause is met by two `management_system:` entries.";
    MissingOwner = "missing-owner", error,
        "A `management_system:` entry names no owner.";
    // Relations.
    SelfRelation = "self-relation", error,
        "A control is listed as supporting itself in the relations file.";
    RelatedControlsExcluded = "related-controls-excluded", warning,
        "A control is applicable but every control related to it is excluded.";
    // Theme.
    BadColour = "bad-colour", error,
        "The theme's `accent` is not a `#rrggbb` or `#rgb` colour.";
    BadImage = "bad-image", error,
        "The theme's logo is not a PNG, JPEG or SVG image.";
    ImageTooLarge = "image-too-large", error,
        "The theme's logo has more pixels or bytes than annexa takes, or its data inflates past them.";
    SvgLogo = "svg-logo", warning,
        "The theme's logo is an SVG, which shows in the HTML only.";
    BadFont = "bad-font", error,
        "A theme font file is not a TrueType font.";
    BadDocxReference = "bad-docx-reference", error,
        "The theme's `docx_reference` is not a usable Word document (not a DOCX, encrypted or damaged).";
    DocxReferenceStyle = "docx-reference-style", warning,
        "The theme's `docx_reference` lacks a style the Word files rely on; annexa's built-in one stands in.";
    // Risks and evidence.
    InvalidRiskCriteria = "invalid-risk-criteria", error,
        "`risk_criteria:` does not define a usable rating (scales, levels, matrix or acceptance).";
    UntreatedRisk = "untreated-risk", warning,
        "A risk is treated by no control and no action, and is not retained.";
    ModifyWithoutControl = "modify-without-control", error,
        "A risk's treatment is `modify`, but no control cites the risk.";
    ResidualNotAccepted = "residual-not-accepted", error,
        "A residual rating is above the acceptance criteria and no acceptance is recorded.";
    ActionOverdue = "action-overdue", warning,
        "A treatment action was due before the document's date and is not done.";
    AiRiskWithoutSystem = "ai-risk-without-system", warning,
        "An AI risk names no AI system.";
    RiskNotInAssessment = "risk-not-in-assessment", warning,
        "An AI risk names an AI system whose impact assessment does not mention the risk.";
    BadEvidenceLocation = "bad-evidence-location", error,
        "An evidence location is neither a URL nor a relative path.";
    EvidenceNotFound = "evidence-not-found", error,
        "An evidence location is a relative path to nothing.";
    EvidenceExpired = "evidence-expired", warning,
        "An evidence item expired before the document's date.";
    EvidenceOutsideFolder = "evidence-outside-folder", error,
        "`bundle --with-evidence`: an evidence path leaves the decisions file's folder.";
    EvidenceNotAFile = "evidence-not-a-file", error,
        "`bundle --with-evidence`: an evidence path is a folder, device, FIFO or socket.";
    EvidenceTooLarge = "evidence-too-large", error,
        "`bundle --with-evidence`: an evidence file is over the size cap.";
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/diagnostics.md"));

    /// The codes documented with a `### \`code\`` section, with the severity line under each.
    fn sections() -> Vec<(&'static str, &'static str)> {
        let mut out = Vec::new();
        let mut lines = DOC.lines();
        while let Some(line) = lines.next() {
            let Some(code) = line.strip_prefix("### `").and_then(|l| l.strip_suffix('`')) else {
                continue;
            };
            let severity = lines
                .find_map(|l| l.strip_prefix("Severity: "))
                .unwrap_or_default();
            out.push((code, severity));
        }
        out
    }

    /// The rows of the index table: (code, severity, meaning).
    fn index() -> Vec<(&'static str, &'static str, &'static str)> {
        DOC.lines()
            .filter_map(|l| {
                let cells: Vec<&str> = l.strip_prefix("| [`")?.splitn(2, '`').collect();
                let rest: Vec<&str> = cells.get(1)?.split(" | ").collect();
                let severity = rest.get(1)?.trim();
                let meaning = rest.get(2)?.trim().strip_suffix(" |")?;
                Some((cells[0], severity, meaning))
            })
            .collect()
    }

    fn severity_word(code: Code) -> &'static str {
        match code.severity() {
            Some(Severity::Error) => "error",
            Some(Severity::Warning) => "warning",
            None => "error or warning",
        }
    }

    #[test]
    fn every_code_is_documented_and_every_documented_code_exists() {
        let known: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        let documented: Vec<&str> = sections().iter().map(|(c, _)| *c).collect();
        let undocumented: Vec<&&str> = known.iter().filter(|c| !documented.contains(c)).collect();
        let unknown: Vec<&&str> = documented.iter().filter(|c| !known.contains(c)).collect();
        assert!(
            undocumented.is_empty() && unknown.is_empty(),
            "docs/diagnostics.md lacks a section for {undocumented:?} and documents codes \
             that are not in `Code` {unknown:?}"
        );
        assert_eq!(
            documented, known,
            "the document lists the codes in enum order"
        );
    }

    #[test]
    fn the_document_agrees_on_severity_and_meaning() {
        for (text, severity) in sections() {
            let code = Code::ALL.iter().find(|c| c.as_str() == text);
            let code = code.copied().expect("checked above");
            assert_eq!(severity, severity_word(code), "severity of `{text}`");
        }
        let rows = index();
        let expected: Vec<(&str, &str, &str)> = Code::ALL
            .iter()
            .map(|c| (c.as_str(), severity_word(*c), c.meaning()))
            .collect();
        assert_eq!(rows, expected, "the index table of docs/diagnostics.md");
    }

    #[test]
    fn texts_are_unique_kebab_case() {
        for (i, code) in Code::ALL.iter().enumerate() {
            let text = code.as_str();
            assert!(
                text.split('-').all(|w| !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
                "{text}"
            );
            assert!(
                Code::ALL[..i].iter().all(|c| c.as_str() != text),
                "{text} twice"
            );
            assert_eq!(serde_json::to_value(code).ok(), Some(text.into()));
        }
    }
}
