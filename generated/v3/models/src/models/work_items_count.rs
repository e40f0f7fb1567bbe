#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkItemsCount {
    /// The count of work items
    pub count: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkItemsCount {
    /// Builds a `WorkItemsCount` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkItemsCount {
    count: optional::<i64>(count),
});
crate::serde_helpers::serde_struct!(WorkItemsCount {
    count: optional("count"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkItemsCount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
