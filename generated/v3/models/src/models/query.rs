/// Query parameters used to construct an Elasticsearch query object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Query {
    /// The query using the Elasticsearch [Query String Query](https://www.elastic.co/guide/en/elasticsearch/reference/5.2/query-dsl-query-string-query.html#query-string) syntax from the Query DSL extended by SailPoint to support Nested queries.
    pub query: Option<String>,
    /// The fields the query will be applied to.  Fields provide you with a simple way to add additional fields to search, without making the query too complicated.  For example, you can use the fields to specify that you want your query of "a*" to be applied to "name", "firstName", and the "source.name".  The response will include all results matching the "a*" query found in those three fields.
    /// A field's availability depends on the indices being searched.  For example, if you are searching "identities", you can apply your search to the "firstName" field, but you couldn't use "firstName" with a search on "access profiles".  Refer to the response schema for the respective lists of available fields.
    pub fields: Option<String>,
    /// The time zone to be applied to any range query related to dates.
    pub time_zone: Option<String>,
    /// The innerHit query object returns a flattened list of results for the specified nested type.
    pub inner_hit: Option<crate::InnerHit>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Query {
    /// Builds a `Query` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Query {
    query: optional::<String>(query),
    fields: optional::<String>(fields),
    time_zone: optional::<String>(time_zone),
    inner_hit: optional::<crate::InnerHit>(inner_hit),
});
crate::serde_helpers::serde_struct!(Query {
    query: optional("query"),
    fields: optional("fields"),
    time_zone: optional("timeZone"),
    inner_hit: optional("innerHit"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Query {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.inner_hit, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
