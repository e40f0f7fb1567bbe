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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestApproversListResponse {
    /// Builds a `AccessRequestApproversListResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `approval_id`.
    pub fn approval_id(mut self, value: impl Into<String>) -> Self {
        self.approval_id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
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
