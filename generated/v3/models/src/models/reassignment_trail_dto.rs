#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReassignmentTrailDto {
    /// The ID of previous owner identity.
    pub previous_owner: Option<String>,
    /// The ID of new owner identity.
    pub new_owner: Option<String>,
    /// The type of reassignment.
    pub reassignment_type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReassignmentTrailDto {
    /// Builds a `ReassignmentTrailDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReassignmentTrailDto {
    previous_owner: optional::<String>(previous_owner),
    new_owner: optional::<String>(new_owner),
    reassignment_type: optional::<String>(reassignment_type),
});
crate::serde_helpers::serde_struct!(ReassignmentTrailDto {
    previous_owner: optional("previousOwner"),
    new_owner: optional("newOwner"),
    reassignment_type: optional("reassignmentType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReassignmentTrailDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
