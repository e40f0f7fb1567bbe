#[derive(Debug, Clone, PartialEq, Default)]
pub struct MfaOktaConfig {
    /// Mfa method name
    pub mfa_method: Option<Option<String>>,
    /// If MFA method is enabled.
    pub enabled: Option<bool>,
    /// The server host name or IP address of the MFA provider.
    pub host: Option<Option<String>>,
    /// The secret key for authenticating requests to the MFA provider.
    pub access_key: Option<Option<String>>,
    /// Optional. The name of the attribute for mapping IdentityNow identity to the MFA provider.
    pub identity_attribute: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MfaOktaConfig {
    /// Builds a `MfaOktaConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MfaOktaConfig {
    mfa_method: nullable::<String>(mfa_method, mfa_method_null),
    enabled: optional::<bool>(enabled),
    host: nullable::<String>(host, host_null),
    access_key: nullable::<String>(access_key, access_key_null),
    identity_attribute: nullable::<String>(identity_attribute, identity_attribute_null),
});
crate::serde_helpers::serde_struct!(MfaOktaConfig {
    mfa_method: nullable("mfaMethod"),
    enabled: optional("enabled"),
    host: nullable("host"),
    access_key: nullable("accessKey"),
    identity_attribute: nullable("identityAttribute"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MfaOktaConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
