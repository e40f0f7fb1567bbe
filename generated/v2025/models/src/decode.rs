//! Decoding what a server really sends: strict, or tolerant of values that deviate from their
//! schema without losing them.
//!
//! [`decode`] first reads the bytes strictly, as `serde_json::from_slice` does. When that fails
//! and the decoding is [`Decoding::Tolerant`], it reads them again, and this time a member of a
//! struct whose value does not fit its type (`null` where the schema does not allow it, a value
//! of another type, a single value for a list, a string for an object, a value no member of a
//! union accepts) does not fail the whole value:
//!
//! - the member's raw JSON is kept in the struct's `additional_properties` map under the
//!   member's own name, and written back from there, unchanged, when the value is serialized (a
//!   value read, changed elsewhere and sent back loses nothing);
//! - an optional field is left `None`; a required field holds an empty placeholder (`""`, `0`,
//!   an empty list...). As long as the map holds the raw value and the field is left as it is,
//!   the raw value is what is written; set the field to write it instead;
//! - each such member is listed as a [`Deviation`]: where (a JSON pointer), what was expected
//!   (the error strict decoding gave) and what was found.
//!
//! A deviation is kept by the nearest struct that has a catch-all map; a struct without one (its
//! schema types its additional properties) passes the error to the struct that holds it. A union
//! chooses among its members strictly, so a value no member accepts is kept by the struct that
//! holds the union, unless one of its members reads the value tolerantly: the member that keeps
//! it with the fewest deviations is chosen then (see [`union_member`]), so that a list of union
//! values whose one item deviates still decodes.
//!
//! A required member the server left out is a deviation too: the field holds the placeholder,
//! the catch-all map records the absence ([`crate::primitives::CatchAll::absent`]),
//! the struct is written back without the member as long as the field holds the placeholder,
//! and the deviation's `found` is `None`. In a struct without a catch-all map, the struct that
//! holds the incomplete object keeps it whole instead.

use std::cell::{Cell, RefCell};
use std::thread::LocalKey;

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde_json::Value;

/// How [`decode`] treats a value that does not fit its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Decoding {
    /// Fail, as serde does.
    Strict,
    /// Keep each member that does not fit, raw, and list it (see the module docs).
    #[default]
    Tolerant,
}

/// A member whose value did not fit its type, kept raw by the struct that holds it, or a
/// required member that was absent.
#[derive(Debug, Clone, PartialEq)]
pub struct Deviation {
    /// JSON pointer of the member in the decoded document (`/items/0/name`).
    pub path: String,
    /// Why the value does not fit: the error strict decoding reports.
    pub expected: String,
    /// The value as it was sent; `None`: the member was absent.
    pub found: Option<Value>,
}

/// Decodes JSON `bytes` as `T`; with [`Decoding::Tolerant`], a value that strict decoding
/// rejects is read again, keeping each member that does not fit (see the module docs). Returns
/// the value and its deviations (none when strict decoding succeeded).
pub fn decode<T: DeserializeOwned>(
    bytes: &[u8],
    decoding: Decoding,
) -> Result<(T, Vec<Deviation>), serde_json::Error> {
    // The body is checked to be UTF-8 once, for both passes (see `read`).
    let text = std::str::from_utf8(bytes).ok();
    let strict = read::<T>(text, bytes);
    match (strict, decoding) {
        (Ok(value), _) => Ok((value, Vec::new())),
        (Err(e), Decoding::Strict) => Err(e),
        (Err(e), Decoding::Tolerant) => {
            STATE.with(|s| {
                let mut s = s.borrow_mut();
                s.path.clear();
                s.deviations.clear();
                if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[') {
                    s.path.push(Segment {
                        name: None,
                        list: Some(None),
                    });
                }
            });
            match with_flag(&TOLERANT, true, || read::<T>(text, bytes)) {
                Ok(value) => Ok((value, STATE.with(|s| std::mem::take(&mut s.borrow_mut().deviations)))),
                // What strict decoding said is the clearer error.
                Err(_) => Err(e),
            }
        }
    }
}

