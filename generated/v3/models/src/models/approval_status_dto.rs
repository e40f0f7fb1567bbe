#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalStatusDto {
    /// Unique identifier for the approval.
    #[serde(
        rename = "approvalId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub approval_id: Option<Option<String>>,
    /// True if the request for this item was forwarded from one owner to another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forwarded: Option<bool>,
    /// Identity of orginal approval owner.
    #[serde(rename = "originalOwner", default, skip_serializing_if = "Option::is_none")]
    pub original_owner: Option<crate::ApprovalStatusDtoOriginalOwner>,
    #[serde(
        rename = "currentOwner",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub current_owner: Option<Option<crate::AccessItemReviewedBy>>,
    /// Time at which item was modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::ManualWorkItemState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<crate::ApprovalScheme>,
    /// If the request failed, includes any error messages that were generated.
    #[serde(
        rename = "errorMessages",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub error_messages: Option<Option<Vec<crate::ErrorMessageDto>>>,
    /// Comment, if any, provided by the approver.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub comment: Option<Option<String>>,
    /// The date the role or access profile or entitlement is no longer assigned to the specified identity.
    #[serde(
        rename = "removeDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub remove_date: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalStatusDto {
    /// Builds a `ApprovalStatusDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalStatusDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.original_owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.current_owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.scheme, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.error_messages, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity of orginal approval owner.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalStatusDtoOriginalOwner {
    /// DTO type of original approval owner's identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::ApprovalStatusDtoOriginalOwnerType>,
    /// ID of original approval owner's identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name of original approval owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalStatusDtoOriginalOwner {
    /// Builds a `ApprovalStatusDtoOriginalOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalStatusDtoOriginalOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of original approval owner's identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalStatusDtoOriginalOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalStatusDtoOriginalOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalStatusDtoOriginalOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalStatusDtoOriginalOwnerType);
