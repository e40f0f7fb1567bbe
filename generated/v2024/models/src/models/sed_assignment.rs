/// Sed Assignment
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SedAssignment {
    pub assignee: Option<crate::SedAssignee>,
    /// List of SED id's
    pub items: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SedAssignment {
    /// Builds a `SedAssignment` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SedAssignment {
    assignee: optional::<crate::SedAssignee>(assignee),
    items: optional::<Vec<String>>(items),
});
crate::serde_helpers::serde_struct!(SedAssignment {
    assignee: optional("assignee"),
    items: optional("items"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SedAssignment {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.assignee, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
