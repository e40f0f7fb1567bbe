#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceUsage {
    /// The first day of the month for which activity is aggregated.
    pub date: Option<crate::primitives::Date>,
    /// The average number of days that accounts were active within this source, for the month.
    pub count: Option<f64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceUsage {
    /// Builds a `SourceUsage` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceUsage {
    date: optional::<crate::primitives::Date>(date),
    count: optional::<f64>(count),
});
crate::serde_helpers::serde_struct!(SourceUsage {
    date: optional("date"),
    count: optional("count"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceUsage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
