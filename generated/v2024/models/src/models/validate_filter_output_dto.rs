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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ValidateFilterOutputDto {
    /// Builds a `ValidateFilterOutputDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ValidateFilterOutputDto {
    is_valid: optional::<bool>(is_valid),
    is_valid_json_path: optional::<bool>(is_valid_json_path),
    is_path_exist: optional::<bool>(is_path_exist),
});
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
