/// Overall statistics about the account aggregation.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountAggregationCompletedStats {
    /// Number of accounts scanned/iterated over.
    pub scanned: i32,
    /// Number of accounts that existed before but had no changes.
    pub unchanged: i32,
    /// Number of accounts that existed before but had changes.
    pub changed: i32,
    /// Number of accounts that are new and didn't previously exist.
    pub added: i32,
    /// Number accounts that existed before but were removed and no longer exist.
    pub removed: i32,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountAggregationCompletedStats {
    /// Builds a `AccountAggregationCompletedStats` from its required fields; the others are unset.
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
impl crate::serde_helpers::SchemaFit for AccountAggregationCompletedStats {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
