/// Includes the fields of [`Aggregations`](crate::Aggregations).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubSearchAggregationSpecification {
    pub nested: Option<crate::NestedAggregation>,
    pub metric: Option<crate::MetricAggregation>,
    pub filter: Option<crate::FilterAggregation>,
    pub bucket: Option<crate::BucketAggregation>,
    /// Aggregation to be performed on the result of the parent bucket aggregation.
    pub sub_aggregation: Option<crate::Aggregations>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SubSearchAggregationSpecification {
    /// Builds a `SubSearchAggregationSpecification` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SubSearchAggregationSpecification {
    nested: optional::<crate::NestedAggregation>(nested),
    metric: optional::<crate::MetricAggregation>(metric),
    filter: optional::<crate::FilterAggregation>(filter),
    bucket: optional::<crate::BucketAggregation>(bucket),
    sub_aggregation: optional::<crate::Aggregations>(sub_aggregation),
});
crate::serde_helpers::serde_struct!(SubSearchAggregationSpecification {
    nested: optional("nested"),
    metric: optional("metric"),
    filter: optional("filter"),
    bucket: optional("bucket"),
    sub_aggregation: optional("subAggregation"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SubSearchAggregationSpecification {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.nested, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.metric, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.filter, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.bucket, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.sub_aggregation, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
