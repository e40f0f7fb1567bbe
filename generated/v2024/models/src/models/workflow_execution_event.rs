#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WorkflowExecutionEvent {
    /// The type of event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::WorkflowExecutionEventType>,
    /// The date-time when the event occurred
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<crate::primitives::DateTime>,
    /// Additional attributes associated with the event
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl WorkflowExecutionEvent {
    /// Builds a `WorkflowExecutionEvent` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            timestamp: None,
            attributes: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for WorkflowExecutionEvent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
