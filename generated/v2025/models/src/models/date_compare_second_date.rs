/// This is the second date to consider (The date that would be on the right hand side of the comparison operation).
#[derive(Debug, Clone, PartialEq)]
pub enum DateCompareSecondDate {
    AccountAttribute(crate::AccountAttribute),
    DateFormat(crate::DateFormat),
}
impl ::serde::Serialize for DateCompareSecondDate {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::AccountAttribute(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::DateFormat(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for DateCompareSecondDate {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match <crate::AccountAttribute as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccountAttribute(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccountAttribute(value),
                );
            }
            Err(error) => errors.push(("AccountAttribute", error)),
        }
        match <crate::DateFormat as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::DateFormat(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::DateFormat(value),
                );
            }
            Err(error) => errors.push(("DateFormat", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("DateCompareSecondDate", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for DateCompareSecondDate {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::AccountAttribute(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::DateFormat(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
