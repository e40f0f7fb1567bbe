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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReportConfigDto {
    /// Builds a `ReportConfigDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `column_name`.
    pub fn column_name(mut self, value: impl Into<String>) -> Self {
        self.column_name = Some(value.into());
        self
    }
    /// Sets `required`.
    pub fn required(mut self, value: impl Into<bool>) -> Self {
        self.required = Some(value.into());
        self
    }
    /// Sets `included`.
    pub fn included(mut self, value: impl Into<bool>) -> Self {
        self.included = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<i32>) -> Self {
        self.order = Some(value.into());
        self
    }
}
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
