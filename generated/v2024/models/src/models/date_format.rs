#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DateFormat {
    /// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data is coming in as.
    ///
    /// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
    #[serde(rename = "inputFormat", default, skip_serializing_if = "Option::is_none")]
    pub input_format: Option<crate::DateFormatInputFormat>,
    /// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data should be formatted into.
    ///
    /// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
    #[serde(rename = "outputFormat", default, skip_serializing_if = "Option::is_none")]
    pub output_format: Option<crate::DateFormatOutputFormat>,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub requires_periodic_refresh: Option<bool>,
    /// This is an optional attribute that can explicitly define the input data which will be fed into the transform logic. If input is not provided, the transform will take its input from the source and attribute combination configured via the UI.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DateFormat {
    /// Builds a `DateFormat` with every field unset.
    pub fn new() -> Self {
        Self {
            input_format: None,
            output_format: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for DateFormat {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input_format, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.output_format, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
