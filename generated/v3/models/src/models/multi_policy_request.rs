#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MultiPolicyRequest {
    /// Multi-policy report will be run for this list of ids
    #[serde(
        rename = "filteredPolicyList",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub filtered_policy_list: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MultiPolicyRequest {
    /// Builds a `MultiPolicyRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `filtered_policy_list`.
    pub fn filtered_policy_list(mut self, value: impl Into<Vec<String>>) -> Self {
        self.filtered_policy_list = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for MultiPolicyRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
