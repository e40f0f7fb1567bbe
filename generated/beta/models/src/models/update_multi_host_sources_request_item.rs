/// A JSONPatch Operation as defined by [RFC 6902 - JSON Patch](https://tools.ietf.org/html/rfc6902)
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateMultiHostSourcesRequestItem {
    /// The operation to be performed
    pub op: crate::UpdateMultiHostSourcesRequestItemOp,
    /// A string JSON Pointer representing the target path to an element to be affected by the operation
    pub path: String,
    /// The value to be used for the operation, required for "add" and "replace" operations
    pub value: Option<crate::UpdateMultiHostSourcesRequestItemValue>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UpdateMultiHostSourcesRequestItem {
    /// Builds a `UpdateMultiHostSourcesRequestItem` from its required fields; the others are unset.
    pub fn new(
        op: impl Into<crate::UpdateMultiHostSourcesRequestItemOp>,
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
crate::serde_helpers::setters!(UpdateMultiHostSourcesRequestItem {
    value: optional::<crate::UpdateMultiHostSourcesRequestItemValue>(value),
});
crate::serde_helpers::serde_struct!(UpdateMultiHostSourcesRequestItem {
    op: required("op"),
    path: required("path"),
    value: nullable("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UpdateMultiHostSourcesRequestItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.op, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateMultiHostSourcesRequestItemOp {
    /// `add`
    Add,
    /// `replace`
    Replace,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl UpdateMultiHostSourcesRequestItemOp {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Replace => "replace",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for UpdateMultiHostSourcesRequestItemOp {
    fn from(value: &str) -> Self {
        match value {
            "add" => Self::Add,
            "replace" => Self::Replace,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(UpdateMultiHostSourcesRequestItemOp);
/// The value to be used for the operation, required for "add" and "replace" operations
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateMultiHostSourcesRequestItemValue {
    String(String),
    Bool(bool),
    I64(i64),
    Value(::serde_json::Value),
    UpdateMultiHostSourcesRequestItemValueVariant5ItemList(
        Vec<crate::UpdateMultiHostSourcesRequestItemValueVariant5Item>,
    ),
}
impl ::serde::Serialize for UpdateMultiHostSourcesRequestItemValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
            Self::I64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Value(value) => ::serde::Serialize::serialize(value, serializer),
            Self::UpdateMultiHostSourcesRequestItemValueVariant5ItemList(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateMultiHostSourcesRequestItemValue {
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
            Vec<crate::UpdateMultiHostSourcesRequestItemValueVariant5Item>,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(
                        Self::UpdateMultiHostSourcesRequestItemValueVariant5ItemList(
                            value,
                        ),
                    );
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::UpdateMultiHostSourcesRequestItemValueVariant5ItemList(value),
                );
            }
            Err(error) => {
                errors
                    .push((
                        "UpdateMultiHostSourcesRequestItemValueVariant5ItemList",
                        error,
                    ))
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
                    crate::UpdateMultiHostSourcesRequestItemValueVariant5Item,
                > as ::serde::Deserialize>::deserialize(json)
                    .map(Self::UpdateMultiHostSourcesRequestItemValueVariant5ItemList)
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
                "UpdateMultiHostSourcesRequestItemValue",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for UpdateMultiHostSourcesRequestItemValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::String(_) => {}
            Self::Bool(_) => {}
            Self::I64(_) => {}
            Self::Value(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::UpdateMultiHostSourcesRequestItemValueVariant5ItemList(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateMultiHostSourcesRequestItemValueVariant5Item {
    String(String),
    I64(i64),
    Value(::serde_json::Value),
}
impl ::serde::Serialize for UpdateMultiHostSourcesRequestItemValueVariant5Item {
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
impl<'de> ::serde::Deserialize<'de>
for UpdateMultiHostSourcesRequestItemValueVariant5Item {
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
                "UpdateMultiHostSourcesRequestItemValueVariant5Item",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for UpdateMultiHostSourcesRequestItemValueVariant5Item {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::String(_) => {}
            Self::I64(_) => {}
            Self::Value(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
        }
    }
}
