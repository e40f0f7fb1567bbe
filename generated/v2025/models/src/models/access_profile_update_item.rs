#[derive(Debug, Clone, PartialEq)]
pub struct AccessProfileUpdateItem {
    /// Identifier of Access Profile in bulk update request.
    pub id: String,
    /// Access Profile requestable or not.
    pub requestable: bool,
    /// The HTTP response status code returned for an individual Access Profile that is requested for update during a bulk update operation.
    ///
    /// > 201   - Access profile is updated successfully.
    ///
    /// > 404   - Access profile not found.
    pub status: String,
    /// Human readable status description and containing additional context information about success or failures etc.
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfileUpdateItem {
    /// Builds a `AccessProfileUpdateItem` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        requestable: impl Into<bool>,
        status: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            requestable: requestable.into(),
            status: status.into(),
            description: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessProfileUpdateItem {
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(AccessProfileUpdateItem {
    id: required("id"),
    requestable: required("requestable"),
    status: required("status"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileUpdateItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
