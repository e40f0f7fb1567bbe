#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportEntitlementsBySourceRequest {
    /// The CSV file containing the source entitlements to aggregate.
    ///
    /// Format: `binary`.
    pub csv_file: Option<Vec<u8>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportEntitlementsBySourceRequest {
    /// Builds a `ImportEntitlementsBySourceRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportEntitlementsBySourceRequest {
    csv_file: optional::<Vec<u8>>(csv_file),
});
crate::serde_helpers::serde_struct!(ImportEntitlementsBySourceRequest {
    csv_file: optional("csvFile"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportEntitlementsBySourceRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
