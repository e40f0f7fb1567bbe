#[derive(Debug, Clone, PartialEq)]
pub enum PutClientLogConfigurationRequest {
    /// Client Runtime Logging Configuration
    SetDurationMinutes(Option<crate::SetDurationMinutes>),
    /// Client Runtime Logging Configuration
    SetExpirationDate(Option<crate::SetExpirationDate>),
}
impl ::serde::Serialize for PutClientLogConfigurationRequest {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::SetDurationMinutes(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::SetExpirationDate(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for PutClientLogConfigurationRequest {
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
            Option<crate::SetDurationMinutes>,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SetDurationMinutes(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SetDurationMinutes(value),
                );
            }
            Err(error) => errors.push(("SetDurationMinutes", error)),
        }
        match crate::serde_helpers::try_variant::<
            Option<crate::SetExpirationDate>,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SetExpirationDate(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SetExpirationDate(value),
                );
            }
            Err(error) => errors.push(("SetExpirationDate", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <Option<
                    crate::SetDurationMinutes,
                > as ::serde::Deserialize>::deserialize(json)
                    .map(Self::SetDurationMinutes)
            }
            1usize => {
                <Option<
                    crate::SetExpirationDate,
                > as ::serde::Deserialize>::deserialize(json)
                    .map(Self::SetExpirationDate)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "PutClientLogConfigurationRequest",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for PutClientLogConfigurationRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::SetDurationMinutes(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::SetExpirationDate(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
