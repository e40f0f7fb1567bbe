/// The new value of the attribute after the change.
#[derive(Debug, Clone, PartialEq)]
pub enum AccountUpdatedSingleValueAttributeChangesItemNewValue {
    String(String),
    Bool(bool),
    F64(f64),
    StringList(Option<Vec<String>>),
}
impl ::serde::Serialize for AccountUpdatedSingleValueAttributeChangesItemNewValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
            Self::F64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::StringList(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de>
for AccountUpdatedSingleValueAttributeChangesItemNewValue {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        match <Option<Vec<String>> as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::StringList(value)),
            Err(error) => errors.push(("StringList", error)),
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
                "AccountUpdatedSingleValueAttributeChangesItemNewValue",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for AccountUpdatedSingleValueAttributeChangesItemNewValue {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
