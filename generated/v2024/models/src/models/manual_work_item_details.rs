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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManualWorkItemDetails {
    /// Builds a `ManualWorkItemDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManualWorkItemDetails {
    forwarded: optional::<bool>(forwarded),
    original_owner: nullable::<crate::ManualWorkItemDetailsOriginalOwner>(original_owner, original_owner_null),
    current_owner: nullable::<crate::ManualWorkItemDetailsCurrentOwner>(current_owner, current_owner_null),
    modified: optional::<crate::primitives::DateTime>(modified),
    status: optional::<crate::ManualWorkItemState>(status),
    forward_history: nullable::<Vec<crate::ApprovalForwardHistory>>(forward_history, forward_history_null),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManualWorkItemDetailsCurrentOwner {
    /// Builds a `ManualWorkItemDetailsCurrentOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManualWorkItemDetailsCurrentOwner {
    r#type: optional::<crate::ManualWorkItemDetailsCurrentOwnerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManualWorkItemDetailsOriginalOwner {
    /// Builds a `ManualWorkItemDetailsOriginalOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManualWorkItemDetailsOriginalOwner {
    r#type: optional::<crate::ManualWorkItemDetailsOriginalOwnerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
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
