#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContextAttributeDto {
    /// The name of the attribute
    pub attribute: Option<String>,
    /// The value of the attribute.  This can be either a string or a multi-valued string
    pub value: Option<crate::ContextAttributeDtoValue>,
    /// True if the attribute was derived.
    pub derived: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ContextAttributeDto {
    /// Builds a `ContextAttributeDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ContextAttributeDto {
    attribute: optional::<String>(attribute),
    value: optional::<crate::ContextAttributeDtoValue>(value),
    derived: optional::<bool>(derived),
});
crate::serde_helpers::serde_struct!(ContextAttributeDto {
    attribute: optional("attribute"),
    value: optional("value"),
    derived: optional("derived"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ContextAttributeDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// The value of the attribute.  This can be either a string or a multi-valued string
#[derive(Debug, Clone, PartialEq)]
pub enum ContextAttributeDtoValue {
    String(String),
    StringList(Vec<String>),
}
impl ::serde::Serialize for ContextAttributeDtoValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::StringList(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for ContextAttributeDtoValue {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        match crate::serde_helpers::try_variant::<Vec<String>>(&json) {
            Ok(value) => return Ok(Self::StringList(value)),
            Err(error) => errors.push(("StringList", error)),
        }
        match crate::serde_helpers::try_variant::<String>(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <Vec<String> as ::serde::Deserialize>::deserialize(json)
                    .map(Self::StringList)
            }
            1usize => {
                <String as ::serde::Deserialize>::deserialize(json).map(Self::String)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched("ContextAttributeDtoValue", &errors),
        )
    }
}
impl crate::serde_helpers::SchemaFit for ContextAttributeDtoValue {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
