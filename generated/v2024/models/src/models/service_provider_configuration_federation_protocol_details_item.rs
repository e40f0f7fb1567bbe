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
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match <crate::IdpDetails as ::serde::Deserialize>::deserialize(&json) {
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
        match <crate::SpDetails as ::serde::Deserialize>::deserialize(&json) {
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
