//! Values as they are on the wire: dates and date-times, lists the spec declares ambiguously
//! ([`OneOrMany`]), and the members of an object its struct does not declare
//! ([`CatchAll`]).
//!
//! The API's `format: date-time` values are not uniform: most are RFC 3339 with `Z`
//! (`2020-01-01T00:00:00Z`), some carry an offset (`2020-03-24T11:11:41.139-05:00`), the number
//! of fractional digits varies (none, 3, 6, 9), and a few documented values are not RFC 3339 at
//! all. A strict date-time type would either reject such a response or write a different text
//! back (`+00:00` for `Z`, `.100` for `.1`). [`DateTime`] and [`Date`] therefore keep the exact
//! text: a value read from the API is sent back byte for byte, and any value deserializes.
//!
//! To compute with them, enable the `chrono` feature: `DateTime::to_chrono` and
//! `Date::to_chrono` parse, and `From<chrono::DateTime<Tz>>` / `From<chrono::NaiveDate>` build
//! values in the canonical form (`2020-01-01T00:00:00Z`, `2020-01-01`).

use std::fmt;

use serde::{Deserialize, Serialize};

/// A `format: date-time` value, kept exactly as written (RFC 3339 in practice, e.g.
/// `2020-01-01T00:00:00.000Z`). See the [module docs](self) for why it is not a parsed type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DateTime(String);

/// A `format: date` value (`2020-01-01`), kept exactly as written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Date(String);

macro_rules! text_type {
    ($ty:ident) => {
        impl $ty {
            /// Wraps a text as it is (no validation).
            pub fn new(text: impl Into<String>) -> Self {
                Self(text.into())
            }

            /// The text as on the wire.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The text as on the wire.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl From<String> for $ty {
            fn from(text: String) -> Self {
                Self(text)
            }
        }

        impl From<&str> for $ty {
            fn from(text: &str) -> Self {
                Self(text.to_owned())
            }
        }

        impl From<$ty> for String {
            fn from(value: $ty) -> String {
                value.0
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $ty {
            type Err = std::convert::Infallible;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Ok(Self(text.to_owned()))
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $ty {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $ty {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

text_type!(DateTime);
text_type!(Date);

#[cfg(feature = "chrono")]
mod chrono_impls {
    use super::{Date, DateTime};

    impl DateTime {
        /// Parses the text as RFC 3339.
        pub fn to_chrono(&self) -> Result<chrono::DateTime<chrono::FixedOffset>, chrono::ParseError> {
            chrono::DateTime::parse_from_rfc3339(&self.0)
        }
    }

    impl<Tz: chrono::TimeZone> From<chrono::DateTime<Tz>> for DateTime {
        /// RFC 3339 in UTC with `Z` and only the fractional digits needed.
        fn from(value: chrono::DateTime<Tz>) -> Self {
            Self(
                value
                    .with_timezone(&chrono::Utc)
                    .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
            )
        }
    }

    impl Date {
        /// Parses the text as `YYYY-MM-DD`.
        pub fn to_chrono(&self) -> Result<chrono::NaiveDate, chrono::ParseError> {
            chrono::NaiveDate::parse_from_str(&self.0, "%Y-%m-%d")
        }
    }

    impl From<chrono::NaiveDate> for Date {
        fn from(value: chrono::NaiveDate) -> Self {
            Self(value.format("%Y-%m-%d").to_string())
        }
    }
}

/// A list whose schema is ambiguous (`type: object` with `items`): the documentation shows an
/// array of the items, and a server may send either that array or a single item. Both decode;
/// a value remembers which shape it was read from and is written back in that shape, so nothing
/// in a response is lost. A value built in code (from a `Vec<T>`, by `collect()`, or
/// `Default`) is written as an array, as documented.
///
/// It dereferences to the `Vec<T>` of its items (`len`, `iter`, indexing, `push`, ...).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OneOrMany<T> {
    items: Vec<T>,
    /// Read from a single item (not an array); written back as one while it holds one item.
    single: bool,
}

impl<T> OneOrMany<T> {
    /// A value written as a single item (the undocumented shape some servers send).
    pub fn single(item: T) -> Self {
        Self {
            items: vec![item],
            single: true,
        }
    }

    /// Whether the value was read from (or built as) a single item rather than an array. It is
    /// written back as a single item while it holds exactly one.
    pub fn is_single(&self) -> bool {
        self.single
    }

    /// The items.
    pub fn into_vec(self) -> Vec<T> {
        self.items
    }
}

impl<T> Default for OneOrMany<T> {
    fn default() -> Self {
        Self {
            items: Vec::new(),
            single: false,
        }
    }
}

impl<T> From<Vec<T>> for OneOrMany<T> {
    fn from(items: Vec<T>) -> Self {
        Self {
            items,
            single: false,
        }
    }
}

impl<T> From<OneOrMany<T>> for Vec<T> {
    fn from(value: OneOrMany<T>) -> Self {
        value.items
    }
}

impl<T> FromIterator<T> for OneOrMany<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Self::from(iter.into_iter().collect::<Vec<T>>())
    }
}

impl<T> std::ops::Deref for OneOrMany<T> {
    type Target = Vec<T>;

    fn deref(&self) -> &Vec<T> {
        &self.items
    }
}

impl<T> std::ops::DerefMut for OneOrMany<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.items
    }
}

impl<T> IntoIterator for OneOrMany<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a OneOrMany<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<T: Serialize> Serialize for OneOrMany<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.items.as_slice() {
            [one] if self.single => one.serialize(serializer),
            items => items.serialize(serializer),
        }
    }
}

