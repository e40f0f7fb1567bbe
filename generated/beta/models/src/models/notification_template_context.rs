#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotificationTemplateContext {
    /// A JSON object that stores the context.
    pub attributes: Option<::serde_json::Value>,
    /// When the global context was created
    pub created: Option<crate::primitives::DateTime>,
    /// When the global context was last modified
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NotificationTemplateContext {
    /// Builds a `NotificationTemplateContext` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NotificationTemplateContext {
    attributes: optional::<::serde_json::Value>(attributes),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
});
crate::serde_helpers::serde_struct!(NotificationTemplateContext {
    attributes: nullable("attributes"),
    created: optional("created"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NotificationTemplateContext {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
