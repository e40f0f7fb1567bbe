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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MfaOktaConfig {
    /// Builds a `MfaOktaConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mfa_method`.
    pub fn mfa_method(mut self, value: impl Into<String>) -> Self {
        self.mfa_method = Some(Some(value.into()));
        self
    }
    /// Sets `mfa_method` to an explicit `null`.
    pub fn mfa_method_null(mut self) -> Self {
        self.mfa_method = Some(None);
        self
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `host`.
    pub fn host(mut self, value: impl Into<String>) -> Self {
        self.host = Some(Some(value.into()));
        self
    }
    /// Sets `host` to an explicit `null`.
    pub fn host_null(mut self) -> Self {
        self.host = Some(None);
        self
    }
    /// Sets `access_key`.
    pub fn access_key(mut self, value: impl Into<String>) -> Self {
        self.access_key = Some(Some(value.into()));
        self
    }
    /// Sets `access_key` to an explicit `null`.
    pub fn access_key_null(mut self) -> Self {
        self.access_key = Some(None);
        self
    }
    /// Sets `identity_attribute`.
    pub fn identity_attribute(mut self, value: impl Into<String>) -> Self {
        self.identity_attribute = Some(Some(value.into()));
        self
    }
    /// Sets `identity_attribute` to an explicit `null`.
    pub fn identity_attribute_null(mut self) -> Self {
        self.identity_attribute = Some(None);
        self
    }
}
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
