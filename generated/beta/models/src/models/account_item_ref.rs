#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountItemRef {
    /// The uuid for the account, available under the 'objectguid' attribute
    pub account_uuid: Option<Option<String>>,
    /// The 'distinguishedName' attribute for the account
    pub native_identity: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountItemRef {
    /// Builds a `AccountItemRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `account_uuid`.
    pub fn account_uuid(mut self, value: impl Into<String>) -> Self {
        self.account_uuid = Some(Some(value.into()));
        self
    }
    /// Sets `account_uuid` to an explicit `null`.
    pub fn account_uuid_null(mut self) -> Self {
        self.account_uuid = Some(None);
        self
    }
    /// Sets `native_identity`.
    pub fn native_identity(mut self, value: impl Into<String>) -> Self {
        self.native_identity = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AccountItemRef {
    account_uuid: nullable("accountUuid"),
    native_identity: optional("nativeIdentity"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountItemRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
