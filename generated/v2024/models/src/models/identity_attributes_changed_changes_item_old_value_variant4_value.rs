#[derive(Debug, Clone, PartialEq)]
pub enum IdentityAttributesChangedChangesItemOldValueVariant4Value {
    String(String),
    F64(f64),
    I64(i64),
    Bool(bool),
}
impl ::serde::Serialize for IdentityAttributesChangedChangesItemOldValueVariant4Value {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::F64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::I64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de>
for IdentityAttributesChangedChangesItemOldValueVariant4Value {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        match <i64 as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::I64(value)),
            Err(error) => errors.push(("I64", error)),
        }
        match <f64 as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::F64(value)),
            Err(error) => errors.push(("F64", error)),
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
            crate::serde_helpers::no_variant_matched(
                "IdentityAttributesChangedChangesItemOldValueVariant4Value",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for IdentityAttributesChangedChangesItemOldValueVariant4Value {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
