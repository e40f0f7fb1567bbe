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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalStatusDto {
    /// Builds a `ApprovalStatusDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `forwarded`.
    pub fn forwarded(mut self, value: impl Into<bool>) -> Self {
        self.forwarded = Some(value.into());
        self
    }
    /// Sets `original_owner`.
    pub fn original_owner(
        mut self,
        value: impl Into<crate::ApprovalStatusDtoOriginalOwner>,
    ) -> Self {
        self.original_owner = Some(value.into());
        self
    }
    /// Sets `current_owner`.
    pub fn current_owner(
        mut self,
        value: impl Into<crate::AccessItemReviewedBy>,
    ) -> Self {
        self.current_owner = Some(Some(value.into()));
        self
    }
    /// Sets `current_owner` to an explicit `null`.
    pub fn current_owner_null(mut self) -> Self {
        self.current_owner = Some(None);
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(Some(value.into()));
        self
    }
    /// Sets `modified` to an explicit `null`.
    pub fn modified_null(mut self) -> Self {
        self.modified = Some(None);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<crate::ManualWorkItemState>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `scheme`.
    pub fn scheme(mut self, value: impl Into<crate::ApprovalScheme>) -> Self {
        self.scheme = Some(value.into());
        self
    }
    /// Sets `error_messages`.
    pub fn error_messages(
        mut self,
        value: impl Into<Vec<crate::ErrorMessageDto>>,
    ) -> Self {
        self.error_messages = Some(Some(value.into()));
        self
    }
    /// Sets `error_messages` to an explicit `null`.
    pub fn error_messages_null(mut self) -> Self {
        self.error_messages = Some(None);
        self
    }
    /// Sets `comment`.
    pub fn comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(Some(value.into()));
        self
    }
    /// Sets `comment` to an explicit `null`.
    pub fn comment_null(mut self) -> Self {
        self.comment = Some(None);
        self
    }
    /// Sets `remove_date`.
    pub fn remove_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.remove_date = Some(Some(value.into()));
        self
    }
    /// Sets `remove_date` to an explicit `null`.
    pub fn remove_date_null(mut self) -> Self {
        self.remove_date = Some(None);
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalStatusDtoOriginalOwner {
    /// Builds a `ApprovalStatusDtoOriginalOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::ApprovalStatusDtoOriginalOwnerType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
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
