/// The calculation done on the results of the query
#[derive(Debug, Clone, PartialEq)]
pub struct MetricAggregation {
    /// The name of the metric aggregate to be included in the result.
    /// If the metric aggregation is omitted, the resulting aggregation will be a count of the documents in the search results.
    pub name: String,
    pub r#type: Option<crate::MetricType>,
    /// The field the calculation is performed on.
    ///
    /// Prefix the field name with '@' to reference a nested object.
    pub field: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MetricAggregation {
    /// Builds a `MetricAggregation` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>, field: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            r#type: None,
            field: field.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(MetricAggregation {
    r#type: optional::<crate::MetricType>(r#type),
});
crate::serde_helpers::serde_struct!(MetricAggregation {
    name: required("name"),
    r#type: optional("type"),
    field: required("field"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MetricAggregation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
