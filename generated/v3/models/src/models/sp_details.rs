/// Includes the fields of [`FederationProtocolDetails`](crate::FederationProtocolDetails).
#[derive(Debug, Clone, PartialEq)]
pub struct SpDetails {
    /// Federation protocol role
    pub role: Option<crate::FederationProtocolDetailsRole>,
    /// An entity ID is a globally unique name for a SAML entity, either an Identity Provider (IDP) or a Service Provider (SP).
    pub entity_id: Option<String>,
    /// Unique alias used to identify the selected local service provider based on used URL. Used with SP configurations.
    pub alias: Option<String>,
    /// The allowed callback URL where users will be redirected to after authentication. Used with SP configurations.
    pub callback_url: String,
    /// The legacy ACS URL used for SAML authentication. Used with SP configurations.
    pub legacy_acs_url: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SpDetails {
    /// Builds a `SpDetails` from its required fields; the others are unset.
    pub fn new(callback_url: impl Into<String>) -> Self {
        Self {
            role: None,
            entity_id: None,
            alias: None,
            callback_url: callback_url.into(),
            legacy_acs_url: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SpDetails {
    role: optional::<crate::FederationProtocolDetailsRole>(role),
    entity_id: optional::<String>(entity_id),
    alias: optional::<String>(alias),
    legacy_acs_url: optional::<String>(legacy_acs_url),
});
crate::serde_helpers::serde_struct!(SpDetails {
    role: optional("role"),
    entity_id: optional("entityId"),
    alias: optional("alias"),
    callback_url: required("callbackUrl"),
    legacy_acs_url: optional("legacyAcsUrl"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SpDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.role, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
