#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountUsage {
    /// The first day of the month for which activity is aggregated.
    pub date: Option<crate::primitives::Date>,
    /// The number of days within the month that the account was active in a source.
    pub count: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountUsage {
    /// Builds a `AccountUsage` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountUsage {
    date: optional::<crate::primitives::Date>(date),
    count: optional::<i64>(count),
});
crate::serde_helpers::serde_struct!(AccountUsage {
    date: optional("date"),
    count: optional("count"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountUsage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
