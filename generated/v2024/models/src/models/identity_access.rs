#[derive(Debug, Clone, PartialEq)]
pub enum IdentityAccess {
    /// This is a summary representation of an access profile.
    AccessProfileSummary(crate::AccessProfileSummary),
    /// EntitlementReference
    EntitlementSummary(crate::EntitlementSummary),
    /// Role
    RoleSummary(crate::RoleSummary),
}
impl ::serde::Serialize for IdentityAccess {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::AccessProfileSummary(value) => {
                crate::serde_helpers::serialize_tagged(
                    value,
                    "type",
                    "ACCESS_PROFILE",
                    serializer,
                )
            }
            Self::EntitlementSummary(value) => {
                crate::serde_helpers::serialize_tagged(
                    value,
                    "type",
                    "ENTITLEMENT",
                    serializer,
                )
            }
            Self::RoleSummary(value) => {
                crate::serde_helpers::serialize_tagged(value, "type", "ROLE", serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for IdentityAccess {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        match crate::serde_helpers::discriminator(&json, "type") {
            Some("ACCESS_PROFILE") => {
                return <crate::AccessProfileSummary as ::serde::Deserialize>::deserialize(
                        &json,
                    )
                    .map(Self::AccessProfileSummary)
                    .map_err(<D::Error as ::serde::de::Error>::custom);
            }
            Some("ENTITLEMENT") => {
                return <crate::EntitlementSummary as ::serde::Deserialize>::deserialize(
                        &json,
                    )
                    .map(Self::EntitlementSummary)
                    .map_err(<D::Error as ::serde::de::Error>::custom);
            }
            Some("ROLE") => {
                return <crate::RoleSummary as ::serde::Deserialize>::deserialize(&json)
                    .map(Self::RoleSummary)
                    .map_err(<D::Error as ::serde::de::Error>::custom);
            }
            _ => {}
        }
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<crate::AccessProfileSummary>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessProfileSummary(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessProfileSummary(value),
                );
            }
            Err(error) => errors.push(("AccessProfileSummary", error)),
        }
        match crate::serde_helpers::try_variant::<crate::EntitlementSummary>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::EntitlementSummary(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::EntitlementSummary(value),
                );
            }
            Err(error) => errors.push(("EntitlementSummary", error)),
        }
        match crate::serde_helpers::try_variant::<crate::RoleSummary>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::RoleSummary(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::RoleSummary(value),
                );
            }
            Err(error) => errors.push(("RoleSummary", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::AccessProfileSummary as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccessProfileSummary)
            }
            1usize => {
                <crate::EntitlementSummary as ::serde::Deserialize>::deserialize(json)
                    .map(Self::EntitlementSummary)
            }
            2usize => {
                <crate::RoleSummary as ::serde::Deserialize>::deserialize(json)
                    .map(Self::RoleSummary)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 3usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("IdentityAccess", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for IdentityAccess {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::AccessProfileSummary(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::EntitlementSummary(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::RoleSummary(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
