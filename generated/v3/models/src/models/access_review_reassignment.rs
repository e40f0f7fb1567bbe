/// Review Reassign
#[derive(Debug, Clone, PartialEq)]
pub struct AccessReviewReassignment {
    pub reassign: Vec<crate::ReassignmentReference>,
    /// The ID of the identity to which the certification is reassigned
    pub reassign_to: String,
    /// The reason comment for why the reassign was made
    pub reason: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessReviewReassignment {
    /// Builds a `AccessReviewReassignment` from its required fields; the others are unset.
    pub fn new(
        reassign: impl Into<Vec<crate::ReassignmentReference>>,
        reassign_to: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        Self {
            reassign: reassign.into(),
            reassign_to: reassign_to.into(),
            reason: reason.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccessReviewReassignment {
    reassign: required("reassign"),
    reassign_to: required("reassignTo"),
    reason: required("reason"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessReviewReassignment {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reassign, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
