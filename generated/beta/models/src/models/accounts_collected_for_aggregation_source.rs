/// Reference to the source that has been aggregated.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountsCollectedForAggregationSource {
    /// ID of the object to which this reference applies
    pub id: String,
    /// The type of object that is referenced
    pub r#type: crate::AccountsCollectedForAggregationSourceType,
    /// Human-readable display name of the object to which this reference applies
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountsCollectedForAggregationSource {
    /// Builds a `AccountsCollectedForAggregationSource` from its required fields; the others are unset.
    pub fn new(
        id: String,
        r#type: crate::AccountsCollectedForAggregationSourceType,
        name: String,
    ) -> Self {
        Self {
            id,
            r#type,
            name,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountsCollectedForAggregationSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
