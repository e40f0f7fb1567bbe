#[derive(Debug, Clone, PartialEq)]
pub enum GetActiveCampaignsResponseItem {
    /// Campaign
    Fullcampaign(crate::Fullcampaign),
    Slimcampaign(crate::Slimcampaign),
}
impl ::serde::Serialize for GetActiveCampaignsResponseItem {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::Fullcampaign(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Slimcampaign(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for GetActiveCampaignsResponseItem {
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
        match crate::serde_helpers::try_variant::<crate::Fullcampaign>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Fullcampaign(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::Fullcampaign(value),
                );
            }
            Err(error) => errors.push(("Fullcampaign", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Slimcampaign>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Slimcampaign(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::Slimcampaign(value),
                );
            }
            Err(error) => errors.push(("Slimcampaign", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::Fullcampaign as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Fullcampaign)
            }
            1usize => {
                <crate::Slimcampaign as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Slimcampaign)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "GetActiveCampaignsResponseItem",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for GetActiveCampaignsResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::Fullcampaign(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::Slimcampaign(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
