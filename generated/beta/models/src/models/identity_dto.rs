#[derive(Debug, Clone, PartialEq)]
pub struct IdentityDto {
    /// System-generated unique ID of the identity
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The identity's name is equivalent to its Display Name attribute.
    pub name: String,
    /// Creation date of the identity
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of the identity
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// The identity's alternate unique identifier is equivalent to its Account Name on the authoritative source account schema.
    pub alias: Option<String>,
    /// The email address of the identity
    pub email_address: Option<Option<String>>,
    /// The processing state of the identity
    pub processing_state: Option<Option<crate::IdentityDtoProcessingState>>,
    /// The identity's status in the system
    pub identity_status: Option<crate::IdentityDtoIdentityStatus>,
    /// Identity's manager
    pub manager_ref: Option<Option<crate::IdentityDtoManagerRef>>,
    /// Whether this identity is a manager of another identity
    pub is_manager: Option<bool>,
    /// The last time the identity was refreshed by the system
    pub last_refresh: Option<crate::primitives::DateTime>,
    /// A map with the identity attributes for the identity
    pub attributes: Option<::serde_json::Value>,
    pub lifecycle_state: Option<Option<crate::LifecycleStateDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityDto {
    /// Builds a `IdentityDto` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            alias: None,
            email_address: None,
            processing_state: None,
            identity_status: None,
            manager_ref: None,
            is_manager: None,
            last_refresh: None,
            attributes: None,
            lifecycle_state: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(IdentityDto {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    alias: optional::<String>(alias),
    email_address: nullable::<String>(email_address, email_address_null),
    processing_state: nullable::<crate::IdentityDtoProcessingState>(processing_state, processing_state_null),
    identity_status: optional::<crate::IdentityDtoIdentityStatus>(identity_status),
    manager_ref: nullable::<crate::IdentityDtoManagerRef>(manager_ref, manager_ref_null),
    is_manager: optional::<bool>(is_manager),
    last_refresh: optional::<crate::primitives::DateTime>(last_refresh),
    attributes: optional::<::serde_json::Value>(attributes),
    lifecycle_state: nullable::<crate::LifecycleStateDto>(lifecycle_state, lifecycle_state_null),
});
crate::serde_helpers::serde_struct!(IdentityDto {
    id: optional("id"),
    name: required("name"),
    created: optional("created"),
    modified: optional("modified"),
    alias: optional("alias"),
    email_address: nullable("emailAddress"),
    processing_state: nullable("processingState"),
    identity_status: optional("identityStatus"),
    manager_ref: nullable("managerRef"),
    is_manager: optional("isManager"),
    last_refresh: optional("lastRefresh"),
    attributes: nullable("attributes"),
    lifecycle_state: nullable("lifecycleState"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.processing_state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.manager_ref, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.lifecycle_state, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The identity's status in the system
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityDtoIdentityStatus {
    /// `UNREGISTERED`
    Unregistered,
    /// `REGISTERED`
    Registered,
    /// `PENDING`
    Pending,
    /// `WARNING`
    Warning,
    /// `DISABLED`
    Disabled,
    /// `ACTIVE`
    Active,
    /// `DEACTIVATED`
    Deactivated,
    /// `TERMINATED`
    Terminated,
    /// `ERROR`
    Error,
    /// `LOCKED`
    Locked,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityDtoIdentityStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unregistered => "UNREGISTERED",
            Self::Registered => "REGISTERED",
            Self::Pending => "PENDING",
            Self::Warning => "WARNING",
            Self::Disabled => "DISABLED",
            Self::Active => "ACTIVE",
            Self::Deactivated => "DEACTIVATED",
            Self::Terminated => "TERMINATED",
            Self::Error => "ERROR",
            Self::Locked => "LOCKED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentityDtoIdentityStatus {
    fn from(value: &str) -> Self {
        match value {
            "UNREGISTERED" => Self::Unregistered,
            "REGISTERED" => Self::Registered,
            "PENDING" => Self::Pending,
            "WARNING" => Self::Warning,
            "DISABLED" => Self::Disabled,
            "ACTIVE" => Self::Active,
            "DEACTIVATED" => Self::Deactivated,
            "TERMINATED" => Self::Terminated,
            "ERROR" => Self::Error,
            "LOCKED" => Self::Locked,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentityDtoIdentityStatus);
/// Identity's manager
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityDtoManagerRef {
    /// DTO type of identity's manager
    pub r#type: Option<crate::IdentityDtoManagerRefType>,
    /// ID of identity's manager
    pub id: Option<String>,
    /// Human-readable display name of identity's manager
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityDtoManagerRef {
    /// Builds a `IdentityDtoManagerRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityDtoManagerRef {
    r#type: optional::<crate::IdentityDtoManagerRefType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(IdentityDtoManagerRef {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityDtoManagerRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of identity's manager
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityDtoManagerRefType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityDtoManagerRefType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentityDtoManagerRefType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentityDtoManagerRefType);
/// The processing state of the identity
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityDtoProcessingState {
    /// `ERROR`
    Error,
    /// `OK`
    Ok,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityDtoProcessingState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "ERROR",
            Self::Ok => "OK",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentityDtoProcessingState {
    fn from(value: &str) -> Self {
        match value {
            "ERROR" => Self::Error,
            "OK" => Self::Ok,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentityDtoProcessingState);
