#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordChangeRequest {
    /// The identity ID that requested the password change
    pub identity_id: Option<String>,
    /// The RSA encrypted password
    pub encrypted_password: Option<String>,
    /// The encryption key ID
    pub public_key_id: Option<String>,
    /// Account ID of the account This is specified per account schema in the source configuration. It is used to distinguish accounts. More info can be found here <https://community.sailpoint.com/t5/IdentityNow-Connectors/How-do-I-designate-an-account-attribute-as-the-Account-ID-for-a/ta-p/80350>
    pub account_id: Option<String>,
    /// The ID of the source for which identity is requesting the password change
    pub source_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordChangeRequest {
    /// Builds a `PasswordChangeRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PasswordChangeRequest {
    identity_id: optional::<String>(identity_id),
    encrypted_password: optional::<String>(encrypted_password),
    public_key_id: optional::<String>(public_key_id),
    account_id: optional::<String>(account_id),
    source_id: optional::<String>(source_id),
});
crate::serde_helpers::serde_struct!(PasswordChangeRequest {
    identity_id: optional("identityId"),
    encrypted_password: optional("encryptedPassword"),
    public_key_id: optional("publicKeyId"),
    account_id: optional("accountId"),
    source_id: optional("sourceId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PasswordChangeRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
