#[derive(Debug, Clone, PartialEq, Default)]
pub struct DateFormat {
    /// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data is coming in as.
    ///
    /// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
    pub input_format: Option<crate::DateFormatInputFormat>,
    /// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data should be formatted into.
    ///
    /// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
    pub output_format: Option<crate::DateFormatOutputFormat>,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// This is an optional attribute that can explicitly define the input data which will be fed into the transform logic. If input is not provided, the transform will take its input from the source and attribute combination configured via the UI.
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DateFormat {
    /// Builds a `DateFormat` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DateFormat {
    input_format: optional::<crate::DateFormatInputFormat>(input_format),
    output_format: optional::<crate::DateFormatOutputFormat>(output_format),
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
    input: optional::<::serde_json::Value>(input),
});
crate::serde_helpers::serde_struct!(DateFormat {
    input_format: optional("inputFormat"),
    output_format: optional("outputFormat"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    input: nullable("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DateFormat {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input_format, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.output_format, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data is coming in as.
///
/// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
#[derive(Debug, Clone, PartialEq)]
pub enum DateFormatInputFormat {
    /// | Construct       | Date Time Pattern | Description |
    /// | ---------       | ----------------- | ----------- |
    /// | ISO8601         | `yyyy-MM-dd'T'HH:mm:ss.SSSX` | The ISO8601 standard.
    NamedConstruct(crate::NamedConstruct),
    String(String),
}
impl ::serde::Serialize for DateFormatInputFormat {
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
impl<'de> ::serde::Deserialize<'de> for DateFormatInputFormat {
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
        match crate::serde_helpers::try_variant::<crate::NamedConstruct>(&json) {
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
        match crate::serde_helpers::try_variant::<String>(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::NamedConstruct as ::serde::Deserialize>::deserialize(json)
                    .map(Self::NamedConstruct)
            }
            1usize => {
                <String as ::serde::Deserialize>::deserialize(json).map(Self::String)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("DateFormatInputFormat", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for DateFormatInputFormat {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::NamedConstruct(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::String(_) => {}
        }
    }
}
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
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<crate::NamedConstruct>(&json) {
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
        match crate::serde_helpers::try_variant::<String>(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::NamedConstruct as ::serde::Deserialize>::deserialize(json)
                    .map(Self::NamedConstruct)
            }
            1usize => {
                <String as ::serde::Deserialize>::deserialize(json).map(Self::String)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
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
