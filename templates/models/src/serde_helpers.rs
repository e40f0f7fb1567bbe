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

/// How `serde_struct!` reads and writes a struct: one [`member::slot`] type per kind of member,
/// each a [`member::Slot`] (`read`: the member is there; `finish`: the struct is complete, `None`
/// back, with the reason in `failed`, when it cannot be built). A whole struct is read by
/// [`member::read_struct`] and written by [`member::write_struct`], both walking the struct's
/// slot list ([`member::Slots`], [`member::Written`]); its [`member::Rest`] settles the members
/// it does not declare and the values that do not fit.
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

    /// What a struct being read does with a member it does not declare, with the raw value of
    /// a declared member that does not fit, and with an absent required member: its catch-all
    /// map ([`CatchAll`](crate::primitives::CatchAll)) keeps all three, [`NoRest`] (a struct
    /// without one) skips the first and fails on the others.
    pub trait Rest: Default {
        /// Reads the value of member `key`, which the struct does not declare.
        fn undeclared<'de, A: MapAccess<'de>>(&mut self, map: &mut A, key: super::Key<'de>) -> Result<(), A::Error>;
        /// Settles what a kind's `read` of member `name` returned.
        fn settle<E: de::Error>(&mut self, read: Result<Option<Deviant>, E>, name: &'static str) -> Result<(), E>;
        /// Whether the raw value of member `name` is kept here, or its absence.
        fn keeps(&self, name: &str) -> bool;
        /// Records that required member `name` is absent, if this can (so that the struct is
        /// written back without it); whether it did.
        fn hold_absent(&mut self, name: &'static str) -> bool;
    }

    impl<T: DeserializeOwned> Rest for crate::primitives::CatchAll<T> {
        #[inline]
        fn undeclared<'de, A: MapAccess<'de>>(&mut self, map: &mut A, key: super::Key<'de>) -> Result<(), A::Error> {
            let value = map.next_value()?;
            self.insert(key.into_string(), value);
            Ok(())
        }

        /// Keeps the raw value of a member that did not fit under the member's own name and
        /// lists it; a typed map that cannot hold it passes the error on.
        #[inline]
        fn settle<E: de::Error>(&mut self, read: Result<Option<Deviant>, E>, name: &'static str) -> Result<(), E> {
            let Some(deviant) = read? else {
                return Ok(());
            };
            match T::deserialize(&deviant.raw) {
                Ok(value) => {
                    decode::record(name, &deviant);
                    self.insert(name.to_owned(), value);
                    Ok(())
                }
                Err(_) => Err(E::custom(deviant.expected)),
            }
        }

        #[inline]
        fn keeps(&self, name: &str) -> bool {
            crate::primitives::CatchAll::keeps(self, name)
        }

        #[inline]
        fn hold_absent(&mut self, name: &'static str) -> bool {
            self.mark_absent(name);
            true
        }
    }

    /// The [`Rest`] of a struct without a catch-all map (its schema types the members it does
    /// not declare in a way no map here holds).
    #[derive(Default)]
    pub struct NoRest;

    impl Rest for NoRest {
        #[inline]
        fn undeclared<'de, A: MapAccess<'de>>(&mut self, map: &mut A, _key: super::Key<'de>) -> Result<(), A::Error> {
            map.next_value::<de::IgnoredAny>().map(|_| ())
        }

        #[inline]
        fn settle<E: de::Error>(&mut self, read: Result<Option<Deviant>, E>, _name: &'static str) -> Result<(), E> {
            match read? {
                Some(deviant) => Err(E::custom(deviant.expected)),
                None => Ok(()),
            }
        }

        #[inline]
        fn keeps(&self, _name: &str) -> bool {
            false
        }

        #[inline]
        fn hold_absent(&mut self, _name: &'static str) -> bool {
            false
        }
    }

    /// The slot of one declared member while its struct is read, by kind (the names
    /// `serde_struct!` takes): the value read so far.
    #[allow(non_camel_case_types)]
    pub mod slot {
        /// A required member: absent is an error, unless its type reads absence as `None`.
        pub struct required<T>(pub(super) Option<T>);
        /// An optional member (`Option<T>`): absent and `null` are both `None`.
        pub struct optional<T>(pub(super) Option<T>);
        /// An optional member whose value may be `null` (`Option<Option<T>>`, or
        /// `Option<serde_json::Value>`): absent is `None`, `null` is `Some(None)`
        /// (`Some(Value::Null)`), so that "not sent" and "set to null" stay apart, which a PATCH
        /// needs.
        pub struct nullable<T>(pub(super) Option<Option<T>>);
    }

    /// A member's slot: read into, then finished into the field's value.
    pub trait Slot {
        type Value;
        fn empty() -> Self;
        /// Reads the member's value; in the tolerant pass of [`crate::decode::decode`], a value
        /// that does not fit comes back as a [`Deviant`], which the struct's [`Rest`] settles.
        fn read<'de, A: MapAccess<'de>>(&mut self, map: &mut A, name: &'static str) -> Result<Option<Deviant>, A::Error>;
        /// The field's value; `rest` tells whether the catch-all map keeps the member's raw
        /// value, and records an absence.
        fn finish<R: Rest>(self, name: &'static str, rest: &mut R, failed: &mut Option<Unfinished>) -> Option<Self::Value>;
    }

    impl<T: DeserializeOwned> Slot for slot::required<T> {
        type Value = T;

        #[inline]
        fn empty() -> Self {
            Self(None)
        }

        #[inline]
        fn read<'de, A: MapAccess<'de>>(&mut self, map: &mut A, name: &'static str) -> Result<Option<Deviant>, A::Error> {
            read_value(map, &mut self.0, name)
        }

        /// An absent member whose raw value the catch-all map keeps (or inside a placeholder)
        /// holds a placeholder; otherwise it reads as absence does: `None` for an `Option`
        /// (the catch-all map records the absence, so that the struct is written back without
        /// the member rather than with `null`), else the "missing field" error. In the tolerant
        /// pass, a catch-all map turns that error into a placeholder too: it records the
        /// absence, which is listed as a deviation.
        #[inline]
        fn finish<R: Rest>(self, name: &'static str, rest: &mut R, failed: &mut Option<Unfinished>) -> Option<T> {
            if self.0.is_some() {
                return self.0;
            }
            let absent = if rest.keeps(name) || decode::in_placeholder() {
                decode::placeholder(name)
            } else {
                match T::deserialize(Missing::<Unfinished>(name, std::marker::PhantomData)) {
                    Ok(none) => {
                        rest.hold_absent(name);
                        Ok(none)
                    }
                    Err(missing) if decode::tolerant() && rest.hold_absent(name) => {
                        decode::record_absent(name, missing.to_string());
                        decode::placeholder(name)
                    }
                    Err(missing) => Err(missing),
                }
            };
            // The first member that fails is the one reported, as serde's derive does.
            match absent {
                Ok(value) => Some(value),
                Err(e) => {
                    failed.get_or_insert(e);
                    None
                }
            }
        }
    }

    impl<T: DeserializeOwned + Default> Slot for slot::optional<T> {
        type Value = T;

        #[inline]
        fn empty() -> Self {
            Self(None)
        }

        #[inline]
        fn read<'de, A: MapAccess<'de>>(&mut self, map: &mut A, name: &'static str) -> Result<Option<Deviant>, A::Error> {
            read_value(map, &mut self.0, name)
        }

        #[inline]
        fn finish<R: Rest>(self, _name: &'static str, _rest: &mut R, _failed: &mut Option<Unfinished>) -> Option<T> {
            Some(self.0.unwrap_or_default())
        }
    }

    impl<T: DeserializeOwned> Slot for slot::nullable<T> {
        type Value = Option<T>;

        #[inline]
        fn empty() -> Self {
            Self(None)
        }

        #[inline]
        fn read<'de, A: MapAccess<'de>>(&mut self, map: &mut A, name: &'static str) -> Result<Option<Deviant>, A::Error> {
            first(&self.0, name)?;
            let mut value = None;
            let deviant = read_value(map, &mut value, name)?;
            if value.is_some() {
                self.0 = Some(value);
            }
            Ok(deviant)
        }

        #[inline]
        fn finish<R: Rest>(self, _name: &'static str, _rest: &mut R, _failed: &mut Option<Unfinished>) -> Option<Option<T>> {
            Some(self.0.unwrap_or_default())
        }
    }

    /// The slots of a struct's declared members, in declaration order, as a list
    /// `(slot, (slot, ... ()))` (in runs, see [`Then`]); `wires` names them in the same order.
    /// Reading and finishing walk the list here, once for every struct, so that a struct's own
    /// code is only its list's type, a `match` from member name to position and a closure that
    /// builds the struct from the values (see `serde_struct!`).
    pub trait Slots {
        type Values;
        /// How many members (and wire names) the slots are.
        const LEN: usize;
        fn empty() -> Self;
        /// Reads member `wire` into slot `index` (its position in the list).
        fn read<'de, A: MapAccess<'de>, R: Rest>(
            &mut self,
            index: usize,
            wire: &'static str,
            map: &mut A,
            rest: &mut R,
        ) -> Result<(), A::Error>;
        /// Each field's value, `None` (and why, in `failed`) for one the struct cannot be built
        /// without.
        fn finish<R: Rest>(self, wires: &[&'static str], rest: &mut R, failed: &mut Option<Unfinished>) -> Self::Values;
    }

    impl Slots for () {
        type Values = ();
        const LEN: usize = 0;

        #[inline]
        fn empty() -> Self {}

        #[inline]
        fn read<'de, A: MapAccess<'de>, R: Rest>(
            &mut self,
            _index: usize,
            _wire: &'static str,
            _map: &mut A,
            _rest: &mut R,
        ) -> Result<(), A::Error> {
            Ok(())
        }

        #[inline]
        fn finish<R: Rest>(self, _wires: &[&'static str], _rest: &mut R, _failed: &mut Option<Unfinished>) {}
    }

    impl<S: Slot, L: Slots> Slots for (S, L) {
        type Values = (Option<S::Value>, L::Values);
        const LEN: usize = 1 + L::LEN;

        #[inline]
        fn empty() -> Self {
            (S::empty(), L::empty())
        }

        #[inline]
        fn read<'de, A: MapAccess<'de>, R: Rest>(
            &mut self,
            index: usize,
            wire: &'static str,
            map: &mut A,
            rest: &mut R,
        ) -> Result<(), A::Error> {
            if index == 0 {
                let read = self.0.read(map, wire);
                return rest.settle(read, wire);
            }
            self.1.read(index - 1, wire, map, rest)
        }

        #[inline]
        fn finish<R: Rest>(self, wires: &[&'static str], rest: &mut R, failed: &mut Option<Unfinished>) -> Self::Values {
            let (wire, more) = first_wire(wires);
            (self.0.finish(wire, rest, failed), self.1.finish(more, rest, failed))
        }
    }

    /// The position of `wire` in `wires` (evaluated at compile time, so that a struct matches a
    /// member name against its literals); `wires.len()` when it is not there.
    pub const fn position(wires: &[&str], wire: &str) -> usize {
        let mut i = 0;
        while i < wires.len() {
            let (a, b) = (wires[i].as_bytes(), wire.as_bytes());
            if a.len() == b.len() {
                let mut j = 0;
                while j < a.len() && a[j] == b[j] {
                    j += 1;
                }
                if j == a.len() {
                    return i;
                }
            }
            i += 1;
        }
        wires.len()
    }

    /// Two runs of slots, one after the other. A wide struct's slots come in runs of 16
    /// (`serde_struct!` groups them), so that no list is deeper than the compiler's recursion
    /// limit in the crates that read the struct (128 unless a crate raises it).
    pub struct Then<A, B>(A, B);

    impl<A: Slots, B: Slots> Slots for Then<A, B> {
        type Values = (A::Values, B::Values);
        const LEN: usize = A::LEN + B::LEN;

        #[inline]
        fn empty() -> Self {
            Then(A::empty(), B::empty())
        }

        #[inline]
        fn read<'de, M: MapAccess<'de>, R: Rest>(
            &mut self,
            index: usize,
            wire: &'static str,
            map: &mut M,
            rest: &mut R,
        ) -> Result<(), M::Error> {
            if index < A::LEN {
                return self.0.read(index, wire, map, rest);
            }
            self.1.read(index - A::LEN, wire, map, rest)
        }

        #[inline]
        fn finish<R: Rest>(self, wires: &[&'static str], rest: &mut R, failed: &mut Option<Unfinished>) -> Self::Values {
            let (first, second) = wires.split_at(A::LEN.min(wires.len()));
            (self.0.finish(first, rest, failed), self.1.finish(second, rest, failed))
        }
    }

    /// How a struct's slot list (its kinds; never built, only named) writes the struct: `Refs`
    /// are references to its fields, in the list's shape, and `wires` names them.
    pub trait Written<'a> {
        type Refs;
        /// How many members (and wire names) the list is.
        const LEN: usize;
        /// Writes each member: a required one unless the catch-all map speaks for it (it keeps
        /// the member's raw value or absence, and the field still holds its placeholder), an
        /// optional one when it is set.
        fn write<M: SerializeMap, R: RestOut>(refs: &Self::Refs, wires: &[&'static str], map: &mut M, rest: &R) -> Result<(), M::Error>;
        /// Whether `write` wrote member `key` (so the catch-all entry of that name is not).
        fn written<R: RestOut>(refs: &Self::Refs, wires: &[&'static str], key: &str, rest: &R) -> bool;
    }

    impl Written<'_> for () {
        type Refs = ();
        const LEN: usize = 0;

        #[inline]
        fn write<M: SerializeMap, R: RestOut>(_refs: &(), _wires: &[&'static str], _map: &mut M, _rest: &R) -> Result<(), M::Error> {
            Ok(())
        }

        #[inline]
        fn written<R: RestOut>(_refs: &(), _wires: &[&'static str], _key: &str, _rest: &R) -> bool {
            false
        }
    }

    /// The list's first wire name and the rest (`""` for a list shorter than its names, which
    /// `serde_struct!` does not make).
    #[inline]
    fn first_wire<'w>(wires: &'w [&'static str]) -> (&'static str, &'w [&'static str]) {
        wires.split_first().map_or(("", wires), |(&wire, more)| (wire, more))
    }

    /// Whether the catch-all map speaks for required member `wire`: it keeps the member's raw
    /// value or its absence, and the field still holds the placeholder tolerant decoding put
    /// there. The map's raw value is then written instead of the field, or nothing for an
    /// absent member; a field assigned since is written itself.
    #[inline]
    fn held<T: DeserializeOwned + PartialEq, R: RestOut>(rest: &R, wire: &'static str, value: &T) -> bool {
        rest.keeps(wire) && is_placeholder(wire, value)
    }

    /// Whether `value` is the placeholder of member `wire` (out of the writing path: it is
    /// asked only of a member the catch-all map speaks for).
    #[cold]
    #[inline(never)]
    fn is_placeholder<T: DeserializeOwned + PartialEq>(wire: &'static str, value: &T) -> bool {
        decode::placeholder::<T, de::value::Error>(wire).is_ok_and(|p| p == *value)
    }

    impl<'a, T: Serialize + DeserializeOwned + PartialEq + 'a, L: Written<'a>> Written<'a> for (slot::required<T>, L) {
        type Refs = (&'a T, L::Refs);
        const LEN: usize = 1 + L::LEN;

        #[inline]
        fn write<M: SerializeMap, R: RestOut>(refs: &Self::Refs, wires: &[&'static str], map: &mut M, rest: &R) -> Result<(), M::Error> {
            let (wire, more) = first_wire(wires);
            if !held(rest, wire, refs.0) {
                map.serialize_entry(wire, refs.0)?;
            }
            L::write(&refs.1, more, map, rest)
        }

        #[inline]
        fn written<R: RestOut>(refs: &Self::Refs, wires: &[&'static str], key: &str, rest: &R) -> bool {
            let (wire, more) = first_wire(wires);
            if wire == key {
                return !held(rest, wire, refs.0);
            }
            L::written(&refs.1, more, key, rest)
        }
    }

    /// `Written::write` of a list starting with a member that is written when set (optional
    /// or nullable; `Some(None)` is written as `null`).
    #[inline]
    fn write_set<'a, T: Serialize, L: Written<'a>, M: SerializeMap, R: RestOut>(
        refs: &(&Option<T>, L::Refs),
        wires: &[&'static str],
        map: &mut M,
        rest: &R,
    ) -> Result<(), M::Error> {
        let (wire, more) = first_wire(wires);
        if let Some(value) = refs.0 {
            map.serialize_entry(wire, value)?;
        }
        L::write(&refs.1, more, map, rest)
    }

    /// `Written::written` of a list starting with a member that is written when set.
    #[inline]
    fn written_set<'a, T, L: Written<'a>, R: RestOut>(refs: &(&Option<T>, L::Refs), wires: &[&'static str], key: &str, rest: &R) -> bool {
        let (wire, more) = first_wire(wires);
        if wire == key {
            return refs.0.is_some();
        }
        L::written(&refs.1, more, key, rest)
    }

    impl<'a, T: Serialize + 'a, L: Written<'a>> Written<'a> for (slot::optional<Option<T>>, L) {
        type Refs = (&'a Option<T>, L::Refs);
        const LEN: usize = 1 + L::LEN;

        #[inline]
        fn write<M: SerializeMap, R: RestOut>(refs: &Self::Refs, wires: &[&'static str], map: &mut M, rest: &R) -> Result<(), M::Error> {
            write_set::<_, L, _, _>(refs, wires, map, rest)
        }

        #[inline]
        fn written<R: RestOut>(refs: &Self::Refs, wires: &[&'static str], key: &str, rest: &R) -> bool {
            written_set::<_, L, _>(refs, wires, key, rest)
        }
    }

    impl<'a, T: Serialize + 'a, L: Written<'a>> Written<'a> for (slot::nullable<T>, L) {
        type Refs = (&'a Option<T>, L::Refs);
        const LEN: usize = 1 + L::LEN;

        #[inline]
        fn write<M: SerializeMap, R: RestOut>(refs: &Self::Refs, wires: &[&'static str], map: &mut M, rest: &R) -> Result<(), M::Error> {
            write_set::<_, L, _, _>(refs, wires, map, rest)
        }

        #[inline]
        fn written<R: RestOut>(refs: &Self::Refs, wires: &[&'static str], key: &str, rest: &R) -> bool {
            written_set::<_, L, _>(refs, wires, key, rest)
        }
    }

    impl<'a, A: Written<'a>, B: Written<'a>> Written<'a> for Then<A, B> {
        type Refs = (A::Refs, B::Refs);
        const LEN: usize = A::LEN + B::LEN;

        #[inline]
        fn write<M: SerializeMap, R: RestOut>(refs: &Self::Refs, wires: &[&'static str], map: &mut M, rest: &R) -> Result<(), M::Error> {
            let (first, second) = wires.split_at(A::LEN.min(wires.len()));
            A::write(&refs.0, first, map, rest)?;
            B::write(&refs.1, second, map, rest)
        }

        #[inline]
        fn written<R: RestOut>(refs: &Self::Refs, wires: &[&'static str], key: &str, rest: &R) -> bool {
            let (first, second) = wires.split_at(A::LEN.min(wires.len()));
            A::written(&refs.0, first, key, rest) || B::written(&refs.1, second, key, rest)
        }
    }

    /// The catch-all map as a struct is written (see [`Rest`]).
    pub trait RestOut {
        /// Whether the raw value of member `name` is kept here, or its absence.
        fn keeps(&self, name: &str) -> bool;
        /// Writes the members `skip` does not name, in the map's order.
        fn write<M: SerializeMap>(&self, map: &mut M, skip: impl Fn(&str) -> bool) -> Result<(), M::Error>;
    }

    impl<T: Serialize> RestOut for crate::primitives::CatchAll<T> {
        #[inline]
        fn keeps(&self, name: &str) -> bool {
            crate::primitives::CatchAll::keeps(self, name)
        }

        #[inline]
        fn write<M: SerializeMap>(&self, map: &mut M, skip: impl Fn(&str) -> bool) -> Result<(), M::Error> {
            for (key, value) in self {
                if !skip(key) {
                    map.serialize_entry(key, value)?;
                }
            }
            Ok(())
        }
    }

    impl RestOut for NoRest {
        #[inline]
        fn keeps(&self, _name: &str) -> bool {
            false
        }

        #[inline]
        fn write<M: SerializeMap>(&self, _map: &mut M, _skip: impl Fn(&str) -> bool) -> Result<(), M::Error> {
            Ok(())
        }
    }

    /// Writes a struct as a JSON object: its declared members (`refs`, named by `wires`, in the
    /// shape of slot list `K`), then the catch-all map's members that none of them wrote.
    #[inline]
    pub fn write_struct<'a, S, K, R>(serializer: S, wires: &[&'static str], refs: K::Refs, rest: &R) -> Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
        K: Written<'a>,
        R: RestOut,
    {
        let mut map = serializer.serialize_map(None)?;
        K::write(&refs, wires, &mut map, rest)?;
        rest.write(&mut map, |key| K::written(&refs, wires, key, rest))?;
        map.end()
    }

    /// Reads a struct from a JSON object: its declared members into slots `S` (named by
    /// `wires`), the others into `R`; `build` makes the struct from the values and `R`, or
    /// `None` when a value it needs is missing.
    #[inline]
    pub fn read_struct<'de, D, S, R, I, F, O>(
        deserializer: D,
        expecting: &'static str,
        wires: &'static [&'static str],
        index: I,
        build: F,
    ) -> Result<O, D::Error>
    where
        D: de::Deserializer<'de>,
        S: Slots,
        R: Rest,
        I: Fn(&str) -> Option<usize>,
        F: FnOnce(S::Values, R) -> Option<O>,
    {
        struct Members<S, R, I, F> {
            expecting: &'static str,
            wires: &'static [&'static str],
            index: I,
            build: F,
            types: std::marker::PhantomData<fn() -> (S, R)>,
        }

        impl<'de, S: Slots, R: Rest, I: Fn(&str) -> Option<usize>, F: FnOnce(S::Values, R) -> Option<O>, O> de::Visitor<'de> for Members<S, R, I, F> {
            type Value = O;

            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str(self.expecting)
            }

            #[inline]
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<O, A::Error> {
                decode::enter_object();
                let mut slots = S::empty();
                let mut rest = R::default();
                while let Some(key) = map.next_key::<super::Key<'de>>()? {
                    match (self.index)(key.as_str()).and_then(|i| Some((i, *self.wires.get(i)?))) {
                        Some((index, wire)) => slots.read(index, wire, &mut map, &mut rest)?,
                        None => rest.undeclared(&mut map, key)?,
                    }
                }
                let mut failed = None;
                let values = slots.finish(self.wires, &mut rest, &mut failed);
                match (self.build)(values, rest) {
                    Some(value) => Ok(value),
                    None => Err(Unfinished::into_error(failed)),
                }
            }
        }

        deserializer.deserialize_map(Members::<S, R, I, F> {
            expecting,
            wires,
            index,
            build,
            types: std::marker::PhantomData,
        })
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
/// one, which keeps the crate quick to compile. For the same reason a struct's own code holds no
/// generic call per member where it can be avoided: reading goes through
/// [`member::read_struct`] and the struct's slot list ([`member::Slots`]), and writing takes
/// no `?` per member (solving `?` against the serializer's associated error type, once per
/// member, was a large part of the crate's check time).
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
                $crate::serde_helpers::member::write_struct::<S, $crate::serde_helpers::serde_struct!(@slots [$($kind)*]), _>(
                    serializer,
                    &[$($wire),*],
                    $crate::serde_helpers::serde_struct!(@refs self [$($field)*]),
                    $crate::serde_helpers::serde_struct!(@rest_ref self $($rest)?),
                )
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const WIRES: &[&str] = &[$($wire),*];
                $crate::serde_helpers::member::read_struct::<D, $crate::serde_helpers::serde_struct!(@slots [$($kind)*]), _, _, _, _>(
                    deserializer,
                    concat!("struct ", stringify!($name)),
                    WIRES,
                    |key| match key {
                        $($wire => Some(const { $crate::serde_helpers::member::position(WIRES, $wire) }),)*
                        _ => None,
                    },
                    $crate::serde_helpers::serde_struct!(@build $name [$($field)*] $($rest)?),
                )
            }
        }
    };
    // The slots' list type, each member's type left to inference (from `@build`'s struct), in
    // runs of 16 (see `member::Then`).
    (@slots [$k0:ident $k1:ident $k2:ident $k3:ident $k4:ident $k5:ident $k6:ident $k7:ident $k8:ident $k9:ident $k10:ident $k11:ident $k12:ident $k13:ident $k14:ident $k15:ident $($more:ident)+]) => {
        $crate::serde_helpers::member::Then<
            $crate::serde_helpers::serde_struct!(@slots [$k0 $k1 $k2 $k3 $k4 $k5 $k6 $k7 $k8 $k9 $k10 $k11 $k12 $k13 $k14 $k15]),
            $crate::serde_helpers::serde_struct!(@slots [$($more)+]),
        >
    };
    (@slots []) => { () };
    (@slots [$kind:ident $($more:ident)*]) => {
        ($crate::serde_helpers::member::slot::$kind<_>, $crate::serde_helpers::serde_struct!(@slots [$($more)*]))
    };
    // The values' list pattern, binding each field (each is `Some` unless the struct cannot be
    // built), in the slots' runs.
    (@values [$f0:ident $f1:ident $f2:ident $f3:ident $f4:ident $f5:ident $f6:ident $f7:ident $f8:ident $f9:ident $f10:ident $f11:ident $f12:ident $f13:ident $f14:ident $f15:ident $($more:ident)+]) => {
        (
            $crate::serde_helpers::serde_struct!(@values [$f0 $f1 $f2 $f3 $f4 $f5 $f6 $f7 $f8 $f9 $f10 $f11 $f12 $f13 $f14 $f15]),
            $crate::serde_helpers::serde_struct!(@values [$($more)+]),
        )
    };
    (@values []) => { () };
    (@values [$field:ident $($more:ident)*]) => {
        (Some($field), $crate::serde_helpers::serde_struct!(@values [$($more)*]))
    };
    (@build $name:ident [$($field:ident)*] $rest:ident) => {
        |values, $rest| match values {
            $crate::serde_helpers::serde_struct!(@values [$($field)*]) => Some($name { $($field,)* $rest }),
            #[allow(unreachable_patterns)] // a struct without declared members
            _ => None,
        }
    };
    (@build $name:ident [$($field:ident)*]) => {
        |values, _: $crate::serde_helpers::member::NoRest| match values {
            $crate::serde_helpers::serde_struct!(@values [$($field)*]) => Some($name { $($field,)* }),
            #[allow(unreachable_patterns)] // a struct without declared members
            _ => None,
        }
    };
    // References to the fields, in the slots' runs.
    (@refs $self:ident [$f0:ident $f1:ident $f2:ident $f3:ident $f4:ident $f5:ident $f6:ident $f7:ident $f8:ident $f9:ident $f10:ident $f11:ident $f12:ident $f13:ident $f14:ident $f15:ident $($more:ident)+]) => {
        (
            $crate::serde_helpers::serde_struct!(@refs $self [$f0 $f1 $f2 $f3 $f4 $f5 $f6 $f7 $f8 $f9 $f10 $f11 $f12 $f13 $f14 $f15]),
            $crate::serde_helpers::serde_struct!(@refs $self [$($more)+]),
        )
    };
    (@refs $self:ident []) => { () };
    (@refs $self:ident [$field:ident $($more:ident)*]) => {
        (&$self.$field, $crate::serde_helpers::serde_struct!(@refs $self [$($more)*]))
    };
    (@rest_ref $self:ident $rest:ident) => { &$self.$rest };
    (@rest_ref $self:ident) => { &$crate::serde_helpers::member::NoRest };
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
    // A union's placeholder is that of a member that has one.
    if json.is_null() && crate::decode::in_placeholder() {
        return crate::decode::placeholder(std::any::type_name::<T>());
    }
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
