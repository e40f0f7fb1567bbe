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
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match <crate::StartApplicationDiscoveryResponse403Variant2 as ::serde::Deserialize>::deserialize(
            &json,
        ) {
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
        match <crate::ErrorResponseDto as ::serde::Deserialize>::deserialize(&json) {
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
