/// DKIM attributes for a domain or identity
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DkimAttributes {
    /// UUID associated with domain to be verified
    pub id: Option<String>,
    /// The identity or domain address
    pub address: Option<String>,
    /// Whether or not DKIM has been enabled for this domain / identity
    pub dkim_enabled: Option<bool>,
    /// The tokens to be added to a DNS for verification
    pub dkim_tokens: Option<Vec<String>>,
    /// The current status if the domain /identity has been verified. Ie SUCCESS, FAILED, PENDING
    pub dkim_verification_status: Option<String>,
    /// The AWS SES region the domain is associated with
    pub region: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DkimAttributes {
    /// Builds a `DkimAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DkimAttributes {
    id: optional::<String>(id),
    address: optional::<String>(address),
    dkim_enabled: optional::<bool>(dkim_enabled),
    dkim_tokens: optional::<Vec<String>>(dkim_tokens),
    dkim_verification_status: optional::<String>(dkim_verification_status),
    region: optional::<String>(region),
});
crate::serde_helpers::serde_struct!(DkimAttributes {
    id: optional("id"),
    address: optional("address"),
    dkim_enabled: optional("dkimEnabled"),
    dkim_tokens: optional("dkimTokens"),
    dkim_verification_status: optional("dkimVerificationStatus"),
    region: optional("region"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DkimAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
