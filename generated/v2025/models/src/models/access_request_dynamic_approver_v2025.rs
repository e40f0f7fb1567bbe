#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestDynamicApproverV2025 {
    /// The unique ID of the identity to add to the approver list for the access request.
    pub id: String,
    /// The name of the identity to add to the approver list for the access request.
    pub name: String,
    /// The type of object being referenced.
    pub r#type: crate::AccessRequestDynamicApproverV2025Type,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestDynamicApproverV2025 {
    /// Builds a `AccessRequestDynamicApproverV2025` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<crate::AccessRequestDynamicApproverV2025Type>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccessRequestDynamicApproverV2025 {
    id: required("id"),
    name: required("name"),
    r#type: required("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestDynamicApproverV2025 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestDynamicApproverV2025Type {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestDynamicApproverV2025Type {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestDynamicApproverV2025Type {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestDynamicApproverV2025Type);
