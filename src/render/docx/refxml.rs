//! Reading the XML parts of a reference document: relationships, content types, the style
//! list, the numbering IDs, the body's section properties. Only what annexa takes from the
//! reference is read; every part is parsed through to its end, so a damaged one is reported
//! rather than copied. No recursion, so nesting depth costs nothing.

use super::styles::Defined;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// A relationship of a part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rel {
    pub id: String,
    /// The full type URI.
    pub kind: String,
    pub target: String,
    pub external: bool,
}

impl Rel {
    /// Whether the type URI ends with `/name` (`styles`, `header`, `officeDocument` …).
    pub fn is(&self, name: &str) -> bool {
        self.kind.rsplit('/').next() == Some(name)
    }
}

/// The value of the attribute whose local name is `local`.
fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| {
                a.normalized_value(XmlVersion::Implicit1_0)
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

fn local(e: &BytesStart<'_>) -> String {
    e.local_name().as_ref().to_string()
}

/// Calls `f(depth, element, offset)` for every start or empty element (depth 0 is the root,
/// `offset` where its tag begins) and returns the offset of the root's end tag (the end of
/// the text for a root written `<root/>`).
fn walk(text: &str, mut f: impl FnMut(usize, &BytesStart<'_>, usize)) -> Result<usize, String> {
    let mut reader = Reader::from_str(text);
    let mut depth = 0usize;
    let mut root_end = None;
    loop {
        let at = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                f(depth, &e, at);
                depth += 1;
            }
            Ok(Event::Empty(e)) => {
                f(depth, &e, at);
                if depth == 0 && root_end.is_none() {
                    root_end = Some(text.len());
                }
            }
            Ok(Event::End(_)) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    root_end = Some(at);
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => {
                let at = reader.error_position();
                return Err(format!("not well-formed XML at byte {at}: {e}"));
            }
        }
    }
    root_end.ok_or_else(|| "no root element".to_string())
}

/// Checks that `text` is well-formed XML with a root element.
pub fn well_formed(text: &str) -> Result<(), String> {
    walk(text, |_, _, _| {}).map(|_| ())
}

/// The relationships of a `.rels` part.
pub fn rels(text: &str) -> Result<Vec<Rel>, String> {
    let mut out = Vec::new();
    walk(text, |depth, e, _| {
        if depth == 1 && local(e) == "Relationship" {
            out.push(Rel {
                id: attr(e, "Id").unwrap_or_default(),
                kind: attr(e, "Type").unwrap_or_default(),
                target: attr(e, "Target").unwrap_or_default(),
                external: attr(e, "TargetMode").is_some_and(|m| m == "External"),
            });
        }
    })?;
    Ok(out)
}

/// Content types by key: a file extension, or a part name without the leading `/`.
pub type Types = Vec<(String, String)>;

/// `[Content_Types].xml`: defaults by extension and overrides by part name.
pub fn content_types(text: &str) -> Result<(Types, Types), String> {
    let (mut defaults, mut overrides) = (Vec::new(), Vec::new());
    walk(text, |depth, e, _| {
        if depth != 1 {
            return;
        }
        let ct = attr(e, "ContentType").unwrap_or_default();
        match local(e).as_str() {
            "Default" => {
                defaults.push((attr(e, "Extension").unwrap_or_default().to_lowercase(), ct))
            }
            "Override" => {
                let name = attr(e, "PartName").unwrap_or_default();
                overrides.push((name.trim_start_matches('/').to_string(), ct));
            }
            _ => {}
        }
    })?;
    Ok((defaults, overrides))
}

/// What `styles.xml` holds: its styles, where to add more, and whether the prefix `w` is the
/// WordprocessingML namespace on its root (else added elements declare it themselves).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StylesInfo {
    pub defined: Vec<Defined>,
    pub insert_at: usize,
    pub w_bound: bool,
}

