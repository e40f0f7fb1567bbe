#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SendClassifyMachineAccountResponse {
    /// Indicates if account is classified as machine
    #[serde(rename = "isMachine", default, skip_serializing_if = "Option::is_none")]
    pub is_machine: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SendClassifyMachineAccountResponse {
    /// Builds a `SendClassifyMachineAccountResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `is_machine`.
    pub fn is_machine(mut self, value: impl Into<bool>) -> Self {
        self.is_machine = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for SendClassifyMachineAccountResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
