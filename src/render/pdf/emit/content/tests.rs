use super::Scratch;
use krilla::ops::{Item, Op, PageOps, PaintOp, Span};

/// A page's operations, built as krilla records them.
#[derive(Default)]
struct Page(PageOps);

impl Page {
    fn bytes(&mut self, b: &[u8]) -> Span {
        push(&mut self.0.bytes, b)
    }

    fn raw(&mut self, b: &[u8]) -> Span {
        push(&mut self.0.raw, b)
    }

    fn op(mut self, op: Op) -> Self {
        self.0.ops.push(op);
        self
    }

    fn bdc(mut self, props: &str) -> Self {
        let s = self.raw(props.as_bytes());
        self.op(Op::BeginMarkedProps(s))
    }

    fn bmc(mut self, tag: &str) -> Self {
        let s = self.bytes(tag.as_bytes());
        self.op(Op::BeginMarked(s))
    }

    fn other(mut self, syntax: &str) -> Self {
        let s = self.raw(syntax.as_bytes());
        self.op(Op::Other(s))
    }

    /// `q` and the page's y-flip, as krilla opens every group.
    fn group(self, height: f32) -> Self {
        self.op(Op::Save)
            .op(Op::Transform([1.0, 0.0, 0.0, -1.0, 0.0, height]))
    }

    fn fill(mut self, space: &str, c: [f32; 3]) -> Self {
        let s = self.bytes(space.as_bytes());
        self.op(Op::FillSpace(s))
            .op(Op::FillColor([c[0], c[1], c[2], 0.0], 3))
    }

    fn stroke(mut self, space: &str, c: [f32; 3]) -> Self {
        let s = self.bytes(space.as_bytes());
        self.op(Op::StrokeSpace(s))
            .op(Op::StrokeColor([c[0], c[1], c[2], 0.0], 3))
    }

    /// A text run as krilla draws it: `BT`, mode, font, matrix, a `TJ` of one string, `ET`.
    fn text(mut self, font: &str, size: f32, (x, y): (f32, f32), glyphs: &[u8]) -> Self {
        let f = self.bytes(font.as_bytes());
        let g = self.bytes(glyphs);
        let at = self.0.items.len() as u32;
        self.0.items.push(Item::Show(g));
        self.op(Op::BeginText)
            .op(Op::RenderMode(0))
            .op(Op::Font(f, size))
            .op(Op::TextMatrix([1.0, 0.0, 0.0, -1.0, x, y]))
            .op(Op::ShowArray(at, at + 1))
            .op(Op::EndText)
    }

    fn line(self, (x1, y1): (f32, f32), (x2, y2): (f32, f32)) -> Self {
        self.op(Op::MoveTo(x1, y1)).op(Op::LineTo(x2, y2))
    }

    /// A grey half-point rule in a group of its own, as krilla draws one.
    fn rule(self, from: (f32, f32), to: (f32, f32)) -> Self {
        self.group(841.89)
            .stroke("/c0", [0.5, 0.5, 0.5])
            .op(Op::Line(0, 0.5))
            .line(from, to)
            .op(Op::Paint(PaintOp::Stroke))
            .op(Op::Restore)
    }
}

/// `b` appended to `buf`, and where it lies.
fn push(buf: &mut Vec<u8>, b: &[u8]) -> Span {
    let start = buf.len() as u32;
    buf.extend_from_slice(b);
    Span {
        start,
        end: buf.len() as u32,
    }
}

/// The page written, with lists of its own.
fn write(page: &Page) -> Option<String> {
    super::write(&page.0, &mut Scratch::default()).map(|b| String::from_utf8_lossy(b).into_owned())
}

const GREY: [f32; 3] = [0.078_431_375, 0.141_176_48, 0.219_607_84];

/// `n` runs as krilla records them, each in its own marked content.
fn runs(n: usize) -> Page {
    let mut page = Page::default();
    for i in 0..n {
        let (x, glyphs): (f32, &[u8]) = if i % 2 == 0 {
            (57.86, b"\0\x1c\0\x0c")
        } else {
            (114.04, b"\0-\0(")
        };
        page = page
            .bdc(&format!("/Span<</MCID {i}>>"))
            .group(841.89)
            .fill("/c0", GREY)
            .text("/f1", 7.8, (x, 86.64), glyphs)
            .op(Op::Restore)
            .op(Op::EndMarked);
    }
    page
}

#[test]
fn runs_share_one_group_and_one_text_object() {
    assert_eq!(
        write(&runs(2)).expect("written"),
        "q\n1 0 0 -1 0 841.89 cm\nBT\n/Span<</MCID 0>>BDC\n/f1 7.8 Tf\n/c0 cs\n\
         0.0784 0.1412 0.2196 scn\n1 0 0 -1 57.86 86.64 Tm\n(\0\x1c\0\x0c)Tj\nEMC\n\
         /Span<</MCID 1>>BDC\n56.18 0 Td\n(\0-\0\\()Tj\nEMC\nET\nQ\n"
    );
}

#[test]
fn a_path_closes_the_text_object_and_state_is_only_set_when_it_changes() {
    let page = runs(2)
        .bdc("/Artifact<</Type/Layout>>")
        .rule((53.86, 42.52), (788.029_97, 42.52))
        .rule((1.0, 2.0), (3.0, 4.0))
        .op(Op::EndMarked);
    let out = write(&page).expect("written");
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
    let page = Page::default()
        .group(100.0)
        .op(Op::Line(0, 2.0))
        .line((0.0, 0.0), (1.0, 1.0))
        .op(Op::Paint(PaintOp::Stroke))
        .op(Op::Restore)
        .group(100.0)
        .line((0.0, 0.0), (1.0, 1.0))
        .op(Op::Paint(PaintOp::Stroke))
        .op(Op::Restore);
    let out = write(&page).expect("written");
    assert!(out.contains("2 w\n0 0 m\n1 1 l\nS\n1 w\n0 0 m"), "{out}");
}