/// `text` with a root written `<root …/>` opened as `<root …></root>`, so that elements can be
/// added inside it; any other text unchanged.
pub fn open_root(text: &str) -> String {
    let mut reader = Reader::from_str(text);
    loop {
        let at = usize::try_from(reader.buffer_position()).unwrap_or(0);
        match reader.read_event() {
            Ok(Event::Empty(e)) => {
                let end = usize::try_from(reader.buffer_position()).unwrap_or(0);
                let name = e.name().as_ref().to_string();
                let tag = text.get(at..end).unwrap_or_default();
                let open = tag.trim_end_matches('>').trim_end_matches('/');
                return format!("{}{open}></{name}>{}", &text[..at], &text[end..]);
            }
            Ok(Event::Start(_)) | Ok(Event::Eof) | Err(_) => return text.to_string(),
            Ok(_) => {}
        }
    }
}

pub fn styles(text: &str) -> Result<StylesInfo, String> {
    let mut defined: Vec<Defined> = Vec::new();
    let mut w_bound = false;
    let mut in_style = false;
    let insert_at = walk(text, |depth, e, _| match (depth, local(e).as_str()) {
        (0, _) => w_bound = binds_w(e),
        (1, name) => {
            in_style = name == "style";
            if in_style {
                defined.push(Defined {
                    id: attr(e, "styleId").unwrap_or_default(),
                    name: String::new(),
                    kind: attr(e, "type").unwrap_or_else(|| "paragraph".into()),
                });
            }
        }
        (2, "name") if in_style => {
            if let Some(d) = defined.last_mut() {
                d.name = attr(e, "val").unwrap_or_default();
            }
        }
        _ => {}
    })?;
    Ok(StylesInfo {
        defined,
        insert_at,
        w_bound,
    })
}

fn binds_w(root: &BytesStart<'_>) -> bool {
    root.attributes()
        .flatten()
        .any(|a| a.key.as_ref() == "xmlns:w" && a.value.as_ref() == super::xml::W_NS)
}

/// What `numbering.xml` holds: the largest IDs in use and where new definitions go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberingInfo {
    pub max_abstract: u32,
    pub max_num: u32,
    /// Before the first `<w:num>` (abstract definitions come before all of them).
    pub abstract_at: usize,
    /// After the last `<w:num>`.
    pub num_at: usize,
    pub w_bound: bool,
}

pub fn numbering(text: &str) -> Result<NumberingInfo, String> {
    let (mut max_abstract, mut max_num) = (0u32, 0u32);
    let (mut first_num, mut cleanup) = (None, None);
    let mut w_bound = false;
    let id =
        |e: &BytesStart<'_>, name: &str| attr(e, name).and_then(|v| v.trim().parse::<u32>().ok());
    let end = walk(text, |depth, e, at| match (depth, local(e).as_str()) {
        (0, _) => w_bound = binds_w(e),
        (1, "abstractNum") => max_abstract = max_abstract.max(id(e, "abstractNumId").unwrap_or(0)),
        (1, "num") => {
            max_num = max_num.max(id(e, "numId").unwrap_or(0));
            first_num.get_or_insert(at);
        }
        (1, "numIdMacAtCleanup") => {
            cleanup.get_or_insert(at);
        }
        _ => {}
    })?;
    let num_at = cleanup.unwrap_or(end);
    Ok(NumberingInfo {
        max_abstract,
        max_num,
        abstract_at: first_num.unwrap_or(num_at),
        num_at,
        w_bound,
    })
}

/// The body's own section properties (the last section's): page size and margins, header and
/// footer references (kind `header`/`footer`, slot `default`/`first`/`even`, relationship ID),
/// and whether the first page has its own header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectionInfo {
    pub size: Option<(u32, u32)>,
    /// top, right, bottom, left, header, footer, gutter.
    pub margins: Option<[i32; 7]>,
    pub refs: Vec<(String, String, String)>,
    pub title_page: bool,
}

