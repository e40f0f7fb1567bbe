/// Indicates whether the entitlement's display name and/or description have been manually updated.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementDocumentManuallyUpdatedFields {
    pub description: Option<bool>,
    pub display_name: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementDocumentManuallyUpdatedFields {
    /// Builds a `EntitlementDocumentManuallyUpdatedFields` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementDocumentManuallyUpdatedFields {
    description: optional::<bool>(description),
    display_name: optional::<bool>(display_name),
});
crate::serde_helpers::serde_struct!(EntitlementDocumentManuallyUpdatedFields {
    description: optional("DESCRIPTION"),
    display_name: optional("DISPLAY_NAME"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementDocumentManuallyUpdatedFields {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
