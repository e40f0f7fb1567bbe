/// Includes the fields of [`ReferenceV2025`](crate::ReferenceV2025).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseAccount {
    /// The unique ID of the referenced object.
    pub id: Option<String>,
    /// The human readable name of the referenced object.
    pub name: Option<String>,
    /// Account ID.
    pub account_id: Option<String>,
    pub source: Option<crate::AccountSource>,
    /// Indicates whether the account is disabled.
    pub disabled: Option<bool>,
    /// Indicates whether the account is locked.
    pub locked: Option<bool>,
    /// Indicates whether the account is privileged.
    pub privileged: Option<bool>,
    /// Indicates whether the account has been manually correlated to an identity.
    pub manually_correlated: Option<bool>,
    /// A date-time in ISO-8601 format
    pub password_last_set: Option<Option<crate::primitives::DateTime>>,
    /// Map or dictionary of key/value pairs.
    pub entitlement_attributes: Option<::serde_json::Value>,
    /// ISO-8601 date-time referring to the time when the object was created.
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// Indicates whether the account supports password change.
    pub supports_password_change: Option<bool>,
    /// Map or dictionary of key/value pairs.
    pub account_attributes: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
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
crate::serde_helpers::serde_struct!(BaseAccount {
    id: optional("id"),
    name: optional("name"),
    account_id: optional("accountId"),
    source: optional("source"),
    disabled: optional("disabled"),
    locked: optional("locked"),
    privileged: optional("privileged"),
    manually_correlated: optional("manuallyCorrelated"),
    password_last_set: nullable("passwordLastSet"),
    entitlement_attributes: nullable("entitlementAttributes"),
    created: nullable("created"),
    supports_password_change: optional("supportsPasswordChange"),
    account_attributes: nullable("accountAttributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BaseAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement_attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
