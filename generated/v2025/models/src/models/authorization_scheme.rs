/// Authorization scheme supported by the transmitter.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthorizationScheme {
    /// URN describing the authorization specification.
    /// OAuth 2.0: `urn:ietf:rfc:6749`; Bearer token: `urn:ietf:rfc:6750`.
    pub spec_urn: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AuthorizationScheme {
    /// Builds a `AuthorizationScheme` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AuthorizationScheme {
    spec_urn: optional::<String>(spec_urn),
});
crate::serde_helpers::serde_struct!(AuthorizationScheme {
    spec_urn: optional("spec_urn"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AuthorizationScheme {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
