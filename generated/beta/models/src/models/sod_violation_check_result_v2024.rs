/// The inner object representing the completed SOD Violation check
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationCheckResultV2024 {
    /// If the request failed, this includes any error message that was generated.
    pub message: Option<crate::ErrorMessageDto>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on completion of the violation check.
    pub client_metadata: Option<Option<::indexmap::IndexMap<String, String>>>,
    pub violation_contexts: Option<Option<Vec<crate::SodViolationContextV2024>>>,
    /// A list of the SOD policies that were violated.
    pub violated_policies: Option<Option<Vec<crate::SodPolicyDtoV2024>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationCheckResultV2024 {
    /// Builds a `SodViolationCheckResultV2024` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationCheckResultV2024 {
    message: optional::<crate::ErrorMessageDto>(message),
    client_metadata: nullable::<::indexmap::IndexMap<String, String>>(client_metadata, client_metadata_null),
    violation_contexts: nullable::<Vec<crate::SodViolationContextV2024>>(violation_contexts, violation_contexts_null),
    violated_policies: nullable::<Vec<crate::SodPolicyDtoV2024>>(violated_policies, violated_policies_null),
});
crate::serde_helpers::serde_struct!(SodViolationCheckResultV2024 {
    message: optional("message"),
    client_metadata: nullable("clientMetadata"),
    violation_contexts: nullable("violationContexts"),
    violated_policies: nullable("violatedPolicies"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodViolationCheckResultV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.message, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.violation_contexts, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.violated_policies, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
