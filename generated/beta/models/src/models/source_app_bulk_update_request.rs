#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceAppBulkUpdateRequest {
    /// List of source app ids to update
    pub app_ids: Vec<String>,
    /// The JSONPatch payload used to update the source app.
    pub json_patch: Vec<crate::JsonPatchOperationV3>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceAppBulkUpdateRequest {
    /// Builds a `SourceAppBulkUpdateRequest` from its required fields; the others are unset.
    pub fn new(
        app_ids: impl Into<Vec<String>>,
        json_patch: impl Into<Vec<crate::JsonPatchOperationV3>>,
    ) -> Self {
        Self {
            app_ids: app_ids.into(),
            json_patch: json_patch.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SourceAppBulkUpdateRequest {
    app_ids: required("appIds"),
    json_patch: required("jsonPatch"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceAppBulkUpdateRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.json_patch, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
