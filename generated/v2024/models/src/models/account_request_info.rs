/// If an account activity item is associated with an access request, captures details of that request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountRequestInfo {
    /// Id of requested object
    pub requested_object_id: Option<String>,
    /// Human-readable name of requested object
    pub requested_object_name: Option<String>,
    pub requested_object_type: Option<crate::RequestableObjectType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountRequestInfo {
    /// Builds a `AccountRequestInfo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountRequestInfo {
    requested_object_id: optional::<String>(requested_object_id),
    requested_object_name: optional::<String>(requested_object_name),
    requested_object_type: optional::<crate::RequestableObjectType>(requested_object_type),
});
crate::serde_helpers::serde_struct!(AccountRequestInfo {
    requested_object_id: optional("requestedObjectId"),
    requested_object_name: optional("requestedObjectName"),
    requested_object_type: optional("requestedObjectType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountRequestInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_object_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
