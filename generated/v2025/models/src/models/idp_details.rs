/// Includes the fields of [`FederationProtocolDetails`](crate::FederationProtocolDetails).
#[derive(Debug, Clone, PartialEq)]
pub struct IdpDetails {
    /// Federation protocol role
    pub role: Option<crate::FederationProtocolDetailsRole>,
    /// An entity ID is a globally unique name for a SAML entity, either an Identity Provider (IDP) or a Service Provider (SP).
    pub entity_id: Option<String>,
    /// Defines the binding used for the SAML flow. Used with IDP configurations.
    pub binding: Option<String>,
    /// Specifies the SAML authentication method to use. Used with IDP configurations.
    pub authn_context: Option<String>,
    /// The IDP logout URL. Used with IDP configurations.
    pub logout_url: Option<String>,
    /// Determines if the configured AuthnContext should be used or the default. Used with IDP configurations.
    pub include_authn_context: Option<bool>,
    /// The name id format to use. Used with IDP configurations.
    pub name_id: Option<String>,
    pub jit_configuration: Option<crate::JitConfiguration>,
    /// The Base64-encoded certificate used by the IDP. Used with IDP configurations.
    pub cert: Option<String>,
    /// The IDP POST URL, used with IDP HTTP-POST bindings for IDP-initiated logins. Used with IDP configurations.
    pub login_url_post: Option<String>,
    /// The IDP Redirect URL. Used with IDP configurations.
    pub login_url_redirect: Option<String>,
    /// Return the saml Id for the given user, based on the IDN as SP settings of the org. Used with IDP configurations.
    pub mapping_attribute: String,
    /// The expiration date extracted from the certificate.
    pub certificate_expiration_date: Option<String>,
    /// The name extracted from the certificate.
    pub certificate_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdpDetails {
    /// Builds a `IdpDetails` from its required fields; the others are unset.
    pub fn new(mapping_attribute: impl Into<String>) -> Self {
        Self {
            role: None,
            entity_id: None,
            binding: None,
            authn_context: None,
            logout_url: None,
            include_authn_context: None,
            name_id: None,
            jit_configuration: None,
            cert: None,
            login_url_post: None,
            login_url_redirect: None,
            mapping_attribute: mapping_attribute.into(),
            certificate_expiration_date: None,
            certificate_name: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(IdpDetails {
    role: optional::<crate::FederationProtocolDetailsRole>(role),
    entity_id: optional::<String>(entity_id),
    binding: optional::<String>(binding),
    authn_context: optional::<String>(authn_context),
    logout_url: optional::<String>(logout_url),
    include_authn_context: optional::<bool>(include_authn_context),
    name_id: optional::<String>(name_id),
    jit_configuration: optional::<crate::JitConfiguration>(jit_configuration),
    cert: optional::<String>(cert),
    login_url_post: optional::<String>(login_url_post),
    login_url_redirect: optional::<String>(login_url_redirect),
    certificate_expiration_date: optional::<String>(certificate_expiration_date),
    certificate_name: optional::<String>(certificate_name),
});
crate::serde_helpers::serde_struct!(IdpDetails {
    role: optional("role"),
    entity_id: optional("entityId"),
    binding: optional("binding"),
    authn_context: optional("authnContext"),
    logout_url: optional("logoutUrl"),
    include_authn_context: optional("includeAuthnContext"),
    name_id: optional("nameId"),
    jit_configuration: optional("jitConfiguration"),
    cert: optional("cert"),
    login_url_post: optional("loginUrlPost"),
    login_url_redirect: optional("loginUrlRedirect"),
    mapping_attribute: required("mappingAttribute"),
    certificate_expiration_date: optional("certificateExpirationDate"),
    certificate_name: optional("certificateName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdpDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.role, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.jit_configuration, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
