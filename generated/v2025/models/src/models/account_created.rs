#[derive(Debug, Clone, PartialEq)]
pub struct AccountCreated {
    /// Details about the event.
    pub event: crate::AccountCreatedEvent,
    pub source: crate::AccountSourceReference,
    pub account: crate::AccountV2,
    pub identity: crate::IdentityReferenceV2025,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountCreated {
    /// Builds a `AccountCreated` from its required fields; the others are unset.
    pub fn new(
        event: impl Into<crate::AccountCreatedEvent>,
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
crate::serde_helpers::serde_struct!(AccountCreated {
    event: required("event"),
    source: required("source"),
    account: required("account"),
    identity: required("identity"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountCreated {
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
pub struct AccountCreatedEvent {
    /// The type of event.
    pub r#type: crate::AccountCreatedEventType,
    /// The cause of the event.
    pub cause: crate::AccountCreatedEventCause,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountCreatedEvent {
    /// Builds a `AccountCreatedEvent` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::AccountCreatedEventType>,
        cause: impl Into<crate::AccountCreatedEventCause>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            cause: cause.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountCreatedEvent {
    r#type: required("type"),
    cause: required("cause"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountCreatedEvent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cause, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The cause of the event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountCreatedEventCause {
    /// `AGGREGATION`
    Aggregation,
    /// `PROVISIONING`
    Provisioning,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountCreatedEventCause {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aggregation => "AGGREGATION",
            Self::Provisioning => "PROVISIONING",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountCreatedEventCause {
    fn from(value: &str) -> Self {
        match value {
            "AGGREGATION" => Self::Aggregation,
            "PROVISIONING" => Self::Provisioning,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountCreatedEventCause);
/// The type of event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountCreatedEventType {
    /// `ACCOUNT_CREATED_V2`
    AccountCreatedV2,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountCreatedEventType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountCreatedV2 => "ACCOUNT_CREATED_V2",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountCreatedEventType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_CREATED_V2" => Self::AccountCreatedV2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountCreatedEventType);
