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
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match <Vec<
            crate::JsonPatchOperationRoleMiningValueVariant5Item,
        > as ::serde::Deserialize>::deserialize(&json) {
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
        match <i64 as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::I64(value)),
            Err(error) => errors.push(("I64", error)),
        }
        match <bool as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::Bool(value)),
            Err(error) => errors.push(("Bool", error)),
        }
        match <String as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        match <::serde_json::Value as ::serde::Deserialize>::deserialize(&json) {
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
