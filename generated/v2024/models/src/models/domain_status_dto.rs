/// Domain status DTO containing everything required to verify via DKIM
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DomainStatusDto {
    /// New UUID associated with domain to be verified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// A domain address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// DKIM is enabled for this domain
    #[serde(rename = "dkimEnabled", default, skip_serializing_if = "Option::is_none")]
    pub dkim_enabled: Option<bool>,
    /// DKIM tokens required for authentication
    #[serde(rename = "dkimTokens", default, skip_serializing_if = "Option::is_none")]
    pub dkim_tokens: Option<Vec<String>>,
    /// Status of DKIM authentication
    #[serde(
        rename = "dkimVerificationStatus",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub dkim_verification_status: Option<String>,
    /// The AWS SES region the domain is associated with
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DomainStatusDto {
    /// Builds a `DomainStatusDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `domain`.
    pub fn domain(mut self, value: impl Into<String>) -> Self {
        self.domain = Some(value.into());
        self
    }
    /// Sets `dkim_enabled`.
    pub fn dkim_enabled(mut self, value: impl Into<bool>) -> Self {
        self.dkim_enabled = Some(value.into());
        self
    }
    /// Sets `dkim_tokens`.
    pub fn dkim_tokens(mut self, value: impl Into<Vec<String>>) -> Self {
        self.dkim_tokens = Some(value.into());
        self
    }
    /// Sets `dkim_verification_status`.
    pub fn dkim_verification_status(mut self, value: impl Into<String>) -> Self {
        self.dkim_verification_status = Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for DomainStatusDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
