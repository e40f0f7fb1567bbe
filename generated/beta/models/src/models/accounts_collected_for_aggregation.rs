#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountsCollectedForAggregation {
    /// Reference to the source that has been aggregated.
    pub source: crate::AccountsCollectedForAggregationSource,
    /// The overall status of the collection.
    pub status: crate::AccountsCollectedForAggregationStatus,
    /// The date and time when the account collection started.
    pub started: crate::primitives::DateTime,
    /// The date and time when the account collection finished.
    pub completed: crate::primitives::DateTime,
    /// A list of errors that occurred during the collection.
    pub errors: Option<Vec<String>>,
    /// A list of warnings that occurred during the collection.
    pub warnings: Option<Vec<String>>,
    /// Overall statistics about the account collection.
    pub stats: crate::AccountsCollectedForAggregationStats,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountsCollectedForAggregation {
    /// Builds a `AccountsCollectedForAggregation` from its required fields; the others are unset.
    pub fn new(
        source: crate::AccountsCollectedForAggregationSource,
        status: crate::AccountsCollectedForAggregationStatus,
        started: crate::primitives::DateTime,
        completed: crate::primitives::DateTime,
        errors: Option<Vec<String>>,
        warnings: Option<Vec<String>>,
        stats: crate::AccountsCollectedForAggregationStats,
    ) -> Self {
        Self {
            source,
            status,
            started,
            completed,
            errors,
            warnings,
            stats,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountsCollectedForAggregation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.stats, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
