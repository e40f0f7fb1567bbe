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

/// Reads a string enum from a JSON string without allocating for a value the enum lists: the
/// text is matched borrowed (`From<&str>`); only an unlisted value is kept as an owned `String`
/// (`From<String>`). What `string_enum!`'s `Deserialize` uses.
pub struct StrEnumVisitor<T>(std::marker::PhantomData<fn() -> T>);

impl<T> StrEnumVisitor<T> {
    /// The visitor for `T`.
    pub fn new() -> Self {
        StrEnumVisitor(std::marker::PhantomData)
    }
}

impl<T> Default for StrEnumVisitor<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'de, T> de::Visitor<'de> for StrEnumVisitor<T>
where
    T: for<'a> From<&'a str> + From<String>,
{
    type Value = T;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        Ok(T::from(value))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<T, E> {
        Ok(T::from(value))
    }
}

/// A member name of a JSON object, borrowed from the input when the input allows it.
pub struct Key<'de>(std::borrow::Cow<'de, str>);

impl Key<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> de::Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("a member name")
            }

            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(value)))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(value.to_owned())))
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(value)))
            }
        }

        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// How `serde_struct!` reads and writes a declared member and what an absent one becomes: one
/// module per kind of member, each with `read` (the member is there; in the tolerant pass of
/// [`crate::decode::decode`], a value that does not fit comes back as a
/// [`Deviant`](crate::decode::Deviant)), `read_kept` / `read_refused` (`read`, then what becomes
/// of a value that does not fit, with or without a catch-all map), `finish` (the struct is
/// complete; `slot` is `None` when the member was absent, `kept` when the catch-all map holds
/// its raw value; `None` back, with the reason in `failed`, when the struct cannot be built),
/// `write` (into `done`, the first error), and `written` (whether `write` wrote it, so the
/// catch-all entry of the same name is not). Neither `finish` nor `write` returns a `Result`:
/// see `serde_struct!` for why.
pub mod member {
    use serde::de::{self, DeserializeOwned, MapAccess};
    use serde::ser::{Serialize, SerializeMap};

    use crate::decode::{self, Deviant};

    #[inline]
    fn first<T, E: de::Error>(slot: &Option<T>, name: &'static str) -> Result<(), E> {
        match slot {
            Some(_) => Err(E::duplicate_field(name)),
            None => Ok(()),
        }
    }

