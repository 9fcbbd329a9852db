//! The table of hostile and mistaken inputs: each breaks the folder of a good build in one way
//! and says what annexa must answer. Lines are counted from the small valid file, so a line
//! appended to it is `valid_lines() + 1`.

use super::images::{png, png_bomb};
use super::{append, link_to_dev_zero, mkfifo, valid_lines, Case};
use crate::support::lumora;
use std::path::Path;

fn args(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| (*s).to_string()).collect()
}

fn strings(a: &[&str]) -> Vec<String> {
    args(a)
}

/// `build soa.yaml` into the good build's folder.
const BUILD: &[&str] = &["build", "soa.yaml", "--out", "out", "--format", "md,html"];

/// A case that appends `text` to the valid file and builds.
fn appended(
    name: &'static str,
    text: &'static str,
    extra: fn(&Path) -> bool,
    expect: &[&str],
) -> Case {
    Case {
        name,
        setup: Box::new(move |d| {
            append(d, text);
            extra(d)
        }),
        args: args(BUILD),
        code: 1,
        expect: strings(expect),
    }
}

/// The valid file with `old` replaced by `new`, built.
fn edited(name: &'static str, old: &'static str, new: &'static str, expect: &[&str]) -> Case {
    Case {
        name,
        setup: Box::new(move |d| {
            let text = super::valid();
            assert!(text.contains(old), "{name}: no {old:?}");
            std::fs::write(d.join("soa.yaml"), text.replacen(old, new, 1)).expect("write");
            true
        }),
        args: args(BUILD),
        code: 1,
        expect: strings(expect),
    }
}

/// The Lumora example with `old` replaced by `new`, validated.
fn lumora_edit(name: &'static str, old: &'static str, new: &'static str, expect: &[&str]) -> Case {
    Case {
        name,
        setup: Box::new(move |d| {
            let text = lumora();
            assert!(text.contains(old), "{name}: no {old:?}");
            std::fs::write(d.join("soa.yaml"), text.replacen(old, new, 1)).expect("write");
            true
        }),
        args: args(&["validate", "soa.yaml"]),
        code: 1,
        expect: strings(expect),
    }
}

fn nothing(_: &Path) -> bool {
    true
}

/// Every case.
pub(super) fn all() -> Vec<Case> {
    let mut all = special_files();
    all.extend(caps_and_images());
    all.extend(text_and_messages());
    all
}

