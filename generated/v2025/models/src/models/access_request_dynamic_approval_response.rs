#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestDynamicApprovalResponse {
    /// Unique identifier of the approver to add to the approval process. If there is none, send an empty value "".
    pub id: String,
    /// Type of approver to add to the approval process. If there is none, send an empty value "".
    pub r#type: crate::AccessRequestDynamicApprovalResponseType,
    /// Name of the approver to add to the approval process. If there is none, send an empty value "".
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestDynamicApprovalResponse {
    /// Builds a `AccessRequestDynamicApprovalResponse` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        r#type: impl Into<crate::AccessRequestDynamicApprovalResponseType>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: r#type.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccessRequestDynamicApprovalResponse {
    id: required("id"),
    r#type: required("type"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestDynamicApprovalResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of approver to add to the approval process. If there is none, send an empty value "".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestDynamicApprovalResponseType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestDynamicApprovalResponseType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestDynamicApprovalResponseType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestDynamicApprovalResponseType);
