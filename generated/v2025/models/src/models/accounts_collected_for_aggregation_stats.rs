/// Overall statistics about the account collection.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountsCollectedForAggregationStats {
    /// The number of accounts which were scanned / iterated over.
    pub scanned: i32,
    /// The number of accounts which existed before, but had no changes.
    pub unchanged: i32,
    /// The number of accounts which existed before, but had changes.
    pub changed: i32,
    /// The number of accounts which are new - have not existed before.
    pub added: i32,
    /// The number accounts which existed before, but no longer exist (thus getting removed).
    pub removed: i32,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountsCollectedForAggregationStats {
    /// Builds a `AccountsCollectedForAggregationStats` from its required fields; the others are unset.
    pub fn new(
        scanned: i32,
        unchanged: i32,
        changed: i32,
        added: i32,
        removed: i32,
    ) -> Self {
        Self {
            scanned,
            unchanged,
            changed,
            added,
            removed,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountsCollectedForAggregationStats {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
