/// An object containing a listing of the SOD violation reasons detected by this check.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ViolationPrediction {
    /// List of Violation Contexts
    #[serde(
        rename = "violationContexts",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub violation_contexts: Option<Vec<crate::ViolationContext>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ViolationPrediction {
    /// Builds a `ViolationPrediction` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `violation_contexts`.
    pub fn violation_contexts(
        mut self,
        value: impl Into<Vec<crate::ViolationContext>>,
    ) -> Self {
        self.violation_contexts = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ViolationPrediction {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.violation_contexts, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
