/// The inner object representing the completed SOD Violation check
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodViolationCheckResultV3 {
    /// If the request failed, this includes any error message that was generated.
    pub message: Option<crate::ErrorMessageDtoV3>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on completion of the violation check.
    pub client_metadata: Option<Option<::indexmap::IndexMap<String, String>>>,
    pub violation_contexts: Option<Option<Vec<crate::SodViolationContextV3>>>,
    /// A list of the SOD policies that were violated.
    pub violated_policies: Option<Option<Vec<crate::SodPolicyDtoV3>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodViolationCheckResultV3 {
    /// Builds a `SodViolationCheckResultV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodViolationCheckResultV3 {
    message: optional::<crate::ErrorMessageDtoV3>(message),
    client_metadata: nullable::<::indexmap::IndexMap<String, String>>(client_metadata, client_metadata_null),
    violation_contexts: nullable::<Vec<crate::SodViolationContextV3>>(violation_contexts, violation_contexts_null),
    violated_policies: nullable::<Vec<crate::SodPolicyDtoV3>>(violated_policies, violated_policies_null),
});
crate::serde_helpers::serde_struct!(SodViolationCheckResultV3 {
    message: optional("message"),
    client_metadata: nullable("clientMetadata"),
    violation_contexts: nullable("violationContexts"),
    violated_policies: nullable("violatedPolicies"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodViolationCheckResultV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.message, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.violation_contexts, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.violated_policies, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