/// An array decodes as the items, anything else as one item; the error is the item's own (the
/// value is read whole first, so that it names what did not match). As a placeholder (see
/// [`crate::decode`]) it is an empty list.
impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let value = serde_json::Value::deserialize(deserializer)?;
        if value.is_null() && crate::decode::in_placeholder() {
            return Ok(Self::from(Vec::new()));
        }
        if value.is_array() {
            Vec::<T>::deserialize(value).map(Self::from).map_err(D::Error::custom)
        } else {
            T::deserialize(value).map(Self::single).map_err(D::Error::custom)
        }
    }
}

impl<T: crate::serde_helpers::SchemaFit> crate::serde_helpers::SchemaFit for OneOrMany<T> {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        self.items.add_fit(fit);
    }
}

/// The members of an object that its struct does not declare, by name, in wire order: every
/// struct's `additional_properties`. It derefs to that map (`get`, `insert`, iteration...).
///
/// After tolerant decoding (see [`crate::decode`]) it also speaks for the declared members the
/// server sent in a way their types cannot hold:
///
/// - a member whose value did not fit: its raw value, under the member's own name;
/// - a required member the server left out: its name, in [`Self::absent`].
///
/// While a required field still holds the placeholder tolerant decoding put there, the struct
/// writes what this map says instead: the raw value, or nothing for an absent member. Assign the
/// field and the field is written (an optional field is written whenever it is set).
#[derive(Debug, Clone, PartialEq)]
pub struct CatchAll<V> {
    map: indexmap::IndexMap<String, V>,
    /// Boxed (one word): it is rarely there, and nearly every struct has a catch-all map.
    #[allow(clippy::box_collection)]
    absent: Option<Box<Vec<&'static str>>>,
}

impl<V> CatchAll<V> {
    /// An empty map.
    pub fn new() -> Self {
        Self {
            map: indexmap::IndexMap::new(),
            absent: None,
        }
    }

    /// The required members the server left out (their wire names), in declaration order.
    pub fn absent(&self) -> &[&'static str] {
        self.absent.as_deref().map_or(&[], Vec::as_slice)
    }

    /// Records that required member `name` was left out.
    pub(crate) fn mark_absent(&mut self, name: &'static str) {
        self.absent.get_or_insert_with(Box::default).push(name);
    }

    /// Whether this speaks for declared member `name`: it keeps the member's raw value, or its
    /// absence.
    #[inline]
    pub(crate) fn keeps(&self, name: &str) -> bool {
        self.map.contains_key(name) || self.absent.as_ref().is_some_and(|a| a.contains(&name))
    }

    /// The map alone.
    pub fn into_map(self) -> indexmap::IndexMap<String, V> {
        self.map
    }
}

impl<V> Default for CatchAll<V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<V> std::ops::Deref for CatchAll<V> {
    type Target = indexmap::IndexMap<String, V>;

    fn deref(&self) -> &Self::Target {
        &self.map
    }
}

impl<V> std::ops::DerefMut for CatchAll<V> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.map
    }
}

impl<V> From<indexmap::IndexMap<String, V>> for CatchAll<V> {
    fn from(map: indexmap::IndexMap<String, V>) -> Self {
        Self { map, absent: None }
    }
}

impl<V> FromIterator<(String, V)> for CatchAll<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(members: I) -> Self {
        indexmap::IndexMap::from_iter(members).into()
    }
}

impl<V> Extend<(String, V)> for CatchAll<V> {
    fn extend<I: IntoIterator<Item = (String, V)>>(&mut self, members: I) {
        self.map.extend(members);
    }
}

impl<V> IntoIterator for CatchAll<V> {
    type Item = (String, V);
    type IntoIter = indexmap::map::IntoIter<String, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.into_iter()
    }
}

impl<'a, V> IntoIterator for &'a CatchAll<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = indexmap::map::Iter<'a, String, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.iter()
    }
}

impl<'a, V> IntoIterator for &'a mut CatchAll<V> {
    type Item = (&'a String, &'a mut V);
    type IntoIter = indexmap::map::IterMut<'a, String, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.iter_mut()
    }
}

/// The map's members (a struct's own `Serialize` leaves out what [`Self::absent`] names).
impl<V: Serialize> Serialize for CatchAll<V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.map.serialize(serializer)
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for CatchAll<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        indexmap::IndexMap::deserialize(deserializer).map(Self::from)
    }
}
