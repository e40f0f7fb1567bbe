/// A JSONPatch Operation for Role Mining endpoints, supporting only remove and replace operations as defined by [RFC 6902 - JSON Patch](https://tools.ietf.org/html/rfc6902)
#[derive(Debug, Clone, PartialEq)]
pub struct JsonPatchOperationRoleMining {
    /// The operation to be performed
    pub op: crate::JsonPatchOperationRoleMiningOp,
    /// A string JSON Pointer representing the target path to an element to be affected by the operation
    pub path: String,
    /// The value to be used for the operation, required for "replace" operations
    pub value: Option<crate::JsonPatchOperationRoleMiningValue>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl JsonPatchOperationRoleMining {
    /// Builds a `JsonPatchOperationRoleMining` from its required fields; the others are unset.
    pub fn new(
        op: impl Into<crate::JsonPatchOperationRoleMiningOp>,
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
crate::serde_helpers::setters!(JsonPatchOperationRoleMining {
    value: optional::<crate::JsonPatchOperationRoleMiningValue>(value),
});
crate::serde_helpers::serde_struct!(JsonPatchOperationRoleMining {
    op: required("op"),
    path: required("path"),
    value: nullable("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for JsonPatchOperationRoleMining {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.op, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum JsonPatchOperationRoleMiningOp {
    /// `remove`
    Remove,
    /// `replace`
    Replace,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl JsonPatchOperationRoleMiningOp {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Remove => "remove",
            Self::Replace => "replace",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for JsonPatchOperationRoleMiningOp {
    fn from(value: &str) -> Self {
        match value {
            "remove" => Self::Remove,
            "replace" => Self::Replace,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(JsonPatchOperationRoleMiningOp);
/// The value to be used for the operation, required for "replace" operations
#[derive(Debug, Clone, PartialEq)]
pub enum JsonPatchOperationRoleMiningValue {
    String(String),
    Bool(bool),
    I64(i64),
    Value(::serde_json::Value),
    JsonPatchOperationRoleMiningValueVariant5ItemList(
        Vec<crate::JsonPatchOperationRoleMiningValueVariant5Item>,
    ),
}
impl ::serde::Serialize for JsonPatchOperationRoleMiningValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
            Self::I64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Value(value) => ::serde::Serialize::serialize(value, serializer),
            Self::JsonPatchOperationRoleMiningValueVariant5ItemList(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for JsonPatchOperationRoleMiningValue {
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
            Vec<crate::JsonPatchOperationRoleMiningValueVariant5Item>,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(
                        Self::JsonPatchOperationRoleMiningValueVariant5ItemList(value),
                    );
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::JsonPatchOperationRoleMiningValueVariant5ItemList(value),
                );
            }
            Err(error) => {
                errors.push(("JsonPatchOperationRoleMiningValueVariant5ItemList", error))
            }
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
                    crate::JsonPatchOperationRoleMiningValueVariant5Item,
                > as ::serde::Deserialize>::deserialize(json)
                    .map(Self::JsonPatchOperationRoleMiningValueVariant5ItemList)
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
        Err(
            crate::serde_helpers::no_variant_matched(
                "JsonPatchOperationRoleMiningValue",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for JsonPatchOperationRoleMiningValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::String(_) => {}
            Self::Bool(_) => {}
            Self::I64(_) => {}
            Self::Value(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::JsonPatchOperationRoleMiningValueVariant5ItemList(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum JsonPatchOperationRoleMiningValueVariant5Item {
    String(String),
    I64(i64),
    Value(::serde_json::Value),
}
impl ::serde::Serialize for JsonPatchOperationRoleMiningValueVariant5Item {
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
impl<'de> ::serde::Deserialize<'de> for JsonPatchOperationRoleMiningValueVariant5Item {
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
                "JsonPatchOperationRoleMiningValueVariant5Item",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for JsonPatchOperationRoleMiningValueVariant5Item {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::String(_) => {}
            Self::I64(_) => {}
            Self::Value(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
        }
    }
}
