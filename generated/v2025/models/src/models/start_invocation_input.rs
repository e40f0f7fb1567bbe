#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartInvocationInput {
    /// Trigger ID
    pub trigger_id: Option<String>,
    /// Trigger input payload. Its schema is defined in the trigger definition.
    pub input: Option<::serde_json::Value>,
    /// JSON map of invocation metadata
    pub content_json: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl StartInvocationInput {
    /// Builds a `StartInvocationInput` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(StartInvocationInput {
    trigger_id: optional::<String>(trigger_id),
    input: optional::<::serde_json::Value>(input),
    content_json: optional::<::serde_json::Value>(content_json),
});
crate::serde_helpers::serde_struct!(StartInvocationInput {
    trigger_id: optional("triggerId"),
    input: nullable("input"),
    content_json: nullable("contentJson"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for StartInvocationInput {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.content_json, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
