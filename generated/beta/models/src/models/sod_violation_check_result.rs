/// The inner object representing the completed SOD Violation check
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationCheckResult {
    /// If the request failed, includes any error message that was generated.
    pub message: Option<crate::ErrorMessageDtoV3>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on completion of the violation check.
    pub client_metadata: Option<::indexmap::IndexMap<String, String>>,
    pub violation_contexts: Option<Vec<crate::SodViolationContext>>,
    /// A list of the Policies that were violated.
    pub violated_policies: Option<Vec<crate::SodPolicyDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationCheckResult {
    /// Builds a `SodViolationCheckResult` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationCheckResult {
    message: optional::<crate::ErrorMessageDtoV3>(message),
    client_metadata: optional::<::indexmap::IndexMap<String, String>>(client_metadata),
    violation_contexts: optional::<Vec<crate::SodViolationContext>>(violation_contexts),
    violated_policies: optional::<Vec<crate::SodPolicyDto>>(violated_policies),
});
crate::serde_helpers::serde_struct!(SodViolationCheckResult {
    message: optional("message"),
    client_metadata: optional("clientMetadata"),
    violation_contexts: optional("violationContexts"),
    violated_policies: optional("violatedPolicies"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodViolationCheckResult {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.message, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.violation_contexts, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.violated_policies, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
