#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountItemRef {
    /// The uuid for the account, available under the 'objectguid' attribute
    pub account_uuid: Option<Option<String>>,
    /// The 'distinguishedName' attribute for the account
    pub native_identity: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountItemRef {
    /// Builds a `AccountItemRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountItemRef {
    account_uuid: nullable::<String>(account_uuid, account_uuid_null),
    native_identity: optional::<String>(native_identity),
});
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
