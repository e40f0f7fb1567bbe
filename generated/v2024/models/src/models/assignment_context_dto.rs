#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssignmentContextDto {
    pub requested: Option<crate::AccessRequestContext>,
    pub matched: Option<Vec<crate::RoleMatchDto>>,
    /// Date that the assignment will was evaluated
    pub computed_date: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AssignmentContextDto {
    /// Builds a `AssignmentContextDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AssignmentContextDto {
    requested: optional::<crate::AccessRequestContext>(requested),
    matched: optional::<Vec<crate::RoleMatchDto>>(matched),
    computed_date: optional::<String>(computed_date),
});
crate::serde_helpers::serde_struct!(AssignmentContextDto {
    requested: optional("requested"),
    matched: optional("matched"),
    computed_date: optional("computedDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AssignmentContextDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.matched, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
