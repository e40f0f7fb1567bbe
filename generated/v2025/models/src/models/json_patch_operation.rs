/// A JSONPatch Operation as defined by [RFC 6902 - JSON Patch](https://tools.ietf.org/html/rfc6902)
#[derive(Debug, Clone, PartialEq)]
pub struct JsonPatchOperation {
    /// The operation to be performed
    pub op: crate::JsonPatchOperationOp,
    /// A string JSON Pointer representing the target path to an element to be affected by the operation
    pub path: String,
    /// The value to be used for the operation, required for "add" and "replace" operations
    pub value: Option<crate::JsonPatchOperationValue>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl JsonPatchOperation {
    /// Builds a `JsonPatchOperation` from its required fields; the others are unset.
    pub fn new(
        op: impl Into<crate::JsonPatchOperationOp>,
        path: impl Into<String>,
    ) -> Self {
        Self {
            op: op.into(),
            path: path.into(),
            value: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(JsonPatchOperation {
    value: optional::<crate::JsonPatchOperationValue>(value),
});
crate::serde_helpers::serde_struct!(JsonPatchOperation {
    op: required("op"),
    path: required("path"),
    value: nullable("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for JsonPatchOperation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.op, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum JsonPatchOperationOp {
    /// `add`
    Add,
    /// `remove`
    Remove,
    /// `replace`
    Replace,
    /// `move`
    Move,
    /// `copy`
    Copy,
    /// `test`
    Test,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl JsonPatchOperationOp {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Remove => "remove",
            Self::Replace => "replace",
            Self::Move => "move",
            Self::Copy => "copy",
            Self::Test => "test",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for JsonPatchOperationOp {
    fn from(value: &str) -> Self {
        match value {
            "add" => Self::Add,
            "remove" => Self::Remove,
            "replace" => Self::Replace,
            "move" => Self::Move,
            "copy" => Self::Copy,
            "test" => Self::Test,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(JsonPatchOperationOp);
/// The value to be used for the operation, required for "add" and "replace" operations
#[derive(Debug, Clone, PartialEq)]
pub enum JsonPatchOperationValue {
    String(String),
    Bool(bool),
    I64(i64),
    Value(::serde_json::Value),
    JsonPatchOperationValueVariant5ItemList(
        Vec<crate::JsonPatchOperationValueVariant5Item>,
    ),
}
impl ::serde::Serialize for JsonPatchOperationValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
            Self::I64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Value(value) => ::serde::Serialize::serialize(value, serializer),
            Self::JsonPatchOperationValueVariant5ItemList(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for JsonPatchOperationValue {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<
            Vec<crate::JsonPatchOperationValueVariant5Item>,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::JsonPatchOperationValueVariant5ItemList(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::JsonPatchOperationValueVariant5ItemList(value),
                );
            }
            Err(error) => errors.push(("JsonPatchOperationValueVariant5ItemList", error)),
        }
        match crate::serde_helpers::try_variant::<i64>(&json) {
            Ok(value) => return Ok(Self::I64(value)),
            Err(error) => errors.push(("I64", error)),
        }
        match crate::serde_helpers::try_variant::<bool>(&json) {
            Ok(value) => return Ok(Self::Bool(value)),
            Err(error) => errors.push(("Bool", error)),
        }
        match crate::serde_helpers::try_variant::<String>(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        match crate::serde_helpers::try_variant::<::serde_json::Value>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Value(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Value(value));
            }
            Err(error) => errors.push(("Value", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <Vec<
                    crate::JsonPatchOperationValueVariant5Item,
                > as ::serde::Deserialize>::deserialize(json)
                    .map(Self::JsonPatchOperationValueVariant5ItemList)
            }
            1usize => <i64 as ::serde::Deserialize>::deserialize(json).map(Self::I64),
            2usize => <bool as ::serde::Deserialize>::deserialize(json).map(Self::Bool),
            3usize => {
                <String as ::serde::Deserialize>::deserialize(json).map(Self::String)
            }
            4usize => {
                <::serde_json::Value as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Value)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 5usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("JsonPatchOperationValue", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for JsonPatchOperationValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::String(_) => {}
            Self::Bool(_) => {}
            Self::I64(_) => {}
            Self::Value(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::JsonPatchOperationValueVariant5ItemList(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum JsonPatchOperationValueVariant5Item {
    String(String),
    I64(i64),
    Value(::serde_json::Value),
}
impl ::serde::Serialize for JsonPatchOperationValueVariant5Item {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::I64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Value(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for JsonPatchOperationValueVariant5Item {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<i64>(&json) {
            Ok(value) => return Ok(Self::I64(value)),
            Err(error) => errors.push(("I64", error)),
        }
        match crate::serde_helpers::try_variant::<String>(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        match crate::serde_helpers::try_variant::<::serde_json::Value>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Value(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Value(value));
            }
            Err(error) => errors.push(("Value", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => <i64 as ::serde::Deserialize>::deserialize(json).map(Self::I64),
            1usize => {
                <String as ::serde::Deserialize>::deserialize(json).map(Self::String)
            }
            2usize => {
                <::serde_json::Value as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Value)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 3usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "JsonPatchOperationValueVariant5Item",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for JsonPatchOperationValueVariant5Item {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::String(_) => {}
            Self::I64(_) => {}
            Self::Value(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
        }
    }
}
