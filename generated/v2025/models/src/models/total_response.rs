#[derive(Debug, Clone, PartialEq, Default)]
pub struct TotalResponse {
    /// Aggregated number of calls made to SailPoint APIs in a given timespan
    pub number_of_calls: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TotalResponse {
    /// Builds a `TotalResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TotalResponse {
    number_of_calls: optional::<i64>(number_of_calls),
});
crate::serde_helpers::serde_struct!(TotalResponse {
    number_of_calls: optional("NumberOfCalls"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TotalResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
