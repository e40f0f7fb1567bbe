#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendClassifyMachineAccountResponse {
    /// Indicates if account is classified as machine
    pub is_machine: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SendClassifyMachineAccountResponse {
    /// Builds a `SendClassifyMachineAccountResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SendClassifyMachineAccountResponse {
    is_machine: optional::<bool>(is_machine),
});
crate::serde_helpers::serde_struct!(SendClassifyMachineAccountResponse {
    is_machine: optional("isMachine"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SendClassifyMachineAccountResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
