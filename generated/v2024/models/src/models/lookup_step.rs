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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl LookupStep {
    /// Builds a `LookupStep` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `reassigned_to_id`.
    pub fn reassigned_to_id(mut self, value: impl Into<String>) -> Self {
        self.reassigned_to_id = Some(value.into());
        self
    }
    /// Sets `reassigned_from_id`.
    pub fn reassigned_from_id(mut self, value: impl Into<String>) -> Self {
        self.reassigned_from_id = Some(value.into());
        self
    }
    /// Sets `reassignment_type`.
    pub fn reassignment_type(
        mut self,
        value: impl Into<crate::ReassignmentTypeEnum>,
    ) -> Self {
        self.reassignment_type = Some(value.into());
        self
    }
}
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
