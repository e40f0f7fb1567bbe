#[derive(Debug, Clone, PartialEq, Default)]
pub struct Search {
    /// The names of the Elasticsearch indices in which to search. If none are provided, then all indices will be searched.
    pub indices: Option<Vec<crate::Index>>,
    pub query_type: Option<crate::QueryType>,
    pub query_version: Option<String>,
    pub query: Option<crate::Query>,
    /// The search query using the Elasticsearch [Query DSL](https://www.elastic.co/guide/en/elasticsearch/reference/7.10/query-dsl.html) syntax.
    pub query_dsl: Option<::serde_json::Value>,
    pub text_query: Option<crate::TextQuery>,
    pub type_ahead_query: Option<crate::TypeAheadQuery>,
    /// Indicates whether nested objects from returned search results should be included.
    pub include_nested: Option<bool>,
    pub query_result_filter: Option<crate::QueryResultFilter>,
    pub aggregation_type: Option<crate::AggregationType>,
    pub aggregations_version: Option<String>,
    /// The aggregation search query using Elasticsearch [Aggregations](https://www.elastic.co/guide/en/elasticsearch/reference/5.2/search-aggregations.html) syntax.
    pub aggregations_dsl: Option<::serde_json::Value>,
    /// The aggregation’s specifications, such as the groupings and calculations to be performed.
    pub aggregations: Option<crate::SearchAggregationSpecification>,
    /// The fields to be used to sort the search results. Use + or - to specify the sort direction.
    pub sort: Option<Vec<String>>,
    /// Used to begin the search window at the values specified.
    /// This parameter consists of the last values of the sorted fields in the current record set.
    /// This is used to expand the Elasticsearch limit of 10K records by shifting the 10K window to begin at this value.
    /// It is recommended that you always include the ID of the object in addition to any other fields on this parameter in order to ensure you don't get duplicate results while paging.
    /// For example, when searching for identities, if you are sorting by displayName you will also want to include ID, for example \["displayName", "id"\].
    /// If the last identity ID in the search result is 2c91808375d8e80a0175e1f88a575221 and the last displayName is "John Doe", then using that displayName and ID will start a new search after this identity.
    /// The searchAfter value will look like \["John Doe","2c91808375d8e80a0175e1f88a575221"\]
    pub search_after: Option<Vec<String>>,
    /// The filters to be applied for each filtered field name.
    pub filters: Option<::indexmap::IndexMap<String, crate::Filter>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Search {
    /// Builds a `Search` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Search {
    indices: optional::<Vec<crate::Index>>(indices),
    query_type: optional::<crate::QueryType>(query_type),
    query_version: optional::<String>(query_version),
    query: optional::<crate::Query>(query),
    query_dsl: optional::<::serde_json::Value>(query_dsl),
    text_query: optional::<crate::TextQuery>(text_query),
    type_ahead_query: optional::<crate::TypeAheadQuery>(type_ahead_query),
    include_nested: optional::<bool>(include_nested),
    query_result_filter: optional::<crate::QueryResultFilter>(query_result_filter),
    aggregation_type: optional::<crate::AggregationType>(aggregation_type),
    aggregations_version: optional::<String>(aggregations_version),
    aggregations_dsl: optional::<::serde_json::Value>(aggregations_dsl),
    aggregations: optional::<crate::SearchAggregationSpecification>(aggregations),
    sort: optional::<Vec<String>>(sort),
    search_after: optional::<Vec<String>>(search_after),
    filters: optional::<::indexmap::IndexMap<String, crate::Filter>>(filters),
});
crate::serde_helpers::serde_struct!(Search {
    indices: optional("indices"),
    query_type: optional("queryType"),
    query_version: optional("queryVersion"),
    query: optional("query"),
    query_dsl: nullable("queryDsl"),
    text_query: optional("textQuery"),
    type_ahead_query: optional("typeAheadQuery"),
    include_nested: optional("includeNested"),
    query_result_filter: optional("queryResultFilter"),
    aggregation_type: optional("aggregationType"),
    aggregations_version: optional("aggregationsVersion"),
    aggregations_dsl: nullable("aggregationsDsl"),
    aggregations: optional("aggregations"),
    sort: optional("sort"),
    search_after: optional("searchAfter"),
    filters: optional("filters"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Search {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.indices, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.query_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.query, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.query_dsl, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.text_query, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.type_ahead_query, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.query_result_filter, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.aggregation_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.aggregations_dsl, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.aggregations, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.filters, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
