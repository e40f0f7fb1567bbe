/// Provides additional details about provisioning for this request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisioningDetails {
    /// Ordered CSV of sub phase references to objects that contain more information about provisioning. For example, this can contain "manualWorkItemDetails" which indicate that there is further information in that object for this phase.
    pub ordered_sub_phase_references: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ProvisioningDetails {
    /// Builds a `ProvisioningDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ProvisioningDetails {
    ordered_sub_phase_references: optional::<String>(ordered_sub_phase_references),
});
crate::serde_helpers::serde_struct!(ProvisioningDetails {
    ordered_sub_phase_references: optional("orderedSubPhaseReferences"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ProvisioningDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
