/// Query parameters used to construct an Elasticsearch type ahead query object.  The typeAheadQuery performs a search for top values beginning with the typed values. For example, typing "Jo" results in top hits matching "Jo." Typing "Job" results in top hits matching "Job."
#[derive(Debug, Clone, PartialEq)]
pub struct TypeAheadQuery {
    /// The type ahead query string used to construct a phrase prefix match query.
    pub query: String,
    /// The field on which to perform the type ahead search.
    pub field: String,
    /// The nested type.
    pub nested_type: Option<String>,
    /// The number of suffixes the last term will be expanded into.
    /// Influences the performance of the query and the number results returned.
    /// Valid values: 1 to 1000.
    pub max_expansions: Option<i32>,
    /// The max amount of records the search will return.
    pub size: Option<i32>,
    /// The sort order of the returned records.
    pub sort: Option<String>,
    /// The flag that defines the sort type, by count or value.
    pub sort_by_value: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TypeAheadQuery {
    /// Builds a `TypeAheadQuery` from its required fields; the others are unset.
    pub fn new(query: impl Into<String>, field: impl Into<String>) -> Self {
        Self {
            query: query.into(),
            field: field.into(),
            nested_type: None,
            max_expansions: None,
            size: None,
            sort: None,
            sort_by_value: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(TypeAheadQuery {
    nested_type: optional::<String>(nested_type),
    max_expansions: optional::<i32>(max_expansions),
    size: optional::<i32>(size),
    sort: optional::<String>(sort),
    sort_by_value: optional::<bool>(sort_by_value),
});
crate::serde_helpers::serde_struct!(TypeAheadQuery {
    query: required("query"),
    field: required("field"),
    nested_type: optional("nestedType"),
    max_expansions: optional("maxExpansions"),
    size: optional("size"),
    sort: optional("sort"),
    sort_by_value: optional("sortByValue"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TypeAheadQuery {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
