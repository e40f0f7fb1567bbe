#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValidateFilterOutputDto {
    /// When this field is true, the filter expression is valid against the input.
    pub is_valid: Option<bool>,
    /// When this field is true, the filter expression is using a valid JSON path.
    pub is_valid_json_path: Option<bool>,
    /// When this field is true, the filter expression is using an existing path.
    pub is_path_exist: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ValidateFilterOutputDto {
    /// Builds a `ValidateFilterOutputDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `is_valid`.
    pub fn is_valid(mut self, value: impl Into<bool>) -> Self {
        self.is_valid = Some(value.into());
        self
    }
    /// Sets `is_valid_json_path`.
    pub fn is_valid_json_path(mut self, value: impl Into<bool>) -> Self {
        self.is_valid_json_path = Some(value.into());
        self
    }
    /// Sets `is_path_exist`.
    pub fn is_path_exist(mut self, value: impl Into<bool>) -> Self {
        self.is_path_exist = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ValidateFilterOutputDto {
    is_valid: optional("isValid"),
    is_valid_json_path: optional("isValidJSONPath"),
    is_path_exist: optional("isPathExist"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ValidateFilterOutputDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
