#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkItemsSummary {
    /// The count of open work items
    pub open: Option<i64>,
    /// The count of completed work items
    pub completed: Option<i64>,
    /// The count of total work items
    pub total: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkItemsSummary {
    /// Builds a `WorkItemsSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkItemsSummary {
    open: optional::<i64>(open),
    completed: optional::<i64>(completed),
    total: optional::<i64>(total),
});
crate::serde_helpers::serde_struct!(WorkItemsSummary {
    open: optional("open"),
    completed: optional("completed"),
    total: optional("total"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkItemsSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