#[test]
fn anything_unknown_is_written_as_krilla_writes_it_after_closing_the_group() {
    let page = Page::default()
        .bdc("/Artifact<</Type/Layout>>")
        .group(100.0)
        .fill("/c0", [1.0, 0.0, 0.0])
        .line((0.0, 0.0), (1.0, 1.0))
        .op(Op::Paint(PaintOp::Fill))
        .op(Op::Restore)
        .op(Op::EndMarked)
        .bmc("/Artifact")
        .group(100.0)
        .op(Op::Save)
        .op(Op::Transform([1.0, 0.0, 0.0, 1.0, 5.0, 5.0]))
        .other("/x0 Do")
        .op(Op::Restore)
        .op(Op::Restore)
        .op(Op::EndMarked);
    let out = write(&page).expect("written");
    assert!(
        out.ends_with("f\nEMC\nQ\n/Artifact BMC\nq\n1 0 0 -1 0 100 cm\nq\n1 0 0 1 5 5 cm\n/x0 Do\nQ\nQ\nEMC\n"),
        "{out}"
    );
    // And as krilla writes a whole page.
    assert_eq!(
        String::from_utf8_lossy(&page.0.to_verbose()),
        "/Artifact<</Type/Layout>>BDC\nq\n1 0 0 -1 0 100 cm\n/c0 cs\n1 0 0 scn\n0 0 m\n1 1 l\n\
         f\nQ\nEMC\n/Artifact BMC\nq\n1 0 0 -1 0 100 cm\nq\n1 0 0 1 5 5 cm\n/x0 Do\nQ\nQ\nEMC"
    );
}

#[test]
fn pages_outside_the_subset_are_left_to_krilla() {
    let outside = Page::default()
        .line((0.0, 0.0), (1.0, 1.0))
        .op(Op::Paint(PaintOp::Stroke));
    assert!(write(&outside).is_none(), "drawing outside a group");
    let unbalanced = Page::default().group(0.0).op(Op::Restore).op(Op::EndMarked);
    assert!(write(&unbalanced).is_none(), "unbalanced");
}

#[test]
fn positions_do_not_drift_over_many_moves() {
    let mut page = Page::default();
    for i in 0..500 {
        let x = 10.0 + i as f32 * 0.3333;
        page = page
            .bmc("/P")
            .group(100.0)
            .fill("/c0", [0.0; 3])
            .text("/f0", 9.0, (x, 50.0), b"\0\x01")
            .op(Op::Restore)
            .op(Op::EndMarked);
    }
    let out = write(&page).expect("written");
    let mut x = 0.0;
    for line in out.lines() {
        let f: Vec<&str> = line.split(' ').collect();
        match f.last() {
            Some(&"Tm") => x = f[4].parse::<f64>().expect("x"),
            Some(&"Td") => x += f[0].parse::<f64>().expect("dx"),
            _ => {}
        }
    }
    let want = f64::from(10.0 + 499.0 * 0.3333_f32);
    assert!((x - want).abs() < 0.001, "{x} vs {want}");
}

#[test]
fn a_tag_name_is_kept_apart_from_its_operator() {
    let page = Page::default()
        .bdc("/Span<</MCID 1>>")
        .bmc("/ReversedChars")
        .group(100.0)
        .text("/f0", 9.0, (5.0, 5.0), b"\0\x01")
        .op(Op::Restore)
        .op(Op::EndMarked)
        .op(Op::EndMarked);
    let out = write(&page).expect("written");
    assert!(out.contains("/ReversedChars BMC\n"), "{out}");
    assert!(out.contains("/Span<</MCID 1>>BDC\n"), "{out}");
}

#[test]
fn numbers_are_read_as_pdf_writer_writes_them() {
    // 788.02997 (as written) rounds to 788.03; 0.1 and 53.86 are kept; a colour component
    // keeps four places; a whole number has no point.
    for (v, places, want) in [
        (788.029_97_f32, 3, "788.03"),
        (0.1, 3, "0.1"),
        (53.86, 3, "53.86"),
        (-0.5, 3, "-0.5"),
        (600.0, 3, "600"),
        (0.078_431_375, 4, "0.0784"),
        (0.000_01, 3, "0"),
    ] {
        let mut out = Vec::new();
        super::lex::push_fixed(&mut out, super::decimal(v).fixed(places), places);
        assert_eq!(String::from_utf8_lossy(&out), want, "{v}");
    }
}

#[test]
fn a_thread_s_lists_carry_nothing_from_one_page_to_the_next() {
    let mut scratch = Scratch::default();
    let long = runs(4);
    let first = super::write(&long.0, &mut scratch).map(<[u8]>::to_vec);
    assert_eq!(
        first.as_deref().map(String::from_utf8_lossy),
        write(&long).map(Into::into)
    );
    let outside = Page::default().op(Op::Paint(PaintOp::Stroke));
    assert!(super::write(&outside.0, &mut scratch).is_none());
    let second = super::write(&runs(2).0, &mut scratch).map(<[u8]>::to_vec);
    assert_eq!(
        second.as_deref().map(String::from_utf8_lossy),
        write(&runs(2)).map(Into::into)
    );
    assert!(second.is_some_and(|out| out.len() < first.map_or(0, |f| f.len())));
}
