/// Includes the fields of [`SavedSearchName`](crate::SavedSearchName), [`SavedSearchDetail`](crate::SavedSearchDetail).
#[derive(Debug, Clone, PartialEq)]
pub struct SavedSearch {
    /// The saved search ID.
    pub id: Option<String>,
    /// The owner of the saved search.
    pub owner: Option<crate::TypedReference>,
    /// The ID of the identity that owns this saved search.
    pub owner_id: Option<String>,
    /// Whether this saved search is visible to anyone but the owner. This field will always be false as there is no way to set a saved search as public at this time.
    pub public: Option<bool>,
    /// The name of the saved search.
    pub name: Option<String>,
    /// The description of the saved search.
    pub description: Option<Option<String>>,
    /// The date the saved search was initially created.
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// The last date the saved search was modified.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// The names of the Elasticsearch indices in which to search.
    pub indices: Vec<crate::Index>,
    /// The columns to be returned (specifies the order in which they will be presented) for each document type.
    ///
    /// The currently supported document types are: _accessprofile_, _accountactivity_, _account_, _aggregation_, _entitlement_, _event_, _identity_, and _role_.
    pub columns: Option<::indexmap::IndexMap<String, Vec<crate::Column>>>,
    /// The search query using Elasticsearch [Query String Query](https://www.elastic.co/guide/en/elasticsearch/reference/5.2/query-dsl-query-string-query.html#query-string) syntax from the Query DSL.
    pub query: String,
    /// The fields to be searched against in a multi-field query.
    pub fields: Option<Option<Vec<String>>>,
    /// Sort by index. This takes precedence over the `sort` property.
    pub order_by: Option<Option<::indexmap::IndexMap<String, Vec<String>>>>,
    /// The fields to be used to sort the search results.
    pub sort: Option<Option<Vec<String>>>,
    pub filters: Option<Option<crate::Filter>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SavedSearch {
    /// Builds a `SavedSearch` from its required fields; the others are unset.
    pub fn new(indices: impl Into<Vec<crate::Index>>, query: impl Into<String>) -> Self {
        Self {
            id: None,
            owner: None,
            owner_id: None,
            public: None,
            name: None,
            description: None,
            created: None,
            modified: None,
            indices: indices.into(),
            columns: None,
            query: query.into(),
            fields: None,
            order_by: None,
            sort: None,
            filters: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SavedSearch {
    id: optional::<String>(id),
    owner: optional::<crate::TypedReference>(owner),
    owner_id: optional::<String>(owner_id),
    public: optional::<bool>(public),
    name: optional::<String>(name),
    description: nullable::<String>(description, description_null),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    columns: optional::<::indexmap::IndexMap<String, Vec<crate::Column>>>(columns),
    fields: nullable::<Vec<String>>(fields, fields_null),
    order_by: nullable::<::indexmap::IndexMap<String, Vec<String>>>(order_by, order_by_null),
    sort: nullable::<Vec<String>>(sort, sort_null),
    filters: nullable::<crate::Filter>(filters, filters_null),
});
crate::serde_helpers::serde_struct!(SavedSearch {
    id: optional("id"),
    owner: optional("owner"),
    owner_id: optional("ownerId"),
    public: optional("public"),
    name: optional("name"),
    description: nullable("description"),
    created: nullable("created"),
    modified: nullable("modified"),
    indices: required("indices"),
    columns: optional("columns"),
    query: required("query"),
    fields: nullable("fields"),
    order_by: nullable("orderBy"),
    sort: nullable("sort"),
    filters: nullable("filters"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SavedSearch {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.indices, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.columns, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.order_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.filters, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
