/// The definition of an Identity according to the Reassignment Configuration service
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LookupStep {
    /// The ID of the Identity who work is reassigned to
    pub reassigned_to_id: Option<String>,
    /// The ID of the Identity who work is reassigned from
    pub reassigned_from_id: Option<String>,
    /// Reassignment type
    pub reassignment_type: Option<crate::ReassignmentTypeEnum>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LookupStep {
    /// Builds a `LookupStep` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LookupStep {
    reassigned_to_id: optional::<String>(reassigned_to_id),
    reassigned_from_id: optional::<String>(reassigned_from_id),
    reassignment_type: optional::<crate::ReassignmentTypeEnum>(reassignment_type),
});
crate::serde_helpers::serde_struct!(LookupStep {
    reassigned_to_id: optional("reassignedToId"),
    reassigned_from_id: optional("reassignedFromId"),
    reassignment_type: optional("reassignmentType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LookupStep {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reassignment_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
