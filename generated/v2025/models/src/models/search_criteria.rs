/// Represents the search criteria for querying entitlements.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SearchCriteria {
    /// A list of indices to search within. Must contain exactly one item, typically "entitlements".
    pub indices: Vec<String>,
    /// A map of filters applied to the search. Keys are filter names, and values are filter definitions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<::indexmap::IndexMap<String, crate::SearchCriteriaFiltersValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<crate::SearchCriteriaQuery>,
    /// Specifies the type of query. Must be "TEXT" if `textQuery` is used.
    #[serde(rename = "queryType", default, skip_serializing_if = "Option::is_none")]
    pub query_type: Option<String>,
    #[serde(rename = "textQuery", default, skip_serializing_if = "Option::is_none")]
    pub text_query: Option<crate::SearchCriteriaTextQuery>,
    /// Whether to include nested objects in the search results.
    #[serde(rename = "includeNested", default, skip_serializing_if = "Option::is_none")]
    pub include_nested: Option<bool>,
    /// Specifies the sorting order for the results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<String>>,
    /// Used for pagination to fetch results after a specific point.
    #[serde(rename = "searchAfter", default, skip_serializing_if = "Option::is_none")]
    pub search_after: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SearchCriteria {
    /// Builds a `SearchCriteria` from its required fields; the others are unset.
    pub fn new(indices: Vec<String>) -> Self {
        Self {
            indices,
            filters: None,
            query: None,
            query_type: None,
            text_query: None,
            include_nested: None,
            sort: None,
            search_after: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SearchCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.filters, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.query, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.text_query, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
