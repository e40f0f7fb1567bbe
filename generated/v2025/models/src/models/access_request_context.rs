#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestContext {
    pub context_attributes: Option<Vec<crate::ContextAttributeDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestContext {
    /// Builds a `AccessRequestContext` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestContext {
    context_attributes: optional::<Vec<crate::ContextAttributeDto>>(context_attributes),
});
crate::serde_helpers::serde_struct!(AccessRequestContext {
    context_attributes: optional("contextAttributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestContext {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.context_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
