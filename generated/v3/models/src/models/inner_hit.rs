/// Inner Hit query object that will cause the specified nested type to be returned as the result matching the supplied query.
#[derive(Debug, Clone, PartialEq)]
pub struct InnerHit {
    /// The search query using the Elasticsearch [Query String Query](https://www.elastic.co/guide/en/elasticsearch/reference/5.2/query-dsl-query-string-query.html#query-string) syntax from the Query DSL extended by SailPoint to support Nested queries.
    pub query: String,
    /// The nested type to use in the inner hits query.  The nested type [Nested Type](https://www.elastic.co/guide/en/elasticsearch/reference/current/nested.html) refers to a document "nested" within another document. For example, an identity can have nested documents for access, accounts, and apps.
    pub r#type: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl InnerHit {
    /// Builds a `InnerHit` from its required fields; the others are unset.
    pub fn new(query: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            query: query.into(),
            r#type: r#type.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(InnerHit {
    query: required("query"),
    r#type: required("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for InnerHit {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
