#[derive(Debug, Clone, PartialEq)]
pub enum ListIdentitySnapshotAccessItemsResponseItem {
    AccessItemAccessProfileResponse(crate::AccessItemAccessProfileResponse),
    AccessItemAccountResponse(crate::AccessItemAccountResponse),
    AccessItemAppResponse(crate::AccessItemAppResponse),
    AccessItemEntitlementResponse(crate::AccessItemEntitlementResponse),
    AccessItemRoleResponse(crate::AccessItemRoleResponse),
}
impl ::serde::Serialize for ListIdentitySnapshotAccessItemsResponseItem {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::AccessItemAccessProfileResponse(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessItemAccountResponse(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessItemAppResponse(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessItemEntitlementResponse(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessItemRoleResponse(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for ListIdentitySnapshotAccessItemsResponseItem {
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
            crate::AccessItemEntitlementResponse,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(
                        &json,
                        &["standalone", "privileged", "cloudGoverned"],
                    );
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessItemEntitlementResponse(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessItemEntitlementResponse(value),
                );
            }
            Err(error) => errors.push(("AccessItemEntitlementResponse", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::AccessItemAccessProfileResponse,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(
                        &json,
                        &["standalone", "revocable"],
                    );
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessItemAccessProfileResponse(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessItemAccessProfileResponse(value),
                );
            }
            Err(error) => errors.push(("AccessItemAccessProfileResponse", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::AccessItemAccountResponse,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessItemAccountResponse(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessItemAccountResponse(value),
                );
            }
            Err(error) => errors.push(("AccessItemAccountResponse", error)),
        }
        match crate::serde_helpers::try_variant::<crate::AccessItemAppResponse>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(&json, &["appRoleId"]);
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessItemAppResponse(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessItemAppResponse(value),
                );
            }
            Err(error) => errors.push(("AccessItemAppResponse", error)),
        }
        match crate::serde_helpers::try_variant::<crate::AccessItemRoleResponse>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessItemRoleResponse(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessItemRoleResponse(value),
                );
            }
            Err(error) => errors.push(("AccessItemRoleResponse", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::AccessItemEntitlementResponse as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessItemEntitlementResponse)
            }
            1usize => {
                <crate::AccessItemAccessProfileResponse as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessItemAccessProfileResponse)
            }
            2usize => {
                <crate::AccessItemAccountResponse as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessItemAccountResponse)
            }
            3usize => {
                <crate::AccessItemAppResponse as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccessItemAppResponse)
            }
            4usize => {
                <crate::AccessItemRoleResponse as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::AccessItemRoleResponse)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 5usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "ListIdentitySnapshotAccessItemsResponseItem",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for ListIdentitySnapshotAccessItemsResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::AccessItemAccessProfileResponse(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessItemAccountResponse(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessItemAppResponse(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessItemEntitlementResponse(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessItemRoleResponse(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
