/// The owner of the SOD policy.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodPolicyOwnerRef {
    /// Owner type.
    pub r#type: Option<crate::SodPolicyOwnerRefType>,
    /// Owner's ID.
    pub id: Option<String>,
    /// Owner's name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodPolicyOwnerRef {
    /// Builds a `SodPolicyOwnerRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodPolicyOwnerRef {
    r#type: optional::<crate::SodPolicyOwnerRefType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SodPolicyOwnerRef {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodPolicyOwnerRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Owner type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SodPolicyOwnerRefType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SodPolicyOwnerRefType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SodPolicyOwnerRefType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SodPolicyOwnerRefType);
