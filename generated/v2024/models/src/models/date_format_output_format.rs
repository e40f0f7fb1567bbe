/// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data should be formatted into.
///
/// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
#[derive(Debug, Clone, PartialEq)]
pub enum DateFormatOutputFormat {
    /// | Construct       | Date Time Pattern | Description |
    /// | ---------       | ----------------- | ----------- |
    /// | ISO8601         | `yyyy-MM-dd'T'HH:mm:ss.SSSX` | The ISO8601 standard.
    NamedConstruct(crate::NamedConstruct),
    String(String),
}
impl ::serde::Serialize for DateFormatOutputFormat {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::NamedConstruct(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for DateFormatOutputFormat {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match <crate::NamedConstruct as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::NamedConstruct(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::NamedConstruct(value),
                );
            }
            Err(error) => errors.push(("NamedConstruct", error)),
        }
        match <String as ::serde::Deserialize>::deserialize(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("DateFormatOutputFormat", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for DateFormatOutputFormat {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::NamedConstruct(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::String(_) => {}
        }
    }
}