    /// Reads the member's value into `slot`; in the tolerant pass, a value that does not fit
    /// comes back instead.
    #[inline]
    fn read_value<'de, A, T>(map: &mut A, slot: &mut Option<T>, name: &'static str) -> Result<Option<Deviant>, A::Error>
    where
        A: MapAccess<'de>,
        T: DeserializeOwned,
    {
        first(slot, name)?;
        if !decode::tolerant() {
            *slot = Some(map.next_value()?);
            return Ok(None);
        }
        match decode::read_member(map.next_value()?, name) {
            Ok(value) => {
                *slot = Some(value);
                Ok(None)
            }
            Err(deviant) => Ok(Some(deviant)),
        }
    }

    /// A required member: absent is an error, unless its type reads absence as `None`.
    pub mod required {
        use super::*;

        /// Reads the member; one that does not fit is kept in `rest`.
        #[inline]
        pub fn read_kept<'de, A, T, R>(
            map: &mut A,
            slot: &mut Option<T>,
            name: &'static str,
            rest: &mut indexmap::IndexMap<String, R>,
        ) -> Result<(), A::Error>
        where
            A: MapAccess<'de>,
            T: DeserializeOwned,
            R: DeserializeOwned,
        {
            super::kept(read(map, slot, name), map, rest, name)
        }

        /// Reads the member in a struct without a catch-all map: one that does not fit fails.
        #[inline]
        pub fn read_refused<'de, A, T>(map: &mut A, slot: &mut Option<T>, name: &'static str) -> Result<(), A::Error>
        where
            A: MapAccess<'de>,
            T: DeserializeOwned,
        {
            super::refused(read(map, slot, name))
        }

        #[inline]
        pub fn read<'de, A, T>(map: &mut A, slot: &mut Option<T>, name: &'static str) -> Result<Option<Deviant>, A::Error>
        where
            A: MapAccess<'de>,
            T: DeserializeOwned,
        {
            read_value(map, slot, name)
        }

        #[inline]
        pub fn finish<T>(
            slot: Option<T>,
            name: &'static str,
            kept: bool,
            failed: &mut Option<Unfinished>,
        ) -> Option<T>
        where
            T: DeserializeOwned,
        {
            if slot.is_some() {
                return slot;
            }
            let absent = if kept || decode::in_placeholder() {
                decode::placeholder(name)
            } else {
                T::deserialize(super::Missing::<Unfinished>(name, std::marker::PhantomData))
            };
            absent.map_err(|e| *failed = Some(e)).ok()
        }

        /// Writes the value, unless the catch-all map keeps the raw one read for it.
        #[inline]
        pub fn write<M: SerializeMap, T: Serialize>(
            map: &mut M,
            done: &mut Result<(), M::Error>,
            name: &'static str,
            value: &T,
            kept: bool,
        ) {
            if kept || done.is_err() {
                return;
            }
            *done = map.serialize_entry(name, value);
        }

        #[inline]
        pub fn written<T>(_value: &T) -> bool {
            false
        }
    }

    /// An optional member (`Option<T>`): absent and `null` are both `None`.
    pub mod optional {
        use super::*;

        /// Reads the member; one that does not fit is kept in `rest`.
        #[inline]
        pub fn read_kept<'de, A, T, R>(
            map: &mut A,
            slot: &mut Option<T>,
            name: &'static str,
            rest: &mut indexmap::IndexMap<String, R>,
        ) -> Result<(), A::Error>
        where
            A: MapAccess<'de>,
            T: DeserializeOwned,
            R: DeserializeOwned,
        {
            super::kept(read(map, slot, name), map, rest, name)
        }

        /// Reads the member in a struct without a catch-all map: one that does not fit fails.
        #[inline]
        pub fn read_refused<'de, A, T>(map: &mut A, slot: &mut Option<T>, name: &'static str) -> Result<(), A::Error>
        where
            A: MapAccess<'de>,
            T: DeserializeOwned,
        {
            super::refused(read(map, slot, name))
        }

        #[inline]
        pub fn read<'de, A, T>(map: &mut A, slot: &mut Option<T>, name: &'static str) -> Result<Option<Deviant>, A::Error>
        where
            A: MapAccess<'de>,
            T: DeserializeOwned,
        {
            read_value(map, slot, name)
        }

        #[inline]
        pub fn finish<T: Default>(
            slot: Option<T>,
            _name: &'static str,
            _kept: bool,
            _failed: &mut Option<Unfinished>,
        ) -> Option<T> {
            Some(slot.unwrap_or_default())
        }

        /// Writes a value that is there; `None` is left out.
        #[inline]
        pub fn write<M: SerializeMap, T: Serialize>(
            map: &mut M,
            done: &mut Result<(), M::Error>,
            name: &'static str,
            value: &Option<T>,
            _kept: bool,
        ) {
            if let (Some(value), Ok(())) = (value, &done) {
                *done = map.serialize_entry(name, value);
            }
        }

        #[inline]
        pub fn written<T>(value: &Option<T>) -> bool {
            value.is_some()
        }
    }

    /// An optional member whose value may be `null` (`Option<Option<T>>`, or
    /// `Option<serde_json::Value>`): absent is `None`, `null` is `Some(None)` (`Some(Value::Null)`),
    /// so that "not sent" and "set to null" stay apart, which a PATCH needs.
    pub mod nullable {
        use super::*;

        /// Reads the member; one that does not fit is kept in `rest`.
        #[inline]
        pub fn read_kept<'de, A, T, R>(
            map: &mut A,
            slot: &mut Option<Option<T>>,
            name: &'static str,
            rest: &mut indexmap::IndexMap<String, R>,
        ) -> Result<(), A::Error>
        where
            A: MapAccess<'de>,
            T: DeserializeOwned,
            R: DeserializeOwned,
        {
            super::kept(read(map, slot, name), map, rest, name)
        }

        /// Reads the member in a struct without a catch-all map: one that does not fit fails.
        #[inline]
        pub fn read_refused<'de, A, T>(map: &mut A, slot: &mut Option<Option<T>>, name: &'static str) -> Result<(), A::Error>
        where
            A: MapAccess<'de>,
            T: DeserializeOwned,
        {
            super::refused(read(map, slot, name))
        }

        #[inline]
        pub fn read<'de, A, T>(map: &mut A, slot: &mut Option<Option<T>>, name: &'static str) -> Result<Option<Deviant>, A::Error>
        where
            A: MapAccess<'de>,
            T: DeserializeOwned,
        {
            first(slot, name)?;
            let mut value = None;
            let deviant = read_value(map, &mut value, name)?;
            if value.is_some() {
                *slot = Some(value);
            }
            Ok(deviant)
        }

        #[inline]
        pub fn finish<T>(
            slot: Option<Option<T>>,
            _name: &'static str,
            _kept: bool,
            _failed: &mut Option<Unfinished>,
        ) -> Option<Option<T>> {
            Some(slot.unwrap_or_default())
        }

        /// Writes `Some(None)` as `null`; `None` is left out.
        #[inline]
        pub fn write<M: SerializeMap, T: Serialize>(
            map: &mut M,
            done: &mut Result<(), M::Error>,
            name: &'static str,
            value: &Option<T>,
            kept: bool,
        ) {
            super::optional::write(map, done, name, value, kept)
        }

        #[inline]
        pub fn written<T>(value: &Option<T>) -> bool {
            value.is_some()
        }
    }

    /// Writes the catch-all map's members, except those `written` says a declared member wrote.
    #[inline]
    pub fn write_rest<M: SerializeMap, T: Serialize>(
        map: &mut M,
        done: &mut Result<(), M::Error>,
        rest: &indexmap::IndexMap<String, T>,
        written: impl Fn(&str) -> bool,
    ) {
        for (key, value) in rest {
            if done.is_err() {
                return;
            }
            if !written(key) {
                *done = map.serialize_entry(key, value);
            }
        }
    }

    /// Reads a member the struct does not declare into its catch-all map.
    #[inline]
    pub fn undeclared<'de, A, T>(
        map: &mut A,
        key: super::Key<'de>,
        rest: &mut indexmap::IndexMap<String, T>,
    ) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
        T: DeserializeOwned,
    {
        let value = map.next_value()?;
        rest.insert(key.into_string(), value);
        Ok(())
    }

    /// Settles what a kind's `read` returned, in a struct with a catch-all map: the raw value of
    /// a member that did not fit is kept in the map under the member's own name and listed; a
    /// typed map that cannot hold it passes the error on.
    #[inline]
    fn kept<'de, A, T>(
        read: Result<Option<Deviant>, A::Error>,
        _map: &mut A,
        rest: &mut indexmap::IndexMap<String, T>,
        name: &'static str,
    ) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
        T: DeserializeOwned,
    {
        let Some(deviant) = read? else {
            return Ok(());
        };
        match T::deserialize(&deviant.raw) {
            Ok(value) => {
                decode::record(name, &deviant);
                rest.insert(name.to_owned(), value);
                Ok(())
            }
            Err(_) => Err(de::Error::custom(deviant.expected)),
        }
    }

    /// Settles what a kind's `read` returned, in a struct without a catch-all map: a member that
    /// did not fit fails the struct.
    #[inline]
    fn refused<E: de::Error>(read: Result<Option<Deviant>, E>) -> Result<(), E> {
        match read? {
            Some(deviant) => Err(E::custom(deviant.expected)),
            None => Ok(()),
        }
    }

    /// Skips a member the struct does not declare (it has no catch-all map).
    #[inline]
    pub fn ignore<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
        map.next_value::<de::IgnoredAny>().map(|_| ())
    }

    /// Why a struct read could not be finished (a required member absent). Each kind's
    /// `finish` records it and returns `None`, so that finishing a struct takes one `match`
    /// rather than a `?` per member; the deserializer's error is made once, by
    /// [`Self::into_error`].
    #[derive(Debug)]
    pub struct Unfinished(String);

    impl std::fmt::Display for Unfinished {
        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(&self.0)
        }
    }

    impl std::error::Error for Unfinished {}

    impl de::Error for Unfinished {
        fn custom<M: std::fmt::Display>(msg: M) -> Self {
            Unfinished(msg.to_string())
        }
    }

    impl Unfinished {
        /// The deserializer's error with the same message (`failed` is set whenever a
        /// `finish` returned `None`).
        pub fn into_error<E: de::Error>(failed: Option<Self>) -> E {
            E::custom(failed.map_or_else(|| "incomplete object".to_owned(), |e| e.0))
        }
    }

    /// What an absent member reads as: `None` for an `Option`, else the "missing field" error.
    pub(super) struct Missing<E>(pub &'static str, pub std::marker::PhantomData<E>);

    impl<'de, E: de::Error> de::Deserializer<'de> for Missing<E> {
        type Error = E;

        fn deserialize_any<V: de::Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
            Err(E::missing_field(self.0))
        }

        fn deserialize_option<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
            visitor.visit_none()
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
            ignored_any
        }
    }
}

