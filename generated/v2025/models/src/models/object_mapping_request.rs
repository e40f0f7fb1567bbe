#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ObjectMappingRequest {
    /// Type of the object the mapping value applies to, must be one from enum
    #[serde(rename = "objectType")]
    pub object_type: crate::ObjectMappingRequestObjectType,
    /// JSONPath expression denoting the path within the object where the mapping value should be applied
    #[serde(rename = "jsonPath")]
    pub json_path: String,
    /// Original value at the jsonPath location within the object
    #[serde(rename = "sourceValue")]
    pub source_value: String,
    /// Value to be assigned at the jsonPath location within the object
    #[serde(rename = "targetValue")]
    pub target_value: String,
    /// Whether or not this object mapping is enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ObjectMappingRequest {
    /// Builds a `ObjectMappingRequest` from its required fields; the others are unset.
    pub fn new(
        object_type: crate::ObjectMappingRequestObjectType,
        json_path: String,
        source_value: String,
        target_value: String,
    ) -> Self {
        Self {
            object_type,
            json_path,
            source_value,
            target_value,
            enabled: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ObjectMappingRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
