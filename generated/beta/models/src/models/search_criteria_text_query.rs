#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SearchCriteriaTextQuery {
    /// Terms to search for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<String>>,
    /// Fields to search within.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<String>>,
    /// Whether to match any of the terms.
    #[serde(rename = "matchAny", default, skip_serializing_if = "Option::is_none")]
    pub match_any: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SearchCriteriaTextQuery {
    /// Builds a `SearchCriteriaTextQuery` with every field unset.
    pub fn new() -> Self {
        Self {
            terms: None,
            fields: None,
            match_any: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SearchCriteriaTextQuery {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
