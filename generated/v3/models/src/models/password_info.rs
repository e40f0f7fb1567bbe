#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordInfo {
    /// Identity ID
    pub identity_id: Option<String>,
    /// source ID
    pub source_id: Option<String>,
    /// public key ID
    pub public_key_id: Option<String>,
    /// User's public key with Base64 encoding
    pub public_key: Option<String>,
    /// Account info related to queried identity and source
    pub accounts: Option<Vec<crate::PasswordInfoAccount>>,
    /// Password constraints
    pub policies: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordInfo {
    /// Builds a `PasswordInfo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PasswordInfo {
    identity_id: optional::<String>(identity_id),
    source_id: optional::<String>(source_id),
    public_key_id: optional::<String>(public_key_id),
    public_key: optional::<String>(public_key),
    accounts: optional::<Vec<crate::PasswordInfoAccount>>(accounts),
    policies: optional::<Vec<String>>(policies),
});
crate::serde_helpers::serde_struct!(PasswordInfo {
    identity_id: optional("identityId"),
    source_id: optional("sourceId"),
    public_key_id: optional("publicKeyId"),
    public_key: optional("publicKey"),
    accounts: optional("accounts"),
    policies: optional("policies"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PasswordInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.accounts, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
