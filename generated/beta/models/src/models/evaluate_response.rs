/// The response body for Evaluate Reassignment Configuration
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EvaluateResponse {
    /// The Identity ID which should be the recipient of any work items sent to a specific identity & work type
    #[serde(rename = "reassignToId", default, skip_serializing_if = "Option::is_none")]
    pub reassign_to_id: Option<String>,
    /// List of Reassignments found by looking up the next `TargetIdentity` in a ReassignmentConfiguration
    #[serde(rename = "lookupTrail", default, skip_serializing_if = "Option::is_none")]
    pub lookup_trail: Option<Vec<crate::LookupStep>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EvaluateResponse {
    /// Builds a `EvaluateResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `reassign_to_id`.
    pub fn reassign_to_id(mut self, value: impl Into<String>) -> Self {
        self.reassign_to_id = Some(value.into());
        self
    }
    /// Sets `lookup_trail`.
    pub fn lookup_trail(mut self, value: impl Into<Vec<crate::LookupStep>>) -> Self {
        self.lookup_trail = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for EvaluateResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.lookup_trail, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