/// Reads JSON `bytes` as `T`, as `text` when they are UTF-8 (`text` is the same bytes, checked):
/// one UTF-8 check of the whole body, then reading it as text, is quicker than serde_json
/// checking each string as it reads bytes (a fifth of a typed decode's time); bytes that are not
/// UTF-8 are read as bytes, so that the error says where.
#[inline]
fn read<T: DeserializeOwned>(text: Option<&str>, bytes: &[u8]) -> Result<T, serde_json::Error> {
    match text {
        Some(text) => serde_json::from_str(text),
        None => serde_json::from_slice(bytes),
    }
}

thread_local! {
    /// Whether this thread is inside the tolerant pass of [`decode`] (a `const` cell, so the
    /// strict path pays one load per member).
    static TOLERANT: Cell<bool> = const { Cell::new(false) };
    static STATE: RefCell<State> = const { RefCell::new(State { path: Vec::new(), deviations: Vec::new() }) };
}

struct State {
    /// The members (and list positions) from the document's root to the member being read.
    path: Vec<Segment>,
    deviations: Vec<Deviation>,
}

struct Segment {
    /// `None` for the document itself (a list at the root).
    name: Option<String>,
    /// For a member whose value is a list: the position of the object being read in it
    /// (`None` before the first).
    list: Option<Option<usize>>,
}

/// Runs `f` with the thread-local `flag` set to `value`; restores it after, also when `f`
/// panics.
fn with_flag<R>(flag: &'static LocalKey<Cell<bool>>, value: bool, f: impl FnOnce() -> R) -> R {
    struct Restore(&'static LocalKey<Cell<bool>>, bool);

    impl Drop for Restore {
        fn drop(&mut self) {
            self.0.with(|cell| cell.set(self.1));
        }
    }

    let _restore = Restore(flag, flag.with(|cell| cell.replace(value)));
    f()
}

#[inline]
pub(crate) fn tolerant() -> bool {
    TOLERANT.with(Cell::get)
}

/// Runs `f` with tolerance off (a union chooses its member strictly); restores it after.
pub fn strictly<R>(f: impl FnOnce() -> R) -> R {
    with_flag(&TOLERANT, false, f)
}

/// A member value that did not fit its type in the tolerant pass.
pub struct Deviant {
    pub(crate) raw: Value,
    pub(crate) expected: String,
}

/// In the tolerant pass: reads member `name`'s value from `raw` as `T`, or hands it back as a
/// [`Deviant`] when it does not fit.
pub(crate) fn read_member<T: DeserializeOwned>(raw: Value, name: &str) -> Result<T, Deviant> {
    let recorded = STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.path.push(Segment {
            name: Some(name.to_owned()),
            list: raw.is_array().then_some(None),
        });
        s.deviations.len()
    });
    let result = T::deserialize(&raw);
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.path.pop();
        if result.is_err() {
            // The value is kept whole by the caller: what its parts kept is not listed.
            s.deviations.truncate(recorded);
        }
    });
    result.map_err(|e| Deviant {
        raw,
        expected: e.to_string(),
    })
}

/// Called as a struct starts reading its members: in a list, it is the next element.
pub fn enter_object() {
    if tolerant() {
        STATE.with(|s| {
            if let Some(Segment {
                list: Some(element),
                ..
            }) = s.borrow_mut().path.last_mut()
            {
                *element = Some(element.map_or(0, |i| i + 1));
            }
        });
    }
}

/// Entered by a union's `deserialize`: in the tolerant pass the union value counts as the
/// element of an enclosing list (as a struct does, see [`enter_object`]), and the struct a
/// member reads it as does not count once more (nor do the members [`union_member`] tries).
/// The guard leaves the union.
pub fn enter_union() -> UnionGuard {
    if !tolerant() {
        return UnionGuard(false);
    }
    enter_object();
    STATE.with(|s| {
        s.borrow_mut().path.push(Segment {
            name: None,
            list: None,
        })
    });
    UnionGuard(true)
}

/// See [`enter_union`].
pub struct UnionGuard(bool);

