#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaskResultResponse {
    /// the type of response reference
    pub r#type: Option<String>,
    /// the task ID
    pub id: Option<String>,
    /// the task name (not used in this endpoint, always null)
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaskResultResponse {
    /// Builds a `TaskResultResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TaskResultResponse {
    r#type: optional::<String>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(TaskResultResponse {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaskResultResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
