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
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        match <String as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
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
