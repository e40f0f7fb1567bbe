/// Field Details
///
/// Includes the fields of [`FormItem`](crate::FormItem).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Field {
    /// Name of the FormItem
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display name of the field
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Type of the field to display
    #[serde(rename = "displayType", default, skip_serializing_if = "Option::is_none")]
    pub display_type: Option<String>,
    /// True if the field is required
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// List of allowed values for the field
    #[serde(
        rename = "allowedValuesList",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub allowed_values_list: Option<Vec<::serde_json::Value>>,
    /// Value of the field
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub value: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Field {
    /// Builds a `Field` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `display_type`.
    pub fn display_type(mut self, value: impl Into<String>) -> Self {
        self.display_type = Some(value.into());
        self
    }
    /// Sets `required`.
    pub fn required(mut self, value: impl Into<bool>) -> Self {
        self.required = Some(value.into());
        self
    }
    /// Sets `allowed_values_list`.
    pub fn allowed_values_list(
        mut self,
        value: impl Into<Vec<::serde_json::Value>>,
    ) -> Self {
        self.allowed_values_list = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for Field {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.allowed_values_list, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
