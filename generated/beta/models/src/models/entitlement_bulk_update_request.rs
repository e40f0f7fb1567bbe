/// Object for specifying the bulk update request
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementBulkUpdateRequest {
    /// List of entitlement ids to update
    pub entitlement_ids: Vec<String>,
    /// List of entitlement ids to update
    pub json_patch: Vec<crate::JsonPatchOperationV3>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementBulkUpdateRequest {
    /// Builds a `EntitlementBulkUpdateRequest` from its required fields; the others are unset.
    pub fn new(
        entitlement_ids: impl Into<Vec<String>>,
        json_patch: impl Into<Vec<crate::JsonPatchOperationV3>>,
    ) -> Self {
        Self {
            entitlement_ids: entitlement_ids.into(),
            json_patch: json_patch.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(EntitlementBulkUpdateRequest {
    entitlement_ids: required("entitlementIds"),
    json_patch: required("jsonPatch"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementBulkUpdateRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.json_patch, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
