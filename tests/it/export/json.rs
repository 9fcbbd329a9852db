//! The JSON checked against its published schema (`schema/soa-v2.schema.json`), its counts
//! against the document, hostile text kept; and the schema checker itself catches mistakes.

use super::{hostile, lumora, HOSTILE_JUSTIFICATION, HOSTILE_NOTES};
use crate::support::root;
use annexa::render::export;
use serde_json::Value;

/// Checks `value` against `schema/soa-v2.schema.json`, with the subset of JSON Schema that file
/// uses: `type`, `const`, `enum`, `required`, `properties`, `additionalProperties: false`,
/// `items`, `$ref` into `$defs`, `oneOf`, `minimum` and the one date `pattern`.
pub(super) fn check_schema(value: &Value) {
    let errors = schema_errors(value);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

fn schema_errors(value: &Value) -> Vec<String> {
    let file = std::fs::read_to_string(root().join("schema/soa-v2.schema.json")).expect("schema");
    assert_eq!(file, export::JSON_SCHEMA, "the embedded schema is the file");
    let schema: Value = serde_json::from_str(&file).expect("schema is JSON");
    let mut errors = Vec::new();
    check(&schema, &schema, value, "$", &mut errors);
    errors
}

fn check(root: &Value, s: &Value, v: &Value, at: &str, errors: &mut Vec<String>) {
    if let Some(r) = s["$ref"].as_str() {
        let name = r.strip_prefix("#/$defs/").expect("local ref");
        return check(root, &root["$defs"][name], v, at, errors);
    }
    if let Some(options) = s["oneOf"].as_array() {
        let ok = options
            .iter()
            .filter(|o| {
                let mut e = Vec::new();
                check(root, o, v, at, &mut e);
                e.is_empty()
            })
            .count();
        if ok != 1 {
            errors.push(format!("{at}: matches {ok} of oneOf"));
        }
    }
    if let Some(c) = s.get("const") {
        if c != v {
            errors.push(format!("{at}: {v} is not {c}"));
        }
    }
    if let Some(e) = s["enum"].as_array() {
        if !e.contains(v) {
            errors.push(format!("{at}: {v} not in {e:?}"));
        }
    }
    if !s["type"].is_null() {
        let types: Vec<&str> = match &s["type"] {
            Value::String(t) => vec![t],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => panic!("bad type in schema at {at}"),
        };
        let actual = match v {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_u64() || n.is_i64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        let number = actual == "integer" && types.contains(&"number");
        if !(types.contains(&actual) || number) {
            errors.push(format!("{at}: {actual}, want {types:?}"));
            return;
        }
    }
    if let (Some(p), Some(text)) = (s["pattern"].as_str(), v.as_str()) {
        assert_eq!(p, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "unsupported pattern");
        let b = text.as_bytes();
        let ok = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !ok {
            errors.push(format!("{at}: {text:?} is not YYYY-MM-DD"));
        }
    }
    if let (Some(min), Some(n)) = (s["minimum"].as_f64(), v.as_f64()) {
        if n < min {
            errors.push(format!("{at}: {n} < {min}"));
        }
    }
    if let Some(obj) = v.as_object() {
        for key in s["required"].as_array().into_iter().flatten() {
            let key = key.as_str().expect("key");
            if !obj.contains_key(key) {
                errors.push(format!("{at}: missing {key}"));
            }
        }
        let props = s["properties"].as_object();
        for (key, child) in obj {
            match props.and_then(|p| p.get(key)) {
                Some(ps) => check(root, ps, child, &format!("{at}.{key}"), errors),
                None if s["additionalProperties"] == Value::Bool(false) => {
                    errors.push(format!("{at}: unexpected {key}"))
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(arr)) = (s.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            check(root, items, x, &format!("{at}[{i}]"), errors);
        }
    }
}

#[test]
fn json_follows_its_schema_and_counts() {
    let doc = lumora();
    let json: Value = serde_json::from_slice(&export::json(&doc)).expect("json parses");
    check_schema(&json);
    assert_eq!(json["schema"], export::SCHEMA);
    assert_eq!(json["schema"], "annexa.soa/v2");
    assert_eq!(json["generated"], doc.generated.as_str());
    assert_eq!(json["document"]["id"], doc.document.id.as_str());
    let t = &json["totals"];
    assert_eq!(t["total"], doc.totals.total);
    assert_eq!(t["applicable"], doc.totals.applicable);
    assert_eq!(t["excluded"], doc.totals.excluded);
    assert_eq!(t["implemented"], doc.totals.implemented);
    assert_eq!(t["partial"], doc.totals.partial);
    assert_eq!(t["planned"], doc.totals.planned);
    assert_eq!(t["not_implemented"], doc.totals.not_implemented);
    let controls: Vec<&Value> = json["standards"]
        .as_array()
        .expect("standards")
        .iter()
        .flat_map(|s| s["groups"].as_array().expect("groups"))
        .flat_map(|g| g["controls"].as_array().expect("controls"))
        .collect();
    assert_eq!(controls.len(), doc.totals.total);
    let applicable = controls.iter().filter(|c| c["applicable"] == true).count();
    assert_eq!(applicable, doc.totals.applicable);
    let implemented = controls
        .iter()
        .filter(|c| c["status"]["key"] == "implemented")
        .count();
    assert_eq!(implemented, doc.totals.implemented);
    assert_eq!(
        json["additional_controls"]
            .as_array()
            .expect("additional")
            .len(),
        doc.additional_controls.len()
    );
    assert_eq!(
        json["risks"].as_array().expect("risks").len(),
        doc.risks.len()
    );
    // v2: the register with its ratings and acceptance, the criteria, evidence as records.
    let r12 = &json["risks"][11];
    assert_eq!(r12["id"], "R-12");
    assert_eq!(r12["kind"]["key"], "ai");
    assert_eq!(r12["inherent"]["score"], 16);
    assert_eq!(r12["residual"]["level"]["key"], "high");
    assert_eq!(r12["within_acceptance"], false);
    assert_eq!(r12["acceptance"]["reference"], "RA-2026-04");
    assert_eq!(r12["ai_systems"][0]["id"], "credit-scoring");
    assert_eq!(json["risk_criteria"]["acceptance"]["key"], "medium");
    assert_eq!(json["risk_criteria"]["levels"][1]["up_to"], 9);
    let a515 = controls
        .iter()
        .find(|c| c["id"] == "27001:A.5.15")
        .expect("A.5.15");
    assert_eq!(a515["evidence"][0]["id"], "EV-2026-041");
    assert_eq!(a515["evidence"][0]["expires"], "2027-01-07");
    let free_text = controls
        .iter()
        .find(|c| c["id"] == "27001:A.5.1")
        .expect("A.5.1");
    assert_eq!(free_text["evidence"][0]["id"], Value::Null);
    assert_eq!(
        json["ai_systems"].as_array().expect("ai").len(),
        doc.ai_systems.len()
    );
    for (s, js) in doc
        .standards
        .iter()
        .zip(json["standards"].as_array().expect("s"))
    {
        assert_eq!(js["counts"]["total"], s.counts.total);
        assert_eq!(js["counts"]["applicable"], s.counts.applicable);
    }
}

#[test]
fn json_keeps_hostile_text() {
    let doc = hostile();
    let json: Value = serde_json::from_slice(&export::json(&doc)).expect("json parses");
    check_schema(&json);
    let c = &json["standards"][0]["groups"][0]["controls"][0];
    assert_eq!(c["justification"], HOSTILE_JUSTIFICATION);
    assert_eq!(c["notes"], HOSTILE_NOTES);
    assert_eq!(json["organisation"]["name"], doc.organisation.name.as_str());
}

#[test]
fn schema_check_catches_mistakes() {
    let good: Value = serde_json::from_slice(&export::json(&lumora())).expect("json");
    let broken: [fn(&mut Value); 7] = [
        |v| {
            v.as_object_mut().expect("obj").remove("totals");
        },
        |v| v["extra"] = Value::Bool(true),
        |v| v["standards"][0]["groups"][0]["controls"][0]["status"]["key"] = "done".into(),
        |v| v["standards"][1]["groups"][0]["controls"][0]["target_date"] = "31/12/2026".into(),
        |v| v["schema"] = "annexa.soa/v1".into(),
        |v| v["risks"][0]["kind"]["key"] = "cyber".into(),
        |v| v["standards"][0]["groups"][0]["controls"][0]["evidence"][0] = "text".into(),
    ];
    for (i, breaks) in broken.iter().enumerate() {
        let mut v = good.clone();
        breaks(&mut v);
        assert!(!schema_errors(&v).is_empty(), "mistake {i} not caught");
    }
}
