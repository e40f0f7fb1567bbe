/// Table of identities matching the search criteria.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SavedSearchCompleteSearchResultsIdentity {
    /// Number of rows in the table.
    pub count: String,
    /// Type of object represented in the table.
    pub noun: String,
    /// Sample of the table data.
    pub preview: Vec<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SavedSearchCompleteSearchResultsIdentity {
    /// Builds a `SavedSearchCompleteSearchResultsIdentity` from its required fields; the others are unset.
    pub fn new(count: String, noun: String, preview: Vec<Vec<String>>) -> Self {
        Self {
            count,
            noun,
            preview,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SavedSearchCompleteSearchResultsIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
