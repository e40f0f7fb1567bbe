/// SSF transmitter discovery metadata per the SSF specification.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransmitterMetadata {
    /// Version of the SSF specification supported.
    pub spec_version: Option<String>,
    /// Base URL of the transmitter (issuer).
    pub issuer: Option<String>,
    /// URL of the transmitter's JSON Web Key Set.
    pub jwks_uri: Option<String>,
    /// Supported delivery methods (e.g. push URN).
    pub delivery_methods_supported: Option<Vec<String>>,
    /// Endpoint for stream configuration (create, read, update, replace, delete).
    pub configuration_endpoint: Option<String>,
    /// Endpoint for reading and updating stream status.
    pub status_endpoint: Option<String>,
    /// Endpoint for receiver verification.
    pub verification_endpoint: Option<String>,
    /// Supported authorization schemes (e.g. OAuth2, Bearer).
    pub authorization_schemes: Option<Vec<crate::AuthorizationScheme>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TransmitterMetadata {
    /// Builds a `TransmitterMetadata` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TransmitterMetadata {
    spec_version: optional::<String>(spec_version),
    issuer: optional::<String>(issuer),
    jwks_uri: optional::<String>(jwks_uri),
    delivery_methods_supported: optional::<Vec<String>>(delivery_methods_supported),
    configuration_endpoint: optional::<String>(configuration_endpoint),
    status_endpoint: optional::<String>(status_endpoint),
    verification_endpoint: optional::<String>(verification_endpoint),
    authorization_schemes: optional::<Vec<crate::AuthorizationScheme>>(authorization_schemes),
});
crate::serde_helpers::serde_struct!(TransmitterMetadata {
    spec_version: optional("spec_version"),
    issuer: optional("issuer"),
    jwks_uri: optional("jwks_uri"),
    delivery_methods_supported: optional("delivery_methods_supported"),
    configuration_endpoint: optional("configuration_endpoint"),
    status_endpoint: optional("status_endpoint"),
    verification_endpoint: optional("verification_endpoint"),
    authorization_schemes: optional("authorization_schemes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TransmitterMetadata {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.authorization_schemes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