/// Implements `Serialize` and `Deserialize` for a struct from its members, written as a struct
/// literal: each declared field with its kind ([`member`]) and wire name, then `..rest` for the
/// map of members the struct does not declare (without it, reading skips them). Members are
/// written in declaration order, then the undeclared ones in the order they were read. Serde's
/// derive writes a visitor for every shape a value might have; a JSON object needs only this
/// one, which keeps the crate quick to compile. For the same reason each member costs one call
/// and no `?` in the generic bodies: solving `?` against the serializer's or deserializer's
/// associated error type, once per member, was most of the crate's check time.
///
/// ```ignore
/// serde_struct!(Pet {
///     name: required("name"),
///     tag: optional("tag"),
///     owner: nullable("owner"),
///     ..additional_properties
/// });
/// ```
// A version of the API may have no struct of this kind.
#[allow(unused_macros)]
macro_rules! serde_struct {
    ($name:ident { $($field:ident: $kind:ident($wire:literal)),* $(,)? $(..$rest:ident)? }) => {
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(None)?;
                #[allow(unused_variables)] // a struct without declared members
                let kept = |wire: &str| $crate::serde_helpers::serde_struct!(@kept_by self wire $($rest)?);
                let mut done = Ok(());
                $($crate::serde_helpers::member::$kind::write(&mut map, &mut done, $wire, &self.$field, kept($wire));)*
                $crate::serde_helpers::serde_struct!(@write_rest self map done [$($field $kind $wire)*] $($rest)?);
                done?;
                map.end()
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Members;

                impl<'de> ::serde::de::Visitor<'de> for Members {
                    type Value = $name;

                    fn expecting(&self, formatter: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
                        formatter.write_str(concat!("struct ", stringify!($name)))
                    }

                    fn visit_map<A: ::serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        $crate::decode::enter_object();
                        $(let mut $field = None;)*
                        $(let mut $rest = ::indexmap::IndexMap::new();)?
                        while let Some(key) = map.next_key::<$crate::serde_helpers::Key<'de>>()? {
                            $crate::serde_helpers::serde_struct!(@member map key
                                [$($field $kind $wire)*] $($rest)?);
                        }
                        #[allow(unused_variables)] // a struct without declared members
                        let kept = |wire: &str| $crate::serde_helpers::serde_struct!(@kept wire $($rest)?);
                        #[allow(unused_mut)]
                        let mut failed = None;
                        #[allow(unreachable_patterns)]
                        match ($($crate::serde_helpers::member::$kind::finish($field, $wire, kept($wire), &mut failed),)*) {
                            ($(Some($field),)*) => Ok($name { $($field,)* $($rest,)? }),
                            _ => Err($crate::serde_helpers::member::Unfinished::into_error(failed)),
                        }
                    }
                }

                deserializer.deserialize_map(Members)
            }
        }
    };
    (@member $map:ident $key:ident [$($field:ident $kind:ident $wire:literal)*] $rest:ident) => {
        match $key.as_str() {
            $($wire => $crate::serde_helpers::member::$kind::read_kept(&mut $map, &mut $field, $wire, &mut $rest),)*
            _ => $crate::serde_helpers::member::undeclared(&mut $map, $key, &mut $rest),
        }?
    };
    (@member $map:ident $key:ident [$($field:ident $kind:ident $wire:literal)*]) => {
        match $key.as_str() {
            $($wire => $crate::serde_helpers::member::$kind::read_refused(&mut $map, &mut $field, $wire),)*
            _ => $crate::serde_helpers::member::ignore(&mut $map),
        }?
    };
    // The catch-all map's members, after the declared ones; one that holds the raw value of a
    // declared member is written unless the member was.
    (@write_rest $self:ident $map:ident $done:ident [$($field:ident $kind:ident $wire:literal)*] $rest:ident) => {
        $crate::serde_helpers::member::write_rest(&mut $map, &mut $done, &$self.$rest, |key| match key {
            $($wire => $crate::serde_helpers::member::$kind::written(&$self.$field),)*
            _ => false,
        });
    };
    (@write_rest $self:ident $map:ident $done:ident [$($field:ident $kind:ident $wire:literal)*]) => {};
    // Whether the catch-all map keeps the raw value of the member named `$wire`: of `$owner`
    // (`self`), or the map being read.
    (@kept_by $owner:ident $wire:ident $rest:ident) => { $owner.$rest.contains_key($wire) };
    (@kept_by $owner:ident $wire:ident) => {{ let _ = $wire; false }};
    (@kept $wire:ident $rest:ident) => { $rest.contains_key($wire) };
    (@kept $wire:ident) => {{ let _ = $wire; false }};
}
#[allow(unused_imports)]
pub(crate) use serde_struct;

