/// Set of FormElementValidation items.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FormElementValidationsSet {
    /// The type of data validation that you wish to enforce, e.g., a required field, a minimum length, etc.
    #[serde(rename = "validationType", default, skip_serializing_if = "Option::is_none")]
    pub validation_type: Option<crate::FormElementValidationsSetValidationType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormElementValidationsSet {
    /// Builds a `FormElementValidationsSet` with every field unset.
    pub fn new() -> Self {
        Self {
            validation_type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FormElementValidationsSet {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.validation_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
