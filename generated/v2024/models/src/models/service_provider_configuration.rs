/// Represents the IdentityNow as Service Provider Configuration allowing customers to log into IDN via an Identity Provider
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceProviderConfiguration {
    /// This determines whether or not the SAML authentication flow is enabled for an org
    pub enabled: Option<bool>,
    /// This allows basic login with the parameter prompt=true. This is often toggled on when debugging SAML authentication setup. When false, only org admins with MFA-enabled can bypass the IDP.
    pub bypass_idp: Option<bool>,
    /// This indicates whether or not the SAML configuration is valid.
    pub saml_configuration_valid: Option<bool>,
    /// A list of the abstract implementations of the Federation Protocol details. Typically, this will include on SpDetails object and one IdpDetails object used in tandem to define a SAML integration between a customer's identity provider and a customer's SailPoint instance (i.e., the service provider).
    pub federation_protocol_details: Option<
        Vec<crate::ServiceProviderConfigurationFederationProtocolDetailsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ServiceProviderConfiguration {
    /// Builds a `ServiceProviderConfiguration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ServiceProviderConfiguration {
    enabled: optional::<bool>(enabled),
    bypass_idp: optional::<bool>(bypass_idp),
    saml_configuration_valid: optional::<bool>(saml_configuration_valid),
    federation_protocol_details: optional::<Vec<crate::ServiceProviderConfigurationFederationProtocolDetailsItem>>(federation_protocol_details),
});
crate::serde_helpers::serde_struct!(ServiceProviderConfiguration {
    enabled: optional("enabled"),
    bypass_idp: optional("bypassIdp"),
    saml_configuration_valid: optional("samlConfigurationValid"),
    federation_protocol_details: optional("federationProtocolDetails"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ServiceProviderConfiguration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.federation_protocol_details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum ServiceProviderConfigurationFederationProtocolDetailsItem {
    IdpDetails(crate::IdpDetails),
    SpDetails(crate::SpDetails),
}
impl ::serde::Serialize for ServiceProviderConfigurationFederationProtocolDetailsItem {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::IdpDetails(value) => ::serde::Serialize::serialize(value, serializer),
            Self::SpDetails(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de>
for ServiceProviderConfigurationFederationProtocolDetailsItem {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<crate::IdpDetails>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::IdpDetails(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdpDetails(value),
                );
            }
            Err(error) => errors.push(("IdpDetails", error)),
        }
        match crate::serde_helpers::try_variant::<crate::SpDetails>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SpDetails(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SpDetails(value),
                );
            }
            Err(error) => errors.push(("SpDetails", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::IdpDetails as ::serde::Deserialize>::deserialize(json)
                    .map(Self::IdpDetails)
            }
            1usize => {
                <crate::SpDetails as ::serde::Deserialize>::deserialize(json)
                    .map(Self::SpDetails)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "ServiceProviderConfigurationFederationProtocolDetailsItem",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit
for ServiceProviderConfigurationFederationProtocolDetailsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::IdpDetails(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::SpDetails(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
