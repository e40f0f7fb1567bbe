#[derive(Debug, Clone, PartialEq)]
pub enum GetCampaignResponse {
    SlimCampaign(crate::SlimCampaign),
    CampaignV2024(crate::CampaignV2024),
}
impl ::serde::Serialize for GetCampaignResponse {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::SlimCampaign(value) => ::serde::Serialize::serialize(value, serializer),
            Self::CampaignV2024(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for GetCampaignResponse {
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
        match crate::serde_helpers::try_variant::<crate::SlimCampaign>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(&json, &["description"]);
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SlimCampaign(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SlimCampaign(value),
                );
            }
            Err(error) => errors.push(("SlimCampaign", error)),
        }
        match crate::serde_helpers::try_variant::<crate::CampaignV2024>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(&json, &["description"]);
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::CampaignV2024(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::CampaignV2024(value),
                );
            }
            Err(error) => errors.push(("CampaignV2024", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::SlimCampaign as ::serde::Deserialize>::deserialize(json)
                    .map(Self::SlimCampaign)
            }
            1usize => {
                <crate::CampaignV2024 as ::serde::Deserialize>::deserialize(json)
                    .map(Self::CampaignV2024)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("GetCampaignResponse", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for GetCampaignResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::SlimCampaign(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::CampaignV2024(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
