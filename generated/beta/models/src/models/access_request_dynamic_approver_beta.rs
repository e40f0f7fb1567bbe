#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestDynamicApproverBeta {
    /// The unique ID of the identity to add to the approver list for the access request.
    pub id: String,
    /// The name of the identity to add to the approver list for the access request.
    pub name: String,
    /// The type of object being referenced.
    pub r#type: crate::AccessRequestDynamicApproverBetaType,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestDynamicApproverBeta {
    /// Builds a `AccessRequestDynamicApproverBeta` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<crate::AccessRequestDynamicApproverBetaType>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccessRequestDynamicApproverBeta {
    id: required("id"),
    name: required("name"),
    r#type: required("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestDynamicApproverBeta {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of object being referenced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestDynamicApproverBetaType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestDynamicApproverBetaType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestDynamicApproverBetaType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestDynamicApproverBetaType);
