#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManualWorkItemDetailsV3 {
    /// True if the request for this item was forwarded from one owner to another.
    pub forwarded: Option<bool>,
    /// Identity of original work item owner, if the work item has been forwarded.
    pub original_owner: Option<Option<crate::ManualWorkItemDetailsV3OriginalOwner>>,
    /// Identity of current work item owner.
    pub current_owner: Option<Option<crate::ManualWorkItemDetailsV3CurrentOwner>>,
    /// Time at which item was modified.
    pub modified: Option<crate::primitives::DateTime>,
    pub status: Option<crate::ManualWorkItemStateV3>,
    /// The history of approval forward action.
    pub forward_history: Option<Option<Vec<crate::ApprovalForwardHistoryV3>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManualWorkItemDetailsV3 {
    /// Builds a `ManualWorkItemDetailsV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManualWorkItemDetailsV3 {
    forwarded: optional::<bool>(forwarded),
    original_owner: nullable::<crate::ManualWorkItemDetailsV3OriginalOwner>(original_owner, original_owner_null),
    current_owner: nullable::<crate::ManualWorkItemDetailsV3CurrentOwner>(current_owner, current_owner_null),
    modified: optional::<crate::primitives::DateTime>(modified),
    status: optional::<crate::ManualWorkItemStateV3>(status),
    forward_history: nullable::<Vec<crate::ApprovalForwardHistoryV3>>(forward_history, forward_history_null),
});
crate::serde_helpers::serde_struct!(ManualWorkItemDetailsV3 {
    forwarded: optional("forwarded"),
    original_owner: nullable("originalOwner"),
    current_owner: nullable("currentOwner"),
    modified: optional("modified"),
    status: optional("status"),
    forward_history: nullable("forwardHistory"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManualWorkItemDetailsV3 {
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
pub struct ManualWorkItemDetailsV3CurrentOwner {
    /// DTO type of current work item owner's identity.
    pub r#type: Option<crate::ManualWorkItemDetailsV3CurrentOwnerType>,
    /// ID of current work item owner's identity.
    pub id: Option<String>,
    /// Display name of current work item owner.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManualWorkItemDetailsV3CurrentOwner {
    /// Builds a `ManualWorkItemDetailsV3CurrentOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManualWorkItemDetailsV3CurrentOwner {
    r#type: optional::<crate::ManualWorkItemDetailsV3CurrentOwnerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(ManualWorkItemDetailsV3CurrentOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManualWorkItemDetailsV3CurrentOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of current work item owner's identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManualWorkItemDetailsV3CurrentOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManualWorkItemDetailsV3CurrentOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManualWorkItemDetailsV3CurrentOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManualWorkItemDetailsV3CurrentOwnerType);
/// Identity of original work item owner, if the work item has been forwarded.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManualWorkItemDetailsV3OriginalOwner {
    /// DTO type of original work item owner's identity.
    pub r#type: Option<crate::ManualWorkItemDetailsV3OriginalOwnerType>,
    /// ID of original work item owner's identity.
    pub id: Option<String>,
    /// Display name of original work item owner.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManualWorkItemDetailsV3OriginalOwner {
    /// Builds a `ManualWorkItemDetailsV3OriginalOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManualWorkItemDetailsV3OriginalOwner {
    r#type: optional::<crate::ManualWorkItemDetailsV3OriginalOwnerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(ManualWorkItemDetailsV3OriginalOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManualWorkItemDetailsV3OriginalOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of original work item owner's identity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManualWorkItemDetailsV3OriginalOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManualWorkItemDetailsV3OriginalOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManualWorkItemDetailsV3OriginalOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManualWorkItemDetailsV3OriginalOwnerType);
