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

/// Serializes `value` (an object) with the discriminator `property` first: the value's own
/// (e.g. the tag it was read with, kept among its undeclared members), else `tag`; used by
/// discriminated unions whose variant types do not declare the discriminator as a required
/// field.
pub fn serialize_tagged<T, S>(value: &T, property: &str, tag: &str, serializer: S) -> Result<S::Ok, S::Error>
where
    T: Serialize + ?Sized,
    S: Serializer,
{
    let json = serde_json::to_value(value).map_err(ser::Error::custom)?;
    match json {
        Value::Object(map) => {
            let mut tagged = Map::with_capacity(map.len() + 1);
            let own = map.get(property).cloned();
            tagged.insert(
                property.to_owned(),
                own.unwrap_or_else(|| Value::String(tag.to_owned())),
            );
            tagged.extend(map.into_iter().filter(|(key, _)| key != property));
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

/// How many of `names` are not keys of `value` (none when it is not an object).
pub fn absent_members(value: &Value, names: &[&str]) -> usize {
    value.as_object().map_or(0, |map| {
        names.iter().filter(|name| !map.contains_key(**name)).count()
    })
}

/// How loosely a deserialized value follows its schema. Every type of the crate accepts more
/// than its schema describes (values an enum does not list, members an object does not
/// declare) so that nothing the API sends is lost; a union uses this measure to choose, among
/// the members that accept a value, the one that describes it best.
///
/// Fits compare field by field in this order: fewer absent required members first, then fewer
/// unlisted enum values, then fewer undeclared members. [`Fit::default`] is an exact fit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fit {
    /// Required members that are absent (a required but nullable field reads absence as `null`).
    pub absent: usize,
    /// Enum values the schema does not list (held in an `Unknown` variant).
    pub unlisted: usize,
    /// Object members the schema does not declare: those in a struct's catch-all map, and every
    /// member of an object held as a map or as free-form JSON (which declare no names).
    pub undeclared: usize,
}

impl Fit {
    /// Nothing is absent, unlisted or undeclared.
    pub fn is_exact(&self) -> bool {
        *self == Self::default()
    }
}

/// Measures a value against its schema (see [`Fit`]); implemented by every type of the crate.
pub trait SchemaFit {
    /// Adds what this value holds beyond its schema, nested values included, to `fit`.
    fn add_fit(&self, fit: &mut Fit);
}

macro_rules! exact_fit {
    ($($ty:ty),*) => {
        $(
            impl SchemaFit for $ty {
                fn add_fit(&self, _fit: &mut Fit) {}
            }
        )*
    };
}

exact_fit!(
    String,
    bool,
    i32,
    i64,
    u8,
    f64,
    crate::primitives::Date,
    crate::primitives::DateTime
);

/// Free-form JSON declares no members: each member of an object counts as undeclared.
impl SchemaFit for Value {
    fn add_fit(&self, fit: &mut Fit) {
        if let Value::Object(map) = self {
            fit.undeclared += map.len();
        }
    }
}

impl<T: SchemaFit + ?Sized> SchemaFit for Box<T> {
    fn add_fit(&self, fit: &mut Fit) {
        (**self).add_fit(fit);
    }
}

impl<T: SchemaFit> SchemaFit for Option<T> {
    fn add_fit(&self, fit: &mut Fit) {
        if let Some(value) = self {
            value.add_fit(fit);
        }
    }
}

impl<T: SchemaFit> SchemaFit for Vec<T> {
    fn add_fit(&self, fit: &mut Fit) {
        for value in self {
            value.add_fit(fit);
        }
    }
}

/// A map declares no member names: each entry counts as undeclared, plus its value's fit.
impl<T: SchemaFit> SchemaFit for indexmap::IndexMap<String, T> {
    fn add_fit(&self, fit: &mut Fit) {
        fit.undeclared += self.len();
        for value in self.values() {
            value.add_fit(fit);
        }
    }
}

/// Keeps `value` in `best` when it fits strictly better than what `best` holds (so that among
/// equal fits the first one tried stays).
pub fn keep_better<T>(best: &mut Option<(Fit, T)>, fit: Fit, value: T) {
    if best.as_ref().is_none_or(|(kept, _)| fit < *kept) {
        *best = Some((fit, value));
    }
}

/// Deserializes a flattened part of a struct from the members named `fields` only, taking
/// them, so that the struct's other flattened maps do not see them too.
///
/// In a struct: `#[serde(flatten, deserialize_with = "...")]` through a function that passes the
/// part's member names (those of its fields and, for a union, of every member's fields).
pub fn deserialize_part<'de, T, D>(deserializer: D, fields: &'static [&'static str]) -> Result<T, D::Error>
where
    T: de::DeserializeOwned,
    D: Deserializer<'de>,
{
    let members = deserializer.deserialize_struct("part", fields, ObjectVisitor)?;
    T::deserialize(Value::Object(members)).map_err(de::Error::custom)
}

/// Like [`deserialize_part`] for a part that may be absent: `None` when none of `fields` is there.
pub fn deserialize_optional_part<'de, T, D>(
    deserializer: D,
    fields: &'static [&'static str],
) -> Result<Option<T>, D::Error>
where
    T: de::DeserializeOwned,
    D: Deserializer<'de>,
{
    let members = deserializer.deserialize_struct("part", fields, ObjectVisitor)?;
    if members.is_empty() {
        return Ok(None);
    }
    T::deserialize(Value::Object(members))
        .map(Some)
        .map_err(de::Error::custom)
}

/// Collects the members of a map into a JSON object.
struct ObjectVisitor;

impl<'de> de::Visitor<'de> for ObjectVisitor {
    type Value = Map<String, Value>;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("an object")
    }

    fn visit_map<A>(self, mut access: A) -> Result<Self::Value, A::Error>
    where
        A: de::MapAccess<'de>,
    {
        let mut members = Map::new();
        while let Some((key, value)) = access.next_entry::<String, Value>()? {
            members.insert(key, value);
        }
        Ok(members)
    }
}

