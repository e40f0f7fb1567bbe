/// Access Profile's basic details.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateAccessProfilesInBulkRequestItem {
    /// Access Profile ID.
    pub id: Option<String>,
    /// Access Profile is requestable or not.
    pub requestable: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UpdateAccessProfilesInBulkRequestItem {
    /// Builds a `UpdateAccessProfilesInBulkRequestItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(UpdateAccessProfilesInBulkRequestItem {
    id: optional::<String>(id),
    requestable: optional::<bool>(requestable),
});
crate::serde_helpers::serde_struct!(UpdateAccessProfilesInBulkRequestItem {
    id: optional("id"),
    requestable: optional("requestable"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UpdateAccessProfilesInBulkRequestItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
