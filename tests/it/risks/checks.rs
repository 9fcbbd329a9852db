//! Every cross-check of the risk register and of evidence references, through `annexa
//! validate --format json`: the code, severity, line and column of each diagnostic (found from
//! the text of the file, so a case reads as what it tests), a word of its message, and the
//! cases that must stay silent.

use super::{ai_system, case, place, soa, validate};

/// What one case must report: severity, code, the text the diagnostic points at (unique in the
/// file) and a part of the message.
type Expect = (&'static str, &'static str, &'static str, &'static str);

/// Line and column (1-based) where `needle` starts in `text`.
fn at(text: &str, needle: &str) -> (u64, u64) {
    assert_eq!(text.matches(needle).count(), 1, "{needle:?} is not unique");
    let offset = text.find(needle).unwrap_or_default();
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = offset - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    (line as u64, col as u64)
}

/// Validates `text` (with `files` beside it) and checks it reports exactly `expect`.
fn check(name: &str, text: &str, files: &[(&str, &[u8])], expect: &[Expect]) {
    let mut t = case(text);
    for (path, bytes) in files {
        t = t.write(path, bytes);
    }
    let (out, got) = validate(t);
    let errors = expect.iter().filter(|e| e.0 == "error").count();
    assert_eq!(
        out.code,
        if errors > 0 { 1 } else { 0 },
        "{name}: {}",
        out.stdout
    );
    let want: Vec<(String, String, u64, u64)> = expect
        .iter()
        .map(|(sev, code, needle, _)| {
            let (line, col) = at(text, needle);
            (sev.to_string(), code.to_string(), line, col)
        })
        .collect();
    let places: Vec<_> = got.iter().map(place).collect();
    assert_eq!(places, want, "{name}: {}", out.stdout);
    for (d, (_, _, _, words)) in got.iter().zip(expect) {
        let message = d["message"].as_str().unwrap_or_default();
        assert!(
            message.contains(words),
            "{name}: {message:?} lacks {words:?}"
        );
        assert!(d["help"].is_string(), "{name}: no help for {message:?}");
    }
}

const R02: &str = "  - id: R-02\n    title: Supplier failure\n";

#[test]
fn a_risk_no_control_and_no_action_treats_warns_unless_retained() {
    let expect = [(
        "warning",
        "untreated-risk",
        "R-02",
        "treated by no control and no action",
    )];
    check("untreated", &soa(R02, "", ""), &[], &expect);
    let retained = format!("{R02}    treatment: retain\n");
    check("retained", &soa(&retained, "", ""), &[], &[]);
    let action = format!("{R02}    owner: COO\n    actions:\n      - action: Second supplier\n        due: 2026-12-31\n");
    check("with an action", &soa(&action, "", ""), &[], &[]);
}

#[test]
fn modify_without_a_control_is_an_error_at_the_treatment() {
    let text = soa(&format!("{R02}    treatment: modify\n"), "", "");
    let expect = [(
        "error",
        "modify-without-control",
        "treatment: modify",
        "no control cites it",
    )];
    check("modify", &text, &[], &expect);
    // R-01 is cited by T:C.2: modifying it is fine.
    check(
        "modify cited",
        &soa("    treatment: modify\n", "", ""),
        &[],
        &[],
    );
}

#[test]
fn residual_risk_above_the_criteria_needs_an_acceptance() {
    let residual = "    residual: {likelihood: likely, impact: major}\n";
    let expect = [(
        "error",
        "residual-not-accepted",
        "residual:",
        "(Likely × Major = 16, High)",
    )];
    check("residual", &soa(residual, "", ""), &[], &expect);
    let accepted = format!(
        "{residual}    acceptance: {{by: Risk Committee, date: 2026-02-20, reference: RA-1}}\n"
    );
    check("accepted", &soa(&accepted, "", ""), &[], &[]);
    // The organisation's own criteria: Medium is accepted, Likely × Minor = 8 is Medium.
    let criteria = "risk_criteria:\n  acceptance: medium\n";
    let medium = "    residual: {likelihood: 4, impact: minor}\n";
    check("own criteria", &soa(medium, "", criteria), &[], &[]);
    // A retained risk is judged on its rating before treatment.
    let retained = "    treatment: retain\n    inherent: {likelihood: possible, impact: severe}\n";
    let expect = [(
        "error",
        "residual-not-accepted",
        "treatment: retain",
        "= 15, High",
    )];
    check("retained", &soa(retained, "", ""), &[], &expect);
}

#[test]
fn an_action_due_before_the_document_date_and_not_done_warns() {
    let action = |state: &str| {
        format!("    owner: Head of IT\n    actions:\n      - action: Test restores every quarter\n        due: 2026-01-31\n        state: {state}\n")
    };
    let expect = [("warning", "action-overdue", "2026-01-31", "is in progress")];
    check(
        "overdue",
        &soa(&action("in_progress"), "", ""),
        &[],
        &expect,
    );
    check("done", &soa(&action("done"), "", ""), &[], &[]);
    check("cancelled", &soa(&action("cancelled"), "", ""), &[], &[]);
}

