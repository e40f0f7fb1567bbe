#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalStatusDto {
    /// True if the request for this item was forwarded from one owner to another.
    pub forwarded: Option<bool>,
    /// Identity of orginal approval owner.
    pub original_owner: Option<crate::ApprovalStatusDtoOriginalOwner>,
    pub current_owner: Option<Option<crate::AccessItemReviewedBy>>,
    /// Time at which item was modified.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    pub status: Option<crate::ManualWorkItemState>,
    pub scheme: Option<crate::ApprovalScheme>,
    /// If the request failed, includes any error messages that were generated.
    pub error_messages: Option<Option<Vec<crate::ErrorMessageDto>>>,
    /// Comment, if any, provided by the approver.
    pub comment: Option<Option<String>>,
    /// The date the role or access profile or entitlement is no longer assigned to the specified identity.
    pub remove_date: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalStatusDto {
    /// Builds a `ApprovalStatusDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalStatusDto {
    forwarded: optional::<bool>(forwarded),
    original_owner: optional::<crate::ApprovalStatusDtoOriginalOwner>(original_owner),
    current_owner: nullable::<crate::AccessItemReviewedBy>(current_owner, current_owner_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    status: optional::<crate::ManualWorkItemState>(status),
    scheme: optional::<crate::ApprovalScheme>(scheme),
    error_messages: nullable::<Vec<crate::ErrorMessageDto>>(error_messages, error_messages_null),
    comment: nullable::<String>(comment, comment_null),
    remove_date: nullable::<crate::primitives::DateTime>(remove_date, remove_date_null),
});
crate::serde_helpers::serde_struct!(ApprovalStatusDto {
    forwarded: optional("forwarded"),
    original_owner: optional("originalOwner"),
    current_owner: nullable("currentOwner"),
    modified: nullable("modified"),
    status: optional("status"),
    scheme: optional("scheme"),
    error_messages: nullable("errorMessages"),
    comment: nullable("comment"),
    remove_date: nullable("removeDate"),
    ..additional_properties
});
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalStatusDtoOriginalOwner {
    /// DTO type of original approval owner's identity.
    pub r#type: Option<crate::ApprovalStatusDtoOriginalOwnerType>,
    /// ID of original approval owner's identity.
    pub id: Option<String>,
    /// Display name of original approval owner.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalStatusDtoOriginalOwner {
    /// Builds a `ApprovalStatusDtoOriginalOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalStatusDtoOriginalOwner {
    r#type: optional::<crate::ApprovalStatusDtoOriginalOwnerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(ApprovalStatusDtoOriginalOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
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
