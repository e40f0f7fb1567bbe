/// Includes the fields of [`ReferenceV2024`](crate::ReferenceV2024).
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BaseAccount {
    /// Builds a `BaseAccount` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BaseAccount {
    id: optional::<String>(id),
    name: optional::<String>(name),
    account_id: optional::<String>(account_id),
    source: optional::<crate::AccountSource>(source),
    disabled: optional::<bool>(disabled),
    locked: optional::<bool>(locked),
    privileged: optional::<bool>(privileged),
    manually_correlated: optional::<bool>(manually_correlated),
    password_last_set: nullable::<crate::primitives::DateTime>(password_last_set, password_last_set_null),
    entitlement_attributes: nullable_json::<::serde_json::Value>(entitlement_attributes, entitlement_attributes_null),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    supports_password_change: optional::<bool>(supports_password_change),
    account_attributes: nullable_json::<::serde_json::Value>(account_attributes, account_attributes_null),
});
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
