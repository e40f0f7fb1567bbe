#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportConfigDto {
    /// Name of column in report
    pub column_name: Option<String>,
    /// If true, column is required in all reports, and this entry is immutable. A 400 error will result from any attempt to modify the column's definition.
    pub required: Option<bool>,
    /// If true, column is included in the report. A 400 error will be thrown if an attempt is made to set included=false if required==true.
    pub included: Option<bool>,
    /// Relative sort order for the column. Columns will be displayed left-to-right in nondecreasing order.
    pub order: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReportConfigDto {
    /// Builds a `ReportConfigDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReportConfigDto {
    column_name: optional::<String>(column_name),
    required: optional::<bool>(required),
    included: optional::<bool>(included),
    order: optional::<i32>(order),
});
crate::serde_helpers::serde_struct!(ReportConfigDto {
    column_name: optional("columnName"),
    required: optional("required"),
    included: optional("included"),
    order: optional("order"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReportConfigDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
