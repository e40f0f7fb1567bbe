#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkgroupBulkDeleteRequest {
    /// List of IDs of Governance Groups to be deleted.
    pub ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkgroupBulkDeleteRequest {
    /// Builds a `WorkgroupBulkDeleteRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkgroupBulkDeleteRequest {
    ids: optional::<Vec<String>>(ids),
});
crate::serde_helpers::serde_struct!(WorkgroupBulkDeleteRequest {
    ids: optional("ids"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkgroupBulkDeleteRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
