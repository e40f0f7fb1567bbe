#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TotalResponse {
    /// Aggregated number of calls made to SailPoint APIs in a given timespan
    #[serde(rename = "NumberOfCalls", default, skip_serializing_if = "Option::is_none")]
    pub number_of_calls: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TotalResponse {
    /// Builds a `TotalResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `number_of_calls`.
    pub fn number_of_calls(mut self, value: impl Into<i64>) -> Self {
        self.number_of_calls = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for TotalResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
