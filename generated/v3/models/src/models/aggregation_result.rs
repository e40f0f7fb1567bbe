#[derive(Debug, Clone, PartialEq, Default)]
pub struct AggregationResult {
    /// The document containing the results of the aggregation. This document is controlled by Elasticsearch and depends on the type of aggregation query that is run.
    ///
    /// See Elasticsearch [Aggregations](https://www.elastic.co/guide/en/elasticsearch/reference/5.2/search-aggregations.html) documentation for information.
    pub aggregations: Option<::serde_json::Value>,
    /// The results of the aggregation search query.
    pub hits: Option<Vec<crate::SearchDocuments>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AggregationResult {
    /// Builds a `AggregationResult` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AggregationResult {
    aggregations: optional::<::serde_json::Value>(aggregations),
    hits: optional::<Vec<crate::SearchDocuments>>(hits),
});
crate::serde_helpers::serde_struct!(AggregationResult {
    aggregations: nullable("aggregations"),
    hits: optional("hits"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AggregationResult {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.aggregations, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.hits, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
