#[derive(Debug, Clone, PartialEq)]
pub enum GetStreamResponse {
    /// Full stream configuration returned by create/get/update/replace.
    StreamConfigResponse(crate::StreamConfigResponse),
    StreamConfigResponseList(Vec<crate::StreamConfigResponse>),
}
impl ::serde::Serialize for GetStreamResponse {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::StreamConfigResponse(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::StreamConfigResponseList(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for GetStreamResponse {
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
        match crate::serde_helpers::try_variant::<crate::StreamConfigResponse>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::StreamConfigResponse(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::StreamConfigResponse(value),
                );
            }
            Err(error) => errors.push(("StreamConfigResponse", error)),
        }
        match crate::serde_helpers::try_variant::<
            Vec<crate::StreamConfigResponse>,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::StreamConfigResponseList(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::StreamConfigResponseList(value),
                );
            }
            Err(error) => errors.push(("StreamConfigResponseList", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::StreamConfigResponse as ::serde::Deserialize>::deserialize(json)
                    .map(Self::StreamConfigResponse)
            }
            1usize => {
                <Vec<
                    crate::StreamConfigResponse,
                > as ::serde::Deserialize>::deserialize(json)
                    .map(Self::StreamConfigResponseList)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("GetStreamResponse", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for GetStreamResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::StreamConfigResponse(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::StreamConfigResponseList(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
