#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountStatusChanged {
    /// the event type
    #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// the identity id
    #[serde(rename = "identityId", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// the date of event
    #[serde(rename = "dateTime", default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    pub account: crate::AccountStatusChangedAccount,
    #[serde(rename = "statusChange")]
    pub status_change: crate::AccountStatusChangedStatusChange,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `event_type`.
    pub fn event_type(mut self, value: impl Into<String>) -> Self {
        self.event_type = Some(value.into());
        self
    }
    /// Sets `identity_id`.
    pub fn identity_id(mut self, value: impl Into<String>) -> Self {
        self.identity_id = Some(value.into());
        self
    }
    /// Sets `date_time`.
    pub fn date_time(mut self, value: impl Into<String>) -> Self {
        self.date_time = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for AccountStatusChanged {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status_change, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountStatusChangedAccount {
    /// the ID of the account in the database
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the native identifier of the account
    #[serde(rename = "nativeIdentity", default, skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// the display name of the account
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// the ID of the source for this account
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// the name of the source for this account
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// the number of entitlements on this account
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entitlement_count: Option<i32>,
    /// this value is always "account"
    #[serde(rename = "accessType", default, skip_serializing_if = "Option::is_none")]
    pub access_type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountStatusChangedAccount {
    /// Builds a `AccountStatusChangedAccount` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `native_identity`.
    pub fn native_identity(mut self, value: impl Into<String>) -> Self {
        self.native_identity = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
    /// Sets `entitlement_count`.
    pub fn entitlement_count(mut self, value: impl Into<i32>) -> Self {
        self.entitlement_count = Some(value.into());
        self
    }
    /// Sets `access_type`.
    pub fn access_type(mut self, value: impl Into<String>) -> Self {
        self.access_type = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for AccountStatusChangedAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountStatusChangedStatusChange {
    /// the previous status of the account
    #[serde(rename = "previousStatus", default, skip_serializing_if = "Option::is_none")]
    pub previous_status: Option<crate::AccountStatusChangedStatusChangePreviousStatus>,
    /// the new status of the account
    #[serde(rename = "newStatus", default, skip_serializing_if = "Option::is_none")]
    pub new_status: Option<crate::AccountStatusChangedStatusChangeNewStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountStatusChangedStatusChange {
    /// Builds a `AccountStatusChangedStatusChange` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `previous_status`.
    pub fn previous_status(
        mut self,
        value: impl Into<crate::AccountStatusChangedStatusChangePreviousStatus>,
    ) -> Self {
        self.previous_status = Some(value.into());
        self
    }
    /// Sets `new_status`.
    pub fn new_status(
        mut self,
        value: impl Into<crate::AccountStatusChangedStatusChangeNewStatus>,
    ) -> Self {
        self.new_status = Some(value.into());
        self
    }
}
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
