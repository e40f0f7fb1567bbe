#[derive(Debug, Clone, PartialEq)]
pub struct AccountStatusChanged {
    /// the event type
    pub event_type: Option<String>,
    /// the identity id
    pub identity_id: Option<String>,
    /// the date of event
    pub date_time: Option<String>,
    pub account: crate::AccountStatusChangedAccount,
    pub status_change: crate::AccountStatusChangedStatusChange,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountStatusChanged {
    /// Builds a `AccountStatusChanged` from its required fields; the others are unset.
    pub fn new(
        account: impl Into<crate::AccountStatusChangedAccount>,
        status_change: impl Into<crate::AccountStatusChangedStatusChange>,
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
crate::serde_helpers::setters!(AccountStatusChanged {
    event_type: optional::<String>(event_type),
    identity_id: optional::<String>(identity_id),
    date_time: optional::<String>(date_time),
});
crate::serde_helpers::serde_struct!(AccountStatusChanged {
    event_type: optional("eventType"),
    identity_id: optional("identityId"),
    date_time: optional("dateTime"),
    account: required("account"),
    status_change: required("statusChange"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountStatusChanged {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status_change, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountStatusChangedAccount {
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
impl AccountStatusChangedAccount {
    /// Builds a `AccountStatusChangedAccount` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountStatusChangedAccount {
    id: optional::<String>(id),
    native_identity: optional::<String>(native_identity),
    display_name: optional::<String>(display_name),
    source_id: optional::<String>(source_id),
    source_name: optional::<String>(source_name),
    entitlement_count: optional::<i32>(entitlement_count),
    access_type: optional::<String>(access_type),
});
crate::serde_helpers::serde_struct!(AccountStatusChangedAccount {
    id: optional("id"),
    native_identity: optional("nativeIdentity"),
    display_name: optional("displayName"),
    source_id: optional("sourceId"),
    source_name: optional("sourceName"),
    entitlement_count: optional("entitlementCount"),
    access_type: optional("accessType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountStatusChangedAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountStatusChangedStatusChange {
    /// the previous status of the account
    pub previous_status: Option<crate::AccountStatusChangedStatusChangePreviousStatus>,
    /// the new status of the account
    pub new_status: Option<crate::AccountStatusChangedStatusChangeNewStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountStatusChangedStatusChange {
    /// Builds a `AccountStatusChangedStatusChange` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountStatusChangedStatusChange {
    previous_status: optional::<crate::AccountStatusChangedStatusChangePreviousStatus>(previous_status),
    new_status: optional::<crate::AccountStatusChangedStatusChangeNewStatus>(new_status),
});
crate::serde_helpers::serde_struct!(AccountStatusChangedStatusChange {
    previous_status: optional("previousStatus"),
    new_status: optional("newStatus"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountStatusChangedStatusChange {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.previous_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.new_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// the new status of the account
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountStatusChangedStatusChangeNewStatus {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// `locked`
    Locked,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountStatusChangedStatusChangeNewStatus {
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
impl From<&str> for AccountStatusChangedStatusChangeNewStatus {
    fn from(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            "locked" => Self::Locked,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountStatusChangedStatusChangeNewStatus);
/// the previous status of the account
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountStatusChangedStatusChangePreviousStatus {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// `locked`
    Locked,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountStatusChangedStatusChangePreviousStatus {
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
impl From<&str> for AccountStatusChangedStatusChangePreviousStatus {
    fn from(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            "locked" => Self::Locked,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountStatusChangedStatusChangePreviousStatus);
