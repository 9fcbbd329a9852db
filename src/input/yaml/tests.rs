//! The YAML reader's cases: positions, duplicates, aliases and their budget, nesting, merge
//! keys, and syntax errors that point at their cause.

use super::*;

fn map(node: &Node) -> &Vec<(Node, Node)> {
    match &node.kind {
        Kind::Map(entries) => entries,
        other => panic!("not a map: {other:?}"),
    }
}

#[test]
fn keeps_text_positions_and_duplicates() {
    let root = parse("a: 4.0\nb:\n  - x\n  - 'y'\na: true\n").expect("parses");
    let entries = map(&root);
    assert_eq!(entries.len(), 3);
    assert_eq!(entries[0].1.scalar(), Some("4.0"));
    assert_eq!(entries[2].0.pos.line, 5);
    assert_eq!(
        entries[0].1.pos,
        Pos {
            line: 1,
            col: 4,
            len: 3
        }
    );
    match &entries[1].1.kind {
        Kind::Seq(items) => {
            assert_eq!(
                items[1].kind,
                Kind::Scalar {
                    text: "y".into(),
                    plain: false
                }
            );
            assert_eq!(items[1].pos.col, 5);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn nulls_and_empty_document() {
    let root = parse("a:\nb: ~\nc: ''\n").expect("parses");
    let e = map(&root);
    assert!(e[0].1.is_null() && e[1].1.is_null() && !e[2].1.is_null());
    assert_eq!(map(&parse("").expect("empty")).len(), 0);
}

#[test]
fn syntax_error_has_position() {
    let err = parse("a: [1, 2\nb: c\n").expect_err("unclosed");
    assert!(
        err.message.starts_with("YAML syntax error"),
        "{}",
        err.message
    );
    assert!(err.pos.line >= 1);
}

#[test]
fn aliases_expand_and_bombs_stop() {
    let root = parse("a: &x [1, 2]\nb: *x\n").expect("parses");
    assert_eq!(map(&root)[1].1.pos.line, 2);
    let mut bomb = String::from("a: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let p = i - 1;
        bomb.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let err = parse(&bomb).expect_err("bomb");
    assert!(err.message.contains("more than"), "{}", err.message);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = "[".repeat(10_000);
    assert!(parse(&deep).is_err());
}

#[test]
fn unclosed_flow_collection_is_named() {
    let err = parse("a:\n  b: [x, y\n  c: z\n").expect_err("unclosed");
    assert_eq!(err.pos.line, 3);
    assert_eq!(
        err.help.as_deref(),
        Some("the `[` at line 2, column 6 is still open here: is its `]` missing?")
    );
}

#[test]
fn tab_indentation_points_at_the_tab() {
    let err = parse("a:\n  b: 1\n\tc: 2\n").expect_err("tab");
    assert_eq!((err.pos.line, err.pos.col), (3, 1));
    assert_eq!(
        err.help.as_deref(),
        Some("indent with spaces: YAML does not allow tabs for indentation")
    );
}

#[test]
fn merge_keys_share_values_and_never_override() {
    let root = parse(
        "base: &b {status: implemented, owner: CISO}\nmore: &m {owner: CTO, notes: n}\nc:\n  <<: [*b, *m]\n  owner: DPO\n\"<<\": literal\n",
    )
    .expect("parses");
    let c = &map(&root)[2].1;
    let got: Vec<(&str, &str)> = map(c)
        .iter()
        .map(|(k, v)| (k.scalar().unwrap_or(""), v.scalar().unwrap_or("")))
        .collect();
    assert_eq!(
        got,
        [("owner", "DPO"), ("status", "implemented"), ("notes", "n")]
    );
    assert_eq!(map(&root)[3].0.scalar(), Some("<<"));
    let err = parse("a: &x 1\nb:\n  <<: *x\n").expect_err("scalar merge");
    assert!(err.message.contains("not a mapping"), "{}", err.message);
}

#[test]
fn an_invisible_character_is_named() {
    let err = parse("a:\n  b: 1\n\u{feff}  c: 2\n").expect_err("BOM");
    assert_eq!((err.pos.line, err.pos.col), (3, 1));
    assert!(err.message.contains("U+FEFF"), "{}", err.message);
}

#[test]
fn two_documents_rejected() {
    let err = parse("a: 1\n---\nb: 2\n").expect_err("two docs");
    assert_eq!(err.pos.line, 2);
}
