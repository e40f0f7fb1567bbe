//! IRs written as data: a base API (`base.yaml`) and, per case, two overlays.
//!
//! A case file maps case names to `{old: overlay, new: overlay}`: the old API is the base with
//! `old` applied, the new one the old with `new` applied (so `new` reads as the change). Either
//! may be left out. The base and the overlays are the IR's own serialized form
//! (`generator::ir`; missing lists, flags and origins are empty). An overlay changes an API like
//! this:
//!
//! - a map merges key by key; `null` sets a value to `None`;
//! - `{$replace: value}` puts `value` in place of whatever was there (needed where a value
//!   becomes another variant: a type reference or a type's kind, which would otherwise merge);
//! - a list whose items all have a key (`id`, `name`, `status`, `content_type` or `value`, the
//!   first present) merges item by item: an item with the key of an existing one merges into it,
//!   `$remove: true` removes it, any other item is appended;
//! - any other list (type references, tags, security) replaces the list.
//!
//! Types, operations and webhooks are sorted afterwards, as lowering leaves them.

#[path = "../ir_file/mod.rs"]
mod ir_file;

use std::path::PathBuf;

use generator::ir::Api;
use serde_json::{Map, Value};

/// The keys that identify an item of a list, in the order they are looked for.
const ITEM_KEYS: [&str; 5] = ["id", "name", "status", "content_type", "value"];

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diff")
}

fn read_yaml(file: &str) -> Value {
    let path = fixture_dir().join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The old and new API of case `file/case`: case `case` in `tests/fixtures/diff/{file}.yaml`.
#[track_caller]
pub fn old_and_new(file_case: &str) -> (Api, Api) {
    let Some((file, case)) = file_case.split_once('/') else {
        panic!("`{file_case}` is not `file/case`");
    };
    let cases = read_yaml(&format!("{file}.yaml"));
    let Some(overlays) = cases.get(case) else {
        panic!("no case `{case}` in {file}.yaml");
    };
    let side = |name: &str| overlays.get(name).unwrap_or(&Value::Null);
    from_overlays(side("old"), side("new"))
}

/// The base with `old` applied, and that with `new` applied (`null`: nothing to apply).
#[track_caller]
pub fn from_overlays(old: &Value, new: &Value) -> (Api, Api) {
    let mut api = read_yaml("base.yaml");
    let mut next = |overlay: &Value| {
        if !overlay.is_null() {
            apply(&mut api, overlay);
        }
        to_api(api.clone())
    };
    (next(old), next(new))
}

/// `value` read as an IR, sorted as lowering leaves it.
#[track_caller]
fn to_api(value: Value) -> Api {
    let mut api: Api = serde_json::from_value(value).unwrap_or_else(|e| panic!("not an IR: {e}"));
    ir_file::sort_as_lowered(&mut api);
    api
}

/// Applies `overlay` to `target` (the rules in the module documentation).
fn apply(target: &mut Value, overlay: &Value) {
    match overlay {
        Value::Object(patch) if patch.len() == 1 && patch.contains_key("$replace") => {
            *target = patch["$replace"].clone();
        }
        Value::Object(patch) => {
            if !target.is_object() {
                *target = Value::Object(Map::new());
            }
            let map = target.as_object_mut().expect("made an object above");
            for (key, value) in patch {
                apply(map.entry(key.clone()).or_insert(Value::Null), value);
            }
        }
        Value::Array(items) if !items.is_empty() && items.iter().all(|i| item_key(i).is_some()) => {
            if !target.is_array() {
                *target = Value::Array(vec![]);
            }
            let list = target.as_array_mut().expect("made an array above");
            for item in items {
                merge_item(list, item);
            }
        }
        other => *target = other.clone(),
    }
}

/// The key an item is known by: the first of [`ITEM_KEYS`] it has, with its value.
fn item_key(item: &Value) -> Option<(&'static str, &Value)> {
    let map = item.as_object()?;
    ITEM_KEYS
        .iter()
        .find_map(|k| map.get(*k).map(|value| (*k, value)))
}

fn merge_item(list: &mut Vec<Value>, item: &Value) {
    let (key, value) = item_key(item).expect("checked by the caller");
    let existing = list.iter().position(|i| i.get(key) == Some(value));
    let remove = item.get("$remove") == Some(&Value::Bool(true));
    match (existing, remove) {
        (Some(at), true) => {
            list.remove(at);
        }
        (None, true) => panic!("`$remove` of {key} {value}, which is not there"),
        (Some(at), false) => apply(&mut list[at], item),
        (None, false) => {
            let mut new = Value::Null;
            apply(&mut new, item);
            list.push(new);
        }
    }
}
