//! The flow: keeps, bookmarks, repeated headers, short tails and roomy landscape pages.

use super::*;
use crate::model::theme::Rgb;

fn frag(h: f32, keep: bool) -> Frag {
    Frag {
        h,
        keep,
        items: vec![Item::Fill {
            x: 60.0,
            y: 0.0,
            w: 10.0,
            h,
            color: Rgb(0, 0, 0),
            tag: Tag::Artifact,
        }],
        ..Frag::default()
    }
}

#[test]
fn keep_with_next_moves_a_heading_to_the_next_page() {
    let room = Frame::new(false).height();
    let mut frags = vec![
        frag(room - 30.0, false),
        frag(20.0, true),
        frag(20.0, false),
    ];
    frags[1].bookmark = Some(Bookmark {
        level: 1,
        title: "H".into(),
        id: "h".into(),
    });
    let mut layout = Layout::default();
    flow(&mut frags, &[], &mut layout);
    assert_eq!(layout.pages.len(), 2);
    assert_eq!(layout.outline[0].page, 1);
}

#[test]
fn bookmarks_nest_under_the_closest_higher_heading() {
    let mut frags = Vec::new();
    for (level, title) in [(1, "a"), (2, "b"), (3, "c"), (2, "d"), (3, "e"), (1, "f")] {
        let mut f = frag(10.0, false);
        f.bookmark = Some(Bookmark {
            level,
            title: title.into(),
            id: title.into(),
        });
        frags.push(f);
    }
    let mut layout = Layout::default();
    flow(&mut frags, &[], &mut layout);
    let shape = |e: &OutlineEntry| -> String {
        let kids: Vec<String> = e.children.iter().map(|c| c.title.clone()).collect();
        format!("{}[{}]", e.title, kids.join(","))
    };
    let all: Vec<String> = layout.outline_entries().into_iter().map(shape).collect();
    assert_eq!(all, ["a[b,d]", "b[c]", "c[]", "d[e]", "e[]", "f[]"]);
    assert_eq!(layout.outline.len(), 2);
}

#[test]
fn header_repeats_on_a_new_page() {
    let room = Frame::new(true).height();
    let header = Frag {
        wide: true,
        keep: true,
        ..frag(15.0, true)
    };
    let rows: Vec<Frag> = (0..4)
        .map(|_| Frag {
            wide: true,
            header: Some(0),
            ..frag(room / 2.0 - 10.0, false)
        })
        .collect();
    let mut frags = vec![header.clone()];
    frags.extend(rows);
    let mut layout = Layout::default();
    flow(&mut frags, &[header], &mut layout);
    assert_eq!(layout.pages.len(), 2);
    assert!(layout.pages.iter().all(Page::is_landscape));
    assert_eq!(layout.pages[1].items.len(), 3, "header + 2 rows");
}

#[test]
fn a_short_portrait_tail_joins_the_landscape_page_after_it() {
    let room = Frame::new(false).height();
    let mut frags = vec![
        frag(room - 5.0, false),
        frag(30.0, false),
        Frag {
            wide: true,
            ..frag(40.0, false)
        },
    ];
    let mut layout = Layout::default();
    flow(&mut frags, &[], &mut layout);
    assert_eq!(
        layout.pages.len(),
        2,
        "the 30 pt tail is not alone on a page"
    );
    assert!(layout.pages[1].is_landscape());
    assert_eq!(layout.pages[1].items.len(), 2);
}

#[test]
fn a_roomy_landscape_page_takes_the_start_of_what_follows() {
    let mut frags = vec![
        Frag {
            wide: true,
            ..frag(60.0, false)
        },
        frag(30.0, false),
        frag(30.0, false),
    ];
    let mut layout = Layout::default();
    flow(&mut frags, &[], &mut layout);
    assert_eq!(layout.pages.len(), 1, "all on the landscape page");
}
