//! The tags of a user template that open a body (`if`, `for`, `block` …) and the tags that
//! close one, matched up, to say which tag was left open when tera cannot parse a template.
//!
//! tera reports where it noticed the problem: for an `{% if %}` never closed, that is the
//! `{% endblock %}` it meets instead, with "Unknown tag" as the message. The cause is the `if`,
//! lines earlier. [`unclosed`] finds it, so the report can name it. It is only consulted when
//! tera has already failed, so a template it misjudges is never refused because of it.

/// Tags that open a body, and the tag that closes each.
const PAIRS: &[(&str, &str)] = &[
    ("if", "endif"),
    ("for", "endfor"),
    ("block", "endblock"),
    ("filter", "endfilter"),
    ("component", "endcomponent"),
    ("set", "endset"),
    ("raw", "endraw"),
];

/// One tag: its name (the first word) and where it starts (line and column, from 1).
struct Tag<'t> {
    name: &'t str,
    body: &'t str,
    line: usize,
    col: usize,
}

/// What is wrong with the nesting of `text`'s tags, in words naming the file `name`, or `None`
/// when every opened tag is closed in order.
pub fn unclosed(name: &str, text: &str) -> Option<String> {
    let mut open: Vec<Tag<'_>> = Vec::new();
    for tag in tags(text) {
        if open.last().is_some_and(|t| t.name == "raw") && tag.name != "endraw" {
            continue;
        }
        let opens = PAIRS.iter().find(|(o, _)| *o == tag.name);
        let closes = PAIRS.iter().find(|(_, c)| *c == tag.name);
        match (opens, closes) {
            // `{% set x = … %}` is a statement; only `{% set x %}…{% endset %}` has a body.
            (Some(_), _) if tag.name == "set" && tag.body.contains('=') => {}
            (Some(_), _) => open.push(tag),
            (_, Some((opener, _))) => match open.pop() {
                Some(top) if top.name == *opener => {}
                Some(top) => {
                    let end = PAIRS
                        .iter()
                        .find(|(o, _)| *o == top.name)
                        .map_or("", |p| p.1);
                    return Some(format!(
                        "the `{{% {} %}}` at {name}:{}:{} is not closed: add `{{% {end} %}}` before the `{{% {} %}}` at line {}",
                        top.name, top.line, top.col, tag.name, tag.line
                    ));
                }
                None => {
                    return Some(format!(
                        "the `{{% {} %}}` at {name}:{}:{} closes no `{{% {opener} %}}`",
                        tag.name, tag.line, tag.col
                    ))
                }
            },
            _ => {}
        }
    }
    let top = open.pop()?;
    let end = PAIRS
        .iter()
        .find(|(o, _)| *o == top.name)
        .map_or("", |p| p.1);
    Some(format!(
        "the `{{% {} %}}` at {name}:{}:{} is not closed: add `{{% {end} %}}`",
        top.name, top.line, top.col
    ))
}

/// Every `{% … %}` tag of `text` outside `{# … #}` comments, in order.
fn tags(text: &str) -> Vec<Tag<'_>> {
    let mut out = Vec::new();
    let mut rest = 0;
    // Lines counted as the scan goes, so the cost stays linear in the text.
    let (mut counted, mut line, mut line_start) = (0, 1, 0);
    while let Some(at) = text[rest..].find(['{']).map(|i| rest + i) {
        let after = &text[at + 1..];
        if after.starts_with('#') {
            rest = after.find("#}").map_or(text.len(), |e| at + 1 + e + 2);
            continue;
        }
        if !after.starts_with('%') {
            rest = at + 1;
            continue;
        }
        let Some(end) = after.find("%}") else { break };
        let body = after[1..end].trim_start_matches('-').trim();
        let name = body.split_whitespace().next().unwrap_or("");
        for (i, _) in text[counted..at].match_indices('\n') {
            line += 1;
            line_start = counted + i + 1;
        }
        counted = at;
        let col = text[line_start..at].chars().count() + 1;
        out.push(Tag {
            name,
            body,
            line,
            col,
        });
        rest = at + 1 + end + 2;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::unclosed;

    #[test]
    fn names_the_tag_left_open() {
        let t = "{% extends \"builtin/soa.md\" %}\n{% block scope %}\n{% if doc.blank %}\nx\n{% endblock scope %}\n";
        assert_eq!(
            unclosed("soa.md", t).as_deref(),
            Some("the `{% if %}` at soa.md:3:1 is not closed: add `{% endif %}` before the `{% endblock %}` at line 5")
        );
        assert_eq!(
            unclosed("a.md", "{%- for x in y -%}\n").as_deref(),
            Some("the `{% for %}` at a.md:1:1 is not closed: add `{% endfor %}`")
        );
        assert_eq!(
            unclosed("a.md", "x {% endif %}").as_deref(),
            Some("the `{% endif %}` at a.md:1:3 closes no `{% if %}`")
        );
    }

    #[test]
    fn balanced_templates_and_look_alikes_pass() {
        let ok = [
            "{% if a %}{% elif b %}{% else %}{% endif %}",
            "{% set x = 1 %}{% for i in r %}{{ i }}{% endfor %}",
            "{% set body %}x{% endset %}",
            "{# {% if %} in a comment #}",
            "{% raw %}{% if %}{% endraw %}",
            "{ not a tag } {{ value }}",
        ];
        for t in ok {
            assert_eq!(unclosed("t.md", t), None, "{t}");
        }
    }
}
