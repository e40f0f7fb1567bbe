/// Approval Name Object
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalName {
    /// Name of the approval
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// What locale the name of the approval is using
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalName {
    /// Builds a `ApprovalName` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `locale`.
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalName {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
