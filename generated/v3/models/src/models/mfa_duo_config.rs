#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MfaDuoConfig {
    /// Mfa method name
    #[serde(
        rename = "mfaMethod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub mfa_method: Option<Option<String>>,
    /// If MFA method is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The server host name or IP address of the MFA provider.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub host: Option<Option<String>>,
    /// The secret key for authenticating requests to the MFA provider.
    #[serde(
        rename = "accessKey",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub access_key: Option<Option<String>>,
    /// Optional. The name of the attribute for mapping IdentityNow identity to the MFA provider.
    #[serde(
        rename = "identityAttribute",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub identity_attribute: Option<Option<String>>,
    /// A map with additional config properties for the given MFA method - duo-web.
    #[serde(
        rename = "configProperties",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub config_properties: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MfaDuoConfig {
    /// Builds a `MfaDuoConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for MfaDuoConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.config_properties, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
