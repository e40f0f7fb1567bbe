/// Reference to an additional owner (identity or governance group).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdditionalOwnerRef {
    /// Type of the additional owner; IDENTITY for an identity, GOVERNANCE_GROUP for a governance group.
    pub r#type: Option<crate::AdditionalOwnerRefType>,
    /// ID of the identity or governance group.
    pub id: Option<String>,
    /// Display name. It may be left null or omitted on input. If set, it must match the current display name of the identity or governance group, otherwise a 400 Bad Request error may result.
    pub name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AdditionalOwnerRef {
    /// Builds a `AdditionalOwnerRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AdditionalOwnerRef {
    r#type: optional::<crate::AdditionalOwnerRefType>(r#type),
    id: optional::<String>(id),
    name: nullable::<String>(name, name_null),
});
crate::serde_helpers::serde_struct!(AdditionalOwnerRef {
    r#type: optional("type"),
    id: optional("id"),
    name: nullable("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AdditionalOwnerRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the additional owner; IDENTITY for an identity, GOVERNANCE_GROUP for a governance group.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AdditionalOwnerRefType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AdditionalOwnerRefType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AdditionalOwnerRefType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AdditionalOwnerRefType);
