#[derive(Debug, Clone, PartialEq)]
pub enum SearchDocuments {
    AccessProfileDocuments(crate::AccessProfileDocuments),
    AccountActivityDocuments(crate::AccountActivityDocuments),
    EntitlementDocuments(crate::EntitlementDocuments),
    EventDocuments(crate::EventDocuments),
    IdentityDocuments(crate::IdentityDocuments),
    RoleDocuments(crate::RoleDocuments),
}
impl ::serde::Serialize for SearchDocuments {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::AccessProfileDocuments(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccountActivityDocuments(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::EntitlementDocuments(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::EventDocuments(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::IdentityDocuments(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::RoleDocuments(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchDocuments {
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
        match crate::serde_helpers::try_variant::<crate::AccessProfileDocuments>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessProfileDocuments(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessProfileDocuments(value),
                );
            }
            Err(error) => errors.push(("AccessProfileDocuments", error)),
        }
        match crate::serde_helpers::try_variant::<crate::EntitlementDocuments>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::EntitlementDocuments(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::EntitlementDocuments(value),
                );
            }
            Err(error) => errors.push(("EntitlementDocuments", error)),
        }
        match crate::serde_helpers::try_variant::<crate::IdentityDocuments>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::IdentityDocuments(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentityDocuments(value),
                );
            }
            Err(error) => errors.push(("IdentityDocuments", error)),
        }
        match crate::serde_helpers::try_variant::<crate::RoleDocuments>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::RoleDocuments(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::RoleDocuments(value),
                );
            }
            Err(error) => errors.push(("RoleDocuments", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::AccountActivityDocuments,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccountActivityDocuments(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccountActivityDocuments(value),
                );
            }
            Err(error) => errors.push(("AccountActivityDocuments", error)),
        }
        match crate::serde_helpers::try_variant::<crate::EventDocuments>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::EventDocuments(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::EventDocuments(value),
                );
            }
            Err(error) => errors.push(("EventDocuments", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::AccessProfileDocuments as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessProfileDocuments)
            }
            1usize => {
                <crate::EntitlementDocuments as ::serde::Deserialize>::deserialize(json)
                    .map(Self::EntitlementDocuments)
            }
            2usize => {
                <crate::IdentityDocuments as ::serde::Deserialize>::deserialize(json)
                    .map(Self::IdentityDocuments)
            }
            3usize => {
                <crate::RoleDocuments as ::serde::Deserialize>::deserialize(json)
                    .map(Self::RoleDocuments)
            }
            4usize => {
                <crate::AccountActivityDocuments as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccountActivityDocuments)
            }
            5usize => {
                <crate::EventDocuments as ::serde::Deserialize>::deserialize(json)
                    .map(Self::EventDocuments)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 6usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("SearchDocuments", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for SearchDocuments {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::AccessProfileDocuments(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccountActivityDocuments(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::EntitlementDocuments(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::EventDocuments(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::IdentityDocuments(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::RoleDocuments(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
