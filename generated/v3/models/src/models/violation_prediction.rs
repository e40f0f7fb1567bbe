/// An object containing a listing of the SOD violation reasons detected by this check.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViolationPrediction {
    /// List of Violation Contexts
    pub violation_contexts: Option<Vec<crate::ViolationContext>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ViolationPrediction {
    /// Builds a `ViolationPrediction` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ViolationPrediction {
    violation_contexts: optional::<Vec<crate::ViolationContext>>(violation_contexts),
});
crate::serde_helpers::serde_struct!(ViolationPrediction {
    violation_contexts: optional("violationContexts"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ViolationPrediction {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.violation_contexts, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
