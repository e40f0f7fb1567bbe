#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleAssignmentRef {
    /// Assignment Id
    pub id: Option<String>,
    /// Role Id and Name related to this assignment
    pub role: Option<crate::BaseReferenceDto>,
    /// Date that the assignment was added
    pub added_date: Option<crate::primitives::DateTime>,
    /// Date when assignment will be active, if requested with a future date. If null, assignment is active immediately
    pub start_date: Option<Option<crate::primitives::DateTime>>,
    /// Date that the assignment will be removed
    pub remove_date: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleAssignmentRef {
    /// Builds a `RoleAssignmentRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleAssignmentRef {
    id: optional::<String>(id),
    role: optional::<crate::BaseReferenceDto>(role),
    added_date: optional::<crate::primitives::DateTime>(added_date),
    start_date: nullable::<crate::primitives::DateTime>(start_date, start_date_null),
    remove_date: nullable::<crate::primitives::DateTime>(remove_date, remove_date_null),
});
crate::serde_helpers::serde_struct!(RoleAssignmentRef {
    id: optional("id"),
    role: optional("role"),
    added_date: optional("addedDate"),
    start_date: nullable("startDate"),
    remove_date: nullable("removeDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleAssignmentRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.role, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
