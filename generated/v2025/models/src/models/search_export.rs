/// Arguments for Search Export report (SEARCH_EXPORT)
///
/// The report file generated will be a zip file containing csv files of the search results.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchExport {
    /// The names of the Elasticsearch indices in which to search. If none are provided, then all indices will be searched.
    pub indices: Option<Vec<crate::Index>>,
    /// The query using the Elasticsearch [Query String Query](https://www.elastic.co/guide/en/elasticsearch/reference/5.2/query-dsl-query-string-query.html#query-string) syntax from the Query DSL extended by SailPoint to support Nested queries.
    pub query: String,
    /// Comma separated string consisting of technical attribute names of fields to include in report.
    ///
    /// Use `access.spread`, `apps.spread`, `accounts.spread` to include respective identity access details.
    ///
    /// Use `accessProfiles.spread` to unclude access profile details.
    ///
    /// Use `entitlements.spread` to include entitlement details.
    pub columns: Option<String>,
    /// The fields to be used to sort the search results. Use + or - to specify the sort direction.
    pub sort: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SearchExport {
    /// Builds a `SearchExport` from its required fields; the others are unset.
    pub fn new(query: impl Into<String>) -> Self {
        Self {
            indices: None,
            query: query.into(),
            columns: None,
            sort: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SearchExport {
    indices: optional::<Vec<crate::Index>>(indices),
    columns: optional::<String>(columns),
    sort: optional::<Vec<String>>(sort),
});
crate::serde_helpers::serde_struct!(SearchExport {
    indices: optional("indices"),
    query: required("query"),
    columns: optional("columns"),
    sort: optional("sort"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SearchExport {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.indices, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
