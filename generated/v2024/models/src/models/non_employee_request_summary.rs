#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeRequestSummary {
    /// The number of approved non-employee requests on all sources that *requested-for* user manages.
    pub approved: Option<i32>,
    /// The number of rejected non-employee requests on all sources that *requested-for* user manages.
    pub rejected: Option<i32>,
    /// The number of pending non-employee requests on all sources that *requested-for* user manages.
    pub pending: Option<i32>,
    /// The number of non-employee records on all sources that *requested-for* user manages.
    pub non_employee_count: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeRequestSummary {
    /// Builds a `NonEmployeeRequestSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NonEmployeeRequestSummary {
    approved: optional::<i32>(approved),
    rejected: optional::<i32>(rejected),
    pending: optional::<i32>(pending),
    non_employee_count: optional::<i32>(non_employee_count),
});
crate::serde_helpers::serde_struct!(NonEmployeeRequestSummary {
    approved: optional("approved"),
    rejected: optional("rejected"),
    pending: optional("pending"),
    non_employee_count: optional("nonEmployeeCount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeRequestSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
