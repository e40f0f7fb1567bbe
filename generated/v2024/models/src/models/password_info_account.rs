#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordInfoAccount {
    /// Account ID of the account. This is specified per account schema in the source configuration. It is used to distinguish accounts. More info can be found here <https://community.sailpoint.com/t5/IdentityNow-Connectors/How-do-I-designate-an-account-attribute-as-the-Account-ID-for-a/ta-p/80350>
    pub account_id: Option<String>,
    /// Display name of the account. This is specified per account schema in the source configuration. It is used to display name of the account. More info can be found here <https://community.sailpoint.com/t5/IdentityNow-Connectors/How-do-I-designate-an-account-attribute-as-the-Account-Name-for/ta-p/74008>
    pub account_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordInfoAccount {
    /// Builds a `PasswordInfoAccount` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PasswordInfoAccount {
    account_id: optional::<String>(account_id),
    account_name: optional::<String>(account_name),
});
crate::serde_helpers::serde_struct!(PasswordInfoAccount {
    account_id: optional("accountId"),
    account_name: optional("accountName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PasswordInfoAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
