/// A limited JSONPatch Operation as defined by [RFC 6902 - JSON Patch](https://tools.ietf.org/html/rfc6902)
#[derive(Debug, Clone, PartialEq)]
pub struct JsonPatchOperations {
    /// The operation to be performed
    pub op: crate::JsonPatchOperationsOp,
    /// A string representing the target path to an element to be affected by the operation
    pub path: String,
    /// The value to be used for the operation, required for "add" and "replace" operations
    pub value: Option<crate::JsonPatchOperationsValue>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl JsonPatchOperations {
    /// Builds a `JsonPatchOperations` from its required fields; the others are unset.
    pub fn new(
        op: impl Into<crate::JsonPatchOperationsOp>,
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
crate::serde_helpers::setters!(JsonPatchOperations {
    value: optional::<crate::JsonPatchOperationsValue>(value),
});
crate::serde_helpers::serde_struct!(JsonPatchOperations {
    op: required("op"),
    path: required("path"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for JsonPatchOperations {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.op, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum JsonPatchOperationsOp {
    /// `add`
    Add,
    /// `remove`
    Remove,
    /// `replace`
    Replace,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl JsonPatchOperationsOp {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Remove => "remove",
            Self::Replace => "replace",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for JsonPatchOperationsOp {
    fn from(value: &str) -> Self {
        match value {
            "add" => Self::Add,
            "remove" => Self::Remove,
            "replace" => Self::Replace,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(JsonPatchOperationsOp);
/// The value to be used for the operation, required for "add" and "replace" operations
#[derive(Debug, Clone, PartialEq)]
pub enum JsonPatchOperationsValue {
    String(String),
    Bool(bool),
    JsonPatchOperationsValueVariant3ItemList(
        Vec<crate::JsonPatchOperationsValueVariant3Item>,
    ),
}
impl ::serde::Serialize for JsonPatchOperationsValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
            Self::JsonPatchOperationsValueVariant3ItemList(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for JsonPatchOperationsValue {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        match crate::serde_helpers::try_variant::<
            Vec<crate::JsonPatchOperationsValueVariant3Item>,
        >(&json) {
            Ok(value) => return Ok(Self::JsonPatchOperationsValueVariant3ItemList(value)),
            Err(error) => {
                errors.push(("JsonPatchOperationsValueVariant3ItemList", error))
            }
        }
        match crate::serde_helpers::try_variant::<bool>(&json) {
            Ok(value) => return Ok(Self::Bool(value)),
            Err(error) => errors.push(("Bool", error)),
        }
        match crate::serde_helpers::try_variant::<String>(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <Vec<
                    crate::JsonPatchOperationsValueVariant3Item,
                > as ::serde::Deserialize>::deserialize(json)
                    .map(Self::JsonPatchOperationsValueVariant3ItemList)
            }
            1usize => <bool as ::serde::Deserialize>::deserialize(json).map(Self::Bool),
            2usize => {
                <String as ::serde::Deserialize>::deserialize(json).map(Self::String)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 3usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched("JsonPatchOperationsValue", &errors),
        )
    }
}
impl crate::serde_helpers::SchemaFit for JsonPatchOperationsValue {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
#[derive(Debug, Clone, PartialEq)]
pub enum JsonPatchOperationsValueVariant3Item {
    String(String),
}
impl ::serde::Serialize for JsonPatchOperationsValueVariant3Item {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for JsonPatchOperationsValueVariant3Item {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        match crate::serde_helpers::try_variant::<String>(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <String as ::serde::Deserialize>::deserialize(json).map(Self::String)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 1usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "JsonPatchOperationsValueVariant3Item",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for JsonPatchOperationsValueVariant3Item {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
