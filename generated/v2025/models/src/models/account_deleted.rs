#[derive(Debug, Clone, PartialEq)]
pub struct AccountDeleted {
    /// Details about the event.
    pub event: crate::AccountDeletedEvent,
    pub source: crate::AccountSourceReference,
    pub account: crate::AccountV2,
    pub identity: crate::IdentityReferenceV2025,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountDeleted {
    /// Builds a `AccountDeleted` from its required fields; the others are unset.
    pub fn new(
        event: impl Into<crate::AccountDeletedEvent>,
        source: impl Into<crate::AccountSourceReference>,
        account: impl Into<crate::AccountV2>,
        identity: impl Into<crate::IdentityReferenceV2025>,
    ) -> Self {
        Self {
            event: event.into(),
            source: source.into(),
            account: account.into(),
            identity: identity.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountDeleted {
    event: required("event"),
    source: required("source"),
    account: required("account"),
    identity: required("identity"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountDeleted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.event, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Details about the event.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountDeletedEvent {
    /// The type of event.
    pub r#type: crate::AccountDeletedEventType,
    /// The cause of the event.
    pub cause: crate::AccountDeletedEventCause,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountDeletedEvent {
    /// Builds a `AccountDeletedEvent` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::AccountDeletedEventType>,
        cause: impl Into<crate::AccountDeletedEventCause>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            cause: cause.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountDeletedEvent {
    r#type: required("type"),
    cause: required("cause"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountDeletedEvent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cause, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The cause of the event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountDeletedEventCause {
    /// `AGGREGATION`
    Aggregation,
    /// `PROVISIONING`
    Provisioning,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountDeletedEventCause {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aggregation => "AGGREGATION",
            Self::Provisioning => "PROVISIONING",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountDeletedEventCause {
    fn from(value: &str) -> Self {
        match value {
            "AGGREGATION" => Self::Aggregation,
            "PROVISIONING" => Self::Provisioning,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountDeletedEventCause);
/// The type of event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountDeletedEventType {
    /// `ACCOUNT_DELETED_V2`
    AccountDeletedV2,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountDeletedEventType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountDeletedV2 => "ACCOUNT_DELETED_V2",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountDeletedEventType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_DELETED_V2" => Self::AccountDeletedV2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountDeletedEventType);