pub fn body_section(text: &str) -> Result<SectionInfo, String> {
    let mut info = SectionInfo::default();
    let mut body_depth = None;
    let mut in_sect = None;
    let num = |e: &BytesStart<'_>, n: &str| attr(e, n).and_then(|v| v.trim().parse::<i64>().ok());
    walk(text, |depth, e, _| {
        let name = local(e);
        if in_sect.is_some_and(|d| depth <= d) {
            in_sect = None;
        }
        match (name.as_str(), body_depth, in_sect) {
            ("body", None, _) => body_depth = Some(depth),
            ("sectPr", Some(b), _) if depth == b + 1 => {
                info = SectionInfo::default();
                in_sect = Some(depth);
            }
            ("headerReference" | "footerReference", _, Some(_)) => info.refs.push((
                name.trim_end_matches("Reference").to_string(),
                attr(e, "type").unwrap_or_else(|| "default".into()),
                attr(e, "id").unwrap_or_default(),
            )),
            ("pgSz", _, Some(_)) => {
                let (w, h) = (num(e, "w"), num(e, "h"));
                if let (Some(w), Some(h)) = (w, h) {
                    let ok = |v: i64| u32::try_from(v).ok().filter(|v| (1440..=31680).contains(v));
                    info.size = ok(w).zip(ok(h));
                }
            }
            ("pgMar", _, Some(_)) => {
                let keys = [
                    "top", "right", "bottom", "left", "header", "footer", "gutter",
                ];
                let v = keys.map(|k| num(e, k).unwrap_or(0).clamp(-31680, 31680) as i32);
                info.margins = Some(v);
            }
            ("titlePg", _, Some(_)) => {
                info.title_page =
                    attr(e, "val").is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"));
            }
            _ => {}
        }
    })?;
    Ok(info)
}

/// Whether `settings.xml` asks for different headers on even pages.
pub fn even_and_odd(text: &str) -> Result<bool, String> {
    let mut on = false;
    walk(text, |depth, e, _| {
        if depth == 1 && local(e) == "evenAndOddHeaders" {
            on = attr(e, "val").is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"));
        }
    })?;
    Ok(on)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_numbering_and_sections_are_read() {
        let s = r#"<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style></w:styles>"#;
        let info = styles(s).expect("styles");
        assert_eq!(info.defined[0].name, "heading 1");
        assert_eq!(&s[info.insert_at..], "</w:styles>");
        assert!(info.w_bound);
        let n = r#"<w:numbering xmlns:w="x"><w:abstractNum w:abstractNumId="4"/><w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num></w:numbering>"#;
        let info = numbering(n).expect("numbering");
        assert_eq!((info.max_abstract, info.max_num), (4, 7));
        assert!(n[info.abstract_at..].starts_with("<w:num "));
        assert_eq!(&n[info.num_at..], "</w:numbering>");
        let d = r#"<w:document xmlns:w="x" xmlns:r="y"><w:body><w:p><w:pPr><w:sectPr><w:pgSz w:w="1" w:h="2"/></w:sectPr></w:pPr></w:p><w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1000" w:bottom="1440" w:left="1000" w:header="700" w:footer="700" w:gutter="0"/><w:titlePg/></w:sectPr></w:body></w:document>"#;
        let s = body_section(d).expect("section");
        assert_eq!(s.size, Some((11906, 16838)));
        assert_eq!(
            s.refs,
            vec![("header".into(), "default".into(), "rId8".into())]
        );
        assert!(s.title_page);
        assert!(well_formed("<a><b></a>").is_err());
        assert_eq!(
            open_root("<?xml version=\"1.0\"?><w:styles xmlns:w=\"x\"/>"),
            "<?xml version=\"1.0\"?><w:styles xmlns:w=\"x\"></w:styles>"
        );
        assert_eq!(open_root("<a><b/></a>"), "<a><b/></a>");
    }
}
