#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestApproversListResponse {
    /// Approver id.
    pub id: Option<String>,
    /// Email of the approver.
    pub email: Option<String>,
    /// Name of the approver.
    pub name: Option<String>,
    /// Id of the approval item.
    pub approval_id: Option<String>,
    /// Type of the object returned. In this case, the value for this field will always Identity.
    pub r#type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestApproversListResponse {
    /// Builds a `AccessRequestApproversListResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestApproversListResponse {
    id: optional::<String>(id),
    email: optional::<String>(email),
    name: optional::<String>(name),
    approval_id: optional::<String>(approval_id),
    r#type: optional::<String>(r#type),
});
crate::serde_helpers::serde_struct!(AccessRequestApproversListResponse {
    id: optional("id"),
    email: optional("email"),
    name: optional("name"),
    approval_id: optional("approvalId"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestApproversListResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