#[test]
fn an_ai_risk_names_its_systems_and_their_assessments_mention_it() {
    let expect = [(
        "warning",
        "ai-risk-without-system",
        "kind: ai",
        "names no AI system",
    )];
    check("no system", &soa("    kind: ai\n", "", ""), &[], &expect);
    let risk = "    kind: ai\n    ai_systems: [bot]\n";
    let expect = [(
        "warning",
        "risk-not-in-assessment",
        "bot]",
        "records no impacts yet",
    )];
    check("no impacts", &soa(risk, "", &ai_system("")), &[], &expect);
    let impact = |risks: &str| {
        format!("    impacts:\n      - dimension: privacy\n        kind: harmful\n        description: Leaks a transcript.\n        affected: [Customers]\n        likelihood: unlikely\n        severity: minor\n        measures: Transcripts are redacted.\n{risks}")
    };
    let expect = [(
        "warning",
        "risk-not-in-assessment",
        "bot]",
        "does not mention risk `R-01`",
    )];
    check(
        "not mentioned",
        &soa(risk, "", &ai_system(&impact(""))),
        &[],
        &expect,
    );
    let mentioned = ai_system(&impact("        risks: [R-01]\n"));
    check("mentioned", &soa(risk, "", &mentioned), &[], &[]);
    let unknown = ai_system(&impact("        risks: [R-09]\n"));
    let expect = [(
        "error",
        "unknown-risk",
        "R-09",
        "risk `R-09` is not in `risks:`",
    )];
    check(
        "impact names an unknown risk",
        &soa("", "", &unknown),
        &[],
        &expect,
    );
    let expect = [("error", "unknown-ai-system", "botx", "AI system `botx`")];
    check(
        "unknown system",
        &soa("    ai_systems: [botx]\n", "", &ai_system("")),
        &[],
        &expect,
    );
}

#[test]
fn risk_criteria_must_rate_every_risk() {
    let bands = "risk_criteria:\n  levels:\n    - {id: low, name: Low, up_to: 4}\n    - {id: high, name: High, up_to: 9}\n  acceptance: low\n";
    let expect = [(
        "error",
        "invalid-risk-criteria",
        "{id: high",
        "scores above 9 have no level",
    )];
    check("bands", &soa("", "", bands), &[], &expect);
    let expect = [("error", "missing-field", "risk_criteria:", "`acceptance`")];
    check(
        "no acceptance",
        &soa("", "", "risk_criteria:\n  rating: sum\n"),
        &[],
        &expect,
    );
    let matrix = "risk_criteria:\n  likelihood: [Low, High]\n  impact: [Small, Big]\n  rating: matrix\n  levels: [{id: ok, name: OK}, {id: bad, name: Bad}]\n  matrix:\n    - [ok, bad]\n    - [ok, ok]\n  acceptance: ok\n";
    let high = "    residual: {likelihood: High, impact: Big}\n";
    let expect = [(
        "error",
        "residual-not-accepted",
        "residual:",
        "(High × Big: Bad)",
    )];
    check("matrix", &soa(high, "", matrix), &[], &expect);
    let expect = [(
        "error",
        "unknown-value",
        "3, impact",
        "not a step of the likelihood scale",
    )];
    check(
        "off the scale",
        &soa("    inherent: {likelihood: 3, impact: Big}\n", "", matrix),
        &[],
        &expect,
    );
}

fn evidence(item: &str) -> String {
    format!("    evidence:\n      - Free text evidence\n      - id: EV-01\n        title: Policy\n{item}")
}

#[test]
fn evidence_locations_are_urls_or_relative_paths_that_exist() {
    let url = evidence("        location: https://grc.example.com/ev/01\n        collected: 2026-02-01\n        expires: 2027-02-01\n");
    check("url", &soa("", &url, ""), &[], &[]);
    let absolute = evidence("        location: /srv/evidence/policy.pdf\n");
    let expect = [(
        "error",
        "bad-evidence-location",
        "/srv/evidence/policy.pdf",
        "absolute path",
    )];
    check("absolute", &soa("", &absolute, ""), &[], &expect);
    let file_url = evidence("        location: file:///srv/policy.pdf\n");
    let expect = [(
        "error",
        "bad-evidence-location",
        "file:///srv",
        "`file:` URL",
    )];
    check("file url", &soa("", &file_url, ""), &[], &expect);
    let relative = evidence("        location: evidence/policy.pdf\n");
    let expect = [(
        "error",
        "evidence-not-found",
        "evidence/policy.pdf",
        "`EV-01` is not at",
    )];
    check("missing", &soa("", &relative, ""), &[], &expect);
    let file = [("evidence/policy.pdf", b"%PDF-1.7".as_slice())];
    check("present", &soa("", &relative, ""), &file, &[]);
}

#[test]
fn evidence_expired_before_the_document_date_warns() {
    let expired =
        evidence("        location: https://grc.example.com/ev/01\n        expires: 2026-01-31\n");
    let expect = [(
        "warning",
        "evidence-expired",
        "2026-01-31",
        "expired on 2026-01-31",
    )];
    check("expired", &soa("", &expired, ""), &[], &expect);
}

/// A broken decision is reported alone: the risk it would have cited does not also look
/// untreated.
#[test]
fn a_broken_decision_does_not_make_a_risk_look_untreated() {
    let text =
        soa("", "", "").replacen("    status: planned\n    target_date: 2026-09-30\n", "", 1);
    let expect = [("error", "missing-status", "  T:C.2:", "has no `status`")];
    let (out, got) = validate(case(&text));
    assert_eq!(out.code, 1);
    let codes: Vec<_> = got.iter().map(|d| d["code"].clone()).collect();
    assert_eq!(codes, [expect[0].1], "{}", out.stdout);
    // And `build` writes nothing for a file with a risk error.
    let residual = soa(
        "    residual: {likelihood: likely, impact: major}\n",
        "",
        "",
    );
    case(&residual)
        .args(["build", "soa.yaml", "--out", "out"])
        .stderr_has("error[residual-not-accepted]")
        .stderr_has("soa.yaml:18:5")
        .expect_absent("out")
        .failure();
}
