#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManualWorkItemDetails {
    /// True if the request for this item was forwarded from one owner to another.
    pub forwarded: Option<bool>,
    /// Identity of original work item owner, if the work item has been forwarded.
    pub original_owner: Option<Option<crate::ManualWorkItemDetailsOriginalOwner>>,
    /// Identity of current work item owner.
    pub current_owner: Option<Option<crate::ManualWorkItemDetailsCurrentOwner>>,
    /// Time at which item was modified.
    pub modified: Option<crate::primitives::DateTime>,
    pub status: Option<crate::ManualWorkItemState>,
    /// The history of approval forward action.
    pub forward_history: Option<Option<Vec<crate::ApprovalForwardHistory>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManualWorkItemDetails {
    /// Builds a `ManualWorkItemDetails` with every field unset.
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
        value: impl Into<crate::ManualWorkItemDetailsOriginalOwner>,
    ) -> Self {
        self.original_owner = Some(Some(value.into()));
        self
    }
    /// Sets `original_owner` to an explicit `null`.
    pub fn original_owner_null(mut self) -> Self {
        self.original_owner = Some(None);
        self
    }
    /// Sets `current_owner`.
    pub fn current_owner(
        mut self,
        value: impl Into<crate::ManualWorkItemDetailsCurrentOwner>,
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
        self.modified = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<crate::ManualWorkItemState>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `forward_history`.
    pub fn forward_history(
        mut self,
        value: impl Into<Vec<crate::ApprovalForwardHistory>>,
    ) -> Self {
        self.forward_history = Some(Some(value.into()));
        self
    }
    /// Sets `forward_history` to an explicit `null`.
    pub fn forward_history_null(mut self) -> Self {
        self.forward_history = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(ManualWorkItemDetails {
    forwarded: optional("forwarded"),
    original_owner: nullable("originalOwner"),
    current_owner: nullable("currentOwner"),
    modified: optional("modified"),
    status: optional("status"),
    forward_history: nullable("forwardHistory"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManualWorkItemDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.original_owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.current_owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.forward_history, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity of current work item owner.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManualWorkItemDetailsCurrentOwner {
    /// DTO type of current work item owner's identity.
    pub r#type: Option<crate::ManualWorkItemDetailsCurrentOwnerType>,
    /// ID of current work item owner's identity.
    pub id: Option<String>,
    /// Display name of current work item owner.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManualWorkItemDetailsCurrentOwner {
    /// Builds a `ManualWorkItemDetailsCurrentOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::ManualWorkItemDetailsCurrentOwnerType>,
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
crate::serde_helpers::serde_struct!(ManualWorkItemDetailsCurrentOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManualWorkItemDetailsCurrentOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of current work item owner's identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManualWorkItemDetailsCurrentOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManualWorkItemDetailsCurrentOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManualWorkItemDetailsCurrentOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManualWorkItemDetailsCurrentOwnerType);
/// Identity of original work item owner, if the work item has been forwarded.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManualWorkItemDetailsOriginalOwner {
    /// DTO type of original work item owner's identity.
    pub r#type: Option<crate::ManualWorkItemDetailsOriginalOwnerType>,
    /// ID of original work item owner's identity.
    pub id: Option<String>,
    /// Display name of original work item owner.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManualWorkItemDetailsOriginalOwner {
    /// Builds a `ManualWorkItemDetailsOriginalOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::ManualWorkItemDetailsOriginalOwnerType>,
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
crate::serde_helpers::serde_struct!(ManualWorkItemDetailsOriginalOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManualWorkItemDetailsOriginalOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of original work item owner's identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManualWorkItemDetailsOriginalOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManualWorkItemDetailsOriginalOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManualWorkItemDetailsOriginalOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManualWorkItemDetailsOriginalOwnerType);
