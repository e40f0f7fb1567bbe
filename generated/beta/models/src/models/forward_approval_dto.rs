#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ForwardApprovalDto {
    /// The Id of the new owner
    #[serde(rename = "newOwnerId")]
    pub new_owner_id: String,
    /// The comment provided by the forwarder
    pub comment: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ForwardApprovalDto {
    /// Builds a `ForwardApprovalDto` from its required fields; the others are unset.
    pub fn new(new_owner_id: impl Into<String>, comment: impl Into<String>) -> Self {
        Self {
            new_owner_id: new_owner_id.into(),
            comment: comment.into(),
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ForwardApprovalDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
