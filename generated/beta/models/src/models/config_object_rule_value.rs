/// Value to be assigned at the jsonPath location within the object.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigObjectRuleValue {
    Value(::serde_json::Value),
    ValueList(Vec<::serde_json::Value>),
    String(String),
    F64(f64),
    Bool(bool),
}
impl ::serde::Serialize for ConfigObjectRuleValue {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::Value(value) => ::serde::Serialize::serialize(value, serializer),
            Self::ValueList(value) => ::serde::Serialize::serialize(value, serializer),
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
            Self::F64(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Bool(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for ConfigObjectRuleValue {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match <Vec<::serde_json::Value> as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::ValueList(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::ValueList(value),
                );
            }
            Err(error) => errors.push(("ValueList", error)),
        }
        match <f64 as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::F64(value)),
            Err(error) => errors.push(("F64", error)),
        }
        match <bool as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::Bool(value)),
            Err(error) => errors.push(("Bool", error)),
        }
        match <String as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        match <::serde_json::Value as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Value(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Value(value));
            }
            Err(error) => errors.push(("Value", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("ConfigObjectRuleValue", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for ConfigObjectRuleValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::Value(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::ValueList(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::String(_) => {}
            Self::F64(_) => {}
            Self::Bool(_) => {}
        }
    }
}
