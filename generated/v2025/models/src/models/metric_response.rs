#[derive(Debug, Clone, PartialEq, Default)]
pub struct MetricResponse {
    /// the name of metric
    pub name: Option<String>,
    /// the value associated to the metric
    pub value: Option<f64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MetricResponse {
    /// Builds a `MetricResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MetricResponse {
    name: optional::<String>(name),
    value: optional::<f64>(value),
});
crate::serde_helpers::serde_struct!(MetricResponse {
    name: optional("name"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MetricResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
