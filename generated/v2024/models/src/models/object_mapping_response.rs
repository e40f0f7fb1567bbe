#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ObjectMappingResponse {
    /// Id of the object mapping
    #[serde(
        rename = "objectMappingId",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub object_mapping_id: Option<String>,
    /// Type of the object the mapping value applies to
    #[serde(rename = "objectType", default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<crate::ObjectMappingResponseObjectType>,
    /// JSONPath expression denoting the path within the object where the mapping value should be applied
    #[serde(rename = "jsonPath", default, skip_serializing_if = "Option::is_none")]
    pub json_path: Option<String>,
    /// Original value at the jsonPath location within the object
    #[serde(rename = "sourceValue", default, skip_serializing_if = "Option::is_none")]
    pub source_value: Option<String>,
    /// Value to be assigned at the jsonPath location within the object
    #[serde(rename = "targetValue", default, skip_serializing_if = "Option::is_none")]
    pub target_value: Option<String>,
    /// Whether or not this object mapping is enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Object mapping creation timestamp
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// Object mapping latest update timestamp
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ObjectMappingResponse {
    /// Builds a `ObjectMappingResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            object_mapping_id: None,
            object_type: None,
            json_path: None,
            source_value: None,
            target_value: None,
            enabled: None,
            created: None,
            modified: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ObjectMappingResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
