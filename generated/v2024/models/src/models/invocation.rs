#[derive(Debug, Clone, PartialEq, Default)]
pub struct Invocation {
    /// Invocation ID
    pub id: Option<String>,
    /// Trigger ID
    pub trigger_id: Option<String>,
    /// Unique invocation secret.
    pub secret: Option<String>,
    /// JSON map of invocation metadata.
    pub content_json: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Invocation {
    /// Builds a `Invocation` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Invocation {
    id: optional::<String>(id),
    trigger_id: optional::<String>(trigger_id),
    secret: optional::<String>(secret),
    content_json: optional::<::serde_json::Value>(content_json),
});
crate::serde_helpers::serde_struct!(Invocation {
    id: optional("id"),
    trigger_id: optional("triggerId"),
    secret: optional("secret"),
    content_json: nullable("contentJson"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Invocation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.content_json, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