/// Named pipes, devices and folders where a file belongs, and a template folder that is not.
fn special_files() -> Vec<Case> {
    let next = valid_lines() + 1;
    let at = |col: usize| format!("soa.yaml:{next}:{col}");
    vec![
        Case {
            name: "decisions file is a named pipe",
            setup: Box::new(|d| mkfifo(&d.join("pipe.yaml"))),
            args: args(&["build", "pipe.yaml", "--out", "out", "--format", "md"]),
            code: 2,
            expect: strings(&["error: cannot read pipe.yaml: it is a named pipe (FIFO), not a regular file"]),
        },
        Case {
            name: "decisions file is a symlink to /dev/zero",
            setup: Box::new(|d| {
                link_to_dev_zero(&d.join("zero.yaml"));
                true
            }),
            args: args(&["validate", "zero.yaml"]),
            code: 2,
            expect: strings(&["error: cannot read zero.yaml: it is a character device (such as /dev/zero), not a regular file"]),
        },
        Case {
            name: "decisions file is a folder",
            setup: Box::new(|d| std::fs::create_dir(d.join("dir.yaml")).is_ok()),
            args: args(&["validate", "dir.yaml"]),
            code: 2,
            expect: strings(&["error: cannot read dir.yaml: it is a folder, not a regular file"]),
        },
        edited(
            "catalog is a named pipe",
            "  - catalog.yaml",
            "  - catalog.yaml\n  - pipe.yaml",
            &["soa.yaml:15:5", "cannot read `pipe.yaml`: it is a named pipe (FIFO)"],
        )
        .with_extra(|d| mkfifo(&d.join("pipe.yaml"))),
        appended("relations file is /dev/zero", "relations: zero.yaml\n", |d| {
            link_to_dev_zero(&d.join("zero.yaml"));
            true
        }, &["unreadable-file", "character device (such as /dev/zero)"])
        .expecting(at(12)),
        appended("logo is a named pipe", "theme:\n  logo: logo.png\n", |d| mkfifo(&d.join("logo.png")), &[
            "cannot read `logo.png`: it is a named pipe (FIFO)",
        ])
        .expecting(format!("soa.yaml:{}:9", next + 1)),
        appended("logo is /dev/zero", "theme:\n  logo: logo.png\n", |d| {
            link_to_dev_zero(&d.join("logo.png"));
            true
        }, &["character device"])
        .expecting(format!("soa.yaml:{}:9", next + 1)),
        appended("a template in `templates:` is a named pipe", "templates: tpl\n", |d| {
            std::fs::create_dir(d.join("tpl")).is_ok() && mkfifo(&d.join("tpl/soa.md"))
        }, &["cannot read the template `tpl/soa.md`: it is a named pipe (FIFO)"])
        .expecting(at(12)),
        Case {
            name: "a template in --templates is a named pipe",
            setup: Box::new(|d| std::fs::create_dir(d.join("tpl")).is_ok() && mkfifo(&d.join("tpl/soa.md"))),
            args: args(&["build", "soa.yaml", "--out", "out", "--format", "md", "--templates", "tpl"]),
            code: 2,
            expect: strings(&["error: cannot read tpl/soa.md: it is a named pipe (FIFO), not a regular file"]),
        },
        appended("`templates:` names no folder", "templates: nowhere\n", nothing, &[
            "cannot read the template folder `nowhere`: no such file or folder",
        ])
        .expecting(at(12)),
        appended("`templates:` names a file", "templates: catalog.yaml\n", nothing, &[
            "cannot read the template folder `catalog.yaml`: it is a file, not a folder",
        ])
        .expecting(at(12)),
        Case {
            name: "--out names a file",
            setup: Box::new(|d| std::fs::write(d.join("out.txt"), "x").is_ok()),
            args: args(&["build", "soa.yaml", "--out", "out.txt"]),
            code: 2,
            expect: strings(&["error: --out must be a folder, and `out.txt` is a file"]),
        },
    ]
}

/// Inputs over their size caps, and logos built to hurt.
fn caps_and_images() -> Vec<Case> {
    let logo_at = format!("soa.yaml:{}:9", valid_lines() + 2);
    let theme = "theme:\n  logo: logo.png\n";
    vec![
        appended(
            "a template over 4 MiB",
            "templates: tpl\n",
            |d| {
                std::fs::create_dir(d.join("tpl")).is_ok()
                    && std::fs::write(d.join("tpl/soa.md"), "x".repeat(5 << 20)).is_ok()
            },
            &[
                "file-too-large",
                "larger than the 4 MiB annexa reads for a template",
            ],
        ),
        appended(
            "a logo over 8 MiB",
            theme,
            |d| {
                let mut bytes = png(2, 2, &[0; 16]);
                bytes.resize(9 << 20, 0);
                std::fs::write(d.join("logo.png"), bytes).is_ok()
            },
            &[
                "file-too-large",
                "larger than the 8 MiB annexa reads for a logo",
            ],
        )
        .expecting(logo_at.clone()),
        appended(
            "a 1×1 PNG whose data inflates to 16 MiB",
            theme,
            |d| std::fs::write(d.join("logo.png"), png_bomb(16 << 20)).is_ok(),
            &[
                "image-too-large",
                "inflates to more than its 1×1 pixels need",
            ],
        )
        .expecting(logo_at.clone()),
        appended(
            "a PNG of 9000×9000 pixels",
            theme,
            |d| {
                let mut bytes = png(1, 1, &[0, 0, 0, 255]);
                bytes[16..20].copy_from_slice(&9000u32.to_be_bytes());
                bytes[20..24].copy_from_slice(&9000u32.to_be_bytes());
                std::fs::write(d.join("logo.png"), bytes).is_ok()
            },
            &["image-too-large", "9000×9000 px"],
        )
        .expecting(logo_at.clone()),
        appended(
            "a 2 MiB JPEG",
            theme,
            |d| {
                let mut bytes = vec![0xff, 0xd8, 0xff, 0xe0];
                bytes.resize(2 << 20, 0);
                std::fs::write(d.join("logo.png"), bytes).is_ok()
            },
            &["image-too-large", "2.0 MiB JPEG"],
        )
        .expecting(logo_at),
        appended(
            "`<<` merges a scalar",
            "x: &x 1\ny:\n  <<: *x\n",
            nothing,
            &["yaml-syntax", "`<<` merges a mapping into this one"],
        ),
    ]
}

