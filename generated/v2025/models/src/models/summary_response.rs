#[derive(Debug, Clone, PartialEq, Default)]
pub struct SummaryResponse {
    /// The endpoint of a SailPoint API
    pub requested_uri: Option<String>,
    /// Number of calls made to a specific SailPoint API
    pub number_of_calls: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SummaryResponse {
    /// Builds a `SummaryResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SummaryResponse {
    requested_uri: optional::<String>(requested_uri),
    number_of_calls: optional::<i64>(number_of_calls),
});
crate::serde_helpers::serde_struct!(SummaryResponse {
    requested_uri: optional("RequestedUri"),
    number_of_calls: optional("NumberOfCalls"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SummaryResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
