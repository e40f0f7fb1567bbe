#[derive(Debug, Clone, PartialEq)]
pub enum GetDiscoveredApplicationsResponseItem {
    /// Discovered applications
    SlimDiscoveredApplication(crate::SlimDiscoveredApplication),
    /// Discovered applications with their respective associated sources
    DiscoveredApplication(crate::DiscoveredApplication),
}
impl ::serde::Serialize for GetDiscoveredApplicationsResponseItem {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::SlimDiscoveredApplication(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::DiscoveredApplication(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for GetDiscoveredApplicationsResponseItem {
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
        match crate::serde_helpers::try_variant::<
            crate::SlimDiscoveredApplication,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SlimDiscoveredApplication(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SlimDiscoveredApplication(value),
                );
            }
            Err(error) => errors.push(("SlimDiscoveredApplication", error)),
        }
        match crate::serde_helpers::try_variant::<crate::DiscoveredApplication>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::DiscoveredApplication(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::DiscoveredApplication(value),
                );
            }
            Err(error) => errors.push(("DiscoveredApplication", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::SlimDiscoveredApplication as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::SlimDiscoveredApplication)
            }
            1usize => {
                <crate::DiscoveredApplication as ::serde::Deserialize>::deserialize(json)
                    .map(Self::DiscoveredApplication)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "GetDiscoveredApplicationsResponseItem",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for GetDiscoveredApplicationsResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::SlimDiscoveredApplication(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::DiscoveredApplication(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
