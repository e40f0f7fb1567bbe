/// A table of accounts that match the search criteria.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SavedSearchCompleteSearchResultsAccount {
    /// The number of rows in the table.
    pub count: String,
    /// The type of object represented in the table.
    pub noun: String,
    /// A sample of the data in the table.
    pub preview: Vec<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SavedSearchCompleteSearchResultsAccount {
    /// Builds a `SavedSearchCompleteSearchResultsAccount` from its required fields; the others are unset.
    pub fn new(count: String, noun: String, preview: Vec<Vec<String>>) -> Self {
        Self {
            count,
            noun,
            preview,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SavedSearchCompleteSearchResultsAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