impl Drop for UnionGuard {
    fn drop(&mut self) {
        if self.0 {
            STATE.with(|s| {
                s.borrow_mut().path.pop();
            });
        }
    }
}

/// In the tolerant pass, a union value that no member of the union accepts strictly: each
/// member (in the union's order; `member(i, json)` reads `json` as the `i`th of `members`)
/// reads it tolerantly, and the one that keeps it with the fewest deviations (the first of
/// equals) is the value, with its deviations. `None` outside the tolerant pass, or when no
/// member reads it even so (the struct holding the union then keeps the value raw).
pub fn union_member<U>(
    json: &Value,
    members: usize,
    member: impl Fn(usize, &Value) -> Result<U, serde_json::Error>,
) -> Option<U> {
    if !tolerant() {
        return None;
    }
    // Each trial's deviations are taken out of the record, the chosen one's put back (the
    // union's segment, see `enter_union`, keeps trials from counting as list elements).
    let mark = STATE.with(|s| s.borrow().deviations.len());
    let mut best: Option<(U, Vec<Deviation>)> = None;
    for i in 0..members {
        let read = member(i, json);
        let deviations: Vec<Deviation> =
            STATE.with(|s| s.borrow_mut().deviations.drain(mark..).collect());
        if let Ok(value) = read {
            if best.as_ref().is_none_or(|(_, fewest)| deviations.len() < fewest.len()) {
                best = Some((value, deviations));
            }
        }
    }
    let (value, deviations) = best?;
    STATE.with(|s| s.borrow_mut().deviations.extend(deviations));
    Some(value)
}

/// Records that member `name` of the struct being read was kept raw.
pub(crate) fn record(name: &str, deviant: &Deviant) {
    push_deviation(name, deviant.expected.clone(), Some(deviant.raw.clone()));
}

/// Records that required member `name` of the struct being read was absent (`expected`: why
/// strict decoding failed).
pub(crate) fn record_absent(name: &str, expected: String) {
    push_deviation(name, expected, None);
}

fn push_deviation(name: &str, expected: String, found: Option<Value>) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let mut path = String::new();
        for segment in &s.path {
            if let Some(name) = &segment.name {
                push_token(&mut path, name);
            }
            if let Some(Some(i)) = segment.list {
                path.push('/');
                path.push_str(&i.to_string());
            }
        }
        push_token(&mut path, name);
        s.deviations.push(Deviation {
            path,
            expected,
            found,
        });
    });
}

/// Appends `/name` with JSON pointer escapes.
fn push_token(path: &mut String, name: &str) {
    path.push('/');
    path.push_str(&name.replace('~', "~0").replace('/', "~1"));
}

/// The value a required member holds while the map keeps its raw value: what an empty input
/// reads as (`""`, `0`, `false`, an empty list or map, `None`; a struct of such values).
pub(crate) fn placeholder<T: DeserializeOwned, E: de::Error>(name: &'static str) -> Result<T, E> {
    with_flag(&IN_PLACEHOLDER, true, || T::deserialize(Placeholder))
        .map_err(|e| E::custom(format!("member `{name}`: {e}")))
}

/// Reads as an empty value of any type.
struct Placeholder;

thread_local! {
    /// Inside a placeholder, absent required members get placeholders too.
    static IN_PLACEHOLDER: Cell<bool> = const { Cell::new(false) };
}

#[inline]
pub(crate) fn in_placeholder() -> bool {
    IN_PLACEHOLDER.with(Cell::get)
}

impl<'de> Deserializer<'de> for Placeholder {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_unit()
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_bool(false)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_i64(0)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_u64(0)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_f64(0.0)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_str("")
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_none()
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_seq(de::value::SeqDeserializer::<_, Self::Error>::new(std::iter::empty::<()>()))
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        with_flag(&IN_PLACEHOLDER, true, || {
            visitor.visit_map(de::value::MapDeserializer::<_, Self::Error>::new(
                std::iter::empty::<((), ())>(),
            ))
        })
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_str("")
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_i64(0)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_f64(0.0)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 u8 u16 u32 i128 u128 char bytes byte_buf unit unit_struct tuple tuple_struct enum
        identifier ignored_any
    }
}
