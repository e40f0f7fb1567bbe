#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiPolicyRequest {
    /// Multi-policy report will be run for this list of ids
    pub filtered_policy_list: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiPolicyRequest {
    /// Builds a `MultiPolicyRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MultiPolicyRequest {
    filtered_policy_list: optional::<Vec<String>>(filtered_policy_list),
});
crate::serde_helpers::serde_struct!(MultiPolicyRequest {
    filtered_policy_list: optional("filteredPolicyList"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiPolicyRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
