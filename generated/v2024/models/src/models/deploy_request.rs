#[derive(Debug, Clone, PartialEq)]
pub struct DeployRequest {
    /// The id of the draft to be used by this deploy.
    pub draft_id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DeployRequest {
    /// Builds a `DeployRequest` from its required fields; the others are unset.
    pub fn new(draft_id: impl Into<String>) -> Self {
        Self {
            draft_id: draft_id.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(DeployRequest {
    draft_id: required("draftId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DeployRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
