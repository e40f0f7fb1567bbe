#[derive(Debug, Clone, PartialEq)]
pub enum StartApplicationDiscoveryResponse403 {
    ErrorResponseDto(crate::ErrorResponseDto),
    StartApplicationDiscoveryResponse403Variant2(
        crate::StartApplicationDiscoveryResponse403Variant2,
    ),
}
impl ::serde::Serialize for StartApplicationDiscoveryResponse403 {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::ErrorResponseDto(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::StartApplicationDiscoveryResponse403Variant2(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for StartApplicationDiscoveryResponse403 {
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
            crate::StartApplicationDiscoveryResponse403Variant2,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::StartApplicationDiscoveryResponse403Variant2(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::StartApplicationDiscoveryResponse403Variant2(value),
                );
            }
            Err(error) => {
                errors.push(("StartApplicationDiscoveryResponse403Variant2", error))
            }
        }
        match crate::serde_helpers::try_variant::<crate::ErrorResponseDto>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::ErrorResponseDto(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::ErrorResponseDto(value),
                );
            }
            Err(error) => errors.push(("ErrorResponseDto", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::StartApplicationDiscoveryResponse403Variant2 as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::StartApplicationDiscoveryResponse403Variant2)
            }
            1usize => {
                <crate::ErrorResponseDto as ::serde::Deserialize>::deserialize(json)
                    .map(Self::ErrorResponseDto)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "StartApplicationDiscoveryResponse403",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for StartApplicationDiscoveryResponse403 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::ErrorResponseDto(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::StartApplicationDiscoveryResponse403Variant2(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct StartApplicationDiscoveryResponse403Variant2 {
    /// Error message when quota is exceeded
    pub error: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl StartApplicationDiscoveryResponse403Variant2 {
    /// Builds a `StartApplicationDiscoveryResponse403Variant2` from its required fields; the others are unset.
    pub fn new(error: impl Into<String>) -> Self {
        Self {
            error: error.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(StartApplicationDiscoveryResponse403Variant2 {
    error: required("error"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for StartApplicationDiscoveryResponse403Variant2 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
