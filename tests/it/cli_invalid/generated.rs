//! The cases whose decisions file is generated: bytes that are not UTF-8, edits of the small
//! valid file with characters a fixture file would hide, and one-line edits of the Lumora
//! example (the mistakes that concern the shipped catalogs need all 131 controls decided).

use super::cases::{add_help, error, generated, line_of, replace_line, Case};
use super::fixtures;
use crate::support::lumora;
use std::fs;

/// Cases whose file is generated: bytes that are not UTF-8, and edits of the Lumora example.
pub(super) fn generated_cases() -> Vec<Case> {
    let valid = fs::read_to_string(fixtures().join("valid/soa.yaml")).expect("valid fixture");
    // A file saved as Latin-1: `é` is the single byte 0xE9.
    let latin1 = valid
        .replacen("Example Ltd", "Caf\u{e9} Ltd", 1)
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("Latin-1"))
        .collect::<Vec<u8>>();
    let lumora = lumora();
    let controls = line_of(&lumora, "controls:");
    let edit = |old: &str, new: &str| replace_line(&lumora, old, new);

    let unknown = edit("  27001:A.5.28:", "  27001:A.5.38:");
    let no_namespace = edit("  27001:A.5.1:", "  A.5.1:");
    let other_standard = edit("  42001:A.9.2:", "  27001:A.9.2:");
    let unknown_catalog = edit("  - iso27001-2022", "  - iso27001-2023");
    // `organisation.scope` without its `aims:` statement (the key and its folded lines).
    let mut lines: Vec<&str> = lumora.split('\n').collect();
    let aims = lines
        .iter()
        .position(|l| *l == "    aims: >-")
        .expect("aims");
    let end = aims
        + 1
        + lines[aims + 1..]
            .iter()
            .take_while(|l| l.starts_with("      "))
            .count();
    lines.drain(aims..end);
    let no_aims = lines.join("\n");
    // Issue 20: hostile characters, placeholders, and the mistakes whose messages misled.
    let valid_edit = |old: &str, new: &str| replace_line(&valid, old, new);
    let control_char = valid_edit("    status: planned", "    status: \"\\eplanned\"");
    let invisible = valid_edit("  T:C.3:", "  T:C.3\u{200b}:");
    let own_catalog = valid_edit("  - ../catalog.yaml", "  - ../catalog.yaml\n  - soa.yaml");
    let tbc = valid_edit(
        "    justification: No systems of our own; all hosting is outsourced.",
        "    justification: TBC.",
    );
    let no_42001 = edit("  - iso42001-2023", "");
    let twin = edit("  42001:A.5.2:", "  27001:A.5.2:");
    let twice: Vec<u32> = (twin.split('\n').zip(1u32..))
        .filter(|(l, _)| *l == "  27001:A.5.2:")
        .map(|(_, n)| n)
        .collect();
    let lifecycle = edit("    lifecycle_stage: operation", "    lifecycle: operation");

    vec![
        generated("invalid-utf8", latin1, vec![
            error("invalid-utf8", 2, 12, "the file is not valid UTF-8 (byte offset 25)")
                .help("save the file as UTF-8"),
        ]),
        generated("shipped-unknown-control", unknown.clone(), vec![
            error("undecided", controls, 1, "control `27001:A.5.28` (Collection of evidence) is not decided")
                .help(&add_help("27001:A.5.28")),
            error("unknown-control", line_of(&unknown, "  27001:A.5.38:"), 3, "`27001:A.5.38` is not a control of ISO/IEC 27001:2022 Annex A")
                .help("did you mean `27001:A.5.28`?"),
        ]),
        generated("shipped-missing-namespace", no_namespace.clone(), vec![
            error("undecided", controls, 1, "control `27001:A.5.1` (Policies for information security) is not decided")
                .help(&add_help("27001:A.5.1")),
            error("missing-namespace", line_of(&no_namespace, "  A.5.1:"), 3, "control ID `A.5.1` has no catalog namespace")
                .help("write `27001:A.5.1`"),
        ]),
        generated("shipped-wrong-standard", other_standard.clone(), vec![
            error("undecided", controls, 1, "control `42001:A.9.2` (Processes for responsible use of AI systems) is not decided")
                .help(&add_help("42001:A.9.2")),
            error("unknown-control", line_of(&other_standard, "  27001:A.9.2:"), 3, "`27001:A.9.2` is not a control of ISO/IEC 27001:2022 Annex A")
                .help("did you mean `42001:A.9.2` (Processes for responsible use of AI systems)?"),
        ]),
        generated("shipped-no-aims-scope", no_aims.clone(), vec![
            error("missing-field", line_of(&no_aims, "  scope:"), 3, "ISO/IEC 42001 is in scope but `scope` has no `aims` statement")
                .help("add `aims:` under `scope:`: the boundaries of the AI management system"),
        ]),
        generated("control-character", control_char, vec![
            error("control-character", 29, 13, "`status` holds a control character, U+001B ESCAPE, at character 1")
                .help("remove it: text may hold tabs and line breaks, no other control character (in a double-quoted string, look for an escape such as `\\0`, `\\e` or `\\x1b`)"),
        ]),
        generated("invisible-character", invisible, vec![
            error("invisible-character", 31, 8, "`T:C.3\u{200b}` holds an invisible character, U+200B ZERO WIDTH SPACE, at character 6")
                .help("delete it and type it again: without the invisible character it reads `T:C.3`"),
        ]),
        generated("not-a-catalog", own_catalog, vec![
            error("not-a-catalog", 15, 5, "`soa.yaml` is this decisions file itself, not a catalog")
                .help("list catalogs here: a shipped one by name (iso27001-2022, iso42001-2023) or a catalog file of your own"),
        ]),
        generated("exclusion-tbc", tbc, vec![
            error("unjustified-exclusion", 33, 20, "`TBC.` does not justify excluding `T:C.3`")
                .help("say why the control is not needed: e.g. \"no premises of our own: all staff work remotely and hosting is outsourced to …\""),
        ]),
        generated("missing-catalog", no_42001.clone(), vec![
            error("missing-catalog", line_of(&no_42001, "catalogs:"), 1, "42001 controls are decided (38 of them), but `iso42001-2023` is not in `catalogs:`")
                .help("add `iso42001-2023` to `catalogs:`, or remove the 42001 decisions"),
        ]),
        generated("decided-twice-twin", twin, vec![
            error("undecided", controls, 1, "control `42001:A.5.2` (AI system impact assessment process) is not decided")
                .help(&add_help("42001:A.5.2")),
            error("decided-twice", twice[1], 3, "control `27001:A.5.2` is decided twice")
                .note(&format!("first decided at line {}, column 3", twice[0]))
                .help("did you mean `42001:A.5.2` (still undecided)? Merging the two would lose that decision"),
        ]),
        generated("ai-system-field-typo", lifecycle.clone(), vec![
            error("unknown-field", line_of(&lifecycle, "    lifecycle: operation"), 5, "unknown field `lifecycle` in an AI system")
                .help("did you mean `lifecycle_stage`?"),
        ]),
        generated("shipped-unknown-catalog", unknown_catalog.clone(), vec![
            error("unknown-catalog", line_of(&unknown_catalog, "  - iso27001-2023"), 5, "no shipped catalog is called `iso27001-2023`")
                .help("did you mean `iso27001-2022`?"),
        ]),
    ]
}
