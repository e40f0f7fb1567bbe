#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SearchCriteriaFiltersValue {
    /// The type of filter, e.g., "TERMS" or "RANGE".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Terms to filter by (for "TERMS" type).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<crate::SearchCriteriaFiltersValueRange>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SearchCriteriaFiltersValue {
    /// Builds a `SearchCriteriaFiltersValue` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            terms: None,
            range: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SearchCriteriaFiltersValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.range, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
