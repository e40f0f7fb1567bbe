/// The response body for Evaluate Reassignment Configuration
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EvaluateResponse {
    /// The Identity ID which should be the recipient of any work items sent to a specific identity & work type
    pub reassign_to_id: Option<String>,
    /// List of Reassignments found by looking up the next `TargetIdentity` in a ReassignmentConfiguration
    pub lookup_trail: Option<Vec<crate::LookupStep>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EvaluateResponse {
    /// Builds a `EvaluateResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EvaluateResponse {
    reassign_to_id: optional::<String>(reassign_to_id),
    lookup_trail: optional::<Vec<crate::LookupStep>>(lookup_trail),
});
crate::serde_helpers::serde_struct!(EvaluateResponse {
    reassign_to_id: optional("reassignToId"),
    lookup_trail: optional("lookupTrail"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EvaluateResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.lookup_trail, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
