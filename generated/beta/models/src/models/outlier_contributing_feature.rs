#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutlierContributingFeature {
    /// Contributing feature id
    pub id: Option<String>,
    /// The name of the feature
    pub name: Option<String>,
    /// The data type of the value field
    pub value_type: Option<crate::OutlierContributingFeatureValueType>,
    /// The feature value
    pub value: Option<crate::OutlierContributingFeatureValue>,
    /// The importance of the feature. This can also be a negative value
    pub importance: Option<f64>,
    /// The (translated if header is passed) displayName for the feature
    pub display_name: Option<String>,
    /// The (translated if header is passed) description for the feature
    pub description: Option<String>,
    pub translation_messages: Option<crate::OutlierFeatureTranslation>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OutlierContributingFeature {
    /// Builds a `OutlierContributingFeature` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(OutlierContributingFeature {
    id: optional::<String>(id),
    name: optional::<String>(name),
    value_type: optional::<crate::OutlierContributingFeatureValueType>(value_type),
    value: optional::<crate::OutlierContributingFeatureValue>(value),
    importance: optional::<f64>(importance),
    display_name: optional::<String>(display_name),
    description: optional::<String>(description),
    translation_messages: optional::<crate::OutlierFeatureTranslation>(translation_messages),
});
crate::serde_helpers::serde_struct!(OutlierContributingFeature {
    id: optional("id"),
    name: optional("name"),
    value_type: optional("valueType"),
    value: optional("value"),
    importance: optional("importance"),
    display_name: optional("displayName"),
    description: optional("description"),
    translation_messages: optional("translationMessages"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for OutlierContributingFeature {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.value_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.translation_messages, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The feature value
#[derive(Debug, Clone, PartialEq)]
pub enum OutlierContributingFeatureValue {
    F64(f64),
    I64(i64),
}
impl ::serde::Serialize for OutlierContributingFeatureValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::F64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::I64(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for OutlierContributingFeatureValue {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        match crate::serde_helpers::try_variant::<i64>(&json) {
            Ok(value) => return Ok(Self::I64(value)),
            Err(error) => errors.push(("I64", error)),
        }
        match crate::serde_helpers::try_variant::<f64>(&json) {
            Ok(value) => return Ok(Self::F64(value)),
            Err(error) => errors.push(("F64", error)),
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => <i64 as ::serde::Deserialize>::deserialize(json).map(Self::I64),
            1usize => <f64 as ::serde::Deserialize>::deserialize(json).map(Self::F64),
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "OutlierContributingFeatureValue",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for OutlierContributingFeatureValue {
    fn add_fit(&self, _fit: &mut crate::serde_helpers::Fit) {}
}
/// The data type of the value field
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OutlierContributingFeatureValueType {
    /// `INTEGER`
    Integer,
    /// `FLOAT`
    Float,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl OutlierContributingFeatureValueType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Integer => "INTEGER",
            Self::Float => "FLOAT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OutlierContributingFeatureValueType {
    fn from(value: &str) -> Self {
        match value {
            "INTEGER" => Self::Integer,
            "FLOAT" => Self::Float,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(OutlierContributingFeatureValueType);
