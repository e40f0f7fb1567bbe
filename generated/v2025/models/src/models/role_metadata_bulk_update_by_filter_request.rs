/// This API initialize a a Bulk update by filter request of Role metadata. The maximum meta data values that one single role assigned can not exceed 25. Custom metadata need suit licensed.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleMetadataBulkUpdateByFilterRequest {
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id** : *eq, in*
    ///
    /// **name** : *eq, sw*
    ///
    /// **created** : *gt, lt, ge, le*
    ///
    /// **modified** : *gt, lt, ge, le*
    ///
    /// **owner.id** : *eq, in*
    ///
    /// **requestable** : *eq*
    pub filters: String,
    /// The operation to be performed
    pub operation: crate::RoleMetadataBulkUpdateByFilterRequestOperation,
    /// The choice of update scope.
    #[serde(rename = "replaceScope", default, skip_serializing_if = "Option::is_none")]
    pub replace_scope: Option<crate::RoleMetadataBulkUpdateByFilterRequestReplaceScope>,
    /// The metadata to be updated, including attribute key and value.
    pub values: Vec<crate::RoleMetadataBulkUpdateByFilterRequestValuesItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMetadataBulkUpdateByFilterRequest {
    /// Builds a `RoleMetadataBulkUpdateByFilterRequest` from its required fields; the others are unset.
    pub fn new(
        filters: String,
        operation: crate::RoleMetadataBulkUpdateByFilterRequestOperation,
        values: Vec<crate::RoleMetadataBulkUpdateByFilterRequestValuesItem>,
    ) -> Self {
        Self {
            filters,
            operation,
            replace_scope: None,
            values,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for RoleMetadataBulkUpdateByFilterRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.replace_scope, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
