/// Includes the fields of [`ReferenceV2024`](crate::ReferenceV2024).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct BaseAccount {
    /// The unique ID of the referenced object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The human readable name of the referenced object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Account ID.
    #[serde(rename = "accountId", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::AccountSource>,
    /// Indicates whether the account is disabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Indicates whether the account is locked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    /// Indicates whether the account is privileged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    /// Indicates whether the account has been manually correlated to an identity.
    #[serde(
        rename = "manuallyCorrelated",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub manually_correlated: Option<bool>,
    /// A date-time in ISO-8601 format
    #[serde(
        rename = "passwordLastSet",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub password_last_set: Option<Option<crate::primitives::DateTime>>,
    /// Map or dictionary of key/value pairs.
    #[serde(
        rename = "entitlementAttributes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub entitlement_attributes: Option<::serde_json::Value>,
    /// ISO-8601 date-time referring to the time when the object was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// Indicates whether the account supports password change.
    #[serde(
        rename = "supportsPasswordChange",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub supports_password_change: Option<bool>,
    /// Map or dictionary of key/value pairs.
    #[serde(
        rename = "accountAttributes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub account_attributes: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl BaseAccount {
    /// Builds a `BaseAccount` with every field unset.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `account_id`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::AccountSource>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `disabled`.
    pub fn disabled(mut self, value: impl Into<bool>) -> Self {
        self.disabled = Some(value.into());
        self
    }
    /// Sets `locked`.
    pub fn locked(mut self, value: impl Into<bool>) -> Self {
        self.locked = Some(value.into());
        self
    }
    /// Sets `privileged`.
    pub fn privileged(mut self, value: impl Into<bool>) -> Self {
        self.privileged = Some(value.into());
        self
    }
    /// Sets `manually_correlated`.
    pub fn manually_correlated(mut self, value: impl Into<bool>) -> Self {
        self.manually_correlated = Some(value.into());
        self
    }
    /// Sets `password_last_set`.
    pub fn password_last_set(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.password_last_set = Some(Some(value.into()));
        self
    }
    /// Sets `password_last_set` to an explicit `null`.
    pub fn password_last_set_null(mut self) -> Self {
        self.password_last_set = Some(None);
        self
    }
    /// Sets `entitlement_attributes`.
    pub fn entitlement_attributes(
        mut self,
        value: impl Into<::serde_json::Value>,
    ) -> Self {
        self.entitlement_attributes = Some(value.into());
        self
    }
    /// Sets `entitlement_attributes` to an explicit `null`.
    pub fn entitlement_attributes_null(mut self) -> Self {
        self.entitlement_attributes = Some(::serde_json::Value::Null);
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(Some(value.into()));
        self
    }
    /// Sets `created` to an explicit `null`.
    pub fn created_null(mut self) -> Self {
        self.created = Some(None);
        self
    }
    /// Sets `supports_password_change`.
    pub fn supports_password_change(mut self, value: impl Into<bool>) -> Self {
        self.supports_password_change = Some(value.into());
        self
    }
    /// Sets `account_attributes`.
    pub fn account_attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.account_attributes = Some(value.into());
        self
    }
    /// Sets `account_attributes` to an explicit `null`.
    pub fn account_attributes_null(mut self) -> Self {
        self.account_attributes = Some(::serde_json::Value::Null);
        self
    }
}
impl crate::serde_helpers::SchemaFit for BaseAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement_attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
