/// Bulk update by query request of Role metadata. The maximum meta data values that one single role assigned can not exceed 25. Custom metadata need suit licensed.
/// For more information about the query could refer to  [V3 API Perform Search](https://developer.sailpoint.com/docs/api/v3/search-post)
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleMetadataBulkUpdateByQueryRequest {
    /// query the identities to be updated
    pub query: ::serde_json::Value,
    /// The operation to be performed
    pub operation: crate::RoleMetadataBulkUpdateByQueryRequestOperation,
    /// The choice of update scope.
    #[serde(rename = "replaceScope", default, skip_serializing_if = "Option::is_none")]
    pub replace_scope: Option<crate::RoleMetadataBulkUpdateByQueryRequestReplaceScope>,
    /// The metadata to be updated, including attribute key and value.
    pub values: Vec<crate::RoleMetadataBulkUpdateByQueryRequestValuesItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMetadataBulkUpdateByQueryRequest {
    /// Builds a `RoleMetadataBulkUpdateByQueryRequest` from its required fields; the others are unset.
    pub fn new(
        query: ::serde_json::Value,
        operation: crate::RoleMetadataBulkUpdateByQueryRequestOperation,
        values: Vec<crate::RoleMetadataBulkUpdateByQueryRequestValuesItem>,
    ) -> Self {
        Self {
            query,
            operation,
            replace_scope: None,
            values,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for RoleMetadataBulkUpdateByQueryRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.query, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.replace_scope, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
