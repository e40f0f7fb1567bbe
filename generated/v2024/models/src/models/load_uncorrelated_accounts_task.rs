#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadUncorrelatedAccountsTask {
    /// The status of the result
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<crate::LoadUncorrelatedAccountsTaskTask>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl LoadUncorrelatedAccountsTask {
    /// Builds a `LoadUncorrelatedAccountsTask` with every field unset.
    pub fn new() -> Self {
        Self {
            success: None,
            task: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for LoadUncorrelatedAccountsTask {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.task, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
