#[derive(Debug, Clone, PartialEq, Default)]
pub struct VisibilityCriteria {
    pub expression: Option<crate::Expression>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl VisibilityCriteria {
    /// Builds a `VisibilityCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(VisibilityCriteria {
    expression: optional::<crate::Expression>(expression),
});
crate::serde_helpers::serde_struct!(VisibilityCriteria {
    expression: optional("expression"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for VisibilityCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.expression, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
