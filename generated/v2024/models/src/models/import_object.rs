/// Object created or updated by import.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportObject {
    /// DTO type of object created or updated by import.
    pub r#type: Option<crate::ImportObjectType>,
    /// ID of object created or updated by import.
    pub id: Option<String>,
    /// Display name of object created or updated by import.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportObject {
    /// Builds a `ImportObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportObject {
    r#type: optional::<crate::ImportObjectType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(ImportObject {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of object created or updated by import.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImportObjectType {
    /// `CONNECTOR_RULE`
    ConnectorRule,
    /// `IDENTITY_OBJECT_CONFIG`
    IdentityObjectConfig,
    /// `IDENTITY_PROFILE`
    IdentityProfile,
    /// `RULE`
    Rule,
    /// `SOURCE`
    Source,
    /// `TRANSFORM`
    Transform,
    /// `TRIGGER_SUBSCRIPTION`
    TriggerSubscription,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ImportObjectType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConnectorRule => "CONNECTOR_RULE",
            Self::IdentityObjectConfig => "IDENTITY_OBJECT_CONFIG",
            Self::IdentityProfile => "IDENTITY_PROFILE",
            Self::Rule => "RULE",
            Self::Source => "SOURCE",
            Self::Transform => "TRANSFORM",
            Self::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ImportObjectType {
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => Self::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => Self::IdentityObjectConfig,
            "IDENTITY_PROFILE" => Self::IdentityProfile,
            "RULE" => Self::Rule,
            "SOURCE" => Self::Source,
            "TRANSFORM" => Self::Transform,
            "TRIGGER_SUBSCRIPTION" => Self::TriggerSubscription,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ImportObjectType);
