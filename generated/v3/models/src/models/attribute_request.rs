#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeRequest {
    /// Attribute name.
    pub name: Option<String>,
    /// Operation to perform on attribute.
    pub op: Option<String>,
    /// Value of attribute.
    pub value: Option<crate::AttributeRequestValue>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AttributeRequest {
    /// Builds a `AttributeRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AttributeRequest {
    name: optional::<String>(name),
    op: optional::<String>(op),
    value: optional::<crate::AttributeRequestValue>(value),
});
crate::serde_helpers::serde_struct!(AttributeRequest {
    name: optional("name"),
    op: optional("op"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttributeRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Value of attribute.
#[derive(Debug, Clone, PartialEq)]
pub enum AttributeRequestValue {
    String(String),
    StringList(Vec<String>),
}
impl ::serde::Serialize for AttributeRequestValue {
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
impl<'de> ::serde::Deserialize<'de> for AttributeRequestValue {
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
        Err(crate::serde_helpers::no_variant_matched("AttributeRequestValue", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for AttributeRequestValue {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
