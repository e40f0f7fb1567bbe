#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FormElementDynamicDataSourceConfig {
    /// AggregationBucketField is the aggregation bucket field name
    #[serde(
        rename = "aggregationBucketField",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub aggregation_bucket_field: Option<String>,
    /// Indices is a list of indices to use
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indices: Option<Vec<crate::FormElementDynamicDataSourceConfigIndicesItem>>,
    /// ObjectType is a PreDefinedSelectOption value
    /// IDENTITY PreDefinedSelectOptionIdentity
    /// ACCESS_PROFILE PreDefinedSelectOptionAccessProfile
    /// SOURCES PreDefinedSelectOptionSources
    /// ROLE PreDefinedSelectOptionRole
    /// ENTITLEMENT PreDefinedSelectOptionEntitlement
    #[serde(rename = "objectType", default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<crate::FormElementDynamicDataSourceConfigObjectType>,
    /// Query is a text
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormElementDynamicDataSourceConfig {
    /// Builds a `FormElementDynamicDataSourceConfig` with every field unset.
    pub fn new() -> Self {
        Self {
            aggregation_bucket_field: None,
            indices: None,
            object_type: None,
            query: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FormElementDynamicDataSourceConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.indices, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.object_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