/// The chainable setters of a struct's optional fields, written as a struct literal: each
/// setter's name, what it stores (the kind) and the value it takes, the field it sets and, for a
/// field that may be `null`, the name of the setter that stores an explicit `null`. A setter
/// takes anything that converts into the value; absent (`None`) stays what `new()` gives.
///
/// - `optional::<T>(field)`: `field(value)` stores `Some(value)`;
/// - `nullable::<T>(field, field_null)`: `field(value)` stores `Some(Some(value))`,
///   `field_null()` stores `Some(None)`;
/// - `nullable_json::<T>(field, field_null)` (free-form JSON): `field(value)` stores
///   `Some(value)`, `field_null()` stores `Some(Value::Null)`.
///
/// ```ignore
/// setters!(Pet {
///     tag: optional::<String>(tag),
///     owner: nullable::<crate::Owner>(owner, owner_null),
///     #[deprecated]
///     legacy: optional::<i64>(legacy),
/// });
/// ```
// A version of the API may have no struct with an optional field.
#[allow(unused_macros)]
macro_rules! setters {
    ($name:ident {
        $($(#[$attr:meta])* $setter:ident: $kind:ident::<$ty:ty>($field:ident $(, $null:ident)?)),* $(,)?
    }) => {
        impl $name {
            $($crate::serde_helpers::setters!(@$kind [$(#[$attr])*] $setter $ty, $field $(, $null)?);)*
        }
    };
    (@optional [$($attr:tt)*] $setter:ident $ty:ty, $field:ident) => {
        $crate::serde_helpers::setters!(@set [$($attr)*] $setter $ty, $field, Some);
    };
    (@nullable [$($attr:tt)*] $setter:ident $ty:ty, $field:ident, $null:ident) => {
        $crate::serde_helpers::setters!(@set [$($attr)*] $setter $ty, $field, Some Some);
        $crate::serde_helpers::setters!(@null [$($attr)*] $null, $field, None);
    };
    (@nullable_json [$($attr:tt)*] $setter:ident $ty:ty, $field:ident, $null:ident) => {
        $crate::serde_helpers::setters!(@set [$($attr)*] $setter $ty, $field, Some);
        $crate::serde_helpers::setters!(@null [$($attr)*] $null, $field, ::serde_json::Value::Null);
    };
    (@set [$($attr:tt)*] $setter:ident $ty:ty, $field:ident, $($wrap:ident)+) => {
        #[doc = concat!(" Sets `", stringify!($field), "`.")]
        $($attr)*
        pub fn $setter(mut self, value: impl Into<$ty>) -> Self {
            self.$field = $crate::serde_helpers::setters!(@wrap [$($wrap)+] value.into());
            self
        }
    };
    (@null [$($attr:tt)*] $null:ident, $field:ident, $value:expr) => {
        #[doc = concat!(" Sets `", stringify!($field), "` to an explicit `null`.")]
        $($attr)*
        pub fn $null(mut self) -> Self {
            self.$field = Some($value);
            self
        }
    };
    (@wrap [$wrap:ident $($more:ident)*] $value:expr) => {
        $wrap($crate::serde_helpers::setters!(@wrap [$($more)*] $value))
    };
    (@wrap [] $value:expr) => { $value };
}
#[allow(unused_imports)]
pub(crate) use setters;

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

/// Reads `json` as a member of a union, strictly also in the tolerant pass of
/// [`crate::decode::decode`]: a union chooses the member the value fits, not one that could
/// keep it with deviations.
pub fn try_variant<T: de::DeserializeOwned>(json: &Value) -> Result<T, serde_json::Error> {
    crate::decode::strictly(|| T::deserialize(json))
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
                deserializer.deserialize_str($crate::serde_helpers::StrEnumVisitor::<Self>::new())
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
