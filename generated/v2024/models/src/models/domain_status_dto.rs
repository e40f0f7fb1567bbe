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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DomainStatusDto {
    /// Builds a `DomainStatusDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DomainStatusDto {
    id: optional::<String>(id),
    domain: optional::<String>(domain),
    dkim_enabled: optional::<bool>(dkim_enabled),
    dkim_tokens: optional::<Vec<String>>(dkim_tokens),
    dkim_verification_status: optional::<String>(dkim_verification_status),
    region: optional::<String>(region),
});
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
