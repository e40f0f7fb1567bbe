#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendClassifyMachineAccountFromSourceResponse {
    /// Returns the number of all the accounts from source submitted for processing.
    pub accounts_submitted_for_processing: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SendClassifyMachineAccountFromSourceResponse {
    /// Builds a `SendClassifyMachineAccountFromSourceResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SendClassifyMachineAccountFromSourceResponse {
    accounts_submitted_for_processing: optional::<i32>(accounts_submitted_for_processing),
});
crate::serde_helpers::serde_struct!(SendClassifyMachineAccountFromSourceResponse {
    accounts_submitted_for_processing: optional("Accounts submitted for processing"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SendClassifyMachineAccountFromSourceResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
