#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequested {
    /// the event type
    pub event_type: Option<String>,
    /// the identity id
    pub identity_id: Option<String>,
    /// the date of event
    pub date_time: Option<String>,
    pub account: crate::AccessRequestedAccount,
    pub status_change: crate::AccessRequestedStatusChange,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequested {
    /// Builds a `AccessRequested` from its required fields; the others are unset.
    pub fn new(
        account: impl Into<crate::AccessRequestedAccount>,
        status_change: impl Into<crate::AccessRequestedStatusChange>,
    ) -> Self {
        Self {
            event_type: None,
            identity_id: None,
            date_time: None,
            account: account.into(),
            status_change: status_change.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessRequested {
    event_type: optional::<String>(event_type),
    identity_id: optional::<String>(identity_id),
    date_time: optional::<String>(date_time),
});
crate::serde_helpers::serde_struct!(AccessRequested {
    event_type: optional("eventType"),
    identity_id: optional("identityId"),
    date_time: optional("dateTime"),
    account: required("account"),
    status_change: required("statusChange"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequested {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status_change, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestedAccount {
    /// the ID of the account in the database
    pub id: Option<String>,
    /// the native identifier of the account
    pub native_identity: Option<String>,
    /// the display name of the account
    pub display_name: Option<String>,
    /// the ID of the source for this account
    pub source_id: Option<String>,
    /// the name of the source for this account
    pub source_name: Option<String>,
    /// the number of entitlements on this account
    pub entitlement_count: Option<i32>,
    /// this value is always "account"
    pub access_type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestedAccount {
    /// Builds a `AccessRequestedAccount` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestedAccount {
    id: optional::<String>(id),
    native_identity: optional::<String>(native_identity),
    display_name: optional::<String>(display_name),
    source_id: optional::<String>(source_id),
    source_name: optional::<String>(source_name),
    entitlement_count: optional::<i32>(entitlement_count),
    access_type: optional::<String>(access_type),
});
crate::serde_helpers::serde_struct!(AccessRequestedAccount {
    id: optional("id"),
    native_identity: optional("nativeIdentity"),
    display_name: optional("displayName"),
    source_id: optional("sourceId"),
    source_name: optional("sourceName"),
    entitlement_count: optional("entitlementCount"),
    access_type: optional("accessType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestedAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestedStatusChange {
    /// the previous status of the account
    pub previous_status: Option<crate::AccessRequestedStatusChangePreviousStatus>,
    /// the new status of the account
    pub new_status: Option<crate::AccessRequestedStatusChangeNewStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestedStatusChange {
    /// Builds a `AccessRequestedStatusChange` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestedStatusChange {
    previous_status: optional::<crate::AccessRequestedStatusChangePreviousStatus>(previous_status),
    new_status: optional::<crate::AccessRequestedStatusChangeNewStatus>(new_status),
});
crate::serde_helpers::serde_struct!(AccessRequestedStatusChange {
    previous_status: optional("previousStatus"),
    new_status: optional("newStatus"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestedStatusChange {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.previous_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.new_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// the new status of the account
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestedStatusChangeNewStatus {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// `locked`
    Locked,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestedStatusChangeNewStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Locked => "locked",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestedStatusChangeNewStatus {
    fn from(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            "locked" => Self::Locked,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestedStatusChangeNewStatus);
/// the previous status of the account
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestedStatusChangePreviousStatus {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// `locked`
    Locked,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestedStatusChangePreviousStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Locked => "locked",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestedStatusChangePreviousStatus {
    fn from(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            "locked" => Self::Locked,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestedStatusChangePreviousStatus);
