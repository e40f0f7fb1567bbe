/// Domain status DTO containing everything required to verify via DKIM
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DomainStatusDto {
    /// New UUID associated with domain to be verified
    pub id: Option<String>,
    /// A domain address
    pub domain: Option<String>,
    /// DKIM is enabled for this domain
    pub dkim_enabled: Option<bool>,
    /// DKIM tokens required for authentication
    pub dkim_tokens: Option<Vec<String>>,
    /// Status of DKIM authentication
    pub dkim_verification_status: Option<String>,
    /// The AWS SES region the domain is associated with
    pub region: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
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
crate::serde_helpers::serde_struct!(DomainStatusDto {
    id: optional("id"),
    domain: optional("domain"),
    dkim_enabled: optional("dkimEnabled"),
    dkim_tokens: optional("dkimTokens"),
    dkim_verification_status: optional("dkimVerificationStatus"),
    region: optional("region"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DomainStatusDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
