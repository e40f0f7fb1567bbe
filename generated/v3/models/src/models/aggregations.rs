#[derive(Debug, Clone, PartialEq, Default)]
pub struct Aggregations {
    pub nested: Option<crate::NestedAggregation>,
    pub metric: Option<crate::MetricAggregation>,
    pub filter: Option<crate::FilterAggregation>,
    pub bucket: Option<crate::BucketAggregation>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Aggregations {
    /// Builds a `Aggregations` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Aggregations {
    nested: optional::<crate::NestedAggregation>(nested),
    metric: optional::<crate::MetricAggregation>(metric),
    filter: optional::<crate::FilterAggregation>(filter),
    bucket: optional::<crate::BucketAggregation>(bucket),
});
crate::serde_helpers::serde_struct!(Aggregations {
    nested: optional("nested"),
    metric: optional("metric"),
    filter: optional("filter"),
    bucket: optional("bucket"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Aggregations {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.nested, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.metric, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.filter, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.bucket, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
