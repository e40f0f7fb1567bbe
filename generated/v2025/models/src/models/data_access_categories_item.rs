#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DataAccessCategoriesItem {
    /// Value of the category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Number of matched for each category
    #[serde(rename = "matchCount", default, skip_serializing_if = "Option::is_none")]
    pub match_count: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DataAccessCategoriesItem {
    /// Builds a `DataAccessCategoriesItem` with every field unset.
    pub fn new() -> Self {
        Self {
            value: None,
            match_count: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for DataAccessCategoriesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
