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
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        match <Vec<
            crate::JsonPatchOperationsValueVariant3Item,
        > as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::JsonPatchOperationsValueVariant3ItemList(value)),
            Err(error) => {
                errors.push(("JsonPatchOperationsValueVariant3ItemList", error))
            }
        }
        match <bool as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::Bool(value)),
            Err(error) => errors.push(("Bool", error)),
        }
        match <String as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        Err(
            crate::serde_helpers::no_variant_matched("JsonPatchOperationsValue", &errors),
        )
    }
}
impl crate::serde_helpers::SchemaFit for JsonPatchOperationsValue {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