/// What every string enum of the crate has besides its variants, `as_str` and `From<&str>`
/// (which the generated code spells out, value by value): `is_unknown`, `From<String>`,
/// `FromStr`, `Display`, serde as the wire string, and [`SchemaFit`] (a value in `Unknown`
/// counts as unlisted). The enum has an `Unknown(String)` variant.
// A version of the API may have no enum of this kind.
#[allow(unused_macros)]
macro_rules! string_enum {
    ($name:ident) => {
        impl $name {
            /// The value is not one this version of the API lists.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown(_))
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                // Keeps the allocation for a value the enum does not list.
                let known = Self::from(value.as_str());
                if known.is_unknown() {
                    Self::Unknown(value)
                } else {
                    known
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
            where
                S: ::serde::Serializer,
            {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
            where
                D: ::serde::Deserializer<'de>,
            {
                <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }

        impl $crate::serde_helpers::SchemaFit for $name {
            fn add_fit(&self, fit: &mut $crate::serde_helpers::Fit) {
                if self.is_unknown() {
                    fit.unlisted += 1;
                }
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use string_enum;

/// What every integer enum of the crate has besides its variants, `value` and `From<i64>`
/// (which the generated code spells out): `is_unknown`, `Display`, serde as the wire integer,
/// and [`SchemaFit`] (a value in `Unknown` counts as unlisted). The enum has an `Unknown(i64)`
/// variant.
// A version of the API may have no enum of this kind.
#[allow(unused_macros)]
macro_rules! integer_enum {
    ($name:ident) => {
        impl $name {
            /// The value is not one this version of the API lists.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown(_))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.value(), f)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
            where
                S: ::serde::Serializer,
            {
                serializer.serialize_i64(self.value())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
            where
                D: ::serde::Deserializer<'de>,
            {
                <i64 as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }

        impl $crate::serde_helpers::SchemaFit for $name {
            fn add_fit(&self, fit: &mut $crate::serde_helpers::Fit) {
                if self.is_unknown() {
                    fit.unlisted += 1;
                }
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use integer_enum;
