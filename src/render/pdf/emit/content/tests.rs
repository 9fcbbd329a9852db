use super::Scratch;

/// The rewritten stream, with lists of its own.
fn rewrite(src: &[u8]) -> Option<Vec<u8>> {
    super::rewrite(src, &mut Scratch::default()).map(<[u8]>::to_vec)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Two runs as krilla writes them, each in its own marked content.
const TWO_RUNS: &[u8] = b"/Span<</MCID 0>>BDC
q 1 0 0 -1 0 841.89 cm/c0 cs 0.078431375 0.14117648 0.21960784 scn
BT 0 Tr/f1 7.8 Tf 1 0 0 -1 57.86 86.64 Tm[<001c000c>]TJ
ET
Q
EMC/Span<</MCID 1>>BDC
q 1 0 0 -1 0 841.89 cm/c0 cs 0.078431375 0.14117648 0.21960784 scn
BT 0 Tr/f1 7.8 Tf 1 0 0 -1 114.04 86.64 Tm[<002d0028>]TJ
ET
Q
EMC";

#[test]
fn runs_share_one_group_and_one_text_object() {
    let out = text(&rewrite(TWO_RUNS).expect("rewritten"));
    assert_eq!(
        out,
        "q\n1 0 0 -1 0 841.89 cm\nBT\n/Span<</MCID 0>>BDC\n/f1 7.8 Tf\n/c0 cs\n\
         0.0784 0.1412 0.2196 scn\n1 0 0 -1 57.86 86.64 Tm\n(\0\x1c\0\x0c)Tj\nEMC\n\
         /Span<</MCID 1>>BDC\n56.18 0 Td\n(\0-\0()Tj\nEMC\nET\nQ\n"
            .replace("(\0-\0()", "(\0-\0\\()")
    );
}

#[test]
fn a_path_closes_the_text_object_and_state_is_only_set_when_it_changes() {
    let mut src = TWO_RUNS.to_vec();
    src.extend_from_slice(
        b"/Artifact<</Type/Layout>>BDC
q 1 0 0 -1 0 841.89 cm/c0 CS 0.5 0.5 0.5 SCN 0.5 w 53.86 42.52 m 788.02997 42.52 l
S
Q
q 1 0 0 -1 0 841.89 cm/c0 CS 0.5 0.5 0.5 SCN 0.5 w 1 2 m 3 4 l
S
Q
EMC",
    );
    let out = text(&rewrite(&src).expect("rewritten"));
    let tail = out.split("ET\n").nth(1).expect("text closed");
    assert_eq!(
        tail,
        "/Artifact<</Type/Layout>>BDC\n/c0 CS\n0.5 0.5 0.5 SCN\n0.5 w\n53.86 42.52 m\n\
         788.03 42.52 l\nS\n1 2 m\n3 4 l\nS\nEMC\nQ\n"
    );
}

#[test]
fn the_default_state_is_restored_where_the_original_relied_on_it() {
    // The second group strokes with the default width after the first set 2.
    let src = b"q 1 0 0 -1 0 100 cm 2 w 0 0 m 1 1 l S Q q 1 0 0 -1 0 100 cm 0 0 m 1 1 l S Q";
    let out = text(&rewrite(src).expect("rewritten"));
    assert!(out.contains("2 w\n0 0 m\n1 1 l\nS\n1 w\n0 0 m"), "{out}");
}

#[test]
fn anything_unknown_is_copied_after_closing_the_group() {
    let src =
        b"/Artifact<</Type/Layout>>BDC q 1 0 0 -1 0 100 cm/c0 cs 1 0 0 scn 0 0 m 1 1 l f Q EMC \
/Artifact BMC q 1 0 0 -1 0 100 cm q 1 0 0 1 5 5 cm /x0 Do Q Q EMC";
    let out = text(&rewrite(src).expect("rewritten"));
    assert!(
        out.ends_with(
            "f\nEMC\nQ\n/Artifact BMC q 1 0 0 -1 0 100 cm q 1 0 0 1 5 5 cm /x0 Do Q Q EMC\n"
        ),
        "{out}"
    );
}

#[test]
fn streams_outside_the_subset_are_left_alone() {
    assert!(
        rewrite(b"0 0 m 1 1 l S").is_none(),
        "drawing outside a group"
    );
    assert!(rewrite(b"q BI /W 1 ID \x00 EI Q").is_none(), "inline image");
    assert!(rewrite(b"q 1 0 0 1 0 0 cm Q EMC").is_none(), "unbalanced");
}

#[test]
fn positions_do_not_drift_over_many_moves() {
    let mut src = Vec::new();
    for i in 0..500 {
        let x = 10.0 + f64::from(i) * 0.3333;
        src.extend_from_slice(
            format!(
                "BMC q 1 0 0 -1 0 100 cm/c0 cs 0 0 0 scn BT /f0 9 Tf 1 0 0 -1 {x:.4} 50 Tm <0001>Tj ET Q EMC "
            )
            .replace("BMC", "/P BMC")
            .as_bytes(),
        );
    }
    let out = text(&rewrite(&src).expect("rewritten"));
    let mut x = 0.0;
    for line in out.lines() {
        let f: Vec<&str> = line.split(' ').collect();
        match f.last() {
            Some(&"Tm") => x = f[4].parse::<f64>().expect("x"),
            Some(&"Td") => x += f[0].parse::<f64>().expect("dx"),
            _ => {}
        }
    }
    let want = 10.0 + 499.0 * 0.3333;
    assert!((x - want).abs() < 0.001, "{x} vs {want}");
}

#[test]
fn a_tag_name_is_kept_apart_from_its_operator() {
    let src = b"/Span<</MCID 1>>BDC /ReversedChars BMC q 1 0 0 -1 0 100 cm BT /f0 9 Tf 1 0 0 -1 5 5 Tm <0001>Tj ET Q EMC EMC";
    let out = text(&rewrite(src).expect("rewritten"));
    assert!(out.contains("/ReversedChars BMC\n"), "{out}");
    assert!(out.contains("/Span<</MCID 1>>BDC\n"), "{out}");
}

#[test]
fn a_thread_s_lists_carry_nothing_from_one_page_to_the_next() {
    let mut scratch = Scratch::default();
    let long = [TWO_RUNS, b"\n", TWO_RUNS].concat();
    let first = super::rewrite(&long, &mut scratch).map(<[u8]>::to_vec);
    assert_eq!(first, rewrite(&long));
    assert!(super::rewrite(b"q BI /W 1 ID \x00 EI Q", &mut scratch).is_none());
    let second = super::rewrite(TWO_RUNS, &mut scratch).map(<[u8]>::to_vec);
    assert_eq!(second, rewrite(TWO_RUNS));
    assert!(second.is_some_and(|out| out.len() < first.map_or(0, |f| f.len())));
}
