#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessProfileBulkDeleteRequest {
    /// List of IDs of Access Profiles to be deleted.
    pub access_profile_ids: Option<Vec<String>>,
    /// If **true**, silently skip over any of the specified Access Profiles if they cannot be deleted because they are in use. If **false**, no deletions will be attempted if any of the Access Profiles are in use.
    pub best_effort_only: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfileBulkDeleteRequest {
    /// Builds a `AccessProfileBulkDeleteRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessProfileBulkDeleteRequest {
    access_profile_ids: optional::<Vec<String>>(access_profile_ids),
    best_effort_only: optional::<bool>(best_effort_only),
});
crate::serde_helpers::serde_struct!(AccessProfileBulkDeleteRequest {
    access_profile_ids: optional("accessProfileIds"),
    best_effort_only: optional("bestEffortOnly"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileBulkDeleteRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
