//! Serde helpers the generated types use; public so that code outside the crate can use them in
//! its own types too.

use serde::de::{self, Deserialize, Deserializer};
use serde::ser::{self, Serialize, Serializer};
use serde_json::{Map, Value};

/// Deserializes a field that is present as `Some(value)`.
///
/// With `#[serde(default)]`, an absent field stays `None`, and an explicit `null` becomes
/// `Some(None)` for an `Option<Option<T>>` field (or `Some(Value::Null)` for an
/// `Option<serde_json::Value>` field): "not sent" and "set to null" stay apart, which a PATCH
/// needs. Serializing needs nothing special: with `skip_serializing_if = "Option::is_none"`,
/// `None` is left out and `Some(None)` is written as `null`.
///
/// In a struct: `#[serde(default, skip_serializing_if = "Option::is_none", deserialize_with =
/// "deserialize_some")]` on a field of type `Option<Option<T>>`.
pub fn deserialize_some<'de, T, D>(deserializer: D) -> Result<Option<T>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// The string value of the discriminator `property` of a JSON object, if any.
pub fn discriminator<'v>(value: &'v Value, property: &str) -> Option<&'v str> {
    value.get(property).and_then(Value::as_str)
}

/// Serializes `value` (an object) with `property: tag` first when it does not carry the
/// property itself; used by discriminated unions whose variant types do not declare the
/// discriminator as a required field.
pub fn serialize_tagged<T, S>(value: &T, property: &str, tag: &str, serializer: S) -> Result<S::Ok, S::Error>
where
    T: Serialize + ?Sized,
    S: Serializer,
{
    let json = serde_json::to_value(value).map_err(ser::Error::custom)?;
    match json {
        Value::Object(map) if !map.contains_key(property) => {
            let mut tagged = Map::with_capacity(map.len() + 1);
            tagged.insert(property.to_owned(), Value::String(tag.to_owned()));
            tagged.extend(map);
            Value::Object(tagged).serialize(serializer)
        }
        other => other.serialize(serializer),
    }
}

/// The error for a value that matched no variant of a union, with why each variant refused it.
pub fn no_variant_matched<E: de::Error>(type_name: &str, errors: &[(&str, serde_json::Error)]) -> E {
    let mut message = format!("data did not match any variant of {type_name}");
    for (i, (variant, error)) in errors.iter().enumerate() {
        message.push_str(if i == 0 { ": " } else { "; " });
        message.push_str(variant);
        message.push_str(": ");
        message.push_str(&error.to_string());
    }
    E::custom(message)
}

/// Whether `value` is an object with every one of `names` as a key.
pub fn has_fields(value: &Value, names: &[&str]) -> bool {
    value
        .as_object()
        .is_some_and(|map| names.iter().all(|name| map.contains_key(*name)))
}

/// The error a union records for a struct member that took an object without some of its
/// required (nullable) fields (the object is tried against the other members first).
pub fn missing_fields() -> serde_json::Error {
    de::Error::custom("a required field is absent")
}

/// The error a union records for a string/integer enum variant whose value the enum does not
/// list (the value is tried against the other variants first).
pub fn unlisted_value() -> serde_json::Error {
    de::Error::custom("value is not one of the listed values")
}
