#[derive(Debug, Clone, PartialEq)]
pub struct WorkgroupMemberDeleteItem {
    /// Identifier of identity in bulk member add /remove request.
    pub id: String,
    /// The HTTP response status code returned for an individual  member that is requested for deletion during a bulk delete operation.
    ///
    /// > 204   - Identity is removed from Governance Group members list.
    ///
    /// > 404   - Identity is not member of Governance Group.
    pub status: i32,
    /// Human readable status description and containing additional context information about success or failures etc.
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkgroupMemberDeleteItem {
    /// Builds a `WorkgroupMemberDeleteItem` from its required fields; the others are unset.
    pub fn new(id: impl Into<String>, status: impl Into<i32>) -> Self {
        Self {
            id: id.into(),
            status: status.into(),
            description: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(WorkgroupMemberDeleteItem {
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(WorkgroupMemberDeleteItem {
    id: required("id"),
    status: required("status"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkgroupMemberDeleteItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
