#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    TransformRule(crate::TransformRule),
    GenerateRandomString(crate::GenerateRandomString),
    GetReferenceIdentityAttribute(crate::GetReferenceIdentityAttribute),
}
impl ::serde::Serialize for Rule {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::TransformRule(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::GenerateRandomString(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::GetReferenceIdentityAttribute(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Rule {
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
        match crate::serde_helpers::try_variant::<crate::GenerateRandomString>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::GenerateRandomString(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::GenerateRandomString(value),
                );
            }
            Err(error) => errors.push(("GenerateRandomString", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::GetReferenceIdentityAttribute,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::GetReferenceIdentityAttribute(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::GetReferenceIdentityAttribute(value),
                );
            }
            Err(error) => errors.push(("GetReferenceIdentityAttribute", error)),
        }
        match crate::serde_helpers::try_variant::<crate::TransformRule>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::TransformRule(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::TransformRule(value),
                );
            }
            Err(error) => errors.push(("TransformRule", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::GenerateRandomString as ::serde::Deserialize>::deserialize(json)
                    .map(Self::GenerateRandomString)
            }
            1usize => {
                <crate::GetReferenceIdentityAttribute as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::GetReferenceIdentityAttribute)
            }
            2usize => {
                <crate::TransformRule as ::serde::Deserialize>::deserialize(json)
                    .map(Self::TransformRule)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 3usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("Rule", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for Rule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::TransformRule(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::GenerateRandomString(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::GetReferenceIdentityAttribute(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
