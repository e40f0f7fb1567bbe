#[derive(Debug, Clone, PartialEq, Default)]
pub struct MfaDuoConfig {
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
    /// A map with additional config properties for the given MFA method - duo-web.
    pub config_properties: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MfaDuoConfig {
    /// Builds a `MfaDuoConfig` with every field unset.
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
    /// Sets `config_properties`.
    pub fn config_properties(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.config_properties = Some(value.into());
        self
    }
    /// Sets `config_properties` to an explicit `null`.
    pub fn config_properties_null(mut self) -> Self {
        self.config_properties = Some(::serde_json::Value::Null);
        self
    }
}
crate::serde_helpers::serde_struct!(MfaDuoConfig {
    mfa_method: nullable("mfaMethod"),
    enabled: optional("enabled"),
    host: nullable("host"),
    access_key: nullable("accessKey"),
    identity_attribute: nullable("identityAttribute"),
    config_properties: nullable("configProperties"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MfaDuoConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.config_properties, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
