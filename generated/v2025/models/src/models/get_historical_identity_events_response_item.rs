#[derive(Debug, Clone, PartialEq)]
pub enum GetHistoricalIdentityEventsResponseItem {
    IdentityCertified(crate::IdentityCertified),
    AccessItemAssociated(crate::AccessItemAssociated),
    AccessItemRemoved(crate::AccessItemRemoved),
    AttributesChanged(crate::AttributesChanged),
    AccessRequested(crate::AccessRequested),
    AccountStatusChanged(crate::AccountStatusChanged),
}
impl ::serde::Serialize for GetHistoricalIdentityEventsResponseItem {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::IdentityCertified(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessItemAssociated(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessItemRemoved(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AttributesChanged(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccessRequested(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::AccountStatusChanged(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for GetHistoricalIdentityEventsResponseItem {
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
        match crate::serde_helpers::try_variant::<crate::IdentityCertified>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::IdentityCertified(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentityCertified(value),
                );
            }
            Err(error) => errors.push(("IdentityCertified", error)),
        }
        match crate::serde_helpers::try_variant::<crate::AccessItemAssociated>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(&json, &["governanceEvent"]);
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessItemAssociated(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessItemAssociated(value),
                );
            }
            Err(error) => errors.push(("AccessItemAssociated", error)),
        }
        match crate::serde_helpers::try_variant::<crate::AccountStatusChanged>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccountStatusChanged(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccountStatusChanged(value),
                );
            }
            Err(error) => errors.push(("AccountStatusChanged", error)),
        }
        match crate::serde_helpers::try_variant::<crate::AccessItemRemoved>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessItemRemoved(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessItemRemoved(value),
                );
            }
            Err(error) => errors.push(("AccessItemRemoved", error)),
        }
        match crate::serde_helpers::try_variant::<crate::AttributesChanged>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AttributesChanged(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AttributesChanged(value),
                );
            }
            Err(error) => errors.push(("AttributesChanged", error)),
        }
        match crate::serde_helpers::try_variant::<crate::AccessRequested>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccessRequested(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccessRequested(value),
                );
            }
            Err(error) => errors.push(("AccessRequested", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::IdentityCertified as ::serde::Deserialize>::deserialize(json)
                    .map(Self::IdentityCertified)
            }
            1usize => {
                <crate::AccessItemAssociated as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccessItemAssociated)
            }
            2usize => {
                <crate::AccountStatusChanged as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccountStatusChanged)
            }
            3usize => {
                <crate::AccessItemRemoved as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccessItemRemoved)
            }
            4usize => {
                <crate::AttributesChanged as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AttributesChanged)
            }
            5usize => {
                <crate::AccessRequested as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccessRequested)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 6usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "GetHistoricalIdentityEventsResponseItem",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for GetHistoricalIdentityEventsResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::IdentityCertified(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessItemAssociated(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessItemRemoved(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AttributesChanged(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccessRequested(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::AccountStatusChanged(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
