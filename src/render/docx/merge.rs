//! A reference document's `styles.xml` and `numbering.xml` with annexa's definitions added:
//! styles it lacks before the end of its styles, list definitions before its first list and
//! lists after its last (the schema's order). Its own text is kept byte for byte.

use super::package::Assembly;
use super::xml::{DECL, W_NS};

/// `styles.xml`: the reference's with annexa's missing styles, or annexa's own.
pub fn styles_part(a: &Assembly<'_>) -> String {
    match a.reference.and_then(|r| r.styles.as_ref()) {
        Some((text, info)) => splice(text, &[(info.insert_at, &own(&a.ids.added, info.w_bound))]),
        None => super::defs::builtin_part(a.ids, a.look, &a.meta.lang),
    }
}

/// `numbering.xml`: the reference's with annexa's lists, or annexa's own.
pub fn numbering_part(a: &Assembly<'_>) -> String {
    let (abs, nums) = &a.numbering;
    match a.reference.and_then(|r| r.numbering.as_ref()) {
        Some((text, info)) => splice(
            text,
            &[
                (info.abstract_at, &own(abs, info.w_bound)),
                (info.num_at, &own(nums, info.w_bound)),
            ],
        ),
        None => format!("{DECL}<w:numbering xmlns:w=\"{W_NS}\">{abs}{nums}</w:numbering>"),
    }
}

/// Our elements, declaring the `w` prefix themselves when the part's root does not.
fn own(xml: &str, w_bound: bool) -> String {
    if w_bound {
        return xml.to_string();
    }
    let decl = format!(" xmlns:w=\"{W_NS}\"");
    let mut out = String::with_capacity(xml.len() + 64);
    let mut depth = 0usize;
    let mut rest = xml;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        let name_end = tag[1..].find([' ', '/', '>']).map_or(tag.len(), |e| e + 1);
        if depth == 0 && !tag.starts_with("</") {
            out.push_str(&tag[..name_end]);
            out.push_str(&decl);
            out.push_str(&tag[name_end..]);
        } else {
            out.push_str(tag);
        }
        if tag.starts_with("</") {
            depth = depth.saturating_sub(1);
        } else if !tag.ends_with("/>") {
            depth += 1;
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `text` with each insertion placed at its byte offset (offsets in increasing order).
fn splice(text: &str, inserts: &[(usize, &str)]) -> String {
    let mut out =
        String::with_capacity(text.len() + inserts.iter().map(|(_, s)| s.len()).sum::<usize>());
    let mut from = 0;
    for (at, s) in inserts {
        let at = (*at).clamp(from, text.len());
        out.push_str(text.get(from..at).unwrap_or_default());
        out.push_str(s);
        from = at;
    }
    out.push_str(text.get(from..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_and_own_namespace() {
        assert_eq!(splice("<a></a>", &[(3, "<b/>")]), "<a><b/></a>");
        assert_eq!(
            own("<w:style w:styleId=\"X\"><w:name w:val=\"x\"/></w:style><w:style/>", false),
            format!("<w:style xmlns:w=\"{W_NS}\" w:styleId=\"X\"><w:name w:val=\"x\"/></w:style><w:style xmlns:w=\"{W_NS}\"/>")
        );
    }
}
