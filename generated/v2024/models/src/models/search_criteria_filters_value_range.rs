#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SearchCriteriaFiltersValueRange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<crate::SearchCriteriaFiltersValueRangeLower>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<crate::SearchCriteriaFiltersValueRangeUpper>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SearchCriteriaFiltersValueRange {
    /// Builds a `SearchCriteriaFiltersValueRange` with every field unset.
    pub fn new() -> Self {
        Self {
            lower: None,
            upper: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SearchCriteriaFiltersValueRange {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.lower, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.upper, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
