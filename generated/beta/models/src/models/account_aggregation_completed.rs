#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountAggregationCompleted {
    /// Source ISC is aggregating accounts from.
    pub source: crate::AccountAggregationCompletedSource,
    /// Aggregation's overall status.
    pub status: crate::AccountAggregationCompletedStatus,
    /// Date and time when the account aggregation started.
    pub started: crate::primitives::DateTime,
    /// Date and time when the account aggregation finished.
    pub completed: crate::primitives::DateTime,
    /// List of errors that occurred during the aggregation.
    pub errors: Option<Vec<String>>,
    /// List of warnings that occurred during the aggregation.
    pub warnings: Option<Vec<String>>,
    /// Overall statistics about the account aggregation.
    pub stats: crate::AccountAggregationCompletedStats,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountAggregationCompleted {
    /// Builds a `AccountAggregationCompleted` from its required fields; the others are unset.
    pub fn new(
        source: crate::AccountAggregationCompletedSource,
        status: crate::AccountAggregationCompletedStatus,
        started: crate::primitives::DateTime,
        completed: crate::primitives::DateTime,
        errors: Option<Vec<String>>,
        warnings: Option<Vec<String>>,
        stats: crate::AccountAggregationCompletedStats,
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
impl crate::serde_helpers::SchemaFit for AccountAggregationCompleted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.stats, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