/// Control and invisible characters, placeholders, and the messages that used to mislead.
fn text_and_messages() -> Vec<Case> {
    vec![
        edited("NUL in a quoted string", "justification: Required by regulation.", "justification: \"Required\\0 by regulation.\"", &[
            "control-character", "U+0000 NUL", "soa.yaml:22:20",
        ]),
        edited("an ESC sequence in a status", "    status: planned", "    status: \"\\e]0;pwned\\a\\e[2Jplanned\"", &[
            "control-character", "U+001B ESCAPE", "soa.yaml:29:13",
        ]),
        Case {
            name: "a binary file as the decisions file",
            setup: Box::new(|d| {
                std::fs::write(d.join("soa.yaml"), b"a: 1\n\x1b[2J\x00\x07\xff\xfe bin\n").is_ok()
            }),
            args: args(&["validate", "soa.yaml"]),
            code: 1,
            expect: strings(&["invalid-utf8", "soa.yaml:2:", "\\u{1b}[2J\\u{0}\\u{7}"]),
        },
        edited("an exclusion justified with TBC", "justification: No systems of our own; all hosting is outsourced.", "justification: TBC", &[
            "unjustified-exclusion", "`TBC` does not justify excluding `T:C.3`",
        ]),
        edited("an exclusion justified with 'Not applicable to us.'", "justification: No systems of our own; all hosting is outsourced.", "justification: Not applicable to us.", &[
            "unjustified-exclusion", "soa.yaml:33:20",
        ]),
        edited("a zero-width space in a control ID", "  T:C.3:", "  T:C.3\u{200b}:", &[
            "invisible-character", "U+200B ZERO WIDTH SPACE, at character 6", "soa.yaml:31:8",
            "without the invisible character it reads `T:C.3`",
        ]),
        edited("a byte-order mark in mid-file", "  T:C.2:\n", "  T:C.2:\n\u{feff}", &[
            "yaml-syntax", "U+FEFF BYTE ORDER MARK", "soa.yaml:25:1",
        ]),
        edited("the decisions file as its own catalog", "  - catalog.yaml", "  - catalog.yaml\n  - soa.yaml", &[
            "not-a-catalog", "soa.yaml:15:5", "`soa.yaml` is this decisions file itself, not a catalog",
        ]),
        Case {
            name: "a template leaves an `if` open",
            setup: Box::new(|d| {
                std::fs::create_dir(d.join("tpl")).is_ok()
                    && std::fs::write(
                        d.join("tpl/soa.md"),
                        "{% extends \"builtin/soa.md\" %}\n{% block scope %}\n{% if doc.blank %}\nx\n{% endblock scope %}\n",
                    )
                    .is_ok()
            }),
            args: args(&["build", "soa.yaml", "--out", "out", "--format", "md", "--templates", "tpl"]),
            code: 1,
            expect: strings(&["error: Unknown tag", "the `{% if %}` at soa.md:3:1 is not closed: add `{% endif %}`"]),
        },
        lumora_edit("42001:A.5.2 typed as 27001:A.5.2", "  42001:A.5.2:", "  27001:A.5.2:", &[
            "did you mean `42001:A.5.2` (still undecided)?",
        ]),
        lumora_edit("a typo in an AI system field", "    lifecycle_stage: operation", "    lifecycle: operation", &[
            "did you mean `lifecycle_stage`?", "\n1 error, 0 warnings\n",
        ]),
        lumora_edit("a catalog left out of `catalogs:`", "  - iso42001-2023\n", "", &[
            "error[missing-catalog]: 42001 controls are decided (38 of them), but `iso42001-2023` is not in `catalogs:`",
            "\n1 error, 0 warnings\n",
        ]),
    ]
}

impl Case {
    /// Also runs `extra` after the case's own setup.
    fn with_extra(self, extra: fn(&Path) -> bool) -> Case {
        let setup = self.setup;
        Case {
            setup: Box::new(move |d| setup(d) && extra(d)),
            ..self
        }
    }

    /// Also expects `text` in stderr.
    fn expecting(mut self, text: String) -> Case {
        self.expect.push(text);
        self
    }
}
