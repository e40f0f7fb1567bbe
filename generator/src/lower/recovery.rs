//! Misused schema keywords recovered to types, and the record of the schemas that still fall
//! back to free-form JSON.
//!
//! - `items` on a schema that is not `type: array` is a list of the items
//!   ([`TypeRef::OneOrMany`]): what the API's documentation renders, read from one item too.
//! - A schema with structure that lowers to [`TypeRef::Any`] (an unknown `type`, several types,
//!   a tuple, a schema that is not a mapping, a `$ref` that cannot be followed) is recorded with
//!   its reason in [`Api::value_fallbacks`]; free-form schemas by design are not.

use serde_json::{Map, Value};

use super::{Lowerer, Parent};
use crate::ir::*;
use crate::resolve::Loc;

impl Lowerer<'_> {
    /// `items` on a schema that is not `type: array` (`type: object`, or no type): the schema
    /// meant a list of the items (what the API's documentation renders), but a server may send
    /// one item, so the list also accepts a single item ([`TypeRef::OneOrMany`]). A typed
    /// `additionalProperties` beside it says map instead: `None`, and the caller makes the map.
    pub(super) fn misplaced_items(
        &mut self,
        at: &Loc,
        obj: &Map<String, Value>,
        typed: bool,
        parent: &Parent,
        suffix: &str,
    ) -> Option<TypeRef> {
        let what = if typed {
            "`type: object` with `items`"
        } else {
            "`items` without `type: array`"
        };
        if matches!(obj.get("additionalProperties"), Some(Value::Object(_))) {
            self.misuse(
                at,
                what,
                "`items` is ignored; the value is the map `additionalProperties` describes",
            );
            return None;
        }
        self.misuse(
            at,
            what,
            "read as an array of `items` (as documented) that also accepts a single item",
        );
        let item = self.schema_ref(&at.child("items"), parent, &format!("{suffix}Item"));
        Some(TypeRef::OneOrMany(Box::new(item)))
    }

    /// Records that the schema at `at` has structure the IR cannot hold, so it is read as
    /// free-form JSON ([`Api::value_fallbacks`]).
    pub(super) fn value_fallback(&mut self, at: &Loc, reason: &str) {
        self.value_fallbacks.push(ValueFallback {
            origin: Origin {
                file: at.file.clone(),
                pointer: at.pointer.clone(),
            },
            reason: reason.to_string(),
        });
    }
}

/// Why a schema whose `type` could not be read is free-form JSON when its `type` says it has
/// a shape (an unknown type name, several types); `None` when it is free-form by design.
pub(super) fn untyped_reason(obj: &Map<String, Value>) -> Option<String> {
    const KNOWN: [&str; 9] = [
        "string",
        "integer",
        "number",
        "boolean",
        "object",
        "array",
        "date-time",
        "date",
        "uuid",
    ];
    match obj.get("type")? {
        Value::String(t) if !KNOWN.contains(&t.as_str()) => Some(format!("unknown type {t:?}")),
        Value::Array(list) => {
            let types: Vec<&str> = (list.iter().filter_map(Value::as_str))
                .filter(|t| *t != "null")
                .collect();
            (types.len() > 1).then(|| format!("a value of several types ({})", types.join(", ")))
        }
        _ => None,
    }
}
